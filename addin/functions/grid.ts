// Excel passes every range (and, for `any[][]` parameters, every single value) as rows of cells.
// These helpers check a grid's shape, broadcast grids against each other like Excel's own
// operators, trim the blank tail of whole-column references, and run a per-element calculation so
// that one bad element is one error cell.
import { exactColumn, exactRows, type ExactPlan } from '@collab-finance/core';
import { excelError, fromCell, toExcelError, type ExcelError } from './excelValues';

export type Grid = readonly (readonly unknown[])[];

/** A parameter as received: its name (for messages) and its grid. */
export interface Arg {
  readonly name: string;
  readonly grid: Grid;
}

/** A calculation's result for one element: a number, TRUE/FALSE, or an Excel error. */
export type Element = number | boolean | ExcelError;

/**
 * The most cells a result may have: a tenth of Excel's 17-billion-cell sheet would still be far
 * past the 5 MB Excel on the web accepts back; a million cells of numbers stay under it.
 */
export const MAX_RESULT_CELLS = 1_000_000;

/** Raised (and caught at the adapter) when the arguments' shapes cannot work together. */
export class ShapeError extends Error {
  override readonly name = 'ShapeError';
}

/** Rows and columns of a non-empty grid, by its first row (`dims` checks every row). */
function outline(grid: unknown, name: string): { rows: number; cols: number } {
  if (!Array.isArray(grid) || grid.length === 0) throw new ShapeError(`${name} is an empty range`);
  const first: unknown = grid[0];
  const cols = Array.isArray(first) ? first.length : 0;
  if (cols === 0) throw new ShapeError(`${name} is an empty range`);
  return { rows: grid.length, cols };
}

/** Rows and columns of a rectangular, non-empty grid. */
export function dims(grid: unknown, name: string): { rows: number; cols: number } {
  const shape = outline(grid, name);
  const rows = grid as readonly unknown[];
  for (let r = 1; r < shape.rows; r++) {
    const row: unknown = rows[r];
    if (!Array.isArray(row) || row.length !== shape.cols)
      throw new ShapeError(`${name} is not a rectangular range`);
  }
  return shape;
}

/** Whether a cell is blank as Excel passes one: null, or an empty string. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/**
 * How many leading rows of these grids are in use: a whole-column reference (A:A) arrives as a
 * million rows, nearly all blank, and rows after the last with any non-blank cell in any of the
 * grids that have `rows` rows are no part of the data. One backward pass, one comparison a cell;
 * at least one row is kept so that an all-blank call still answers.
 */
export function usedRows(grids: readonly Grid[], rows: number): number {
  let used = 1;
  for (const grid of grids) {
    if (grid.length !== rows) continue;
    for (let r = rows - 1; r >= used; r--) {
      const row = grid[r] as readonly unknown[];
      let blank = true;
      for (let c = 0; c < row.length && blank; c++) blank = isBlank(row[c]);
      if (!blank) {
        used = r + 1;
        break;
      }
    }
  }
  return used;
}

/** Refuses a result of more cells than `MAX_RESULT_CELLS` before anything is allocated. */
export function checkResultSize(rows: number, cols: number): void {
  if (rows * cols > MAX_RESULT_CELLS) {
    throw new ShapeError(
      `the result would have ${rows * cols} cells (${rows}×${cols}); the most is ${MAX_RESULT_CELLS}`,
    );
  }
}

/**
 * The shape of the result when grids of these shapes meet: each side 1 or the largest, with the
 * blank tail of whole-column references trimmed.
 */
export function broadcast(
  args: readonly Arg[],
  measure: (grid: unknown, name: string) => { rows: number; cols: number } = dims,
): { rows: number; cols: number } {
  // Plain loops and literals: an object spread per argument cost more than the whole calculation
  // of a one-cell call (TOOLCHAIN trap 14).
  const shapes: { rows: number; cols: number }[] = [];
  let rows = 1;
  let cols = 1;
  for (const arg of args) {
    const shape = measure(arg.grid, arg.name);
    shapes.push(shape);
    if (shape.rows > rows) rows = shape.rows;
    if (shape.cols > cols) cols = shape.cols;
  }
  for (const s of shapes) {
    if ((s.rows !== 1 && s.rows !== rows) || (s.cols !== 1 && s.cols !== cols)) {
      const list = args.map((a, i) => `${a.name} ${shapes[i]?.rows}×${shapes[i]?.cols}`);
      throw new ShapeError(
        `the ranges do not fit together (${list.join(', ')}): each must be a single cell, a row, a column or the same size as the others`,
      );
    }
  }
  if (rows > 1)
    rows = usedRows(
      args.map((a) => a.grid),
      rows,
    );
  checkResultSize(rows, cols);
  return { rows, cols };
}

