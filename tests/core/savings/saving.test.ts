// Saving: the budget without collaboration less the budget with it.
import { saving } from '../../../core/src';
import { expectCode, expectDecimal, itRefusesNonNumbers } from '../helpers';

describe('saving', () => {
  // Source: HMIC, "Working Together" (November 2013) via SPEC section 2: serious and organised crime
  // saved 4,000 on a budget of 22,000 (£000), so it costs 18,000 collaborated; forensic services
  // saved 830 on 3,300, so 3,300 − 830 = 2,470 collaborated (derived, not published).
  // Source: BBC News (September 2011): major and serious organised crime staff from 665 to about 480.
  it.each([
    ['serious and organised crime budget, £000', 22000, 18000, '4000'],
    ['forensic services budget, £000', 3300, 2470, '830'],
    ['major and serious organised crime posts', 665, 480, '185'],
  ])('gives the published saving for %s', (_what, before, after, expected) => {
    expectDecimal(saving(before, after), expected);
  });

  it.each([
    // 1,234.50 − 234.50 = 1,000 from text as typed
    ['£1,234.50', '234.50', '1000'],
    // a collaboration that costs more: 100 − 120 = −20
    [100, 120, '-20'],
    // 0.3 − 0.1 = 0.2 exactly, where doubles give 0.19999999999999998
    [0.3, 0.1, '0.2'],
    [0, 0, '0'],
  ])('subtracts %p − %p = %s', (before, after, expected) => {
    expectDecimal(saving(before, after), expected);
  });

  it('refuses a negative budget before or after', () => {
    expectCode(() => saving(-1, 0), 'OUT_OF_RANGE', 'before');
    expectCode(() => saving(1, '-£5'), 'OUT_OF_RANGE', 'after');
  });

  itRefusesNonNumbers('before', (bad) => saving(bad, 100));
  itRefusesNonNumbers('after', (bad) => saving(100, bad));
});
