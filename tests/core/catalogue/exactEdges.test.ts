// The exact fast path at the edges of its proofs, each answer held to the decimal path itself
// (not to the fast path's own one-row answer): products exactly halfway between doubles past
// 2^53, differences past 2^53, a part a few steps above its total, and columns of pence with whole
// pounds among them across a block boundary.
import fc from 'fast-check';
import {
  apportion,
  apportionColumn,
  CollabError,
  evaluate,
  exactPath,
  exactRows,
  exactValue,
  SPECS,
  type ExactPlan,
  type FunctionSpec,
} from '../../../core/src';
import { BLOCK } from '../../../core/src/catalogue/exact';
import { midway } from '../doubles';
import { partsOf } from './parts';

const byId = (id: string) => SPECS.find((s) => s.id === id) as FunctionSpec;
const planOf = (spec: FunctionSpec) => exactPath(spec) as ExactPlan;

/** The double `n` steps (units in the last place) from x, away from zero for n > 0. */
function steps(x: number, n: number): number {
  const bits = new Float64Array([x]);
  const word = new BigInt64Array(bits.buffer);
  word[0] = (word[0] as bigint) + BigInt(n);
  return bits[0] as number;
}

/**
 * Whether the fast path's answer v on `args` is the decimal path's double: true where it answers
 * and agrees, false where it declines (NaN); a disagreement, or an answer where the decimal path
 * gives an error (evaluate throws), fails the test.
 */
function answersAsDecimal(spec: FunctionSpec, args: readonly number[], v: number): boolean {
  if (Number.isNaN(v)) return false;
  expect([args, v]).toEqual([args, evaluate(spec, args).toNumber() + 0]);
  return true;
}

