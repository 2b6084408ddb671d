// Saving rate: a collaboration's saving as a share of the budget before it.
import { savingRate } from '../../../core/src';
import { expectCode, expectDecimal, itRefusesNonNumbers } from '../helpers';

describe('savingRate', () => {
  it('gives the unrounded rates of the worked examples: 0.1818… and 0.2515…', () => {
    // 4,000 ÷ 22,000 = 0.181818…; 830 ÷ 3,300 = 0.251515…, both to forty digits
    expectDecimal(savingRate(4000, 22000), `0.${'18'.repeat(20)}`);
    expectDecimal(savingRate(830, 3300), `0.2${'51'.repeat(19)}5`);
  });

  // Source: HMIC, "Working Together: a review of the arrangements for collaboration between the
  // five East Midlands police forces" (November 2013), as quoted in SPEC section 2 (£000).
  it.each([
    ['serious and organised crime', 4000, 22000, '0.18'],
    ['forensic services', 830, 3300, '0.25'],
  ])('reproduces the published rate for %s', (_fn, saving, budget, published) => {
    expectDecimal(savingRate(saving, budget).toDecimalPlaces(2), published);
  });

  it.each([
    // 1,500 ÷ 6,000 = 0.25 exactly
    [1500, 6000, '0.25'],
    // a collaboration that costs £500 more on £10,000: -500 ÷ 10,000 = -0.05
    [-500, 10000, '-0.05'],
    // text as typed: £1,250 ÷ £5,000 = 0.25
    ['£1,250', '£5,000', '0.25'],
    // nothing saved: 0 ÷ 7 = 0
    [0, 7, '0'],
    // whole budget saved: 3,300 ÷ 3,300 = 1
    [3300, 3300, '1'],
  ])('divides the saving %p by the budget %p to give %s', (saving, budget, expected) => {
    expectDecimal(savingRate(saving, budget), expected);
  });

  it('keeps full precision rather than a double: 1 ÷ 3 to 40 digits', () => {
    expectDecimal(savingRate(1, 3), `0.${'3'.repeat(40)}`);
  });

  it('refuses a zero budget as a division by zero', () => {
    expectCode(() => savingRate(100, 0), 'DIVIDE_BY_ZERO', 'budget');
    expectCode(() => savingRate(100, '£0.00'), 'DIVIDE_BY_ZERO', 'budget');
  });

  it('refuses a negative budget as out of range', () => {
    expectCode(() => savingRate(100, -22000), 'OUT_OF_RANGE', 'budget');
    expectCode(() => savingRate(100, '(22,000)'), 'OUT_OF_RANGE', 'budget');
  });

  itRefusesNonNumbers('saving', (bad) => savingRate(bad, 22000));
  itRefusesNonNumbers('budget', (bad) => savingRate(4000, bad));
});
