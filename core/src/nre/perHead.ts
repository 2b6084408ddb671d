// Any amount per head of resident population, optionally per 1,000 people.
import type { Decimal, NumberInput } from '../lib/decimal.js';
import { evaluate, type FunctionSpec, type ParamSpec } from '../catalogue/spec.js';

/** The per-head scale, shared by every per-head function: 1 (per person) unless given. */
export const PER: ParamSpec = {
  name: 'per',
  kind: 'positive',
  optional: true,
  default: 1,
  description: 'Population scale: 1 for per person (default), 1000 for per 1,000 population.',
};

/** A force area's resident population, the divisor of every per-head figure. */
export const POPULATION: ParamSpec = {
  name: 'population',
  kind: 'divisor',
  description: 'Resident population of the force area (greater than zero).',
};

export const PERHEAD: FunctionSpec = {
  id: 'PERHEAD',
  name: 'perHead',
  summary:
    'Per head: an amount divided by the resident population of the force area, times per (1 for per person, 1,000 for per 1,000 population).',
  params: [
    { name: 'amount', kind: 'signed', description: 'The amount, e.g. NRE (may be negative).' },
    POPULATION,
    PER,
  ],
  returns: 'The amount per head.',
  example: '=COLLAB.PERHEAD(180000000, 1200000, 1000) → 150000',
  formula: { left: 'amount', times: 'per', over: 'population' },
};

/** COLLAB.PERHEAD in the core: see {@link PERHEAD}. @example perHead(180000000, 1200000) //=> 150 */
export function perHead(amount: NumberInput, population: NumberInput, per?: NumberInput): Decimal {
  return evaluate(PERHEAD, [amount, population, per]);
}
