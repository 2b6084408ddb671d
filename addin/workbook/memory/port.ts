// The WorkbookPort over a MemoryWorkbook: what the preview page and the task-pane tests talk to.
// Writes are transactional, and a test can make a write fail part-way to prove nothing remains.

import type { RangeData, SheetWrite, WorkbookPort } from '../port';
import { formatCell, formatRange, isWholeColumns, type RangeAddress } from '../a1';
import { checkDefinedName, checkSheetName, listSource, rangeOnSheet } from '../names';
import { MemoryWorkbook, WorkbookError, type SheetRange } from './workbook';

/** One step of writing a sheet, offered to `failOn` before it is taken. */
export type WriteStep =
  | { readonly kind: 'sheet'; readonly name: string }
  | { readonly kind: 'cell'; readonly address: string; readonly index: number }
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'format'; readonly range: string }
  | { readonly kind: 'validation'; readonly range: string }
  | { readonly kind: 'columnWidths' }
  | { readonly kind: 'chart'; readonly index: number };

export interface MemoryPortOptions {
  /** For tests: return true to make writeSheet fail just before this step. */
  readonly failOn?: (step: WriteStep) => boolean;
}

export class MemoryPort implements WorkbookPort {
  /** For tests: return true to make writeSheet fail just before this step. */
  failOn: ((step: WriteStep) => boolean) | undefined;

  constructor(
    readonly workbook: MemoryWorkbook,
    options: MemoryPortOptions = {},
  ) {
    this.failOn = options.failOn;
  }

  async readSelection(): Promise<RangeData> {
    return this.read(this.workbook.selection);
  }

  async readRange(address: string): Promise<RangeData> {
    const { sheet, range } = this.workbook.resolve(address);
    return this.read({ sheet, range: isWholeColumns(range) ? this.usedPart(address) : range });
  }

  async readTable(name: string): Promise<RangeData> {
    return this.read(this.workbook.table(name));
  }

  async tableNames(): Promise<string[]> {
    return this.workbook.tableNames();
  }

  async sheetNames(): Promise<string[]> {
    return this.workbook.sheetNames();
  }

  /**
   * Checks everything it can first (sheet name, names, addresses), then writes in one
   * transaction and activates the sheet, as the Office JS port does; a failure part-way is
   * WRITE_FAILED and leaves the workbook as it was. Values are stored literally and names are
   * scoped to the sheet, as the port promises.
   */
  async writeSheet(sheet: SheetWrite, options: { readonly replace?: boolean } = {}): Promise<void> {
    const book = this.workbook;
    const replace = options.replace === true;
    checkSheetName(sheet.name);
    if (book.hasSheet(sheet.name) && !replace) throw exists(sheet.name);
    const names = (sheet.names ?? []).map(({ name, address }) => {
      checkDefinedName(name);
      return { name, address: formatRange(rangeOnSheet(sheet.name, address)) };
    });
    const blocks = sheet.blocks.map((block) => ({
      ...block,
      at: rangeOnSheet(sheet.name, block.at),
    }));
    const validations = (sheet.validations ?? []).map(({ range, list }) => {
      listSource(list);
      return { range: formatRange(rangeOnSheet(sheet.name, range)), list };
    });
    const formats = (sheet.formats ?? []).map(({ range, format }) => ({
      range: formatRange(rangeOnSheet(sheet.name, range)),
      format,
    }));
    try {
      // Offered before the transaction, like Excel's separate batch that adds the sheet: a test's
      // hook may change the workbook here as a co-author would, and that change is not ours to undo.
      this.step({ kind: 'sheet', name: sheet.name });
      book.transaction(() => {
        // Checked again inside the write: a sheet that appeared since is someone else's.
        if (book.hasSheet(sheet.name) && !replace) throw exists(sheet.name);
        const index = book.hasSheet(sheet.name) ? book.removeSheet(sheet.name) : undefined;
        book.addSheet(sheet.name, index);
        for (const { name, address } of names) {
          this.step({ kind: 'name', name });
          book.defineName(name, sheet.name, address, 'sheet');
        }
        let written = 0;
        for (const { at, rows } of blocks) {
          rows.forEach((row, r) =>
            row.forEach((cell, c) => {
              if (cell === null) return;
              const address = formatCell({ row: at.start.row + r, col: at.start.col + c });
              this.step({ kind: 'cell', address, index: written++ });
              book.setCell(sheet.name, address, cell);
            }),
          );
        }
        for (const { range, format } of formats) {
          this.step({ kind: 'format', range });
          book.setFormat(sheet.name, range, format);
        }
        for (const { range, list } of validations) {
          this.step({ kind: 'validation', range });
          book.setValidation(sheet.name, range, list);
        }
        if (sheet.columnWidths !== undefined) {
          this.step({ kind: 'columnWidths' });
          book.setColumnWidths(sheet.name, sheet.columnWidths);
        }
        (sheet.charts ?? []).forEach((chart, index) => {
          this.step({ kind: 'chart', index });
          book.addChart(sheet.name, chart);
        });
        book.activateSheet(sheet.name);
      });
    } catch (error) {
      if (error instanceof WorkbookError && error.code === 'SHEET_EXISTS') throw error;
      throw new WorkbookError(
        'WRITE_FAILED',
        `"${sheet.name}" could not be written, so nothing was: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  }

  async activateSheet(name: string): Promise<void> {
    this.workbook.activateSheet(name);
  }

  private read({ sheet, range }: SheetRange): RangeData {
    return { sheet, address: formatRange(range), values: this.workbook.values(sheet, range) };
  }

  /**
   * Whole columns are read down to the sheet's last used row, as the Office JS port reads their
   * used range: a million rows of blanks are never read. Columns that hold nothing are refused.
   */
  private usedPart(address: string): RangeAddress {
    const { sheet, range } = this.workbook.resolve(address);
    const used = this.workbook.usedRange(sheet);
    if (used === undefined || used.end.col < range.start.col) {
      throw new WorkbookError('EXCEL_REFUSED', `the range ${address} holds nothing to read`);
    }
    return {
      start: range.start,
      end: { row: used.end.row, col: Math.min(range.end.col, used.end.col) },
    };
  }

  private step(step: WriteStep): void {
    if (this.failOn?.(step) === true)
      throw new Error(`injected failure before ${JSON.stringify(step)}`);
  }
}

const exists = (name: string): WorkbookError =>
  new WorkbookError('SHEET_EXISTS', `A sheet named "${name}" already exists`);
