import { formatNumber } from '../../../../addin/taskpane/ui/numberFormat';

describe('formatNumber', () => {
  it.each<[number, string | undefined, string]>([
    [1234.5, '£#,##0.00', '£1,234.50'],
    [-5, '£#,##0.00', '-£5.00'],
    [1876180, '#,##0', '1,876,180'],
    [0.2219, '0.0%', '22.2%'],
    [0.2219, '+0.0%;-0.0%;0.0%', '+22.2%'],
    [-0.175, '+0.0%;-0.0%;0.0%', '-17.5%'],
    [0, '+0.0%;-0.0%;0.0%', '0.0%'],
    [-12.614, '+£#,##0.00;-£#,##0.00;£0.00', '-£12.61'],
    [903.3, '£#,##0', '£903'],
    [12, undefined, '12'],
    [0.1 + 0.2, 'General', '0.3'],
    // A trailing comma shows thousands (£000), as Excel does; the value stays in pounds.
    [1234567, '£#,##0,;-£#,##0,;£0', '£1,235'],
    [-1500, '£#,##0,;-£#,##0,;£0', '-£2'],
    [2500.4, '#,##0.0;-#,##0.0;0', '2,500.4'],
  ])('shows %p under %p as %p', (value, format, shown) => {
    expect(formatNumber(value, format)).toBe(shown);
  });

  it('shows no minus sign on a negative that rounds to zero', () => {
    expect(formatNumber(-0.001, '£#,##0.00')).toBe('£0.00');
  });
});
