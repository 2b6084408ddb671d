// Sharing a collaboration's cost between member forces so that the parts add up to the penny.
import { Decimal, type Cell, type NumberInput } from '../lib/decimal.js';
import { errors } from '../lib/errors.js';
import { readItem } from '../lib/input.js';
import { scaled, unitsInto, type Rows } from '../catalogue/exact.js';
import {
  decimalsParam,
  readParam,
  readWholeParam,
  rule,
  type FunctionSpec,
} from '../catalogue/spec.js';

export const APPORTION: FunctionSpec = {
  id: 'APPORTION',
  name: 'apportion',
  summary:
    'Apportionment: the total shared in proportion to the bases (population, NRE, officers, agreed percentages), each part rounded to decimals places by the largest-remainder method so that the parts add up to the total exactly. Each part is within one unit (e.g. a penny) of its exact share; equal remainders go to the earlier basis. Blank bases get nothing.',
  params: [
    {
      name: 'total',
      kind: 'signed',
      description: 'The amount to share; it must not have more decimal places than decimals.',
    },
    {
      name: 'bases',
      kind: 'nonNegative',
      list: true,
      description: 'The basis of each share (zero or more each; not all zero).',
    },
    decimalsParam('Decimal places of the parts, 0 to 10 (default 2: pennies).'),
  ],
  returns: 'The parts, in the same shape as the bases.',
  example: '=COLLAB.APPORTION(100, {1,1,1}) → {33.34, 33.33, 33.33}',
};

/** The total and the decimal places, checked (with the bases' presence) before any sharing. */
function readTotal(
  total: NumberInput,
  bases: number,
  decimals: NumberInput | null | undefined,
): { amount: Decimal; places: number } {
  const amount = readParam(APPORTION, 'total', total);
  const places = readWholeParam(APPORTION, 'decimals', decimals);
  if (amount.decimalPlaces() > places) {
    throw errors.outOfRange('total', `a whole number of units at ${places} decimal places`, amount);
  }
  if (bases === 0) throw errors.empty('bases');
  return { amount, places };
}

/**
 * COLLAB.APPORTION in the core (see {@link APPORTION}): the parts in the order of the bases.
 * @example apportion(100, [1, 1, 1]) //=> [33.34, 33.33, 33.33]
 */
export function apportion(
  total: NumberInput,
  bases: readonly Cell[],
  decimals?: NumberInput | null,
): Decimal[] {
  const { amount, places } = readTotal(total, bases.length, decimals);

  // Whole numbers throughout: the total in units of its last decimal place, the bases scaled to
  // integers by a common power of ten (shares are unchanged by scaling). Floors and remainders of
  // units × basis ÷ Σ bases are then exact, and remainders compare exactly. A number basis is read
  // by its 15 digits on scaled integers, without a Decimal each: a quarter of a million bases must
  // neither crawl nor, with loops rather than spread arguments, overflow the stack.
  const basisRule = rule(APPORTION, 'bases');
  let scale = 0;
  const read = bases.map((basis, i) => {
    const fast = typeof basis === 'number' ? scaled(basis) : undefined;
    if (fast !== undefined && fast[0] >= 0) {
      if (fast[1] > scale) scale = fast[1];
      return fast;
    }
    const d = readItem(basis, basisRule, i);
    if (d !== null && d.decimalPlaces() > scale) scale = d.decimalPlaces();
    return d;
  });
  const powers = Array.from({ length: scale + 1 }, (_, k) => 10n ** BigInt(k));
  const ints = read.map((w) =>
    w === null
      ? 0n
      : Array.isArray(w)
        ? BigInt(w[0]) * (powers[scale - w[1]] as bigint)
        : BigInt((w as Decimal).times(powers[scale]?.toString() as string).toFixed(0)),
  );
  let sum = 0n;
  for (const w of ints) sum += w;
  if (sum === 0n) throw errors.divideByZero('the sum of bases');
  const unit = new Decimal(10).pow(places);
  const units = BigInt(amount.abs().times(unit).toFixed(0));
  const floors = ints.map((w) => (units * w) / sum);
  const remainders = ints.map((w) => (units * w) % sum);
  let given = 0n;
  for (const f of floors) given += f;
  // The left-over units go to the largest remainders, the earlier basis first among equals.
  const order = ints.map((_, i) => i);
  order.sort((a, b) => {
    const ra = remainders[a] as bigint;
    const rb = remainders[b] as bigint;
    return ra === rb ? a - b : ra > rb ? -1 : 1;
  });
  const extra = new Uint8Array(ints.length);
  const leftOver = Number(units - given);
  for (let i = 0; i < leftOver; i++) extra[order[i] as number] = 1;
  const sign = amount.isNeg() ? '-' : '';
  // One Decimal a part, straight from its digits: `-1234e-2`.
  return floors.map((f, i) => {
    const part = f + BigInt(extra[i] as number);
    return new Decimal(part === 0n ? '0' : `${sign}${part}e-${places}`);
  });
}

