// Saving from converting police officer posts to police staff posts.
import type { Decimal, NumberInput } from '../lib/decimal.js';
import { read } from '../lib/input.js';

/**
 * Officer-to-staff conversion saving: posts converted times the difference between the officer
 * unit cost and the staff unit cost.
 *
 * @param posts - Number of posts converted (zero or more; may be a fraction of FTE).
 * @param officerCost - Unit cost of a police officer post (zero or more).
 * @param staffCost - Unit cost of the police staff post that replaces it (zero or more).
 * @returns The annual saving, in the unit of the costs.
 * @example conversionSaving(10, 55000, 38000) //=> 170000
 */
export function conversionSaving(
  posts: NumberInput,
  officerCost: NumberInput,
  staffCost: NumberInput,
): Decimal {
  const count = read(posts, { name: 'posts', kind: 'nonNegative' });
  const officer = read(officerCost, { name: 'officerCost', kind: 'nonNegative' });
  const staff = read(staffCost, { name: 'staffCost', kind: 'nonNegative' });
  return count.times(officer.minus(staff));
}
