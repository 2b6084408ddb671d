// Builds small workbooks for formula tests: cells given as { "A1": 3, "Data!B2": "=A1*2" }, text
// entered as a user types it (so "=A1*2" is a formula and "#N/A" an error).
import {
  MemoryWorkbook,
  parseQualified,
  parseRange,
  type CellView,
  type RangeAddress,
} from '../../../../addin/workbook/memory';
import type { FunctionRegistry } from '../../../../addin/workbook/memory';
import type { CellValue } from '../../../../addin/workbook/port';

export const SHEET = 'Sheet1';

export function bookWith(
  cells: Readonly<Record<string, CellValue>> = {},
  functions: FunctionRegistry = {},
): MemoryWorkbook {
  const book = new MemoryWorkbook({ functions });
  book.addSheet(SHEET);
  book.transaction(() => {
    for (const [address, value] of Object.entries(cells)) {
      const sheet = parseQualified(address)?.sheet ?? SHEET;
      if (!book.hasSheet(sheet)) book.addSheet(sheet);
      const cell = address.replace(/^.*!/, '');
      if (typeof value === 'string') book.enter(sheet, cell, value);
      else book.setCell(sheet, cell, { value });
    }
  });
  return book;
}

/** The value a formula shows when entered in Z1000 of a sheet holding `cells`. */
export function valueOf(
  formula: string,
  cells: Readonly<Record<string, CellValue>> = {},
  functions: FunctionRegistry = {},
): CellValue {
  return cellOf(formula, cells, functions).value;
}

export function cellOf(
  formula: string,
  cells: Readonly<Record<string, CellValue>> = {},
  functions: FunctionRegistry = {},
): CellView {
  const book = bookWith(cells, functions);
  book.setCell(SHEET, 'Z1000', { formula });
  return book.cell(SHEET, 'Z1000');
}

/** A range address known to be well formed. */
export function range(text: string): RangeAddress {
  const parsed = parseRange(text);
  if (parsed === undefined) throw new TypeError(`bad range in a test: ${text}`);
  return parsed;
}
