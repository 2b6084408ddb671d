// Saving from converting police officer posts to police staff posts.
import type { Decimal, NumberInput } from '../lib/decimal.js';
import { evaluate, type FunctionSpec } from '../catalogue/spec.js';

export const CONVERSIONSAVING: FunctionSpec = {
  id: 'CONVERSIONSAVING',
  name: 'conversionSaving',
  summary:
    'Officer-to-staff conversion saving: posts converted times the difference between the officer unit cost and the staff unit cost.',
  params: [
    {
      name: 'posts',
      kind: 'nonNegative',
      description: 'Number of posts converted (zero or more; may be a fraction of FTE).',
    },
    {
      name: 'officerCost',
      kind: 'nonNegative',
      description: 'Unit cost of a police officer post (zero or more).',
    },
    {
      name: 'staffCost',
      kind: 'nonNegative',
      description: 'Unit cost of the police staff post that replaces it (zero or more).',
    },
  ],
  returns: 'The annual saving, in the unit of the costs.',
  example: '=COLLAB.CONVERSIONSAVING(10, 55000, 38000) → 170000',
  formula: { left: 'officerCost', right: 'staffCost', times: 'posts' },
};

/** COLLAB.CONVERSIONSAVING in the core: see {@link CONVERSIONSAVING}. @example conversionSaving(10, 55000, 38000) //=> 170000 */
export function conversionSaving(
  posts: NumberInput,
  officerCost: NumberInput,
  staffCost: NumberInput,
): Decimal {
  return evaluate(CONVERSIONSAVING, [posts, officerCost, staffCost]);
}
