// The funding gap of an MTFS year.
import type { Decimal, NumberInput } from '../lib/decimal.js';
import { evaluate, type FunctionSpec } from '../catalogue/spec.js';

export const GAP: FunctionSpec = {
  id: 'GAP',
  name: 'gap',
  summary:
    'Gap: budget requirement minus funding; positive means a shortfall to close with savings or reserves, negative a surplus.',
  params: [
    { name: 'requirement', kind: 'nonNegative', description: 'Budget requirement (zero or more).' },
    {
      name: 'funding',
      kind: 'nonNegative',
      description: 'Total funding: grant plus precept (zero or more).',
    },
  ],
  returns: 'The gap.',
  example: '=COLLAB.GAP(250000, 243500) → 6500',
  formula: { left: 'requirement', right: 'funding' },
};

/** COLLAB.GAP in the core: see {@link GAP}. @example gap(250000, 243500) //=> 6500 */
export function gap(requirement: NumberInput, funding: NumberInput): Decimal {
  return evaluate(GAP, [requirement, funding]);
}
