// Variance from a benchmark as a fraction: +0.54 means 54 % above it.
import type { Decimal, NumberInput } from '../lib/decimal.js';
import { read } from '../lib/input.js';

/**
 * Variance from average: a value divided by its benchmark, minus one (+0.54 means 54 % above
 * the benchmark, -0.1 means 10 % below).
 *
 * @param value - The value compared, e.g. a force's NRE per head.
 * @param benchmark - The benchmark, e.g. the England and Wales average (greater than zero).
 * @returns The variance as a fraction (format as %).
 * @example variancePct(154, 100) //=> 0.54
 */
export function variancePct(value: NumberInput, benchmark: NumberInput): Decimal {
  const v = read(value, { name: 'value', kind: 'signed' });
  const b = read(benchmark, { name: 'benchmark', kind: 'divisor' });
  // (v − b) ÷ b rounds once; v ÷ b − 1 would round twice.
  return v.minus(b).div(b);
}
