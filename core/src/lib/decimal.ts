// The project's one Decimal constructor. Forty significant digits keep every intermediate far beyond
// what a double can show, so converting a result to an Excel number is the only rounding a user sees.
import { Decimal as DecimalJs } from 'decimal.js';

export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});

/** An immutable decimal value produced by the core. */
export type Decimal = DecimalJs;

/** What every core function accepts as a number: a JavaScript number, numeric text or a Decimal. */
export type NumberInput = number | string | DecimalJs;

/** A value that may also be blank: used for range items, where blanks are skipped. */
export type Cell = NumberInput | null | undefined;
