// Turns a block of CellWrites into the 2-D arrays that one range takes in one write each
// (formulas, number formats, cell properties), so a block costs the same whatever its size.

import type { BlockWrite, CellWrite } from '../port';

export type FormulaInput = string | number | boolean | null;

export interface BlockArrays {
  readonly rows: number;
  readonly cols: number;
  /** Formulas and constants; null leaves a cell untouched (Excel ignores null in a 2-D write). */
  readonly formulas: FormulaInput[][];
  /** Absent when no cell of the block has a number format. */
  readonly numberFormat?: (string | null)[][];
  /** Absent when no cell of the block sets bold. */
  readonly properties?: Excel.SettableCellProperties[][];
}

/** The arrays for a block, or undefined for a block with no cells. Ragged rows are padded. */
export function blockArrays(block: BlockWrite): BlockArrays | undefined {
  const rows = block.rows.length;
  const cols = Math.max(0, ...block.rows.map((row) => row.length));
  if (rows === 0 || cols === 0) return undefined;
  const cellAt = (r: number, c: number): CellWrite | null => block.rows[r]?.[c] ?? null;
  const grid = <T>(pick: (cell: CellWrite | null, r: number, c: number) => T): T[][] =>
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => pick(cellAt(r, c), r, c)),
    );
  const cells = block.rows.flat();
  const hasFormat = cells.some((cell) => cell?.format !== undefined);
  const hasBold = cells.some((cell) => cell?.bold !== undefined);
  return {
    rows,
    cols,
    formulas: grid((cell, r, c) =>
      formulaInput(cell, () => `${block.at} row ${r + 1} column ${c + 1}`),
    ),
    ...(hasFormat && { numberFormat: grid((cell) => cell?.format ?? null) }),
    ...(hasBold && {
      properties: grid((cell) =>
        cell?.bold === undefined ? {} : { format: { font: { bold: cell.bold } } },
      ),
    }),
  };
}

/**
 * What goes into `range.formulas` for one cell. Excel reads text written there as if typed, so
 * "-", "1/4" or "=x" would turn into a formula, a date or an error: an apostrophe keeps text text.
 * A null value clears the cell (""), a missing cell stays as it is (null).
 */
function formulaInput(cell: CellWrite | null, where: () => string): FormulaInput {
  if (cell === null) return null;
  const { value, formula } = cell;
  if (formula !== undefined) {
    if (value !== undefined)
      throw new TypeError(`${where()}: a cell has a value or a formula, not both`);
    if (!formula.startsWith('='))
      throw new TypeError(`${where()}: a formula starts with "=", got ${JSON.stringify(formula)}`);
    return formula;
  }
  if (value === undefined) return null;
  if (value === null) return '';
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new TypeError(`${where()}: Excel cannot hold the number ${value}`);
  }
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}
