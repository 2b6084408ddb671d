// Cost per full-time-equivalent post.
import type { Decimal, NumberInput } from '../lib/decimal.js';
import { read } from '../lib/input.js';

/**
 * Unit cost: a cost divided by the full-time-equivalent posts it pays for.
 *
 * @param cost - The cost (zero or more).
 * @param fte - Full-time-equivalent posts (greater than zero).
 * @returns The cost per FTE.
 * @example unitCost(5500000, 100) //=> 55000
 */
export function unitCost(cost: NumberInput, fte: NumberInput): Decimal {
  return read(cost, { name: 'cost', kind: 'nonNegative' }).div(
    read(fte, { name: 'fte', kind: 'divisor' }),
  );
}
