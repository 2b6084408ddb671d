// Sharing a collaboration's cost between member forces so that the parts add up to the penny.
import { Decimal, type Cell, type NumberInput } from '../lib/decimal.js';
import { errors } from '../lib/errors.js';
import { read, readList, readWhole } from '../lib/input.js';

/**
 * Apportionment: the total shared in proportion to the bases (population, NRE, officers, agreed
 * percentages), each part rounded to `decimals` places by the largest-remainder method so that the
 * parts add up to the total exactly. Each part is within one unit (e.g. a penny) of its exact
 * share; equal remainders go to the earlier basis. Blank bases get nothing.
 *
 * @param total - The amount to share; it must not have more decimal places than `decimals`.
 * @param bases - The basis of each share (zero or more each; not all zero).
 * @param decimals - Decimal places of the parts, 0 to 10 (default 2: pennies).
 * @returns The parts, in the order of the bases.
 * @example apportion(100, [1, 1, 1]) //=> [33.34, 33.33, 33.33]
 */
export function apportion(
  total: NumberInput,
  bases: readonly Cell[],
  decimals?: NumberInput,
): Decimal[] {
  const amount = read(total, { name: 'total', kind: 'signed' });
  const places = readWhole(decimals ?? 2, 'decimals', 0, 10);
  if (amount.decimalPlaces() > places) {
    throw errors.outOfRange('total', `a whole number of units at ${places} decimal places`, amount);
  }
  const weights = readList(bases, { name: 'bases', kind: 'nonNegative' }).map(
    (b) => b ?? new Decimal(0),
  );
  if (weights.length === 0) throw errors.empty('bases');

  // Whole numbers throughout: the total in units of its last decimal place, the bases scaled to
  // integers by a common power of ten (shares are unchanged by scaling). Floors and remainders of
  // units × basis ÷ Σ bases are then exact, and remainders compare exactly.
  const scale = new Decimal(10).pow(Math.max(0, ...weights.map((w) => w.decimalPlaces())));
  const ints = weights.map((w) => BigInt(w.times(scale).toFixed(0)));
  const sum = ints.reduce((a, b) => a + b, 0n);
  if (sum === 0n) throw errors.divideByZero('the sum of bases');
  const unit = new Decimal(10).pow(places);
  const units = BigInt(amount.abs().times(unit).toFixed(0));
  const shares = ints.map((w, index) => ({
    index,
    floor: (units * w) / sum,
    remainder: (units * w) % sum,
  }));
  const leftOver = Number(units - shares.reduce((a, s) => a + s.floor, 0n));
  const order = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  const extra = new Set(order.slice(0, leftOver).map((s) => s.index));
  const sign = amount.isNeg() ? -1 : 1;
  return shares.map((s) =>
    new Decimal((s.floor + (extra.has(s.index) ? 1n : 0n)).toString()).times(sign).div(unit),
  );
}
