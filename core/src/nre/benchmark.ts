// A force against the average of its comparison group: the figures a benchmarking sheet shows.
import type { Cell, Decimal } from '../lib/decimal.js';
import { errors } from '../lib/errors.js';
import { forceKey } from '../forces/names.js';
import { averageOf, readForceName, readForceTable, type AverageResult } from './nationalAverage.js';
import { variancePct } from './variancePct.js';

export interface BenchmarkOptions {
  /** Compare against these forces only (e.g. the most similar group); omitted: all forces. */
  readonly peers?: readonly string[];
  /** Forces left out of the average; omitted: Metropolitan Police and City of London Police. An empty list leaves out nobody. */
  readonly exclude?: readonly string[];
  /** Population weights for a population-weighted average. */
  readonly weights?: readonly Cell[];
  /** Count a zero as a real report. */
  readonly zeroIsReport?: boolean;
}

export interface BenchmarkResult extends AverageResult {
  /** The force's own value. */
  readonly value: Decimal;
  /** value ÷ average − 1. */
  readonly variance: Decimal;
  /** value − average. */
  readonly difference: Decimal;
  /** 1 for the highest value among the compared forces and the force itself. */
  readonly rank: number;
  /** How many forces the average is taken over. */
  readonly count: number;
}

/**
 * Benchmark: a force's value against the average of all forces (or of a peer group such as its
 * most similar group), with the variance (value ÷ average − 1), the difference (value − average),
 * its rank (1 = highest) among the compared forces and itself, and how many forces were compared.
 * Exclusions and non-reporters are treated as in `nationalAverage`.
 *
 * @param values - Per-head values, one per force.
 * @param forces - Force names, paired with the values.
 * @param force - The force to benchmark.
 * @param options - Peer group, exclusions, population weights, whether a zero is a real report.
 * @returns Value, average, variance, difference, rank and count, with the forces used.
 * @example benchmark([150, 200, 100], ['Kent', 'Essex', 'Surrey'], 'Kent').variance //=> 0
 */
export function benchmark(
  values: readonly Cell[],
  forces: readonly unknown[],
  force: string,
  options: BenchmarkOptions = {},
): BenchmarkResult {
  const rows = readForceTable(values, forces);
  const key = forceKey(readForceName(force, 'force'));
  const row = rows.find((r) => r.key === key);
  if (row === undefined) throw errors.unknownForce('force', force);
  const value = row.value;
  if (value === null) throw errors.empty(`the value for ${row.name}`);
  const result = averageOf(rows, {
    exclude: options.exclude,
    weights: options.weights,
    zeroIsReport: options.zeroIsReport,
    group: options.peers,
  });
  const variance = variancePct(value, result.average);
  const compared = new Set(result.used);
  // The force itself is never higher than its own value, so it needs no special case. Every compared
  // force has a value (non-reporters are not compared); the null test only narrows the type.
  const higher = rows.filter(
    (r) => compared.has(r.name) && r.value !== null && r.value.gt(value),
  ).length;
  return {
    ...result,
    value,
    variance,
    difference: value.minus(result.average),
    rank: higher + 1,
    count: result.used.length,
  };
}
