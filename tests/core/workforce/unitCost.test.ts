// Cost per full-time-equivalent post.
import { unitCost } from '../../../core/src';
import { expectCode, expectDecimal, itRefusesNonNumbers } from '../helpers';

describe('unitCost', () => {
  it.each([
    // documented example: 5,500,000 ÷ 100 = 55,000
    [5500000, 100, '55000'],
    // part-time posts: 45,000 ÷ 1.5 = 30,000
    [45000, 1.5, '30000'],
    // text as typed: £1,234.50 ÷ 2 = 617.25
    ['£1,234.50', '2', '617.25'],
    [0, 7, '0'],
  ])('divides %p by %p FTE to give %s', (cost, fte, expected) => {
    expectDecimal(unitCost(cost, fte), expected);
  });

  it('refuses zero FTE as a division by zero and negatives as out of range', () => {
    expectCode(() => unitCost(100, 0), 'DIVIDE_BY_ZERO', 'fte');
    expectCode(() => unitCost(100, -2), 'OUT_OF_RANGE', 'fte');
    expectCode(() => unitCost(-100, 2), 'OUT_OF_RANGE', 'cost');
  });

  itRefusesNonNumbers('cost', (bad) => unitCost(bad, 10));
  itRefusesNonNumbers('fte', (bad) => unitCost(100, bad));
});
