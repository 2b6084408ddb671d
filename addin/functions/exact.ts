// Exact fast paths for the scalar functions over ranges. Money in workbooks is nearly always whole
// pounds or pence; such a number is an integer count of pence, and a quotient of two integers below
// 2^53 computed by one IEEE division is the correctly rounded result, which is what the decimal path
// gives after converting its 40-digit quotient to a double (a quotient of integers below 2^53 is never
// within 10^-40 of a rounding midpoint, so the two cannot disagree). Anything else returns NaN and
// takes the decimal path. tests/addin/functions/exact.test.ts checks the equality on random inputs.

const LIMIT = 2 ** 53;

/** x in pence (x × 100) when x is a whole number of pence below 10^13 pounds; NaN otherwise. */
export function pence(x: number): number {
  const n = Math.round(x * 100);
  // n ÷ 100 === x means x is the double nearest to n/100; with at most 15 digits n/100 is also the
  // shortest text of x, the decimal the core reads.
  return n / 100 === x && n < 1e15 && n > -1e15 ? n + 0 : NaN;
}

/** n ÷ d with one rounding when n and d are integers below 2^53 and d > 0; NaN otherwise. */
export function quotient(n: number, d: number): number {
  return n < LIMIT && n > -LIMIT && d > 0 && d < LIMIT ? n / d : NaN;
}

/** a − b (pence) over a positive divisor d (pence): the exact rate when every input is in pence. */
export function rateOf(a: number, b: number, d: number): number {
  return quotient(pence(a) - pence(b), pence(d));
}
