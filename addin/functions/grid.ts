// Excel passes every range (and, for `any[][]` parameters, every single value) as rows of cells.
// These helpers check a grid's shape, broadcast grids against each other like Excel's own
// operators, and run a per-element calculation so that one bad element is one error cell.
import { excelError, fromCell, toExcelError, type ExcelError } from './excelValues';

export type Grid = readonly (readonly unknown[])[];

/** A parameter as received: its name (for messages) and its grid. */
export interface Arg {
  readonly name: string;
  readonly grid: Grid;
}

/** A calculation's result for one element: a number, TRUE/FALSE, or an Excel error. */
export type Element = number | boolean | ExcelError;

/** Raised (and caught at the adapter) when the arguments' shapes cannot work together. */
export class ShapeError extends Error {
  override readonly name = 'ShapeError';
}

/** Rows and columns of a rectangular, non-empty grid. */
export function dims(grid: unknown, name: string): { rows: number; cols: number } {
  if (!Array.isArray(grid) || grid.length === 0) throw new ShapeError(`${name} is an empty range`);
  const first: unknown = grid[0];
  const cols = Array.isArray(first) ? first.length : 0;
  if (cols === 0) throw new ShapeError(`${name} is an empty range`);
  for (const row of grid as unknown[]) {
    if (!Array.isArray(row) || row.length !== cols)
      throw new ShapeError(`${name} is not a rectangular range`);
  }
  return { rows: grid.length, cols };
}

/** The shape of the result when grids of these shapes meet: each side 1 or the largest. */
export function broadcast(args: readonly Arg[]): { rows: number; cols: number } {
  const shapes = args.map((a) => ({ ...dims(a.grid, a.name), name: a.name }));
  const rows = Math.max(...shapes.map((s) => s.rows));
  const cols = Math.max(...shapes.map((s) => s.cols));
  const bad = shapes.find(
    (s) => (s.rows !== 1 && s.rows !== rows) || (s.cols !== 1 && s.cols !== cols),
  );
  if (bad) {
    const list = shapes.map((s) => `${s.name} ${s.rows}×${s.cols}`).join(', ');
    throw new ShapeError(
      `the ranges do not fit together (${list}): each must be a single cell, a row, a column or the same size as the others`,
    );
  }
  return { rows, cols };
}

/** Whether an optional parameter was left out: omitted, or given one blank cell. */
export function omitted(grid: Grid | null | undefined): grid is null | undefined {
  if (grid === null || grid === undefined) return true;
  const only = grid.length === 1 && grid[0]?.length === 1 ? grid[0][0] : undefined;
  return only === null || only === '';
}

/** An optional parameter, or its default (a value, or another parameter's grid) when left out. */
export function orDefault(grid: Grid | null | undefined, fallback: unknown): Grid {
  if (!omitted(grid)) return grid as Grid;
  return Array.isArray(fallback) ? (fallback as Grid) : [[fallback]];
}

/** Runs one element's calculation; a failure becomes that element's Excel error. */
export function attempt(calculate: () => Element): Element {
  try {
    return calculate();
  } catch (failure) {
    return toExcelError(failure);
  }
}

/** Runs the calculation of a spilled row; a failure fills the row with its Excel error. */
export function attemptRow(width: number, calculate: () => Element[]): Element[] {
  try {
    return calculate();
  } catch (failure) {
    return new Array<Element>(width).fill(toExcelError(failure));
  }
}

/**
 * Applies a per-element calculation over broadcast arguments. `exact`, when given, is a fast path
 * over plain numbers (at most four arguments) that returns NaN whenever it cannot promise the same
 * result as `calculate`; `calculate` (the core's decimal path) then decides, including which error
 * to give.
 */
export function elementwise(
  args: readonly Arg[],
  calculate: (values: unknown[]) => Element,
  exact?: (a: number, b: number, c: number, d: number) => number,
): Element[][] {
  try {
    const { rows, cols } = broadcast(args);
    const grids = args.map((a) => a.grid);
    const pick = (g: Grid, r: number, c: number): unknown => {
      const row = g[g.length === 1 ? 0 : r] as readonly unknown[];
      return row[row.length === 1 ? 0 : c];
    };
    const slow = (r: number, c: number): Element =>
      attempt(() => calculate(grids.map((g) => fromCell(pick(g, r, c)))));
    const fast = grids.length <= 4 ? exact : undefined;
    // The hot loop reads up to four arguments without building an array per element; absent
    // arguments read as 0, which the fast paths never see (they take only as many as they need).
    const none: Grid = [[0]];
    const [g0, g1, g2, g3] = [0, 1, 2, 3].map((k) => grids[k] ?? none) as [Grid, Grid, Grid, Grid];
    const out: Element[][] = new Array<Element[]>(rows);
    for (let r = 0; r < rows; r++) {
      const line: Element[] = new Array<Element>(cols);
      for (let c = 0; c < cols; c++) {
        if (fast) {
          const a = pick(g0, r, c);
          const b = pick(g1, r, c);
          const x = pick(g2, r, c);
          const y = pick(g3, r, c);
          if (
            typeof a === 'number' &&
            typeof b === 'number' &&
            typeof x === 'number' &&
            typeof y === 'number'
          ) {
            const quick = fast(a, b, x, y);
            if (quick === quick) {
              line[c] = quick;
              continue;
            }
          }
        }
        line[c] = slow(r, c);
      }
      out[r] = line;
    }
    return out;
  } catch (failure) {
    return [
      [
        failure instanceof ShapeError
          ? excelError('#VALUE!', failure.message)
          : toExcelError(failure),
      ],
    ];
  }
}

/** The cells of a range parameter, row by row; blanks become null, an error cell is thrown back. */
export function cellsOf(arg: Arg): unknown[] {
  dims(arg.grid, arg.name);
  return arg.grid.flat().map(fromCell);
}

/** Runs a whole-range calculation, turning any failure into one Excel error cell. */
export function guarded(calculate: () => Element[][]): Element[][] {
  try {
    return calculate();
  } catch (failure) {
    return [
      [
        failure instanceof ShapeError
          ? excelError('#VALUE!', failure.message)
          : toExcelError(failure),
      ],
    ];
  }
}
