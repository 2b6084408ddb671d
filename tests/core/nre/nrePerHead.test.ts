// NRE per head straight from expenditure, income and population.
import fc from 'fast-check';
import { nre, nrePerHead, perHead } from '../../../core/src';
import { expectCode, expectDecimal, itRefusesNonNumbers } from '../helpers';

describe('nrePerHead', () => {
  it.each([
    // documented example: (200,000,000 − 20,000,000) ÷ 1,200,000 = 150
    [200000000, 20000000, 1200000, undefined, '150'],
    // per 1,000: (50,000 − 5,000) × 1,000 ÷ 300,000 = 150
    [50000, 5000, 300000, 1000, '150'],
    // income above spend gives a negative figure: (100 − 300) ÷ 50 = −4
    [100, 300, 50, undefined, '-4'],
    // text as typed: ("£1,500" − "£300") ÷ "400" = 3
    ['£1,500', '£300', '400', undefined, '3'],
  ])('gives (%p − %p) ÷ %p (per %p) = %s', (expenditure, income, population, per, expected) => {
    expectDecimal(nrePerHead(expenditure, income, population, per), expected);
  });

  it('agrees with nre followed by perHead', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e10 }),
        fc.integer({ min: 0, max: 1e10 }),
        fc.integer({ min: 1, max: 1e7 }),
        fc.constantFrom(1, 1000),
        (expenditure, income, population, per) =>
          nrePerHead(expenditure, income, population, per).eq(
            perHead(nre(expenditure, [income]), population, per),
          ),
      ),
    );
  });

  it('refuses a zero or negative population', () => {
    expectCode(() => nrePerHead(100, 10, 0), 'DIVIDE_BY_ZERO', 'population');
    expectCode(() => nrePerHead(100, 10, -5), 'OUT_OF_RANGE', 'population');
  });

  it('refuses negative expenditure, negative income and a scale of zero', () => {
    expectCode(() => nrePerHead(-100, 10, 5), 'OUT_OF_RANGE', 'expenditure');
    expectCode(() => nrePerHead(100, -10, 5), 'OUT_OF_RANGE', 'income');
    expectCode(() => nrePerHead(100, 10, 5, 0), 'OUT_OF_RANGE', 'per');
  });

  itRefusesNonNumbers('expenditure', (bad) => nrePerHead(bad, 10, 5));
  itRefusesNonNumbers('income', (bad) => nrePerHead(100, bad, 5));
  itRefusesNonNumbers('population', (bad) => nrePerHead(100, 10, bad));
  itRefusesNonNumbers('per', (bad) => nrePerHead(100, 10, 5, bad), true);
});
