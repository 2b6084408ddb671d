// The exact fast path of the formula functions, on scaled integers. A double is read as Excel shows
// it, its 15-significant-digit decimal D (the rule of `toDecimal` in lib/input.ts), and D is an
// integer m below 10^15 times 10^-k. Differences and products of such integers are exact while they
// stay below 2^53, and a quotient p ÷ q of integers below 2^53 by one IEEE division (times a power of
// two, which is exact) is the correctly rounded value; the decimal path rounds the same quotient to
// 40 digits first, which cannot change the double (p ÷ q is never on a midpoint between doubles nor,
// relative to its size, within 2^-107 of one, while 40 digits move it by less than 2^-129). Where scaling passes 2^53 (a product of two pence figures, figures
// of very different scales), the same integers are carried as double-doubles with a bound on their
// error, and the result is kept only when every value within that bound (which also covers the
// decimal path's 40-digit roundings) rounds to the same double. Otherwise the path answers NaN and
// the caller takes the decimal path.
import type { Kind } from '../lib/input.js';
import { formulaSlots, type FunctionSpec } from './spec.js';

const LIMIT = 2 ** 53;
/** 10^0 … 10^22: every one is an exact double. */
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
/** 5^0 … 5^22, each below 2^53. */
const POW5 = Array.from({ length: 23 }, (_, i) => 5 ** i);
/** 2^-22 … 2^22, at index power + 22. */
const POW2 = Array.from({ length: 45 }, (_, i) => 2 ** (i - 22));
/** Veltkamp's splitter 2^27 + 1, for the exact error of a product (Dekker's two-product). */
const SPLITTER = 134217729;

// The scale of the last `units` read. A register rather than a returned pair, so that the hot loop
// over a million cells allocates nothing (an object per read costs more than the arithmetic).
let scale = 0;

// The figure `digitsInto` reads and the integer it finds, in a typed array. A double passed to or
// returned from a function that is not inlined is boxed on the heap: one allocation per computed
// figure, each way.
const DIGITS = new Float64Array(1);

// The integers `certified` works on, likewise: it is too large to be inlined, and it writes its
// result where it is wanted rather than returning it.
const WORK = new Float64Array(6);

/** Rows `exactColumn` reads at a time: its working space stays small and in the processor's cache. */
export const BLOCK = 2048;
// Each part's cells for one block of rows, part i from i × BLOCK: the double, its units and its
// scale as `guarded` read them. Reading and combining are separate loops over these, each small
// enough for V8 to inline every call in it: one loop doing both for four parts passed V8's inlining
// budget, and the calls it left out boxed every figure they returned.
const VALUES = new Float64Array(4 * BLOCK);
const UNITS = new Float64Array(4 * BLOCK);
const SCALES = new Uint8Array(4 * BLOCK);
/** The block's results, row by row (and the one result of a single row's `combine`). */
const RESULTS = new Float64Array(BLOCK);

