// fast-check generators shared by the core law tests.
import fc from 'fast-check';

/**
 * Populations of the form 2^i × 5^j: dividing by them ends after finitely many digits, so laws
 * such as linear scaling hold exactly rather than to forty digits.
 */
export const exactDivisor = fc
  .tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }))
  .map(([i, j]) => 2 ** i * 5 ** j);

/** Figures as workbooks hold them: typed, computed by formulas, and any double at all. */
export const pounds = fc.integer({ min: -1e9, max: 1e9 });
export const pence = fc.integer({ min: -1e11, max: 1e11 }).map((n) => n / 100);
/** Sums of pence as a formula adds them: 1123456.78 may arrive as 1123456.7799999998. */
export const sums = fc
  .array(
    fc.integer({ min: 0, max: 1e10 }).map((n) => n / 100),
    { minLength: 2, maxLength: 6 },
  )
  .map((xs) => xs.reduce((a, b) => a + b, 0));
/** Differences of large figures: the binary noise of cancellation reaches the 15th digit. */
const differences = fc.tuple(pence, pence).map(([a, b]) => a - b);
/** A £000 table times 1,000, as a formula scales it. */
export const thousands = fc.integer({ min: -1e8, max: 1e8 }).map((n) => (n / 1000) * 1000);
/** Per-head figures and rates: quotients of figures, 15 to 17 significant digits. */
export const quotients = fc
  .tuple(fc.integer({ min: 1, max: 1e10 }), fc.integer({ min: 1, max: 1e7 }))
  .map(([a, b]) => a / b);
const tinyOrHuge = fc.oneof(
  fc.double({ min: 1e-12, max: 1e-6, noNaN: true }),
  fc.double({ min: 1e13, max: 1e20, noNaN: true }),
);
const anything = fc.double({ noNaN: true, noDefaultInfinity: true });
const signed = (a: fc.Arbitrary<number>) =>
  fc.tuple(a, fc.boolean()).map(([x, neg]) => (neg ? -x : x));

export const FIGURE_CLASSES: readonly (readonly [string, fc.Arbitrary<number>])[] = [
  ['typed pounds', pounds],
  ['pounds and pence', pence],
  ['computed sums', sums],
  ['computed differences', differences],
  ['£000 × 1000', thousands],
  ['per-head quotients', signed(quotients)],
  ['0.1 + 0.2 and friends', fc.constantFrom(0.1 + 0.2, 1.1 * 3, 0.7 + 0.1, 4.35 * 100)],
  ['tiny and huge', signed(tinyOrHuge)],
  ['any double', anything],
];
/** Any figure of any class. */
export const anyFigure = fc.oneof(...FIGURE_CLASSES.map(([, a]) => a));
