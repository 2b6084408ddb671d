// Per head for a group of forces (a region): totals over totals, never a mean of per-head values.
import type { Cell, Decimal, NumberInput } from '../lib/decimal.js';
import { sumPairs } from '../lib/input.js';
import { readPer } from './perHead.js';

/**
 * Pooled per head for a group of forces (a region): the sum of the amounts divided by the sum of
 * the populations, times `per`. Blank pairs are skipped; an amount without its population is an error.
 *
 * @param amounts - Amounts (e.g. NRE), one per force.
 * @param populations - Resident populations, paired with the amounts (greater than zero each).
 * @param per - Population scale: 1 for per person (default), 1000 for per 1,000 population.
 * @returns The pooled amount per head.
 * @example pooledPerHead([150000000, 90000000], [1000000, 600000]) //=> 150
 */
export function pooledPerHead(
  amounts: readonly Cell[],
  populations: readonly Cell[],
  per?: NumberInput,
): Decimal {
  const sums = sumPairs(amounts, { name: 'amounts', kind: 'signed' }, populations, {
    name: 'populations',
    kind: 'divisor',
  });
  return sums.a.times(readPer(per)).div(sums.b);
}