// A double's binary exponent, read from its bits: Math.log10 cost a third of a computed figure's
// reading. The high 32 bits are the second word on a little-endian machine, the first otherwise.
const BITS = new Float64Array(1);
const WORDS = new Uint32Array(BITS.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
/** log10(2), to turn a binary exponent into a decimal one. */
const LOG10_2 = 0.3010299956639812;

/** a × b − fl(a × b), exactly (Dekker): how far the rounded product is from the true one. */
function productError(a: number, b: number, product: number): number {
  const ca = SPLITTER * a;
  const aHigh = ca - (ca - a);
  const aLow = a - aHigh;
  const cb = SPLITTER * b;
  const bHigh = cb - (cb - b);
  const bLow = b - bHigh;
  return aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow;
}

/**
 * The 15-digit decimal of x = `DIGITS[0]` (10^-8 ≤ |x| < 10^15, not whole pence) as units in
 * `DIGITS[0]` at `scale`; NaN there if none, and `scale` then left as it was (a cell with no reading
 * makes its whole row NaN, whatever scale is stored beside it).
 */
function digitsInto(): void {
  const x = DIGITS[0] as number;
  DIGITS[0] = NaN;
  const a = x < 0 ? -x : x;
  if (!(a >= 1e-8 && a < 1e15)) return;
  // j puts the 15th significant digit in the units place: 10^14 ≤ a × 10^j < 10^15. With 2^e ≤ a <
  // 2^(e+1), floor(e × log10 2) is floor(log10 a) or one less; the products below correct it.
  BITS[0] = a;
  let j = 14 - Math.floor(((((WORDS[HIGH] as number) >>> 20) & 0x7ff) - 1023) * LOG10_2);
  // One too many next to 10^-8: the correction below brings it back, or finds no reading.
  if (j > 22) j = 22;
  else if (j < 0) return;
  let t = a * (POW10[j] as number);
  if (t >= 1e15) {
    if (j === 0) return;
    t = a * (POW10[--j] as number);
  } else if (t < 1e14) {
    if (j === 22) return;
    t = a * (POW10[++j] as number);
  }
  // Round a × 10^j half up (as toPrecision does). t + 0.5 is exact (t < 2^50), and t is within
  // half its last place of a × 10^j, so only a t exactly halfway needs the product's exact error
  // to say on which side the true value lies; no other is near enough to a half to be moved.
  let n = Math.floor(t + 0.5);
  if (n - t === 0.5 && productError(a, POW10[j] as number, t) < 0) n -= 1;
  if (n === 1e15) {
    // Rounded up to the next power of ten: 10^15 itself has no reading at a scale of 0 or more.
    if (j === 0) return;
    n = 1e14;
    j -= 1;
  }
  // The smallest scale: strip trailing zeros in steps of 8, 4, 2 and 1 digits. n ÷ p is whole
  // exactly when p divides n (n < 10^15: a non-whole quotient is at least 1/p from any integer,
  // far more than its rounding), and a division is several times cheaper than a double's %. Most
  // computed figures end in a non-zero digit: one division tells, and spares the other four.
  const tens = n / 10;
  if (j > 0 && tens === Math.floor(tens))
    for (let step = 8; step >= 1; step >>= 1) {
      if (j >= step) {
        const q = n / (POW10[step] as number);
        if (q === Math.floor(q)) {
          n = q;
          j -= step;
        }
      }
    }
  scale = j;
  DIGITS[0] = x < 0 ? -n : n;
}

/**
 * The integer m of x's 15-digit decimal m × 10^-k, leaving k in `scale`; NaN when there is none
 * below 10^15 at a scale from 0 to 22. Whole numbers and whole pence, nearly every typed figure,
 * are recognised before the general reading.
 */
function units(x: number): number {
  if (x === Math.floor(x)) {
    scale = 0;
    return x < 1e15 && x > -1e15 ? x : NaN;
  }
  const p = pence(x);
  if (p === p) {
    scale = 2;
    return p;
  }
  DIGITS[0] = x;
  digitsInto();
  return DIGITS[0] as number;
}

/**
 * x in pence when x shows a whole number of pence p below 10^15 at 15 significant digits (whole
 * pounds too, and formula results such as 0.1 + 0.2 or 1123456.7799999998 that miss one by a
 * rounding); NaN otherwise, and the general reading decides. With t = x × 100 rounded and p an
 * integer nearest t, |t − p| ≤ |t| × 2^-52 puts x within 1.5 × 2^-52 × |x| × (1 + 2^-53) < 3.4 ×
 * 10^-16 × |x| of p ÷ 100. Half a unit in x's 15th significant digit is at least 5 × 10^-16 × |x|,
 * and, as p < 10^15 keeps |x| below 10^13, that unit is a hundredth or less: so p ÷ 100 is x's
 * 15-digit reading. Every double nearest a whole number of pence passes but for a sliver at the
 * bound (which the general reading then takes). t − p is exact (Sterbenz); no division is needed.
 */
function pence(x: number): number {
  const t = x * 100;
  // The integer nearest t for |t| < 2^51: adding and taking away 1.5 × 2^52 leaves no fraction, and
  // costs less than Math.round. Past 2^51, p may not be the nearest, but it lies beyond ±10^15 and
  // is refused below.
  const p = t + 6755399441055744 - 6755399441055744;
  const miss = t - p;
  return (miss < 0 ? -miss : miss) <= (t < 0 ? -t : t) * 2 ** -52 && p < 1e15 && p > -1e15
    ? p
    : NaN;
}

/**
 * The integer m of x's 15-digit decimal m × 10^-k, with k written to `scales[at]`; NaN when there
 * is none. For long lists (APPORTION's bases): no pair allocated per value.
 */
export function unitsInto(x: number, scales: Uint8Array, at: number): number {
  const m = units(x);
  scales[at] = scale;
  return m;
}

/** The integer and scale of x's 15-digit decimal, for tests: [m, k], or undefined when none. */
export function scaled(x: number): readonly [number, number] | undefined {
  const m = units(x);
  return m === m ? [m + 0, scale] : undefined;
}

const SIGNED = 0;
const NON_NEGATIVE = 1;
const POSITIVE = 2;
const GROWTH = 3;

/** The fast path's test for a kind, on the value read: what `check` accepts without an error. */
function guardOf(kind: Kind): number {
  switch (kind) {
    case 'signed':
      return SIGNED;
    case 'nonNegative':
      return NON_NEGATIVE;
    case 'divisor':
    case 'positive':
      return POSITIVE;
    case 'growthRate':
      return GROWTH;
  }
}

/** Whether units m at the current `scale` pass guard g (NaN passes none). */
function passes(m: number, g: number): boolean {
  if (g === SIGNED) return m === m;
  if (g === NON_NEGATIVE) return m >= 0;
  if (g === POSITIVE) return m > 0;
  return m > -(POW10[scale] as number);
}

/**
 * The constants of the formula's arithmetic that depend only on the four parts' scales, written to
 * `SCALING` by `scaling`: 10^(k − kx) and 10^(k − ky) to bring x and y to their common scale k,
 * the fives of 10^shift on the numerator or the denominator, the twos (an exact power of two), and
 * whether a product past 2^53 may take `wide` (shift ≤ 0). `shiftOf` keeps the shift itself.
 */
const SCALING = new Float64Array(6);
let shiftOf = 0;

/**
 * `SCALING` for scales kx … kw; false where the product's scale passes 10^22 and only the certified
 * path can work. (product ÷ 10^k2) ÷ (mw ÷ 10^kw): only the difference of the scales needs carrying,
 * so quotients of like figures (per-head values, rates) stay small. 10^shift = 5^shift × 2^shift,
 * and a power of two scales a double exactly: p ÷ q of the integers with the fives is rounded once,
 * then moved by the twos.
 */
function scaling(kx: number, ky: number, kz: number, kw: number): boolean {
  const k = kx > ky ? kx : ky;
  const k2 = k + kz;
  const shift = kw - k2;
  shiftOf = shift;
  SCALING[0] = POW10[k - kx] as number;
  SCALING[1] = POW10[k - ky] as number;
  if (k2 > 22) return false;
  SCALING[2] = shift >= 0 ? (POW5[shift] as number) : 1;
  SCALING[3] = shift >= 0 ? 1 : (POW5[-shift] as number);
  SCALING[4] = POW2[shift + 22] as number;
  SCALING[5] = shift <= 0 ? 1 : 0;
  return true;
}

/**
 * (mx·px − my·py) × mz × fp ÷ (mw × fq) × two, rounded once, for integers below 10^15 and the
 * constants of `scaling`; NaN where an integer passes 2^53 and the certified path must decide. A
 * product past 2^53 (pence times pence) with nothing to multiply in after it is still exact as a
 * pair, and `wide` divides it.
 */
function quick(
  mx: number,
  my: number,
  mz: number,
  mw: number,
  px: number,
  py: number,
  fp: number,
  fq: number,
  two: number,
  wideOk: number,
): number {
  const bx = mx * px;
  const by = my * py;
  if (!(bx < LIMIT && bx > -LIMIT && by < LIMIT && by > -LIMIT)) return NaN;
  const d = bx - by;
  const product = d * mz;
  const q = mw * fq;
  if (product < LIMIT && product > -LIMIT) {
    const p = product * fp;
    return p < LIMIT && p > -LIMIT && q < LIMIT ? (p / q) * two + 0 : NaN;
  }
  return wideOk === 1 && d < LIMIT && d > -LIMIT && q < LIMIT ? wide(d, mz, q) * two + 0 : NaN;
}

/**
 * Whether a row of the block has an answer to work out: every part read and within its guard, and
 * a bounded part not over its total. Reading is monotonic, so x ≤ w as doubles means the decimals
 * compare the same way; otherwise the decimal path decides.
 */
function readable(x: number, y: number, z: number, w: number, bounded: boolean): boolean {
  const mx = UNITS[x] as number;
  const my = UNITS[y] as number;
  const mz = UNITS[z] as number;
  const mw = UNITS[w] as number;
  return (
    mx === mx &&
    my === my &&
    mz === mz &&
    mw === mw &&
    !(bounded && !((VALUES[x] as number) <= (VALUES[w] as number)))
  );
}

/**
 * The row result of the formula from the parts' cells as `readPart` left them in the block (x at
 * `VALUES`/`UNITS`/`SCALES[x]`, and likewise y, z and w): (mx·10^-kx − my·10^-ky) × mz·10^-kz ÷
 * mw·10^-kw for integers below 10^15 and scales 0 to 22, rounded once to a double, into `out[at]`;
 * NaN there where the row is not `readable` or its result cannot be certified (the caller's
 * decimal path then decides). Indices in and a typed array out, so that nothing here is boxed even
 * where V8 declines to inline it.
 */
function combineAt(
  x: number,
  y: number,
  z: number,
  w: number,
  bounded: boolean,
  out: Float64Array,
  at: number,
): void {
  out[at] = NaN;
  if (!readable(x, y, z, w, bounded)) return;
  const mx = UNITS[x] as number;
  const my = UNITS[y] as number;
  const mz = UNITS[z] as number;
  const mw = UNITS[w] as number;
  if (scaling(SCALES[x] as number, SCALES[y] as number, SCALES[z] as number, SCALES[w] as number)) {
    const v = quick(
      mx,
      my,
      mz,
      mw,
      SCALING[0] as number,
      SCALING[1] as number,
      SCALING[2] as number,
      SCALING[3] as number,
      SCALING[4] as number,
      SCALING[5] as number,
    );
    if (v === v) {
      out[at] = v;
      return;
    }
  }
  WORK[0] = mx;
  WORK[1] = SCALING[0] as number;
  WORK[2] = my;
  WORK[3] = SCALING[1] as number;
  WORK[4] = mz;
  WORK[5] = mw;
  certified(shiftOf, out, at);
}

/** The result of `combineAt` on integers and scales given directly (one row, not a block's). */
function combine(
  mx: number,
  kx: number,
  my: number,
  ky: number,
  mz: number,
  kz: number,
  mw: number,
  kw: number,
): number {
  UNITS[0] = mx;
  SCALES[0] = kx;
  UNITS[BLOCK] = my;
  SCALES[BLOCK] = ky;
  UNITS[2 * BLOCK] = mz;
  SCALES[2 * BLOCK] = kz;
  UNITS[3 * BLOCK] = mw;
  SCALES[3 * BLOCK] = kw;
  combineAt(0, BLOCK, 2 * BLOCK, 3 * BLOCK, false, RESULTS, 0);
  return RESULTS[0] as number;
}

/**
 * d × mz ÷ q for integers d, mz and q below 2^53 whose product is not, rounded once to a double;
 * NaN within about 2^-98 of a rounding midpoint. The product is exact as a pair (Dekker); the first
 * quotient's remainder is worked out exactly but for a rounding or two of its own (each within
 * 2^-104 of the product), far inside the bound `certain` is given.
 */
function wide(d: number, mz: number, q: number): number {
  const ph = d * mz;
  const pl = productError(d, mz, ph);
  const q1 = ph / q;
  const t = q1 * q;
  const r = ph - t - productError(q1, q, t) + pl;
  return certain(q1, r / q, (q1 < 0 ? -q1 : q1) * SLACK);
}

/** A scratch pair for `dividePair`, so that the paths below allocate nothing. */
const PAIR = new Float64Array(2);

/**
 * A mean of doubles, each read by its 15 digits, as the decimal path gives it (an exact sum, one
 * rounding), taken a figure at a time so that a caller walking its own cells (NATIONALAVERAGE's
 * columns) needs no list in between. The sum is an integer at the largest scale so far, divided
 * once; past 2^53 (figures of very different scales) it goes on as a double-double, divided once and
 * certified: the integer sum so far and each later figure become pairs within 2^-104 of themselves,
 * each addition is within 2^-104 of the running magnitude, and the magnitude of all of them bounds
 * the error.
 */
export class ExactMean {
  private count = 0;
  private sum = 0;
  private k = 0;
  private wide = false;
  private high = 0;
  private low = 0;
  private magnitude = 0;

  /** Adds x; false when it has no 15-digit reading (the decimal path must then give the mean). */
  add(x: number): boolean {
    if (this.k === 2 && !this.wide) {
      // Pence after pence, the commonest column: read and added at the scale the sum has.
      const p = pence(x);
      const total = this.sum + p;
      if (total < LIMIT && total > -LIMIT) {
        this.count += 1;
        this.sum = total;
        return true;
      }
    }
    const m = units(x);
    if (m !== m) return false;
    const s = scale;
    this.count += 1;
    if (this.wide) {
      this.addPair(m, s);
      return true;
    }
    // The sum and the figure at the larger scale: kept only while each stays an exact integer.
    const k = s > this.k ? s : this.k;
    const sum = this.sum * (POW10[k - this.k] as number);
    const figure = m * (POW10[k - s] as number);
    const total = sum + figure;
    if (
      sum < LIMIT &&
      sum > -LIMIT &&
      figure < LIMIT &&
      figure > -LIMIT &&
      total < LIMIT &&
      total > -LIMIT
    ) {
      this.sum = total;
      this.k = k;
    } else {
      this.wide = true;
      this.addPair(this.sum, this.k);
      this.addPair(m, s);
    }
    return true;
  }

  /** The mean as the decimal path rounds it to a double; NaN when empty or it cannot be certified. */
  value(): number {
    const n = this.count;
    if (n === 0) return NaN;
    if (!this.wide) return combine(this.sum, this.k, 0, 0, 1, 0, n, 0);
    dividePair(this.high, this.low, n, PAIR, 0);
    const error = ((this.magnitude * (n + 2)) / n) * 2 ** -100;
    return certain(PAIR[0] as number, PAIR[1] as number, error);
  }

  /** Adds the integer m at scale k (below 2^53) to the double-double sum by a two-sum. */
  private addPair(m: number, k: number): void {
    dividePair(m, 0, POW10[k] as number, PAIR, 0);
    const a = PAIR[0] as number;
    const h = this.high;
    const s = h + a;
    const v = s - h;
    const e = h - (s - v) + (a - v) + (this.low + (PAIR[1] as number));
    const high = s + e;
    const w = high - s;
    this.high = high;
    this.low = s - (high - w) + (e - w);
    this.magnitude += a < 0 ? -a : a;
  }
}

/**
 * 2^-98: more than the relative error of the double-double steps below (each within a few 2^-106)
 * and of the decimal path's two roundings to 40 digits (each within 2^-129).
 */
const SLACK = 2 ** -98;

/**
 * The double nearest hi + lo when every value within `error` of hi + lo rounds to that same double;
 * NaN otherwise. Rounding is monotonic, so the ends of the interval decide for all of it; `error` is
 * widened first by the rounding of lo ± error itself.
 */
function certain(hi: number, lo: number, error: number): number {
  const e = error * (1 + 2 ** -40) + (lo < 0 ? -lo : lo) * 2 ** -50;
  const down = hi + (lo - e);
  return down === hi + (lo + e) ? down : NaN;
}

/**
 * (mx·px − my·py) × mz × 10^shift ÷ mw, the integers from `WORK`, as a double-double with an error
 * bound, certified by `certain`, into `out[at]` (NaN where it cannot be): the path for integers
 * past 2^53. Every input is an integer below 2^53 (px, py powers of ten up to 10^22), so the first
 * products are exact pairs (Dekker); each later step's error is within a few 2^-106 of its size,
 * and the bound carries it through the cancellation of x − y. The shift, kw − (k + kz), is at most
 * 22, as no scale passes 22; below −22 a first division by 10^22 brings it back.
 */
function certified(shift: number, out: Float64Array, at: number): void {
  const mx = WORK[0] as number;
  const px = WORK[1] as number;
  const my = WORK[2] as number;
  const py = WORK[3] as number;
  const mz = WORK[4] as number;
  const mw = WORK[5] as number;
  // A product of integers that rounds below 2^53 is exact (rounding cannot carry a product past
  // 2^53 below it): its error is 0 without working it out.
  const xh = mx * px;
  const xl = xh < LIMIT && xh > -LIMIT ? 0 : productError(mx, px, xh);
  const yh = my * py;
  const yl = yh < LIMIT && yh > -LIMIT ? 0 : productError(my, py, yh);
  // x − y: Knuth's two-sum of the high parts (exact), then the low parts.
  const sh = xh - yh;
  const v = sh - xh;
  const sl = xh - (sh - v) + (-yh - v) + (xl - yl);
  let error = ((xh < 0 ? -xh : xh) + (yh < 0 ? -yh : yh)) * SLACK;
  // × mz (an integer below 2^53: the high product is exact as a pair).
  const ph = sh * mz;
  const pl = (ph < LIMIT && ph > -LIMIT ? 0 : productError(sh, mz, ph)) + sl * mz;
  error = error * (mz < 0 ? -mz : mz) + (ph < 0 ? -ph : ph) * SLACK;
  // Renormalised by a two-sum: pl may outweigh ph after the cancellation of x − y.
  let nh = ph + pl;
  const u = nh - ph;
  let nl = ph - (nh - u) + (pl - u);
  if (shift < -22) {
    // A scale past 10^22 (a product of figures with many decimals): a first division by 10^22,
    // inexact, its error carried like the others'.
    dividePair(nh, nl, 1e22, PAIR, 0);
    nh = PAIR[0] as number;
    nl = PAIR[1] as number;
    error = error / 1e22 + (nh < 0 ? -nh : nh) * SLACK;
    shift += 22;
  }
  let dh = mw;
  let dl = 0;
  if (shift > 0) {
    const t = POW10[shift] as number;
    const h = nh * t;
    nl = productError(nh, t, h) + nl * t;
    nh = h;
    error = error * t + (h < 0 ? -h : h) * SLACK;
  } else if (shift < 0) {
    const t = POW10[-shift] as number;
    dh = mw * t;
    dl = dh < LIMIT && dh > -LIMIT ? 0 : productError(mw, t, dh);
  }
  // (nh + nl) ÷ (dh + dl): a first quotient and the exact remainder's correction. nh − q1·dh is
  // exact (the two are within a factor of two: Sterbenz).
  const q1 = nh / dh;
  const t1 = q1 * dh;
  const r = nh - t1 - productError(q1, dh, t1) + nl - q1 * dl;
  const q2 = r / dh;
  out[at] = certain(q1, q2, error / (dh < 0 ? -dh : dh) + (q1 < 0 ? -q1 : q1) * SLACK);
}

/**
 * The fast path of a formula spec as data: where each part of (x − y) × z ÷ w comes from (a
 * parameter's position, or -1 for a part left out) and each part's guard. Data rather than a
 * closure per spec, so that one loop over every function's cells stays a single, inlinable call.
 */
export interface ExactPlan {
  readonly sx: number;
  readonly sy: number;
  readonly sz: number;
  readonly sw: number;
  readonly gx: number;
  readonly gy: number;
  readonly gz: number;
  readonly gw: number;
  readonly bounded: boolean;
}

/**
 * The exact fast path of a formula spec, its guards taken from its parameters' kinds; undefined
 * for a spec without a formula or with more than four parameters.
 */
export function exactPath(spec: FunctionSpec): ExactPlan | undefined {
  const formula = spec.formula;
  if (formula === undefined || spec.params.length > 4) return undefined;
  const guards = spec.params.map((p) =>
    p.kind === 'whole' || p.kind === 'names' || p.kind === 'flag' ? -1 : guardOf(p.kind),
  );
  if (guards.includes(-1)) return undefined;
  const [sx, sy, sz, sw] = formulaSlots(spec, formula) as [number, number, number, number];
  // A part left out is a constant (0 to subtract, 1 to multiply or divide by) that passes any guard.
  const g = (slot: number) => (slot < 0 ? SIGNED : (guards[slot] as number));
  return {
    sx,
    sy,
    sz,
    sw,
    gx: g(sx),
    gy: g(sy),
    gz: g(sz),
    gw: g(sw),
    bounded: formula.bounded === true,
  };
}

/** Argument `slot` of four given in parameter order; `fallback` for a part left out. */
function pick(slot: number, fallback: number, a: number, b: number, c: number, d: number): number {
  return slot === 0 ? a : slot === 1 ? b : slot === 2 ? c : slot === 3 ? d : fallback;
}

/** Rows of cells as Excel passes a range: one array per row. */
export type Rows = readonly (readonly unknown[])[];

/** Column `col` of a part's grid, or its only column (a part broadcast across the columns). */
const columnOf = (grid: Rows, col: number) =>
  (grid[0] as readonly unknown[]).length === 1 ? 0 : col;

/**
 * The exact results of a plan down column `col` of its parts' grids (x, y, z and w; a part left out
 * given as a one-cell grid of its constant: 0 for y, 1 for z and w; a one-row grid is broadcast down
 * the rows), written to `into[r × stride + col]` for the first `rows` rows: each the double of
 * `exactValue` on that row's cells, or NaN where a cell is not a number or the decimal path must
 * decide. A broadcast part is read once, not once a row; the results go to a typed array, and every
 * value stays a local number, so that a million cells allocate nothing here.
 */
export function exactColumn(
  plan: ExactPlan,
  parts: readonly [Rows, Rows, Rows, Rows],
  col: number,
  rows: number,
  into: Float64Array,
  stride: number,
): void {
  eachBlock(plan, parts, col, rows, (from, count) => {
    for (let i = 0; i < count; i++) into[(from + i) * stride + col] = RESULTS[i] as number;
  });
}

/**
 * `exactColumn` for a result one column wide, made straight into its rows as Excel takes them back:
 * `out[r]` becomes `[result]`, and is left as it was (a hole) where the result is NaN; the count of
 * those is returned. No column of results in between: at 100,000 rows that cost a few per cent of
 * the call.
 */
export function exactRows(
  plan: ExactPlan,
  parts: readonly [Rows, Rows, Rows, Rows],
  rows: number,
  out: number[][],
): number {
  let missing = 0;
  eachBlock(plan, parts, 0, rows, (from, count) => {
    for (let i = 0; i < count; i++) {
      const v = RESULTS[i] as number;
      if (v === v) out[from + i] = [v];
      else missing += 1;
    }
  });
  return missing;
}

/**
 * The results of a plan down column `col` of its parts' grids, a block of rows at a time: each
 * block's in `RESULTS`, handed to `emit` with the block's first row and length.
 */
function eachBlock(
  plan: ExactPlan,
  parts: readonly [Rows, Rows, Rows, Rows],
  col: number,
  rows: number,
  emit: (from: number, count: number) => void,
): void {
  const guards = [plan.gx, plan.gy, plan.gz, plan.gw];
  // A broadcast part is read once, into its first place, and read there for every row (step 0).
  const scales = [0, 0, 0, 0];
  const steps = parts.map((grid, p) => {
    if (grid.length > 1) return 1;
    scales[p] = readPart(grid, columnOf(grid, col), 0, 1, guards[p] as number, p * BLOCK);
    return 0;
  });
  // A part that is the same parameter as an earlier one (VARIANCEPCT's benchmark, subtracted and
  // divided by) is read once and copied.
  const twin = parts.map((grid, p) =>
    parts.findIndex((other, q) => q < p && other === grid && guards[q] === guards[p]),
  );
  for (let from = 0; from < rows; from += BLOCK) {
    const count = rows - from < BLOCK ? rows - from : BLOCK;
    for (let p = 0; p < 4; p++) {
      const grid = parts[p] as Rows;
      const q = twin[p] as number;
      if (steps[p] === 0) continue;
      if (q >= 0) {
        for (const block of [VALUES, UNITS, SCALES])
          block.copyWithin(p * BLOCK, q * BLOCK, q * BLOCK + count);
        scales[p] = scales[q] as number;
      } else
        scales[p] = readPart(
          grid,
          columnOf(grid, col),
          from,
          count,
          guards[p] as number,
          p * BLOCK,
        );
    }
    combineBlock(steps, scales, plan.bounded, count);
    emit(from, count);
  }
}

/**
 * Reads `count` cells of column `col` from row `from`, with guard g, into the block at `at`; the
 * scale every cell was read at, or -1 where they differ. After a figure in pence the next is tried
 * as pence first, so that a whole number of pounds in a column of pence is read at the same scale
 * (100 × its pounds) as the rest: the same decimal, and the block keeps one scale.
 */
function readPart(
  grid: Rows,
  col: number,
  from: number,
  count: number,
  g: number,
  at: number,
): number {
  let same = -2;
  for (let i = 0; i < count; i++) {
    const x = numberOr((grid[from + i] as readonly unknown[])[col]);
    let m = same === 2 ? pence(x) : NaN;
    if (m === m) scale = 2;
    else m = units(x);
    VALUES[at + i] = x;
    UNITS[at + i] = passes(m, g) ? m : NaN;
    SCALES[at + i] = scale;
    same = same === -2 || same === scale ? scale : -1;
  }
  return same;
}

/**
 * `combineAt` on `count` rows of the block, each part at its step, into `RESULTS`. Where
 * each part's cells share one scale (`scales`, -1 where they do not), `scaling` is worked out once
 * for the block rather than once a row.
 */
function combineBlock(
  steps: readonly number[],
  scales: readonly number[],
  bounded: boolean,
  count: number,
): void {
  const [sx, sy, sz, sw] = steps as [number, number, number, number];
  const [kx, ky, kz, kw] = scales as [number, number, number, number];
  if (kx < 0 || ky < 0 || kz < 0 || kw < 0 || !scaling(kx, ky, kz, kw)) {
    for (let i = 0; i < count; i++)
      combineAt(
        i * sx,
        BLOCK + i * sy,
        2 * BLOCK + i * sz,
        3 * BLOCK + i * sw,
        bounded,
        RESULTS,
        i,
      );
    return;
  }
  const px = SCALING[0] as number;
  const py = SCALING[1] as number;
  const fp = SCALING[2] as number;
  const fq = SCALING[3] as number;
  const two = SCALING[4] as number;
  const wideOk = SCALING[5] as number;
  for (let i = 0; i < count; i++) {
    const x = i * sx;
    const y = BLOCK + i * sy;
    const z = 2 * BLOCK + i * sz;
    const w = 3 * BLOCK + i * sw;
    // A part with no reading is NaN, and so is quick's answer: only a bounded part needs a check.
    const v = !(bounded && !((VALUES[x] as number) <= (VALUES[w] as number)))
      ? quick(
          UNITS[x] as number,
          UNITS[y] as number,
          UNITS[z] as number,
          UNITS[w] as number,
          px,
          py,
          fp,
          fq,
          two,
          wideOk,
        )
      : NaN;
    // NaN: not readable (combineAt says so again) or for the certified path.
    if (v === v) RESULTS[i] = v;
    else combineAt(x, y, z, w, bounded, RESULTS, i);
  }
}

/** A cell's number, or NaN for anything else (blank, text, TRUE, an error). */
const numberOr = (cell: unknown): number => (typeof cell === 'number' ? cell : NaN);

/** The units of x at `scale`, or NaN where x has no reading or fails guard g. */
function guarded(x: number, g: number): number {
  const m = units(x);
  return passes(m, g) ? m : NaN;
}

/** Reads x with guard g into the block at `at`: the double, its units (NaN if none) and scale. */
function readOne(x: number, g: number, at: number): void {
  VALUES[at] = x;
  UNITS[at] = guarded(x, g);
  SCALES[at] = scale;
}

/** The exact result of a plan on up to four arguments in parameter order, or NaN. */
export function exactValue(plan: ExactPlan, a: number, b: number, c: number, d: number): number {
  readOne(pick(plan.sx, 0, a, b, c, d), plan.gx, 0);
  readOne(pick(plan.sy, 0, a, b, c, d), plan.gy, BLOCK);
  readOne(pick(plan.sz, 1, a, b, c, d), plan.gz, 2 * BLOCK);
  readOne(pick(plan.sw, 1, a, b, c, d), plan.gw, 3 * BLOCK);
  combineAt(0, BLOCK, 2 * BLOCK, 3 * BLOCK, plan.bounded, RESULTS, 0);
  return RESULTS[0] as number;
}

/** (mh + ml) ÷ t for a pair and an exact double t, as a pair in `pair` (error within 2^-104). */
function dividePair(mh: number, ml: number, t: number, pair: Float64Array, at: number): void {
  const q1 = mh / t;
  const t1 = q1 * t;
  const q2 = (mh - t1 - productError(q1, t, t1) + ml) / t;
  const h = q1 + q2;
  pair[at] = h;
  pair[at + 1] = q2 - (h - q1);
}

/**
 * The growth factors 1 + r of GROW's rates, each read by its 15 digits, as double-double pairs
 * (high, low) in one array; undefined when a rate has no 15-digit reading or is -100 % or less
 * (the decimal path gives that error).
 */
export function growthFactors(rates: readonly number[]): Float64Array | undefined {
  const pairs = new Float64Array(rates.length * 2);
  for (let i = 0; i < rates.length; i++) {
    const m = units(rates[i] as number);
    if (!passes(m, GROWTH)) return undefined;
    // 1 + m·10^-k = (10^k + m) ÷ 10^k; the sum is an exact pair (two-sum of exact integers).
    const t = POW10[scale] as number;
    const h = t + m;
    const v = h - t;
    dividePair(h, t - (h - v) + (m - v), t, pairs, 2 * i);
  }
  return pairs;
}

/** 2^-960 … 2^960: where a double-double keeps its relative precision (no overflow, no subnormals). */
const TINY = 2 ** -960;
const HUGE = 2 ** 960;

/**
 * base × F1, base × F1 × F2, … for `growthFactors` pairs, each rounded once to a double as the
 * decimal path (which rounds each product to 40 digits) gives it, into `out`; false where a year
 * cannot be certified (the caller takes the decimal path). Each year's relative error is within
 * (year + 2) × 2^-103, and the decimal path's within year × 2^-130.
 */
export function compound(base: number, factors: Float64Array, out: number[]): boolean {
  const mb = units(base);
  if (mb !== mb) return false;
  const years = factors.length / 2;
  if (mb === 0) {
    for (let y = 0; y < years; y++) out[y] = 0;
    return true;
  }
  dividePair(mb, 0, POW10[scale] as number, PAIR, 0);
  let h = PAIR[0] as number;
  let l = PAIR[1] as number;
  for (let y = 0; y < years; y++) {
    const fh = factors[2 * y] as number;
    const fl = factors[2 * y + 1] as number;
    const p = h * fh;
    const a = p < 0 ? -p : p;
    if (!(a > TINY && a < HUGE)) return false;
    const e = productError(h, fh, p) + (h * fl + l * fh);
    h = p + e;
    l = e - (h - p);
    const v = certain(h, l, (h < 0 ? -h : h) * (y + 3) * 2 ** -100);
    if (v !== v) return false;
    out[y] = v;
  }
  return true;
}