/** Whether an optional parameter was left out: omitted, or given one blank cell. */
export function omitted(grid: Grid | null | undefined): grid is null | undefined {
  if (grid === null || grid === undefined) return true;
  return grid.length === 1 && grid[0]?.length === 1 && isBlank(grid[0][0]);
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

/** One element of a broadcast grid. */
function pick(grid: Grid, r: number, c: number): unknown {
  const row = grid[grid.length === 1 ? 0 : r] as readonly unknown[];
  return row[row.length === 1 ? 0 : c];
}

const ZERO: Grid = [[0]];
const ONE: Grid = [[1]];

/**
 * Applies a per-element calculation over broadcast arguments. `exact`, when given, is a fast path
 * over plain numbers (at most four arguments) that gives NaN wherever it cannot promise the same
 * result as `calculate`; `calculate` (the core's decimal path) then decides, including which error
 * to give.
 */
export function elementwise(
  args: readonly Arg[],
  calculate: (values: unknown[]) => Element,
  exact?: ExactPlan,
): Element[][] {
  return guarded(() => {
    // Shapes by their first rows: Excel's ranges are rectangular, and a pass over every row of
    // every argument to confirm it cost a sixth of a 100,000-row call. The fast path reads a
    // missing cell as not a number; before any cell goes to the decimal path, which would read the
    // same missing cell as a blank, every row is checked (below).
    const { rows, cols } = broadcast(args, outline);
    let rectangular = false;
    const decide = (r: number, c: number) => {
      if (!rectangular) for (const a of args) dims(a.grid, a.name);
      rectangular = true;
      return slow(args, calculate, r, c);
    };
    const fast = args.length <= 4 ? exact : undefined;
    if (fast === undefined)
      return resultRows(new Float64Array(rows * cols).fill(NaN), rows, cols, decide);
    // The formula's parts are read from their grids, picked once here (a part left out reads as
    // its constant).
    const part = (slot: number, none: Grid) => args[slot]?.grid ?? none;
    const parts = [
      part(fast.sx, ZERO),
      part(fast.sy, ZERO),
      part(fast.sz, ONE),
      part(fast.sw, ONE),
    ] as const;
    try {
      if (cols === 1) {
        // One column (the usual case): the fast path makes the rows itself, leaving a hole where
        // the decimal path must decide.
        const out = new Array<Element[]>(rows);
        if (exactRows(fast, parts, rows, out as number[][]) > 0)
          for (let r = 0; r < rows; r++) if (out[r] === undefined) out[r] = decidedRow(r, decide);
        return out;
      }
      const quick = new Float64Array(rows * cols);
      for (let c = 0; c < cols; c++) exactColumn(fast, parts, c, rows, quick, cols);
      return resultRows(quick, rows, cols, decide);
    } catch (failure) {
      // A row that is not an array at all (never from Excel): said as the shape it is.
      for (const a of args) dims(a.grid, a.name);
      throw failure;
    }
  });
}

/** A one-cell row the decimal path decides: made here, apart from the rows of numbers. */
function decidedRow(r: number, decide: (r: number, c: number) => Element): Element[] {
  return [decide(r, 0)];
}

/**
 * The result grid: the fast path's numbers, and `decide` for each cell it left as NaN. A function
 * of its own rather than a loop in a closure made per call: V8 then keeps one optimised copy of the
 * loop for every call, instead of compiling the loop of each new closure afresh part-way through.
 */
function resultRows(
  quick: Float64Array,
  rows: number,
  cols: number,
  decide: (r: number, c: number) => Element,
): Element[][] {
  const out: Element[][] = new Array<Element[]>(rows);
  for (let r = 0; r < rows; r++) {
    const at = r * cols;
    let answered = true;
    for (let c = 0; c < cols && answered; c++) answered = quick[at + c] === quick[at + c];
    out[r] = answered ? numberRow(quick, at, cols) : mixedRow(quick, r, cols, decide);
  }
  return out;
}

// Rows of numbers and rows with an error are made at two different places in the code. V8 keeps,
// for each place an array literal is made, the most general kind of element it has held: once one
// row there held an error, every later row there would be made as an array of boxed values, a heap
// number per figure. A row made as a literal and grown by push stays a packed array of doubles;
// `new Array(n)` starts holey and is copied when its first double arrives.

/** A row of fast-path results, all numbers. */
function numberRow(quick: Float64Array, at: number, cols: number): number[] {
  const line = [quick[at] as number];
  for (let c = 1; c < cols; c++) line.push(quick[at + c] as number);
  return line;
}

/** Row `r`, where some cell has no fast-path result: those cells are worked out by `decide`. */
function mixedRow(
  quick: Float64Array,
  r: number,
  cols: number,
  decide: (r: number, c: number) => Element,
): Element[] {
  const line: Element[] = [];
  for (let c = 0; c < cols; c++) {
    const v = quick[r * cols + c] as number;
    line.push(v === v ? v : decide(r, c));
  }
  return line;
}

/** A cell's calculation on the decimal path, which also gives every error. */
function slow(
  args: readonly Arg[],
  calculate: (values: unknown[]) => Element,
  r: number,
  c: number,
): Element {
  return attempt(() => calculate(args.map((a) => fromCell(pick(a.grid, r, c)))));
}

/**
 * The cells of range parameters read together, row by row: blanks become null, an error cell is
 * thrown back. Rows after the last non-blank one in any of them (a whole column's tail) are left
 * out of every list alike, so paired lists stay paired.
 */
export function cellsOfPaired(args: readonly Arg[]): unknown[][] {
  let rows = 0;
  for (const arg of args) rows = Math.max(rows, dims(arg.grid, arg.name).rows);
  const used = usedRows(
    args.map((a) => a.grid),
    rows,
  );
  return args.map((arg) => {
    const list: unknown[] = [];
    const end = arg.grid.length === rows ? used : arg.grid.length;
    for (let r = 0; r < end; r++) {
      const row = arg.grid[r] as readonly unknown[];
      for (let c = 0; c < row.length; c++) list.push(fromCell(row[c]));
    }
    return list;
  });
}

/** The cells of one range parameter, row by row, without a whole column's blank tail. */
export function cellsOf(arg: Arg): unknown[] {
  return cellsOfPaired([arg])[0] as unknown[];
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
