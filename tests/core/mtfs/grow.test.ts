// Compounding an MTFS line year by year.
import fc from 'fast-check';
import { Decimal, grow, growNumbers } from '../../../core/src';
import { FIGURE_CLASSES, pence } from '../generators';
import { midway } from '../doubles';
import { expectCode, itRefusesNonNumbers } from '../helpers';

const text = (values: readonly { toString(): string }[]) => values.map(String);

describe('grow', () => {
  it('matches its documented example: 1,000 at 10 % for three years', () => {
    // 1,000 × 1.1 = 1,100; × 1.1 = 1,210; × 1.1 = 1,331
    expect(text(grow(1000, 0.1, 3))).toEqual(['1100', '1210', '1331']);
  });

  it.each([
    // a row of rates: 1,000 × 1.02 = 1,020; × 1.03 = 1,050.6; × 0.99 = 1,040.094
    [1000, [0.02, 0.03, -0.01], undefined, ['1020', '1050.6', '1040.094']],
    // rates as typed: 200 × 1.025 = 205; × 1.025 = 210.125
    ['£200', '2.5%', 2, ['205', '210.125']],
    // a row given with a matching number of years
    [100, ['10%', '20%'], 2, ['110', '132']],
    // one rate without years is one year
    [100, 0.5, undefined, ['150']],
    // a single-item row repeated
    [100, [0.1], 2, ['110', '121']],
    // a negative base compounds the same way: −50 × 1.1 = −55
    [-50, 0.1, 1, ['-55']],
  ])('grows %p by %j over %p years to %j', (base, rates, years, expected) => {
    expect(text(grow(base, rates, years))).toEqual(expected);
  });

  it('treats a blank number of years as one year per rate given', () => {
    expect(text(grow(100, [0.1, 0.1], null as never))).toEqual(['110', '121']);
  });

  it('is flat when every rate is zero', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }).map((p) => p / 100),
        fc.integer({ min: 1, max: 100 }),
        fc.boolean(),
        (base, years, asRow) => {
          const values = asRow ? grow(base, Array(years).fill(0)) : grow(base, 0, years);
          return values.length === years && values.every((v) => v.eq(base));
        },
      ),
    );
  });

  it('compounds: year n is base × (1 + r1) × … × (1 + rn), exactly', () => {
    // Rates in whole per-mille, so an independent BigInt product gives the exact answer scaled by
    // 1,000 per year.
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.array(fc.integer({ min: -999, max: 5000 }), { minLength: 1, maxLength: 7 }),
        (base, perMille) => {
          const values = grow(
            base,
            perMille.map((r) => r / 1000),
          );
          let exact = BigInt(base);
          return perMille.every((r, year) => {
            exact *= BigInt(1000 + r);
            const scaled = values[year]?.times(new Decimal(1000).pow(year + 1));
            return scaled?.toFixed(0) === exact.toString() && scaled.isInteger();
          });
        },
      ),
    );
  });

  it('refuses a rate of −100 % or below, naming the year', () => {
    expectCode(() => grow(100, -1, 3), 'OUT_OF_RANGE', 'rates');
    expectCode(() => grow(100, [0.1, '-150%']), 'OUT_OF_RANGE', 'rates item 2');
  });

  it('refuses an empty row of rates or a blank year in it', () => {
    expectCode(() => grow(100, []), 'EMPTY', 'rates');
    expectCode(() => grow(100, [0.1, null]), 'EMPTY', 'rates item 2');
    expectCode(() => grow(100, [0.1, 'x']), 'INVALID_NUMBER', 'rates item 2');
  });

  it('refuses a number of years outside 1 to 100 or not whole', () => {
    expectCode(() => grow(100, 0.1, 0), 'OUT_OF_RANGE', 'years');
    expectCode(() => grow(100, 0.1, 101), 'OUT_OF_RANGE', 'years');
    expectCode(() => grow(100, 0.1, 2.5), 'OUT_OF_RANGE', 'years');
    expectCode(() => grow(100, 0.1, 'seven'), 'INVALID_NUMBER', 'years');
  });

  it('refuses a row of rates that disagrees with the number of years', () => {
    expectCode(() => grow(100, [0.1, 0.2], 3), 'SHAPE_MISMATCH', 'years');
  });

  itRefusesNonNumbers('base', (bad) => grow(bad, 0.1, 3));
  itRefusesNonNumbers('rates', (bad) => grow(100, bad, 3));
});

describe('growNumbers (the fast path of GROW)', () => {
  const decimalRow = (base: number, rates: readonly number[], years: number) =>
    grow(base, rates.length === 1 ? (rates[0] as number) : rates, years).map(
      (d) => d.toNumber() + 0,
    );
  /** Rates as budgets write them (2.5 %, 0.0375) and as formulas make them (1/3 %). */
  const everydayRate = fc.oneof(
    fc.integer({ min: -999, max: 2000 }).map((n) => n / 10000),
    fc.integer({ min: 1, max: 1e6 }).map((n) => n / 3e7),
  );
  const rate = fc.oneof(everydayRate, fc.double({ min: -2, max: 10, noNaN: true }));

  it.each(FIGURE_CLASSES)('gives the decimal path’s doubles for a base of %s', (_label, base) => {
    fc.assert(
      fc.property(base, fc.array(rate, { minLength: 1, maxLength: 12 }), (b, rates) => {
        const years = rates.length;
        const quick = growNumbers(b, rates, years);
        if (quick !== undefined) expect(quick).toEqual(decimalRow(b, rates, years));
      }),
      { numRuns: 300 },
    );
  });

  it('repeats one rate for the years asked, reading it once for a column of lines', () => {
    fc.assert(
      fc.property(fc.array(pence, { minLength: 1, maxLength: 20 }), everydayRate, (bases, r) => {
        for (const b of bases) {
          const fast = growNumbers(b, [r], 7);
          // A year exactly halfway between two doubles cannot be certified, so the decimal path
          // decides it (203,878,696.37 falling 6.25 % a year is halfway in its sixth year).
          if (fast === undefined) expect(grow(b, r, 7).some(midway)).toBe(true);
          else expect(fast).toEqual(decimalRow(b, [r], 7));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('answers for everyday bases and rates without the decimal path, but exactly halfway', () => {
    expect(growNumbers(203878696.37, [-0.0625], 7)).toBeUndefined();
    expect(midway(grow(203878696.37, -0.0625, 7)[5] as Decimal)).toBe(true);
    fc.assert(
      fc.property(pence, fc.array(everydayRate, { minLength: 1, maxLength: 10 }), (b, rates) => {
        if (!grow(b, rates, rates.length).some(midway))
          expect(growNumbers(b, rates, rates.length)).toBeDefined();
      }),
      { numRuns: 500 },
    );
  });

  it('leaves to the decimal path what it must judge: text, blanks and rates of -100 % or less', () => {
    expect(growNumbers('1000', [0.1], 1)).toBeUndefined();
    expect(growNumbers(1000, [null], 1)).toBeUndefined();
    expect(growNumbers(1000, [0.1, -1], 2)).toBeUndefined();
    expect(growNumbers(1000, [-1.5], 3)).toBeUndefined();
  });
});
