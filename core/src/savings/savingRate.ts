// Saving rate: a collaboration's saving as a share of what the function cost before.
import type { Decimal, NumberInput } from '../lib/decimal.js';
import { read } from '../lib/input.js';

/**
 * Saving rate: the saving divided by the budget without collaboration, as a fraction.
 *
 * @param saving - Saving from collaboration (may be negative).
 * @param budget - Budget without collaboration (greater than zero).
 * @returns The saving rate as a fraction (format as %).
 * @example savingRate(4000, 22000) //=> 0.1818… (18 %)
 */
export function savingRate(saving: NumberInput, budget: NumberInput): Decimal {
  return read(saving, { name: 'saving', kind: 'signed' }).div(
    read(budget, { name: 'budget', kind: 'divisor' }),
  );
}
