// The England and Wales average of per-head values: the national benchmark a force is held to.
import { Decimal, type Cell } from '../lib/decimal.js';
import { errors } from '../lib/errors.js';
import { check, itemName, readItem, sameLength, toDecimal } from '../lib/input.js';
import { DEFAULT_EXCLUSIONS, forceKey } from '../forces/names.js';
import { rule, type FunctionSpec, type ParamSpec } from '../catalogue/spec.js';
import { ExactMean } from '../catalogue/exact.js';

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

/**
 * Whether a force's figure counts as a report, the one rule of both the average and its fast path
 * on columns: a blank never does, a zero only where zeros are reports (`zeroIsReport`).
 */
function reported(blank: boolean, zero: boolean, zeroIsReport: boolean | undefined): boolean {
  return !blank && (!zero || zeroIsReport === true);
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
    if (!reported(value === null, value?.isZero() === true, options.zeroIsReport)) {
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
    // Reported, so not blank.
    sum = sum.plus((value as Decimal).times(weight));
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

/** A range as Excel passes it: rows of cells. */
export type RangeRows = readonly (readonly unknown[])[];

/**
 * The average of NATIONALAVERAGE straight from the columns Excel passes, as the double that
 * `nationalAverage(values, forces, options).average` gives, in one pass over the first `rows` rows
 * (the caller trims a whole column's blank tail): the common case of a column of numbers or blanks
 * beside a column of unique names, no weights, no peer group. Each value is read by its 15 digits and
 * summed on scaled integers (see `ExactMean`). NaN for anything else (ranges wider than a column,
 * text, errors, data types, a missing or repeated name, a mean that cannot be certified), which
 * `nationalAverage` must then decide, with every error.
 */
export function nationalAverageOfColumns(
  values: RangeRows,
  forces: RangeRows,
  rows: number,
  options: AverageOptions = {},
): number {
  if (options.weights !== undefined || options.group !== undefined) return NaN;
  if (!(rows <= values.length && rows <= forces.length)) return NaN;
  if (!knownColumn(forces, rows, options.exclude) && !learnColumn(forces, rows, options.exclude))
    return NaN;
  const zeroIsReport = options.zeroIsReport;
  const out = knownOut;
  const mean = new ExactMean();
  for (let r = 0; r < rows; r++) {
    const row = values[r];
    if (!Array.isArray(row) || row.length !== 1) return NaN;
    const value: unknown = row[0];
    const blank = value === null || value === undefined || value === '';
    if (!blank && typeof value !== 'number') return NaN;
    if (out[r] === 1 || !reported(blank, value === 0, zeroIsReport)) {
      // Left out, but read all the same by `nationalAverage`: a figure it would refuse is its to report.
      if (!blank && !Number.isFinite(value)) return NaN;
    } else if (!mean.add(value as number)) return NaN;
  }
  return mean.value();
}

/**
 * The names of the last forces column the fast path read (up to its used rows), with its exclusion
 * list and which rows that list leaves out (1) or keeps (0). A sheet averages many categories over
 * the same column of names: the names are then compared, not matched again. Names are text, so
 * equal cells mean equal keys: the memory cannot go stale.
 */
let knownNames: readonly unknown[] = [];
let knownExclude: readonly string[] | undefined;
let knownOut = new Uint8Array(0);

const sameList = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined) =>
  a === b ||
  (a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]));

/** The one cell of row `r` of a column; undefined when the row is not a single cell. */
function cellOf(column: RangeRows, r: number): unknown {
  const row = column[r];
  return Array.isArray(row) && row.length === 1 ? (row[0] as unknown) : undefined;
}

/** Whether the first `rows` rows of `forces` hold exactly the known names, with the known exclusions. */
function knownColumn(forces: RangeRows, rows: number, exclude: readonly string[] | undefined) {
  const names = knownNames;
  if (rows !== names.length || !sameList(exclude, knownExclude)) return false;
  for (let r = 0; r < rows; r++) if (cellOf(forces, r) !== names[r]) return false;
  return true;
}

/**
 * Matches the names of the first `rows` rows of the column `forces` against the exclusion list and
 * remembers them (see `knownNames`); false, remembering nothing, where a name is missing, not text
 * or repeated, or a row is not one cell (for `nationalAverage` to report).
 */
function learnColumn(forces: RangeRows, rows: number, exclude: readonly string[] | undefined) {
  let excludeKeys: ReadonlySet<string>;
  try {
    excludeKeys = exclude === undefined ? defaultExclusionKeys() : keysOf(exclude, 'exclude');
  } catch {
    return false;
  }
  const seen = new Set<string>();
  const names: unknown[] = [];
  const out = new Uint8Array(rows);
  for (let r = 0; r < rows; r++) {
    const force = cellOf(forces, r);
    const name = typeof force === 'string' ? force.trim() : '';
    if (name === '') return false;
    const key = forceKey(name);
    if (seen.has(key)) return false;
    seen.add(key);
    out[r] = excludeKeys.has(key) ? 1 : 0;
    names.push(force);
  }
  knownNames = names;
  knownExclude = exclude?.slice();
  knownOut = out;
  return true;
}
