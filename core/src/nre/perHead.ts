// Any amount per head of resident population, optionally per 1,000 people.
import type { Decimal, NumberInput } from '../lib/decimal.js';
import { read } from '../lib/input.js';

/** Reads the optional per-head scale: 1 (per person) unless given, e.g. 1000 for per 1,000. */
export function readPer(per: NumberInput | undefined): Decimal {
  return read(per ?? 1, { name: 'per', kind: 'positive' });
}

/**
 * Per head: an amount divided by the resident population of the force area, times `per`
 * (1 for per person, 1,000 for per 1,000 population).
 *
 * @param amount - The amount, e.g. NRE (may be negative).
 * @param population - Resident population of the force area (greater than zero).
 * @param per - Population scale: 1 for per person (default), 1000 for per 1,000 population.
 * @returns The amount per head.
 * @example perHead(180000000, 1200000) //=> 150
 */
export function perHead(amount: NumberInput, population: NumberInput, per?: NumberInput): Decimal {
  const value = read(amount, { name: 'amount', kind: 'signed' });
  const people = read(population, { name: 'population', kind: 'divisor' });
  return value.times(readPer(per)).div(people);
}
