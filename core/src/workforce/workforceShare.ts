// The share of a workforce that works in collaborated functions.
import type { Decimal, NumberInput } from '../lib/decimal.js';
import { evaluate, type FunctionSpec } from '../catalogue/spec.js';

export const WORKFORCESHARE: FunctionSpec = {
  id: 'WORKFORCESHARE',
  name: 'workforceShare',
  summary:
    'Workforce share: people (FTE) in collaborated functions divided by the total workforce, for officers, staff or both. A part larger than its total is a data error, not a share above 1.',
  params: [
    {
      name: 'part',
      kind: 'nonNegative',
      description: 'FTE in collaborated functions (zero or more, at most the total).',
    },
    { name: 'total', kind: 'divisor', description: 'Total workforce FTE (greater than zero).' },
  ],
  returns: 'The share as a fraction.',
  example: '=COLLAB.WORKFORCESHARE(620, 8409) → 0.0737…',
  formula: { left: 'part', over: 'total', bounded: true },
};

/** COLLAB.WORKFORCESHARE in the core: see {@link WORKFORCESHARE}. @example workforceShare(620, 8409) //=> 0.0737… (7.4 %) */
export function workforceShare(part: NumberInput, total: NumberInput): Decimal {
  return evaluate(WORKFORCESHARE, [part, total]);
}