describe('the exact fast path past 2^53', () => {
  const odd = (min: number, max: number) => fc.integer({ min, max }).map((n) => n | 1);

  it('declines CONVERSIONSAVING exactly halfway between doubles, and answers its neighbours as the decimal path does', () => {
    // posts 5b × officer cost a ÷ 20 (5a pence) is ab ÷ 4 for odd a and b: with ab from 2^53 to
    // 2^55, a quarter past a whole number where doubles are half a unit apart, a midpoint; a post
    // or a penny either side is not one.
    const spec = byId('CONVERSIONSAVING');
    let midpoints = 0;
    fc.assert(
      fc.property(
        odd(2 ** 27, 2 ** 28 - 1),
        odd(2 ** 26, 2 ** 27 - 1),
        fc.integer({ min: -1, max: 1 }),
        fc.integer({ min: -1, max: 1 }),
        (a, b, dPosts, dPence) => {
          const args = [5 * b + dPosts, (5 * a + dPence) / 100, 0];
          const v = exactValue(planOf(spec), args[0] as number, args[1] as number, 0, 0);
          if (midway(evaluate(spec, args))) {
            midpoints += 1;
            expect(v).toBeNaN();
          } else expect(answersAsDecimal(spec, args, v)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
    expect(midpoints).toBeGreaterThan(100);
  });

  it('answers VARIANCEPCT as the decimal path does where value less benchmark passes 2^53', () => {
    // -m1 against m2 ÷ 10: at the common scale both are near 9 × 10^15, their difference near
    // 1.8 × 10^16, past what a double holds exactly.
    const spec = byId('VARIANCEPCT');
    const figure = fc.integer({ min: 4.5e14, max: 9e14 });
    fc.assert(
      fc.property(figure, figure, fc.integer({ min: 0, max: 12 }), (m1, m2, k) => {
        const args = [-m1 / 10 ** k, m2 / 10 ** (k + 1)];
        const v = exactValue(planOf(spec), args[0] as number, args[1] as number, 0, 0);
        expect(answersAsDecimal(spec, args, v)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('WORKFORCESHARE of a part against its total', () => {
  const spec = byId('WORKFORCESHARE');
  const total = fc.oneof(
    fc.integer({ min: 1, max: 1e9 }),
    fc.integer({ min: 1, max: 1e11 }).map((n) => n / 100),
    // Fifteen significant digits at any scale the fast path reads: 10^-8 up to 10^15.
    fc
      .tuple(fc.integer({ min: 1e14, max: 1e15 - 1 }), fc.integer({ min: 0, max: 22 }))
      .map(([m, k]) => m / 10 ** k),
  );

  it('is exactly 1 for a part equal to its total', () => {
    fc.assert(
      fc.property(total, (t) => {
        expect(exactValue(planOf(spec), t, t, 0, 0)).toBe(1);
      }),
    );
  });

  it('declines a part a few steps above its total, which the decimal path reads as equal (1) or refuses', () => {
    fc.assert(
      fc.property(total, fc.integer({ min: 1, max: 4 }), (t, n) => {
        const part = steps(t, n);
        expect(exactValue(planOf(spec), part, t, 0, 0)).toBeNaN();
        let share: number | string;
        try {
          share = evaluate(spec, [part, t]).toNumber();
        } catch (e) {
          if (!(e instanceof CollabError)) throw e;
          share = e.code;
        }
        expect([1, 'OUT_OF_RANGE']).toContain(share);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('exactRows over columns of pence with whole pounds among them', () => {
  // A pence column read pence-first reads a whole number of pounds as 100 × pounds at scale 2:
  // every row must still be the decimal path's double, across the 2,048-row block boundary.
  const ROWS = BLOCK + 5;
  const cell = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 1e9 }).map((n) => n / 100) },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 1e7 }) },
    {
      weight: 2,
      arbitrary: fc
        .array(
          fc.integer({ min: 0, max: 1e8 }).map((n) => n / 100),
          {
            minLength: 2,
            maxLength: 4,
          },
        )
        .map((xs) => xs.reduce((s, x) => s + x, 0)),
    },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(null, '', 'x') },
  );
  const column = fc
    .array(cell, { minLength: ROWS, maxLength: ROWS })
    .map((cells) => cells.map((c) => [c]));

  it.each(['SAVING', 'SAVINGRATE', 'CONVERSIONSAVING', 'NREPERHEAD', 'WORKFORCESHARE'])(
    'gives %s row by row as the decimal path gives it, or leaves a hole',
    (id) => {
      const spec = byId(id);
      const plan = planOf(spec);
      fc.assert(
        fc.property(
          fc.array(column, { minLength: spec.params.length, maxLength: spec.params.length }),
          (given) => {
            const out = new Array<number[]>(ROWS);
            exactRows(plan, partsOf(plan, given), ROWS, out);
            let answered = 0;
            for (let r = 0; r < ROWS; r++) {
              const args = given.map((g) => (g[r] as unknown[])[0]);
              const v = out[r]?.[0] ?? NaN;
              if (!args.every((a) => typeof a === 'number')) expect(v).toBeNaN();
              else if (answersAsDecimal(spec, args as number[], v)) answered += 1;
            }
            // Everyday pence figures are the fast path's to answer; its declines are rare.
            if (spec.formula?.bounded !== true) expect(answered).toBeGreaterThan(ROWS / 2);
          },
        ),
        // Columns of 2,053 rows shrink slowly: the first failing one is reported as it is.
        { numRuns: 3, endOnFailure: true },
      );
    },
  );
});

describe('apportionColumn over long columns of equal bases', () => {
  it('gives the parts apportion gives, the left-over units to the earliest of equal remainders', () => {
    // Hundreds of equal remainders: the selection of the left-over units meets ties at every step.
    const basis = fc.constantFrom<unknown>(0, 1, 1, 2, 3, 0.5, null, '');
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
        fc.array(basis, { minLength: 1, maxLength: 3000 }),
        (total, cells) => {
          const bases = cells.map((c) => (c === '' ? null : (c as number | null)));
          fc.pre(bases.some((b) => b !== null && b > 0));
          const parts = apportionColumn(
            total,
            cells.map((c) => [c]),
            cells.length,
          );
          expect(parts && Array.from(parts)).toEqual(
            apportion(total, bases).map((d) => d.toNumber() + 0),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
