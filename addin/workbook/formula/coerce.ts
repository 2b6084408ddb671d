// Excel's conversions between scalars (text to number, anything to text or truth) and its
// element-wise "lifting" of an operation over arrays, with #N/A where shapes do not meet.

import { CellError, isError, isMatrix, textToNumber, type Matrix, type Scalar } from './values';

/** A value as an operator sees it: blank is 0, TRUE is 1, numeric text is its number. */
export function toNumber(value: Scalar): number | CellError {
  if (typeof value === 'number' || isError(value)) return value;
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return textToNumber(value) ?? new CellError('#VALUE!', `"${value}" is not a number`);
}

/**
 * A number result, with overflow and 0/0-like results as #NUM! (JavaScript gives Infinity/NaN)
 * and no negative zero (Excel has none).
 */
export function checked(n: number): number | CellError {
  if (!Number.isFinite(n)) return new CellError('#NUM!');
  return n === 0 ? 0 : n;
}

/** A number as Excel shows and compares it: to 15 significant digits (0.1+0.2 is 0.3). */
export const fifteenDigits = (n: number): number => Number(n.toPrecision(15));

/** Numbers as Excel's General format writes them in text: up to 15 significant digits. */
export function numberText(n: number): string {
  return String(fifteenDigits(n)).replace('e', 'E');
}

export function toText(value: Scalar): string | CellError {
  if (isError(value)) return value;
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return typeof value === 'number' ? numberText(value) : value;
}

/** A condition: numbers are true when non-zero, "TRUE"/"FALSE" text counts, other text is #VALUE!. */
export function toBoolean(value: Scalar): boolean | CellError {
  if (typeof value === 'boolean' || isError(value)) return value;
  if (value === null) return false;
  if (typeof value === 'number') return value !== 0;
  const upper = value.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return upper === 'TRUE';
  return new CellError('#VALUE!', `"${value}" is not TRUE or FALSE`);
}

const rank = (v: number | string | boolean): number =>
  typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2;

/**
 * Compares as Excel does: a blank takes the other side's type (0, "" or FALSE); otherwise
 * numbers < text < booleans, text ignores case, and numbers meet at 15 significant digits.
 * Returns -1, 0 or 1.
 */
export function compare(a: Exclude<Scalar, CellError>, b: Exclude<Scalar, CellError>): number {
  const blankAs = (other: Scalar): number | string | boolean =>
    typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0;
  const x = a ?? blankAs(b);
  const y = b ?? blankAs(a);
  if (rank(x) !== rank(y)) return Math.sign(rank(x) - rank(y));
  const [p, q] =
    typeof x === 'string'
      ? [x.toUpperCase(), String(y).toUpperCase()]
      : typeof x === 'number'
        ? [fifteenDigits(x), fifteenDigits(y as number)]
        : [x, y];
  return p < q ? -1 : p > q ? 1 : 0;
}

/**
 * Applies `f` element by element over arrays: a 1×1 array (or a single row or column) stretches
 * to meet the other shapes; positions outside a shorter array give #N/A. Scalars stay scalars.
 */
export function lift(
  args: readonly (Scalar | Matrix)[],
  f: (...xs: Scalar[]) => Scalar,
): Scalar | Matrix {
  if (!args.some(isMatrix)) return f(...(args as Scalar[]));
  const grids = args.map((a) => (isMatrix(a) ? a : [[a]]));
  const rows = Math.max(...grids.map((g) => g.length));
  const cols = Math.max(...grids.map((g) => g[0]?.length ?? 0));
  const at = (g: Matrix, r: number, c: number): Scalar => {
    const row = g.length === 1 ? g[0] : g[r];
    const value = row?.length === 1 ? row[0] : row?.[c];
    return value === undefined ? new CellError('#N/A') : value;
  };
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => f(...grids.map((g) => at(g, r, c)))),
  );
}
