// What evaluation works with: values (scalars, arrays, references) and the workbook it reads,
// given by the caller so the engine does not know how cells are stored or when they recalculate.

import type { RangeAddress } from '../a1';
import { CellError, isMatrix, type Matrix, type Scalar } from './values';

export type FunctionRegistry = Readonly<Record<string, (...args: unknown[]) => unknown>>;

/** A reference to a range on a sheet (kept as such so SUM can ignore text in ranges, as Excel does). */
export class Ref {
  constructor(
    readonly sheet: string,
    readonly range: RangeAddress,
  ) {}
}

export type Value = Scalar | Matrix | Ref;

/** An argument, evaluated on demand (IF and IFERROR evaluate only what they need); undefined if omitted. */
export type Thunk = () => Value | undefined;

export interface EvalContext {
  /** The sheet of the formula being evaluated, for unqualified references. */
  readonly sheet: string;
  /** The sheet's own name for a name as written in a formula, or undefined if there is none. */
  sheetName(name: string): string | undefined;
  /** A cell's value, calculated if it holds a formula. */
  cell(sheet: string, row: number, col: number): Scalar;
  /** The sheet's used extent: rows and columns from A1 to its last non-empty cell. */
  extent(sheet: string): { readonly rows: number; readonly cols: number };
  /** The values of the non-empty cells of a range on a sheet, in no particular order. */
  contents(sheet: string, range: RangeAddress): Iterable<Scalar>;
  /**
   * The range a defined name refers to from this sheet (its own names first, then the
   * workbook's); "#REF!" for a name whose sheet was deleted, undefined for no such name.
   */
  name(
    name: string,
  ): { readonly sheet: string; readonly range: RangeAddress } | '#REF!' | undefined;
  /** Custom functions called as COLLAB.<ID>(...). */
  readonly functions: FunctionRegistry;
}

/**
 * Ranges up to this many cells are read cell by cell; larger ones (A:A-sized, or A2:XFD1048576)
 * only where the sheet has contents, so no formula can make the preview visit billions of cells.
 */
export const LARGE_RANGE = 1 << 16;

const area = ({ start, end }: RangeAddress): number =>
  (end.row - start.row + 1) * (end.col - start.col + 1);

/** Whether a reference is read through the sheet's contents rather than cell by cell. */
export const isLarge = (ref: Ref): boolean => area(ref.range) > LARGE_RANGE;

/**
 * The values of a reference as a grid. A large one is cut at the sheet's used extent (blank rows
 * and columns beyond it are left off); one still too large after that is #NUM! in the preview.
 */
export function readRef(ref: Ref, ctx: EvalContext): Scalar[][] {
  const { start } = ref.range;
  let { end } = ref.range;
  if (isLarge(ref)) {
    const { rows, cols } = ctx.extent(ref.sheet);
    end = {
      row: Math.max(start.row, Math.min(end.row, rows - 1)),
      col: Math.max(start.col, Math.min(end.col, cols - 1)),
    };
    if (area({ start, end }) > LARGE_RANGE) {
      return [
        [new CellError('#NUM!', 'the range is too large for the preview to read cell by cell')],
      ];
    }
  }
  const rows: Scalar[][] = [];
  for (let r = start.row; r <= end.row; r++) {
    const row: Scalar[] = [];
    for (let c = start.col; c <= end.col; c++) row.push(ctx.cell(ref.sheet, r, c));
    rows.push(row);
  }
  return rows;
}

/** A reference read into its value: one cell as a scalar, more as an array. */
export function deref(value: Value, ctx: EvalContext): Scalar | Matrix {
  if (!(value instanceof Ref)) return value;
  const { start, end } = value.range;
  if (start.row === end.row && start.col === end.col) {
    return ctx.cell(value.sheet, start.row, start.col);
  }
  return readRef(value, ctx);
}

/** Any value as a grid: a scalar is 1×1. */
export function toMatrix(value: Value, ctx: EvalContext): Matrix {
  if (value instanceof Ref) return readRef(value, ctx);
  return isMatrix(value) ? value : [[value]];
}

/** An argument that must be one value (a number of places, an index): a larger range is #VALUE!. */
export function single(value: Value | undefined, omitted: Scalar, ctx: EvalContext): Scalar {
  const v = deref(value ?? omitted, ctx);
  return isMatrix(v) ? new CellError('#VALUE!', 'expected one value, got a range') : v;
}
