// Sharing a collaboration's cost between member forces so that the parts add up to the penny.
import { Decimal, type Cell, type NumberInput } from '../lib/decimal';
import { errors } from '../lib/errors';
import { read, readList, readWhole } from '../lib/input';

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
  const sum = Decimal.sum(...weights);
  if (sum.isZero()) throw errors.divideByZero('the sum of bases');

  // Work in whole units of the last decimal place; floor and remainder share the denominator `sum`,
  // so remainders compare exactly.
  const units = amount.abs().times(new Decimal(10).pow(places));
  const shares = weights.map((w, index) => {
    const scaled = units.times(w);
    return { index, floor: scaled.divToInt(sum), remainder: scaled.mod(sum) };
  });
  const leftOver = units.minus(Decimal.sum(...shares.map((s) => s.floor))).toNumber();
  const order = [...shares].sort((a, b) => b.remainder.cmp(a.remainder) || a.index - b.index);
  const extra = new Set(order.slice(0, leftOver).map((s) => s.index));
  const sign = amount.isNeg() ? -1 : 1;
  return shares.map((s) =>
    s.floor
      .plus(extra.has(s.index) ? 1 : 0)
      .times(sign)
      .div(new Decimal(10).pow(places)),
  );
}
