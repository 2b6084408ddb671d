// Pooled saving rate of a portfolio: a weighted average, never the mean of the rates.
import type { Cell, Decimal } from '../lib/decimal.js';
import { errors } from '../lib/errors.js';
import { sumPairs } from '../lib/input.js';
import { rule, type FunctionSpec } from '../catalogue/spec.js';

export const POOLEDRATE: FunctionSpec = {
  id: 'POOLEDRATE',
  name: 'pooledRate',
  summary:
    'Pooled saving rate of a portfolio of collaborations: the sum of the savings divided by the sum of the budgets without collaboration (a weighted average, never the mean of the rates).',
  params: [
    { name: 'savings', kind: 'signed', list: true, description: 'Savings, one per collaboration.' },
    {
      name: 'budgets',
      kind: 'nonNegative',
      list: true,
      description: 'Budgets without collaboration, paired with the savings (zero or more each).',
    },
  ],
  returns: 'The pooled saving rate as a fraction.',
  example: '=COLLAB.POOLEDRATE({4000;830}, {22000;3300}) → 0.1909…',
};

/**
 * COLLAB.POOLEDRATE in the core (see {@link POOLEDRATE}). Blank pairs are skipped; a saving
 * without its budget, or a budget without its saving, is an error.
 * @example pooledRate([4000, 830], [22000, 3300]) //=> 0.1909… (19 %)
 */
export function pooledRate(savings: readonly Cell[], budgets: readonly Cell[]): Decimal {
  const sums = sumPairs(savings, rule(POOLEDRATE, 'savings'), budgets, rule(POOLEDRATE, 'budgets'));
  if (sums.b.isZero()) throw errors.divideByZero('the sum of budgets');
  return sums.a.div(sums.b);
}
