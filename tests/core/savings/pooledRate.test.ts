// Pooled saving rate of a portfolio: Σ savings ÷ Σ budgets, never the mean of the rates.
import fc from 'fast-check';
import { Decimal, pooledRate, savingRate } from '../../../core/src';
import { expectCode, expectDecimal, itRefusesNonNumberItems } from '../helpers';

describe('pooledRate', () => {
  it('pools the two worked examples by their budgets, not by averaging the rates', () => {
    // (4,000 + 830) ÷ (22,000 + 3,300) = 4,830 ÷ 25,300 = 0.19090…, 19 %;
    // the mean of the rates, (0.1818 + 0.2515) ÷ 2 = 0.2167, would wrongly give 22 %.
    const rate = pooledRate([4000, 830], [22000, 3300]);
    expectDecimal(rate, new Decimal(4830).div(25300).toString());
    expectDecimal(rate.toDecimalPlaces(2), '0.19');
    const meanOfRates = savingRate(4000, 22000).plus(savingRate(830, 3300)).div(2);
    expect(rate.eq(meanOfRates)).toBe(false);
  });

  // Source: BBC News, "East Midlands police crime units aim to save £26m" (September 2011): people
  // in major crime to fall from 315 to about 230, in serious organised crime from 350 to about 250,
  // 665 to about 480 in all. The pooled reduction is (85 + 100) ÷ 665 = 185 ÷ 665 = 0.278…, 28 %.
  it.each([
    ['major crime and serious organised crime', [85, 100], [315, 350], '0.28'],
    ['the same in one line', [185], [665], '0.28'],
  ])('pools the published 2011 workforce reductions in %s', (_what, cuts, before, rounded) => {
    expectDecimal(pooledRate(cuts, before).toDecimalPlaces(2), rounded);
  });

  it('skips pairs that are blank on both sides, like SUM', () => {
    expectDecimal(
      pooledRate([4000, null, '', 830], [22000, undefined, ' ', 3300]),
      pooledRate([4000, 830], [22000, 3300]).toString(),
    );
  });

  it('lets one budget be zero as long as the total is not', () => {
    // (0 + 100) ÷ (0 + 400) = 0.25
    expectDecimal(pooledRate([0, 100], [0, 400]), '0.25');
  });

  it('refuses budgets that sum to zero', () => {
    expectCode(() => pooledRate([0, 0], [0, '0']), 'DIVIDE_BY_ZERO', 'the sum of budgets');
  });

  it('refuses a negative budget, naming its position', () => {
    expectCode(() => pooledRate([1, 2], [10, -20]), 'OUT_OF_RANGE', 'budgets item 2');
  });

  it('refuses a saving without its budget and a budget without its saving', () => {
    expectCode(() => pooledRate([1, 2], [10, null]), 'EMPTY', 'budgets item 2');
    expectCode(() => pooledRate([1, ''], [10, 20]), 'EMPTY', 'savings item 2');
  });

  it('refuses lists with nothing in them', () => {
    expectCode(() => pooledRate([], []), 'EMPTY', 'savings');
    expectCode(() => pooledRate([null], [null]), 'EMPTY', 'savings');
  });

  it('refuses lists that do not pair up', () => {
    expectCode(() => pooledRate([1, 2, 3], [10, 20]), 'SHAPE_MISMATCH', 'budgets');
  });

  itRefusesNonNumberItems('savings', (bad) => pooledRate([1, bad], [10, 20]));
  itRefusesNonNumberItems('budgets', (bad) => pooledRate([1, 2], [10, bad]));

  it('lies between the smallest and the largest rate of the portfolio', () => {
    const line = fc.record({
      saving: fc.integer({ min: -1_000_000, max: 1_000_000 }),
      budget: fc.integer({ min: 1, max: 10_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
        const pooled = pooledRate(
          lines.map((l) => l.saving),
          lines.map((l) => l.budget),
        );
        const rates = lines.map((l) => savingRate(l.saving, l.budget));
        return pooled.gte(Decimal.min(...rates)) && pooled.lte(Decimal.max(...rates));
      }),
    );
  });

  it('does not depend on the order of the collaborations', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: 1, max: 99999 })),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        (pairs) => {
          const reversed = [...pairs].reverse();
          return pooledRate(
            pairs.map((p) => p[0]),
            pairs.map((p) => p[1]),
          ).eq(
            pooledRate(
              reversed.map((p) => p[0]),
              reversed.map((p) => p[1]),
            ),
          );
        },
      ),
    );
  });
});
