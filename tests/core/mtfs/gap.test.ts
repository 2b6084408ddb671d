// The funding gap of an MTFS year.
import { gap } from '../../../core/src';
import { expectCode, expectDecimal, itRefusesNonNumbers } from '../helpers';

describe('gap', () => {
  it.each([
    // documented example: 250,000 − 243,500 = 6,500, a shortfall
    [250000, 243500, '6500'],
    // a surplus is negative: 100,000 − 104,250.75 = −4,250.75
    [100000, '£104,250.75', '-4250.75'],
    [0, 0, '0'],
  ])('gives requirement %p less funding %p = %s', (requirement, funding, expected) => {
    expectDecimal(gap(requirement, funding), expected);
  });

  it('refuses a negative requirement or funding', () => {
    expectCode(() => gap(-1, 0), 'OUT_OF_RANGE', 'requirement');
    expectCode(() => gap(0, -1), 'OUT_OF_RANGE', 'funding');
  });

  itRefusesNonNumbers('requirement', (bad) => gap(bad, 100));
  itRefusesNonNumbers('funding', (bad) => gap(100, bad));
});
