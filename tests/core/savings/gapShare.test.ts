// Share of a force's savings requirement met by a collaboration.
import { gapShare } from '../../../core/src';
import { expectCode, expectDecimal, itRefusesNonNumbers } from '../helpers';

describe('gapShare', () => {
  it.each([
    // documented example: 2,500 ÷ 10,000 = 0.25
    [2500, 10000, '0.25'],
    // 4,000 of a 20,000 requirement (£000) = 0.2
    ['4,000', '20,000', '0.2'],
    // a collaboration that costs 300 against a 6,000 gap: −300 ÷ 6,000 = −0.05
    [-300, 6000, '-0.05'],
    // more than the whole gap: 12 ÷ 10 = 1.2
    [12, 10, '1.2'],
  ])('divides the saving %p by the requirement %p to give %s', (saving, requirement, expected) => {
    expectDecimal(gapShare(saving, requirement), expected);
  });

  it('refuses a zero requirement as a division by zero', () => {
    expectCode(() => gapShare(100, 0), 'DIVIDE_BY_ZERO', 'requirement');
  });

  it('refuses a negative requirement', () => {
    expectCode(() => gapShare(100, -1), 'OUT_OF_RANGE', 'requirement');
  });

  itRefusesNonNumbers('saving', (bad) => gapShare(bad, 100));
  itRefusesNonNumbers('requirement', (bad) => gapShare(100, bad));
});
