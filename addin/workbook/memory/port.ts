// The WorkbookPort over a MemoryWorkbook: what the preview page and the task-pane tests talk to.
// Writes are transactional, and a test can make a write fail part-way to prove nothing remains.

import type { RangeData, SheetWrite, WorkbookPort } from '../port';
import { formatCell, formatRange, parseQualified } from '../formula/a1';
import { MemoryWorkbook, WorkbookError, type SheetRange } from './workbook';

/** One step of writing a sheet, offered to `failOn` before it is taken. */
export type WriteStep =
  | { readonly kind: 'sheet'; readonly name: string }
  | { readonly kind: 'cell'; readonly address: string; readonly index: number }
  | { readonly kind: 'name'; readonly name: string }
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
    return this.read(this.workbook.resolve(address));
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

  async writeSheet(sheet: SheetWrite, options: { readonly replace?: boolean } = {}): Promise<void> {
    const book = this.workbook;
    if (book.hasSheet(sheet.name) && options.replace !== true) {
      throw new WorkbookError('SHEET_EXISTS', `a sheet "${sheet.name}" exists`);
    }
    book.transaction(() => {
      this.step({ kind: 'sheet', name: sheet.name });
      const index = book.hasSheet(sheet.name) ? book.removeSheet(sheet.name) : undefined;
      book.addSheet(sheet.name, index);
      let written = 0;
      for (const block of sheet.blocks) {
        const at = this.onSheet(sheet.name, block.at).range.start;
        block.rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (cell === null) return;
            const address = formatCell({ row: at.row + r, col: at.col + c });
            this.step({ kind: 'cell', address, index: written++ });
            book.setCell(sheet.name, address, cell);
          }),
        );
      }
      for (const { name, address } of sheet.names ?? []) {
        this.step({ kind: 'name', name });
        book.defineName(name, sheet.name, formatRange(this.onSheet(sheet.name, address).range));
      }
      if (sheet.columnWidths !== undefined) {
        this.step({ kind: 'columnWidths' });
        book.setColumnWidths(sheet.name, sheet.columnWidths);
      }
      (sheet.charts ?? []).forEach((chart, index) => {
        this.step({ kind: 'chart', index });
        book.addChart(sheet.name, chart);
      });
    });
  }

  async activateSheet(name: string): Promise<void> {
    this.workbook.activateSheet(name);
  }

  private read({ sheet, range }: SheetRange): RangeData {
    return { sheet, address: formatRange(range), values: this.workbook.values(sheet, range) };
  }

  /** An address on the sheet being written: unqualified, or qualified with that sheet's name. */
  private onSheet(sheet: string, address: string): SheetRange {
    const parsed = parseQualified(address);
    if (parsed === undefined || (parsed.sheet !== undefined && parsed.sheet !== sheet)) {
      throw new WorkbookError('BAD_ADDRESS', `"${address}" is not an address on "${sheet}"`);
    }
    return { sheet, range: parsed.range };
  }

  private step(step: WriteStep): void {
    if (this.failOn?.(step) === true) {
      throw new WorkbookError('INJECTED_FAILURE', `injected failure before ${step.kind}`);
    }
  }
}
