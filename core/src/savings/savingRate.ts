// Saving rate: a collaboration's saving as a share of what the function cost before.
import type { Decimal, NumberInput } from '../lib/decimal.js';
import { evaluate, type FunctionSpec } from '../catalogue/spec.js';

export const SAVINGRATE: FunctionSpec = {
  id: 'SAVINGRATE',
  name: 'savingRate',
  summary: 'Saving rate: the saving divided by the budget without collaboration, as a fraction.',
  params: [
    { name: 'saving', kind: 'signed', description: 'Saving from collaboration (may be negative).' },
    {
      name: 'budget',
      kind: 'divisor',
      description: 'Budget without collaboration (greater than zero).',
    },
  ],
  returns: 'The saving rate as a fraction (format as %).',
  example: '=COLLAB.SAVINGRATE(4000, 22000) → 0.1818…',
  formula: { left: 'saving', over: 'budget' },
};

/** COLLAB.SAVINGRATE in the core: see {@link SAVINGRATE}. @example savingRate(4000, 22000) //=> 0.1818… */
export function savingRate(saving: NumberInput, budget: NumberInput): Decimal {
  return evaluate(SAVINGRATE, [saving, budget]);
}
