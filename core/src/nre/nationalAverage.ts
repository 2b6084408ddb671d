// The England and Wales average of per-head values: the national benchmark a force is held to.
import { Decimal, type Cell } from '../lib/decimal.js';
import { errors } from '../lib/errors.js';
import { check, itemName, readItem, sameLength, toDecimal } from '../lib/input.js';
import { DEFAULT_EXCLUSIONS, forceKey } from '../forces/names.js';
import { rule, type FunctionSpec, type ParamSpec } from '../catalogue/spec.js';
import { exactMean } from '../catalogue/exact.js';

/** Force names paired with per-head values, as NATIONALAVERAGE and BENCHMARK take them. */
export const FORCE_VALUES: readonly ParamSpec[] = [
  {
    name: 'values',
    kind: 'signed',
    list: true,
    description: 'Per-head values, one per force (blank: did not report).',
  },
  {
    name: 'forces',
    kind: 'names',
    list: true,
    description: 'Force names, paired with the values.',
  },
];

/** The forces left out of an average, as NATIONALAVERAGE and BENCHMARK take them. */
export const EXCLUDE: ParamSpec = {
  name: 'exclude',
  kind: 'names',
  list: true,
  optional: true,
  description:
    'Forces left out of the average; omitted: Metropolitan Police and City of London Police. The word "none" leaves out nobody.',
};

export const NATIONALAVERAGE: FunctionSpec = {
  id: 'NATIONALAVERAGE',
  name: 'nationalAverage',
  summary:
    "England and Wales average: the simple (unweighted) mean of the forces' per-head values, excluding the Metropolitan Police and the City of London Police (or the forces in exclude) and forces that reported no spend (blank, or zero unless zeroIsReport). With weights (populations) it is the population-weighted mean instead. Force names match whatever their case, spacing or usual spelling.",
  params: [
    ...FORCE_VALUES,
    EXCLUDE,
    {
      name: 'weights',
      kind: 'positive',
      list: true,
      optional: true,
      description:
        'Population weights, paired with the values; omitted: a simple (unweighted) mean.',
    },
    {
      name: 'zeroIsReport',
      kind: 'flag',
      optional: true,
      description:
        'Count a zero as a real report; by default a zero, like a blank, means the force did not report. TRUE or FALSE (default FALSE).',
    },
  ],
  returns: 'The average.',
  example: '=COLLAB.NATIONALAVERAGE({150;200;400}, {"Kent";"Essex";"Metropolitan Police"}) → 175',
};

export interface AverageOptions {
  /** Forces left out of the average; omitted: Metropolitan Police and City of London Police. An empty list leaves out nobody. */
  readonly exclude?: readonly string[];
  /** Population weights, paired with the values; omitted: a simple (unweighted) mean. */
  readonly weights?: readonly Cell[];
  /** Count a zero as a real report; by default a zero, like a blank, means the force did not report. */
  readonly zeroIsReport?: boolean;
  /** Restricts the comparison to these forces (a peer group); omitted: every force in the data. */
  readonly group?: readonly string[];
}

export interface AverageResult {
  readonly average: Decimal;
  /** Forces in the average, spelled as in the data, in data order. */
  readonly used: readonly string[];
  /** Forces left out by the exclusion list. */
  readonly excluded: readonly string[];
  /** Forces left out because they reported nothing (blank, or zero unless zeros are reports). */
  readonly nonReporting: readonly string[];
}

/** One row of a validated table of forces: names present and unique, each paired with its value. */
export interface ForceRow {
  /** The name as spelled in the data (trimmed). */
  readonly name: string;
  /** The matching key of the name (see `forceKey`). */
  readonly key: string;
  /** The value; null where the force reported nothing (a blank). */
  readonly value: Decimal | null;
}

/** Reads a force name given as `param`: a blank is `EMPTY`, anything but text is not a name. */
export function readForceName(force: unknown, param: string): string {
  const name = typeof force === 'string' ? force.trim() : force;
  if (name === null || name === undefined || name === '') throw errors.empty(param);
  if (typeof name !== 'string') throw errors.invalidName(param, name);
  return name;
}

/** Validates the force column and the value column together: every name first, then the values. */
export function readForceTable(values: readonly Cell[], forces: readonly unknown[]): ForceRow[] {
  sameLength(forces, 'forces', values, 'values');
  const seen = new Set<string>();
  const names = forces.map((force, i) => {
    const name = readForceName(force, itemName('forces', i));
    const key = forceKey(name);
    if (seen.has(key)) throw errors.duplicateForce('forces', name);
    seen.add(key);
    return { name, key };
  });
  return names.map((row, i) => ({
    ...row,
    value: readItem(values[i], { name: 'values', kind: 'signed' }, i),
  }));
}

let defaultKeys: ReadonlySet<string> | undefined;

/** The keys of the default exclusions, worked out once: a sheet calls the average thousands of times. */
function defaultExclusionKeys(): ReadonlySet<string> {
  defaultKeys ??= keysOf(DEFAULT_EXCLUSIONS, 'exclude');
  return defaultKeys;
}

function keysOf(list: readonly string[], name: string): Set<string> {
  return new Set(list.map((f, i) => forceKey(readForceName(f, itemName(name, i)))));
}

