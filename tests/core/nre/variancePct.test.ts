// Variance from a benchmark as a fraction.
import fc from 'fast-check';
import { variancePct } from '../../../core/src';
import { expectCode, expectDecimal, itRefusesNonNumbers } from '../helpers';

describe('variancePct', () => {
  it.each([
    // documented example: 154 ÷ 100 − 1 = 0.54, 54 % above
    [154, 100, '0.54'],
    // 90 ÷ 100 − 1 = −0.1, 10 % below
    [90, 100, '-0.1'],
    // 187.5 ÷ 150 − 1 = 0.25
    ['187.50', '150', '0.25'],
    // a negative value: −50 ÷ 100 − 1 = −1.5
    [-50, 100, '-1.5'],
    // rounding once: (0.3 − 0.1) ÷ 0.1 = 2 exactly, where doubles give 1.9999999999999996
    [0.3, 0.1, '2'],
  ])('gives %p ÷ %p − 1 = %s', (value, benchmark, expected) => {
    expectDecimal(variancePct(value, benchmark), expected);
  });

  // Growth on a base is the same arithmetic: value ÷ base − 1.
  // Sources: CIPFA, Police Actuals 2005-06 commentary (December 2006): gross expenditure £13,687m,
  // up £963m (so from £12,724m), "7.6%"; cost of services £12,394m, up £828m (from £11,566m),
  // "7.2%". House of Commons Home Affairs Committee, Fourth Report 2006-07: gross revenue
  // expenditure £8,578m in 1996-97 and £12,015m in 2006-07, "an increase of 40% (£3,437 million)".
  it.each([
    ['gross expenditure, England, Wales and Scotland, 2005-06', 13687, 13687 - 963, '0.076', 3],
    ['cost of services, England and Wales, 2005-06', 12394, 12394 - 828, '0.072', 3],
    ['gross revenue expenditure, 1996-97 to 2006-07', 12015, 8578, '0.4', 2],
  ])('reproduces the published increase in %s', (_what, value, base, published, decimals) => {
    expectDecimal(variancePct(value, base).toDecimalPlaces(decimals), published);
  });

  it('rounds once, keeping all forty digits of a variance close to zero', () => {
    // (3.000000000000000000001 − 3) ÷ 3 = 1e-21 ÷ 3 = 3.33…e-22 to forty digits; working out
    // 3.000000000000000000001 ÷ 3 first and then taking 1 away would keep only eighteen of them.
    const variance = variancePct('3.000000000000000000001', 3);
    expectDecimal(variance, `0.${'0'.repeat(21)}${'3'.repeat(40)}`);
  });

  it('is zero for a value equal to its benchmark', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), (pennies) => {
        const x = (pennies / 100).toFixed(2);
        return variancePct(x, x).isZero();
      }),
    );
  });

  it('refuses a zero benchmark as a division by zero and a negative one as out of range', () => {
    expectCode(() => variancePct(100, 0), 'DIVIDE_BY_ZERO', 'benchmark');
    expectCode(() => variancePct(100, -100), 'OUT_OF_RANGE', 'benchmark');
  });

  itRefusesNonNumbers('value', (bad) => variancePct(bad, 100));
  itRefusesNonNumbers('benchmark', (bad) => variancePct(100, bad));
});
