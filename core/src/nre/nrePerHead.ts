// NRE per head straight from expenditure and income, the figure the national benchmarks use.
import type { Decimal, NumberInput } from '../lib/decimal.js';
import { evaluate, type FunctionSpec } from '../catalogue/spec.js';
import { PER, POPULATION } from './perHead.js';

export const NREPERHEAD: FunctionSpec = {
  id: 'NREPERHEAD',
  name: 'nrePerHead',
  summary:
    'NRE per head: (total expenditure minus earned income) divided by the resident population of the force area, times per (1 for per person, 1,000 for per 1,000 population).',
  params: [
    { name: 'expenditure', kind: 'nonNegative', description: 'Total expenditure (zero or more).' },
    { name: 'income', kind: 'nonNegative', description: 'Earned income (zero or more).' },
    POPULATION,
    PER,
  ],
  returns: 'NRE per head.',
  example: '=COLLAB.NREPERHEAD(200000000, 20000000, 1200000) → 150',
  formula: { left: 'expenditure', right: 'income', times: 'per', over: 'population' },
};

/** COLLAB.NREPERHEAD in the core: see {@link NREPERHEAD}. @example nrePerHead(200000000, 20000000, 1200000) //=> 150 */
export function nrePerHead(
  expenditure: NumberInput,
  income: NumberInput,
  population: NumberInput,
  per?: NumberInput,
): Decimal {
  return evaluate(NREPERHEAD, [expenditure, income, population, per]);
}
