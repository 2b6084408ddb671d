// Entry of the task pane inside Excel: once Office is ready in Excel, mount the pane on the Office JS
// port. Anywhere else (office.js absent, or another host) the page keeps its note saying what it is.
import { OfficePort } from '../workbook/office/officePort';
import { mountTaskpane } from './app';

if (typeof Office !== 'undefined') {
  void Office.onReady((info) => {
    const root = document.getElementById('app');
    if (info.host !== Office.HostType.Excel || root === null) return;
    document.getElementById('outside-excel')?.remove();
    mountTaskpane(root, new OfficePort());
  });
}
