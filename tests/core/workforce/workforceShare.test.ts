// Workforce share: people in collaborated functions over the whole workforce.
import { workforceShare } from '../../../core/src';
import { collabError, expectCode, expectDecimal, itRefusesNonNumbers } from '../helpers';

describe('workforceShare', () => {
  it('gives the worked examples: 620/8409 → 7.4 %, 535/4331 → 12.4 %, 346/12740 → 2.7 %', () => {
    // SPEC writes the shares cut short with an ellipsis: 0.0737…, 0.1235…, 0.0271…
    expect(workforceShare(620, 8409).toString()).toMatch(/^0\.0737\d{30}/);
    expect(workforceShare(535, 4331).toString()).toMatch(/^0\.1235\d{30}/);
    expect(workforceShare(346, 12740).toString()).toMatch(/^0\.0271\d{30}/);
  });

  // Source: HMIC, "Working Together" (November 2013), East Midlands, as quoted in SPEC section 2
  // (FTE; published to one decimal of a per cent, so three decimals as a fraction).
  it.each([
    ['officers in collaborated functions', 620, 8409, '0.074'],
    ['staff in collaborated functions', 535, 4331, '0.124'],
    ['the serious and organised crime unit', 346, 12740, '0.027'],
  ])('reproduces the published share of %s', (_what, part, total, published) => {
    expectDecimal(workforceShare(part, total).toDecimalPlaces(3), published);
  });

  it('gives the total share over officers and staff together', () => {
    // the published totals add up: 8,409 officers + 4,331 staff = 12,740;
    // (620 + 535) ÷ 12,740 = 1,155 ÷ 12,740 = 0.09065…, 9.1 %
    expectDecimal(workforceShare(620 + 535, 8409 + 4331).toDecimalPlaces(3), '0.091');
  });

  it.each([
    // 0 of 100 = 0; all of them = 1; fractional FTE 12.5 of 50 = 0.25
    [0, 100, '0'],
    [100, 100, '1'],
    ['12.5', '50', '0.25'],
  ])('gives %p of %p as %s', (part, total, expected) => {
    expectDecimal(workforceShare(part, total), expected);
  });

  it('refuses a part larger than its total as a data error', () => {
    const error = collabError(() => workforceShare(8410, 8409));
    expect(error).toMatchObject({ code: 'OUT_OF_RANGE', param: 'part' });
    expect(error.message).toBe('part must be no more than the total (8409), got 8410');
  });

  it('refuses a zero total as a division by zero and negative numbers as out of range', () => {
    expectCode(() => workforceShare(0, 0), 'DIVIDE_BY_ZERO', 'total');
    expectCode(() => workforceShare(1, -10), 'OUT_OF_RANGE', 'total');
    expectCode(() => workforceShare(-1, 10), 'OUT_OF_RANGE', 'part');
  });

  itRefusesNonNumbers('part', (bad) => workforceShare(bad, 100));
  itRefusesNonNumbers('total', (bad) => workforceShare(10, bad));
});
