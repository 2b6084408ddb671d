// Entry of the task pane inside Excel: once Office is ready, mount the pane on the Office JS port.
import { OfficePort } from '../workbook/office/officePort';
import { mountTaskpane } from './app';

void Office.onReady(() => {
  const root = document.getElementById('app');
  if (root !== null) mountTaskpane(root, new OfficePort());
});
