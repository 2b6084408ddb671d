// A force (or a region, pooled) against the average of its comparison group: the figures a
// benchmarking sheet shows. Linear in the data: one pass keys and filters, one more counts the rank.
import { Decimal, type Cell, type NumberInput } from '../lib/decimal.js';
import { CollabError, errors } from '../lib/errors.js';
import { itemName, readItem, sameLength } from '../lib/input.js';
import { forceKey } from '../forces/names.js';
import {
  averageOf,
  readForceName,
  readForceTable,
  type AverageOptions,
  type AverageResult,
  type ForceRow,
} from './nationalAverage.js';
import { conventionRule, type AverageConvention } from './averageConvention.js';
import { perHead } from './perHead.js';
import { pooledPerHead } from './pooledPerHead.js';
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
  return { ...result, ...against(rows, result, value) };
}

/** Variance, difference, rank and count of `value` against an average taken over `rows`. */
function against(rows: readonly ForceRow[], result: AverageResult, value: Decimal) {
  const compared = new Set(result.used);
  // A force is never higher than its own value, so it needs no special case. Every compared force
  // has a value (non-reporters are not compared); the null test only narrows the type.
  let higher = 0;
  for (const r of rows) {
    if (r.value !== null && r.value.gt(value) && compared.has(r.name)) higher += 1;
  }
  return {
    value,
    variance: variancePct(value, result.average),
    difference: value.minus(result.average),
    rank: higher + 1,
    count: result.used.length,
  };
}

export interface RegionBenchmarkOptions {
  /** Compare against these forces only (e.g. the most similar group); omitted: all forces. */
  readonly peers?: readonly string[];
  /** Which average, weighted or not and with London or without; omitted: DEFAULT_CONVENTION. */
  readonly convention?: AverageConvention;
  /** Count a zero as a real report. */
  readonly zeroIsReport?: boolean;
  /** Population scale of the per-head figures: 1 for £ per head (default), 1000 for per 1,000. */
  readonly per?: NumberInput;
}

export interface RegionBenchmarkResult extends AverageResult {
  /** Each force's per head, in data order; null where it reported nothing. */
  readonly perHead: readonly (Decimal | null)[];
  /** The region's pooled per head (Σ amounts ÷ Σ populations); null if a member reported nothing. */
  readonly value: Decimal | null;
  readonly variance: Decimal | null;
  readonly difference: Decimal | null;
  /** 1 for the highest among the compared forces and the region; null without a value. */
  readonly rank: number | null;
  readonly count: number;
}

/**
 * The average of `rows`; "nobody to compare" is located at `exclude` when the peer group and the
 * exclusions leave no force at all, so a caller can say which choice to change, else at `values`
 * (nobody compared reported).
 */
function averageLocated(rows: readonly ForceRow[], options: AverageOptions): AverageResult {
  try {
    return averageOf(rows, options);
  } catch (error) {
    if (!(error instanceof CollabError && error.code === 'NO_DATA')) throw error;
    // Had every force reported, would anyone be compared? The same rule answers, not a copy of it.
    const reported = new Decimal(1);
    const everyone = rows.map((r) => ({ ...r, value: reported }));
    let nobody = false;
    try {
      averageOf(everyone, { ...options, weights: undefined, zeroIsReport: true });
    } catch (again) {
      if (!(again instanceof CollabError && again.code === 'NO_DATA')) throw again;
      nobody = true;
    }
    throw error.locatedAt({ field: nobody ? 'exclude' : 'values' });
  }
}

/**
 * Benchmarks a region, or one force, from each force's amount (e.g. NRE) and population: every
 * force's per head, the average of the compared forces' per head (as `benchmark`), and the region's
 * pooled per head (Σ NRE ÷ Σ population, never a mean of per-head values) with its variance,
 * difference and rank. The average follows the named convention: a weighted one weights each
 * force's per head by its population, which makes it the compared forces' Σ NRE ÷ Σ population. A region with a member that reported nothing has no value, but its average
 * is still given. One member is benchmarked on its own per head.
 *
 * @param amounts - Amounts, one per force (blank: did not report).
 * @param populations - Resident populations, paired (greater than zero each).
 * @param forces - Force names, paired.
 * @param members - The forces of the region (one or more, each in the data, none twice).
 * @param options - Peer group, average convention, zeros as reports, per-head scale.
 * @returns Per-head values, average, the region's value, variance, difference, rank and count.
 * @example benchmarkRegion([150, 50, 100], [1, 1, 1], ['Kent', 'Essex', 'Surrey'], ['Kent', 'Essex']).value //=> 100
 */
export function benchmarkRegion(
  amounts: readonly Cell[],
  populations: readonly Cell[],
  forces: readonly unknown[],
  members: readonly string[],
  options: RegionBenchmarkOptions = {},
): RegionBenchmarkResult {
  const table = readForceTable(amounts, forces);
  sameLength(forces, 'forces', populations, 'populations');
  const indexOf = new Map(table.map((r, i) => [r.key, i]));
  if (members.length === 0) throw errors.empty('members');
  const chosen = new Set<number>();
  members.forEach((member, i) => {
    const name = readForceName(member, itemName('members', i));
    const index = indexOf.get(forceKey(name));
    if (index === undefined) throw errors.unknownForce('members', name);
    if (chosen.has(index)) throw errors.duplicateForce('members', name);
    chosen.add(index);
  });
  const people = populations.map((p, i) => {
    const population = readItem(p, { name: 'populations', kind: 'divisor' }, i);
    if (population === null) throw errors.empty(itemName('populations', i));
    return population;
  });
  const per = options.per ?? 1;
  const values = table.map((r, i) =>
    r.value === null ? null : perHead(r.value, people[i] as Decimal, per),
  );
  const rows = table.map((r, i) => ({ ...r, value: values[i] ?? null }));
  const convention = conventionRule(options.convention);
  const average: AverageOptions = {
    exclude: convention.exclude,
    weights: convention.weighted ? people : undefined,
    zeroIsReport: options.zeroIsReport,
    group: options.peers,
  };
  const result = averageLocated(rows, average);
  const inRegion = [...chosen];
  const reported = inRegion.every((i) => table[i]?.value !== null);
  const value = reported
    ? pooledPerHead(
        inRegion.map((i) => table[i]?.value),
        inRegion.map((i) => people[i]),
        per,
      )
    : null;
  const none = { value: null, variance: null, difference: null, rank: null };
  return {
    ...result,
    perHead: values,
    ...(value === null ? none : against(rows, result, value)),
    count: result.used.length,
  };
}
