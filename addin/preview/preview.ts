// The preview page: the real task pane on an in-memory workbook whose formulas run the real
// COLLAB functions, beside a grid view of that workbook. No office.js and no network needed.
import './customFunctionsShim';
import { excelFunctions } from '../functions/registry';
import { MemoryPort, MemoryWorkbook } from '../workbook/memory';
import { mountTaskpane } from '../taskpane/app';
import { adoptStyles } from '../taskpane/ui/styles';
import { mountGrid } from './grid';
import { PREVIEW_CSS } from './styles';

const book = new MemoryWorkbook({ functions: excelFunctions });
book.addSheet('Sheet1');
const workbookRoot = document.getElementById('workbook');
const paneRoot = document.getElementById('app');
if (workbookRoot !== null && paneRoot !== null) {
  adoptStyles(document, PREVIEW_CSS);
  mountGrid(workbookRoot, book);
  mountTaskpane(paneRoot, new MemoryPort(book));
}
