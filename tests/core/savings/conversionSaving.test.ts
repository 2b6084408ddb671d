// Saving from converting officer posts to staff posts.
import fc from 'fast-check';
import { conversionSaving } from '../../../core/src';
import { expectCode, expectDecimal, itRefusesNonNumbers } from '../helpers';

describe('conversionSaving', () => {
  it.each([
    // documented example: 10 × (55,000 − 38,000) = 170,000
    [10, 55000, 38000, '170000'],
    // part-time posts: 2.5 × (57.3 − 34.1) = 2.5 × 23.2 = 58
    [2.5, 57.3, 34.1, '58'],
    // text as typed: 4 × (£50,000 − £35,000) = 60,000
    ['4', '£50,000', '£35,000', '60000'],
    // no posts converted saves nothing
    [0, 55000, 38000, '0'],
    // staff dearer than officers: 3 × (40,000 − 45,000) = −15,000, a cost
    [3, 40000, 45000, '-15000'],
  ])('gives %p × (%p − %p) = %s', (posts, officer, staff, expected) => {
    expectDecimal(conversionSaving(posts, officer, staff), expected);
  });

  it('scales linearly with the posts converted', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (posts, officer, staff) =>
          conversionSaving(posts, officer, staff).eq(
            conversionSaving(1, officer, staff).times(posts),
          ),
      ),
    );
  });

  it.each([
    ['posts', () => conversionSaving(-1, 1, 1)],
    ['officerCost', () => conversionSaving(1, -1, 1)],
    ['staffCost', () => conversionSaving(1, 1, '(1)')],
  ])('refuses a negative %s', (param, call) => {
    expectCode(call, 'OUT_OF_RANGE', param);
  });

  itRefusesNonNumbers('posts', (bad) => conversionSaving(bad, 55000, 38000));
  itRefusesNonNumbers('officerCost', (bad) => conversionSaving(10, bad, 38000));
  itRefusesNonNumbers('staffCost', (bad) => conversionSaving(10, 55000, bad));
});
