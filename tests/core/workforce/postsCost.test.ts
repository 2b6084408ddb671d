// Cost of posts, optionally rounded as published tables round it.
import { postsCost } from '../../../core/src';
import { expectCode, expectDecimal, itRefusesNonNumbers } from '../helpers';

const POSTS = { officers: 12, staff: 5, officerCost: 57.3, staffCost: 34.1 };

describe('postsCost', () => {
  it.each([
    // 12 × 57.3 + 5 × 34.1 = 687.6 + 170.5 = 858.1 exactly, unrounded
    [undefined, '858.1'],
    // documented example: nearest ten → 860
    [10, '860'],
    // nearest hundred → 900; nearest one → 858; nearest 0.5 → 858
    [100, '900'],
    [1, '858'],
    ['0.5', '858'],
  ])('costs twelve officers and five staff, rounded to %p, at %s', (roundTo, expected) => {
    expectDecimal(postsCost({ ...POSTS, roundTo }), expected);
  });

  it('rounds a half up', () => {
    // 1 × 855 + 0 = 855, exactly between 850 and 860 → 860
    expectDecimal(
      postsCost({ officers: 1, staff: 0, officerCost: 855, staffCost: 0, roundTo: 10 }),
      '860',
    );
  });

  it('treats a blank rounding step as no rounding', () => {
    expectDecimal(postsCost({ ...POSTS, roundTo: null as never }), '858.1');
  });

  it('reads text as typed', () => {
    // 3 × £45,000 + 2 × £30,000 = 195,000
    expectDecimal(
      postsCost({ officers: '3', staff: '2', officerCost: '£45,000', staffCost: '£30,000' }),
      '195000',
    );
  });

  it.each([['officers'], ['staff'], ['officerCost'], ['staffCost']])(
    'refuses a negative %s',
    (param) => {
      expectCode(() => postsCost({ ...POSTS, [param]: -1 }), 'OUT_OF_RANGE', param);
    },
  );

  it('refuses a rounding step that is not more than zero', () => {
    expectCode(() => postsCost({ ...POSTS, roundTo: 0 }), 'OUT_OF_RANGE', 'roundTo');
    expectCode(() => postsCost({ ...POSTS, roundTo: -10 }), 'OUT_OF_RANGE', 'roundTo');
  });

  itRefusesNonNumbers('officers', (bad) => postsCost({ ...POSTS, officers: bad }));
  itRefusesNonNumbers('staff', (bad) => postsCost({ ...POSTS, staff: bad }));
  itRefusesNonNumbers('officerCost', (bad) => postsCost({ ...POSTS, officerCost: bad }));
  itRefusesNonNumbers('staffCost', (bad) => postsCost({ ...POSTS, staffCost: bad }));
  itRefusesNonNumbers('roundTo', (bad) => postsCost({ ...POSTS, roundTo: bad }), true);
});
