// The funding gap of an MTFS year.
import type { Decimal, NumberInput } from '../lib/decimal.js';
import { read } from '../lib/input.js';

/**
 * Gap: budget requirement minus funding; positive means a shortfall to close with savings or
 * reserves, negative a surplus.
 *
 * @param requirement - Budget requirement (zero or more).
 * @param funding - Total funding: grant plus precept (zero or more).
 * @returns The gap.
 * @example gap(250000, 243500) //=> 6500
 */
export function gap(requirement: NumberInput, funding: NumberInput): Decimal {
  return read(requirement, { name: 'requirement', kind: 'nonNegative' }).minus(
    read(funding, { name: 'funding', kind: 'nonNegative' }),
  );
}