/** The keys of a peer group, every member of which must be in the data. */
function peerKeys(peers: readonly string[], rows: readonly ForceRow[]): Set<string> {
  const keys = keysOf(peers, 'peers');
  const known = new Set(rows.map((row) => row.key));
  const missing = peers.find((f) => !known.has(forceKey(f)));
  if (missing !== undefined) throw errors.unknownForce('peers', missing);
  return keys;
}

/** Averages a validated table; shared by `nationalAverage` and `benchmark`. */
export function averageOf(rows: readonly ForceRow[], options: AverageOptions): AverageResult {
  const excludeKeys =
    options.exclude === undefined ? defaultExclusionKeys() : keysOf(options.exclude, 'exclude');
  const groupKeys = options.group === undefined ? null : peerKeys(options.group, rows);
  const weights = options.weights;
  if (weights) sameLength(rows, 'forces', weights, 'weights');
  const used: string[] = [];
  const excluded: string[] = [];
  const nonReporting: string[] = [];
  let sum = new Decimal(0);
  let weightSum = new Decimal(0);
  rows.forEach(({ name, key, value }, i) => {
    if (groupKeys && !groupKeys.has(key)) return;
    if (excludeKeys.has(key)) {
      excluded.push(name);
      return;
    }
    if (value === null || (value.isZero() && !options.zeroIsReport)) {
      nonReporting.push(name);
      return;
    }
    const weight = weights
      ? check(
          toDecimal(weights[i], `weights for ${name}`),
          rule(NATIONALAVERAGE, 'weights'),
          `weights for ${name}`,
        )
      : new Decimal(1);
    sum = sum.plus(value.times(weight));
    weightSum = weightSum.plus(weight);
    used.push(name);
  });
  if (used.length === 0) {
    throw errors.noData('values', 'no forces left to compare after exclusions and non-reporters');
  }
  return { average: sum.div(weightSum), used, excluded, nonReporting };
}

/**
 * COLLAB.NATIONALAVERAGE in the core (see {@link NATIONALAVERAGE}), with the forces used, excluded
 * and not reporting; `options.group` restricts it to a peer group.
 * @example nationalAverage([150, 200, 400], ['Kent', 'Essex', 'Metropolitan Police']).average //=> 175
 */
export function nationalAverage(
  values: readonly Cell[],
  forces: readonly unknown[],
  options: AverageOptions = {},
): AverageResult {
  return averageOf(readForceTable(values, forces), options);
}

/**
 * The average of NATIONALAVERAGE, `nationalAverage(values, forces, options).average`, or straight
 * away the double that Decimal shows as (what Excel gets from it): worked out on scaled integers (each
 * value read by its 15 digits, summed at a common scale, divided once) when the table is plain
 * (numbers or blanks, names unique, no weights, no peer group); any other table, and any sum past
 * 2^53, takes `nationalAverage` itself, which also gives every error.
 */
export function nationalAverageValue(
  values: readonly Cell[],
  forces: readonly unknown[],
  options: AverageOptions = {},
): number | Decimal {
  const quick =
    options.weights === undefined && options.group === undefined
      ? simpleMean(values, forces, options)
      : NaN;
  return quick === quick ? quick : nationalAverage(values, forces, options).average;
}

/**
 * The last forces column the fast path read, with its exclusion list and which rows it leaves out
 * (1) or keeps (0). A sheet averages many categories over the same column of names: the names are
 * then compared, not matched again.
 */
let lastForces: readonly unknown[] = [];
let lastExclude: readonly string[] | undefined;
let lastOut = new Uint8Array(0);

const sameList = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined) =>
  a === b ||
  (a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]));

/**
 * Which rows of a forces column an average leaves out (1) by the exclusion list; undefined where a
 * name is missing, not text or repeated (for `nationalAverage` to report).
 */
function excludedRows(forces: readonly unknown[], exclude: readonly string[] | undefined) {
  if (sameList(forces, lastForces) && sameList(exclude, lastExclude)) return lastOut;
  let excludeKeys: ReadonlySet<string>;
  try {
    excludeKeys = exclude === undefined ? defaultExclusionKeys() : keysOf(exclude, 'exclude');
  } catch {
    return undefined;
  }
  const seen = new Set<string>();
  const out = new Uint8Array(forces.length);
  for (let i = 0; i < forces.length; i++) {
    const force = forces[i];
    const name = typeof force === 'string' ? force.trim() : '';
    if (name === '') return undefined;
    const key = forceKey(name);
    if (seen.has(key)) return undefined;
    seen.add(key);
    out[i] = excludeKeys.has(key) ? 1 : 0;
  }
  lastForces = forces.slice();
  lastExclude = exclude?.slice();
  lastOut = out;
  return out;
}

/** The fast path of `nationalAverageValue`; NaN wherever `nationalAverage` must decide. */
function simpleMean(
  values: readonly Cell[],
  forces: readonly unknown[],
  options: AverageOptions,
): number {
  if (values.length !== forces.length) return NaN;
  const out = excludedRows(forces, options.exclude);
  if (out === undefined) return NaN;
  const used: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === null || value === undefined) continue;
    // Any other figure, even an excluded force's, must be a finite number: `nationalAverage`
    // reads them all, and judges text.
    if (typeof value !== 'number' || !Number.isFinite(value)) return NaN;
    if (out[i] === 1 || (value === 0 && !options.zeroIsReport)) continue;
    used.push(value);
  }
  return exactMean(used);
}
