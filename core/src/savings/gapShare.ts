// How much of a force's savings requirement a collaboration meets.
import type { Decimal, NumberInput } from '../lib/decimal.js';
import { read } from '../lib/input.js';

/**
 * Share of the savings requirement: a collaboration's saving divided by the force's total savings
 * requirement ("funding gap") over the same period.
 *
 * @param saving - Saving from collaboration over the period (may be negative).
 * @param requirement - The force's total savings requirement over the same period (greater than zero).
 * @returns The share as a fraction.
 * @example gapShare(2500, 10000) //=> 0.25
 */
export function gapShare(saving: NumberInput, requirement: NumberInput): Decimal {
  return read(saving, { name: 'saving', kind: 'signed' }).div(
    read(requirement, { name: 'requirement', kind: 'divisor' }),
  );
}
