// NRE per head straight from expenditure and income, the figure the national benchmarks use.
import type { Decimal, NumberInput } from '../lib/decimal.js';
import { read } from '../lib/input.js';
import { readPer } from './perHead.js';

/**
 * NRE per head: (total expenditure minus earned income) divided by the resident population of
 * the force area, times `per` (1 for per person, 1,000 for per 1,000 population).
 *
 * @param expenditure - Total expenditure (zero or more).
 * @param income - Earned income (zero or more).
 * @param population - Resident population of the force area (greater than zero).
 * @param per - Population scale: 1 for per person (default), 1000 for per 1,000 population.
 * @returns NRE per head.
 * @example nrePerHead(200000000, 20000000, 1200000) //=> 150
 */
export function nrePerHead(
  expenditure: NumberInput,
  income: NumberInput,
  population: NumberInput,
  per?: NumberInput,
): Decimal {
  const spend = read(expenditure, { name: 'expenditure', kind: 'nonNegative' });
  const earned = read(income, { name: 'income', kind: 'nonNegative' });
  const people = read(population, { name: 'population', kind: 'divisor' });
  return spend.minus(earned).times(readPer(per)).div(people);
}
