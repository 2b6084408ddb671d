// The preview page: the real task pane on an in-memory workbook whose formulas run the real
// COLLAB functions, beside a grid view of that workbook. No office.js and no network needed.
import './customFunctionsShim';
import { excelFunctions } from '../functions/registry';
import { MemoryPort, MemoryWorkbook } from '../workbook/memory';
import { mountTaskpane } from '../taskpane/app';
import { adoptStyles } from '../taskpane/ui/styles';
import { mountGrid } from './grid';
import { PREVIEW_CSS } from './styles';

declare global {
  interface Window {
    /**
     * The preview's workbook and port, for end-to-end tests to inspect the whole workbook and to
     * arm `port.failOn`. Only this page sets it: the task pane bundle that runs in Excel never does.
     */
    collabPreview?: { readonly workbook: MemoryWorkbook; readonly port: MemoryPort };
  }
}

const book = new MemoryWorkbook({ functions: excelFunctions });
book.addSheet('Sheet1');
const port = new MemoryPort(book);
window.collabPreview = { workbook: book, port };
const workbookRoot = document.getElementById('workbook');
const paneRoot = document.getElementById('app');
if (workbookRoot !== null && paneRoot !== null) {
  adoptStyles(document, PREVIEW_CSS);
  mountGrid(workbookRoot, book);
  mountTaskpane(paneRoot, port);
}
