// Variance from a benchmark as a fraction: +0.54 means 54 % above it.
import type { Decimal, NumberInput } from '../lib/decimal.js';
import { evaluate, type FunctionSpec } from '../catalogue/spec.js';

export const VARIANCEPCT: FunctionSpec = {
  id: 'VARIANCEPCT',
  name: 'variancePct',
  summary:
    'Variance from average: a value divided by its benchmark, minus one (+0.54 means 54 % above the benchmark, -0.1 means 10 % below).',
  params: [
    {
      name: 'value',
      kind: 'signed',
      description: "The value compared, e.g. a force's NRE per head.",
    },
    {
      name: 'benchmark',
      kind: 'divisor',
      description: 'The benchmark, e.g. the England and Wales average (greater than zero).',
    },
  ],
  returns: 'The variance as a fraction (format as %).',
  example: '=COLLAB.VARIANCEPCT(154, 100) → 0.54',
  // (v − b) ÷ b rounds once; v ÷ b − 1 would round twice.
  formula: { left: 'value', right: 'benchmark', over: 'benchmark' },
};

/** COLLAB.VARIANCEPCT in the core: see {@link VARIANCEPCT}. @example variancePct(154, 100) //=> 0.54 */
export function variancePct(value: NumberInput, benchmark: NumberInput): Decimal {
  return evaluate(VARIANCEPCT, [value, benchmark]);
}
