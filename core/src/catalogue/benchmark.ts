// BENCHMARK's declaration. The computation lives in nre/benchmark.ts; its declaration sits here
// only because that file belongs to the task pane's work, and carries no rule of its own.
import { EXCLUDE, FORCE_VALUES } from '../nre/nationalAverage.js';
import type { FunctionSpec } from './spec.js';

export const BENCHMARK: FunctionSpec = {
  id: 'BENCHMARK',
  name: 'benchmark',
  summary:
    "Benchmark: a force's value against the average of all forces (or of a peer group such as its most similar group), with the variance (value ÷ average − 1), the difference (value − average), its rank (1 = highest) among the compared forces and itself, and how many forces were compared. Spills one row per force: value, average, variance, difference, rank, count.",
  params: [
    {
      ...(FORCE_VALUES[0] as (typeof FORCE_VALUES)[number]),
      description: 'Per-head values, one per force.',
    },
    FORCE_VALUES[1] as (typeof FORCE_VALUES)[number],
    {
      name: 'force',
      kind: 'names',
      description: 'The force to benchmark, or a column of forces (one result row each).',
    },
    {
      name: 'peers',
      kind: 'names',
      list: true,
      optional: true,
      description:
        'Compare against these forces only (e.g. the most similar group); omitted: all forces.',
    },
    EXCLUDE,
  ],
  returns: 'One row per force: value, average, variance, difference, rank, count.',
  example:
    '=COLLAB.BENCHMARK({150;200;100}, {"Kent";"Essex";"Surrey"}, "Essex") → {200, 150, 0.3333…, 50, 1, 3}',
};
