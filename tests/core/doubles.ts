// Doubles as they really are: a double's exact binary value, and whether a decimal lies exactly
// halfway between two doubles (where no fast path can certify a rounding, and the decimal path
// rounds half to even).
import { Decimal } from '../../core/src/lib/decimal';

/** Decimals with room for any double's exact binary value (up to 767 significant digits). */
const Exact = Decimal.clone({ precision: 1100 });

/** A double's exact value (a Decimal made from a number takes its shortest decimal instead). */
export function exactly(x: number): Decimal {
  const bits = new Float64Array([x]);
  const word = new BigInt64Array(bits.buffer)[0] as bigint;
  const biased = Number((word >> 52n) & 0x7ffn);
  const fraction = word & ((1n << 52n) - 1n);
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const value = new Exact(mantissa.toString()).times(new Exact(2).pow(Math.max(biased, 1) - 1075));
  return x < 0 ? value.neg() : value;
}

/** Whether a decimal lies exactly halfway between two neighbouring doubles. */
export function midway(value: Decimal): boolean {
  const near = value.toNumber();
  const bits = new Float64Array([Math.abs(near)]);
  const word = new BigInt64Array(bits.buffer);
  word[0] = (word[0] as bigint) + (value.abs().gt(exactly(Math.abs(near))) ? 1n : -1n);
  const other = Math.sign(near) * (bits[0] as number);
  return new Exact(value).times(2).eq(exactly(near).plus(exactly(other)));
}