const LIMIT = 2 ** 53;
/** 10^0 … 10^22, the powers two bases' scales can differ by (`**` on a variable is a call). */
const TENS = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * `apportion(total, bases, decimals)` as the doubles Excel shows, the same numbers: on doubles
 * holding exact integers where every basis is a number (or blank) and units × basis stays below
 * 2^53 (products, floors and remainders are then exact, as with BigInt), otherwise `apportion`
 * itself. The left-over units go to the largest remainders found by selection, not by sorting.
 */
export function apportionNumbers(
  total: NumberInput,
  bases: readonly Cell[],
  decimals?: NumberInput | null,
): number[] {
  const read = readBases((i) => bases[i], bases.length);
  const parts = read && shareNumbers(total, read, decimals);
  return parts === undefined
    ? apportion(total, bases, decimals).map((d) => d.toNumber() + 0)
    : Array.from(parts);
}

/**
 * `apportionNumbers` over the first `count` rows of a column as Excel passes a range, read where
 * it lies (a quarter of a million bases copied into a list first cost more than the sharing), a
 * blank ('' or null) as a blank basis; undefined where a cell is anything else but a number or the
 * sharing passes what doubles hold, and the caller reads the cells as a list for
 * `apportionNumbers`, which also gives every error.
 */
export function apportionColumn(
  total: NumberInput,
  rows: Rows,
  count: number,
  decimals?: NumberInput | null,
): Float64Array | undefined {
  const read = readBases((i) => {
    const cell = (rows[i] as readonly unknown[])[0];
    return cell === '' ? null : cell;
  }, count);
  return read && shareNumbers(total, read, decimals);
}

/** The bases read by their 15 digits: units, scales, the largest scale and the exact sum there. */
interface Bases {
  readonly ints: Float64Array;
  readonly scales: Uint8Array;
  readonly scale: number;
  readonly sum: number;
}

/**
 * The bases `at(0)` … `at(n − 1)` as integers, or undefined where one is not a number or blank, is
 * below zero, or the sum passes 2^53 (the decimal path then decides, and gives any error).
 */
function readBases(at: (i: number) => unknown, n: number): Bases | undefined {
  // Typed arrays, made at their full length: the doubles unboxed, and no element kind to change.
  // An array this size, typed or plain, is mapped afresh and faults on each 4 KB page it first
  // writes: on the virtual machine the bench runs on, most of the time of 250,000 bases.
  const ints = new Float64Array(n);
  const scales = new Uint8Array(n);
  // The sum of the bases as integers at the largest scale so far, rescaled when a larger one
  // comes: the same exact integer a second pass would add up, every step below 2^53.
  let scale = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const basis = at(i);
    if (basis === null || basis === undefined) continue;
    const m = typeof basis === 'number' ? unitsInto(basis, scales, i) : NaN;
    if (!(m >= 0)) return undefined;
    ints[i] = m;
    const k = scales[i] as number;
    if (k > scale) {
      sum = sum * (TENS[k - scale] as number) + m;
      scale = k;
    } else sum += m * (TENS[scale - k] as number);
    if (!(sum < LIMIT)) return undefined;
  }
  return { ints, scales, scale, sum };
}

