// Cost per full-time-equivalent post.
import type { Decimal, NumberInput } from '../lib/decimal.js';
import { evaluate, type FunctionSpec } from '../catalogue/spec.js';

export const UNITCOST: FunctionSpec = {
  id: 'UNITCOST',
  name: 'unitCost',
  summary: 'Unit cost: a cost divided by the full-time-equivalent posts it pays for.',
  params: [
    { name: 'cost', kind: 'nonNegative', description: 'The cost (zero or more).' },
    {
      name: 'fte',
      kind: 'divisor',
      description: 'Full-time-equivalent posts (greater than zero).',
    },
  ],
  returns: 'The cost per FTE.',
  example: '=COLLAB.UNITCOST(5500000, 100) → 55000',
  formula: { left: 'cost', over: 'fte' },
};

/** COLLAB.UNITCOST in the core: see {@link UNITCOST}. @example unitCost(5500000, 100) //=> 55000 */
export function unitCost(cost: NumberInput, fte: NumberInput): Decimal {
  return evaluate(UNITCOST, [cost, fte]);
}
