// Per head for a group of forces (a region): totals over totals, never a mean of per-head values.
import type { Cell, Decimal, NumberInput } from '../lib/decimal.js';
import { sumPairs } from '../lib/input.js';
import { readParam, rule, type FunctionSpec } from '../catalogue/spec.js';
import { PER } from './perHead.js';

export const POOLEDPERHEAD: FunctionSpec = {
  id: 'POOLEDPERHEAD',
  name: 'pooledPerHead',
  summary:
    'Pooled per head for a group of forces (a region): the sum of the amounts divided by the sum of the populations, times per. Blank pairs are skipped; an amount without its population is an error.',
  params: [
    {
      name: 'amounts',
      kind: 'signed',
      list: true,
      description: 'Amounts (e.g. NRE), one per force.',
    },
    {
      name: 'populations',
      kind: 'divisor',
      list: true,
      description: 'Resident populations, paired with the amounts (greater than zero each).',
    },
    PER,
  ],
  returns: 'The pooled amount per head.',
  example: '=COLLAB.POOLEDPERHEAD({150000000;90000000}, {1000000;600000}) → 150',
};

/** COLLAB.POOLEDPERHEAD in the core: see {@link POOLEDPERHEAD}. @example pooledPerHead([150000000, 90000000], [1000000, 600000]) //=> 150 */
export function pooledPerHead(
  amounts: readonly Cell[],
  populations: readonly Cell[],
  per?: NumberInput,
): Decimal {
  const sums = sumPairs(
    amounts,
    rule(POOLEDPERHEAD, 'amounts'),
    populations,
    rule(POOLEDPERHEAD, 'populations'),
  );
  return sums.a.times(readParam(POOLEDPERHEAD, 'per', per)).div(sums.b);
}
