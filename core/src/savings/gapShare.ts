// How much of a force's savings requirement a collaboration meets.
import type { Decimal, NumberInput } from '../lib/decimal.js';
import { evaluate, type FunctionSpec } from '../catalogue/spec.js';

export const GAPSHARE: FunctionSpec = {
  id: 'GAPSHARE',
  name: 'gapShare',
  summary:
    'Share of the savings requirement: a collaboration\'s saving divided by the force\'s total savings requirement ("funding gap") over the same period.',
  params: [
    {
      name: 'saving',
      kind: 'signed',
      description: 'Saving from collaboration over the period (may be negative).',
    },
    {
      name: 'requirement',
      kind: 'divisor',
      description:
        "The force's total savings requirement over the same period (greater than zero).",
    },
  ],
  returns: 'The share as a fraction.',
  example: '=COLLAB.GAPSHARE(2500, 10000) → 0.25',
  formula: { left: 'saving', over: 'requirement' },
};

/** COLLAB.GAPSHARE in the core: see {@link GAPSHARE}. @example gapShare(2500, 10000) //=> 0.25 */
export function gapShare(saving: NumberInput, requirement: NumberInput): Decimal {
  return evaluate(GAPSHARE, [saving, requirement]);
}