/**
 * The parts as doubles, written over the bases' integers; undefined where doubles cannot hold the
 * sharing (a zero sum included: the decimal path gives that error). The total and decimals are
 * read (and refused) here, after the bases, as `apportion` reads them.
 */
function shareNumbers(
  total: NumberInput,
  read: Bases,
  decimals: NumberInput | null | undefined,
): Float64Array | undefined {
  const { amount, places } = readTotal(total, read.ints.length, decimals);
  const units = amount.abs().times(new Decimal(10).pow(places)).toNumber();
  if (!(units < LIMIT) || read.sum === 0 || !integerParts(units, read)) return undefined;
  const parts = read.ints;
  const unit = 10 ** places;
  const sign = amount.isNeg() ? -1 : 1;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as number;
    parts[i] = part === 0 ? 0 : (sign * part) / unit;
  }
  return parts;
}

/**
 * The whole units of each part (largest remainder) written over the bases' integers; false where
 * doubles cannot hold it. Only the remainders get an array of their own, and the selection of the
 * left-over units reorders it in place; the last pass works each floor and remainder out again
 * from its basis, which cost less than fresh memory for a copy of them.
 */
function integerParts(units: number, read: Bases): boolean {
  const { ints, scales, scale, sum } = read;
  const n = ints.length;
  const remainders = new Float64Array(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const product = (ints[i] as number) * (TENS[scale - (scales[i] as number)] as number) * units;
    if (!(product < LIMIT)) return false;
    const floor = floorOf(product, sum);
    remainders[i] = product - floor * sum;
    given += floor;
  }
  // The leftOver-th largest remainder: every larger one gets a unit, then equal ones, earliest
  // first, as many as are left.
  const leftOver = units - given;
  const threshold = leftOver === 0 ? Infinity : largest(remainders, leftOver);
  let ties = leftOver;
  for (let i = 0; i < n; i++) if ((remainders[i] as number) > threshold) ties -= 1;
  for (let i = 0; i < n; i++) {
    const product = (ints[i] as number) * (TENS[scale - (scales[i] as number)] as number) * units;
    const floor = floorOf(product, sum);
    const remainder = product - floor * sum;
    let part = floor;
    if (remainder > threshold) part += 1;
    else if (remainder === threshold && ties > 0) {
      part += 1;
      ties -= 1;
    }
    ints[i] = part;
  }
  return true;
}

/**
 * ⌊product ÷ sum⌋ for integers 0 ≤ product < 2^53 and 0 < sum < 2^53, by one division and no
 * double's % (which costs several times a division). The rounded quotient never reaches the integer
 * n + 1 above the true quotient q: with 2^e ≤ n + 1 < 2^(e+1), rounding up needs n + 1 − q = k ÷ sum
 * (k ≥ 1 a whole number) within half the spacing of doubles there, at most 2^(e−53), so sum ≥ k ×
 * 2^(53−e), and product = (n + 1) × sum − k would pass 2^53 − 1 (at n + 1 = 2^e the spacing below
 * is half as wide, which needs twice the sum). Floor × sum and the remainder are then exact.
 */
function floorOf(product: number, sum: number): number {
  return Math.floor(product / sum);
}

/** The k-th largest (1-based) of the values, by quickselect (it reorders them). */
function largest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    // Hoare partition, descending: larger values to the left.
    while (i <= j) {
      while ((values[i] as number) > pivot) i++;
      while ((values[j] as number) < pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target] as number;
}
