// Saving from collaboration: the budget a function would have cost alone less what it costs pooled.
import type { Decimal, NumberInput } from '../lib/decimal.js';
import { evaluate, type FunctionSpec } from '../catalogue/spec.js';

export const SAVING: FunctionSpec = {
  id: 'SAVING',
  name: 'saving',
  summary:
    'Saving from collaboration: the budget without collaboration minus the budget with it. A negative result means the collaboration costs more.',
  params: [
    {
      name: 'before',
      kind: 'nonNegative',
      description: 'Budget without collaboration (zero or more).',
    },
    {
      name: 'after',
      kind: 'nonNegative',
      description: 'Budget with collaboration (zero or more).',
    },
  ],
  returns: 'The saving, in the unit of the budgets.',
  example: '=COLLAB.SAVING(22000, 18000) → 4000',
  formula: { left: 'before', right: 'after' },
};

/** COLLAB.SAVING in the core: see {@link SAVING}. @example saving(22000, 18000) //=> 4000 */
export function saving(before: NumberInput, after: NumberInput): Decimal {
  return evaluate(SAVING, [before, after]);
}
