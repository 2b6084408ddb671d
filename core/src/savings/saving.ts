// Saving from collaboration: the budget a function would have cost alone less what it costs pooled.
import type { Decimal, NumberInput } from '../lib/decimal.js';
import { read } from '../lib/input.js';

/**
 * Saving from collaboration: the budget without collaboration minus the budget with it.
 * A negative result means the collaboration costs more.
 *
 * @param before - Budget without collaboration (zero or more).
 * @param after - Budget with collaboration (zero or more).
 * @returns The saving, in the unit of the budgets.
 * @example saving(22000, 18000) //=> 4000
 */
export function saving(before: NumberInput, after: NumberInput): Decimal {
  return read(before, { name: 'before', kind: 'nonNegative' }).minus(
    read(after, { name: 'after', kind: 'nonNegative' }),
  );
}
