// The project's Decimal clone: its precision and rounding, which every result depends on.
import DecimalJs from 'decimal.js';
import { Decimal } from '../../../core/src';

describe('Decimal', () => {
  it('keeps forty significant digits, far beyond a double', () => {
    // 1 ÷ 3 = 0.333… to 40 significant digits
    expect(new Decimal(1).div(3).toString()).toBe(`0.${'3'.repeat(40)}`);
  });

  it('rounds half up, as finance staff expect', () => {
    expect(new Decimal('2.5').toDecimalPlaces(0).toString()).toBe('3');
    expect(new Decimal('0.125').toDecimalPlaces(2).toString()).toBe('0.13');
  });

  it('leaves the global decimal.js configuration alone', () => {
    expect(DecimalJs.precision).toBe(20);
  });

  it('writes ordinary figures without exponents', () => {
    expect(new Decimal('0.0000000001').toString()).toBe('0.0000000001');
    expect(new Decimal('12345678901234567890').toString()).toBe('12345678901234567890');
  });
});
