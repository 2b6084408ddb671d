// Compounding an MTFS line (pay, non-pay, grant, precept) year by year.
import type { Cell, Decimal, NumberInput } from '../lib/decimal.js';
import { errors } from '../lib/errors.js';
import { check, itemName, read, readWhole, toDecimal } from '../lib/input.js';

function readRates(
  rates: NumberInput | readonly Cell[],
  years: NumberInput | undefined,
): Decimal[] {
  const rule = { name: 'rates', kind: 'growthRate' } as const;
  const list = Array.isArray(rates) ? (rates as readonly Cell[]) : [rates as NumberInput];
  if (list.length === 0) throw errors.empty('rates');
  const parsed = list.map((r, i) => {
    const name = list.length === 1 ? 'rates' : itemName('rates', i);
    return check(toDecimal(r, name), rule, name);
  });
  // Excel passes an omitted optional argument as null: one year per rate, as for undefined.
  if (years === undefined || years === null) return parsed;
  const count = readWhole(years, 'years', 1, 100);
  if (parsed.length === 1) return Array.from({ length: count }, () => parsed[0] as Decimal);
  if (parsed.length !== count) {
    throw errors.shapeMismatch(`years is ${count} but ${parsed.length} rates were given`, 'years');
  }
  return parsed;
}

/**
 * Growth projection: the base compounded by each year's rate, base × (1 + r1) × … × (1 + rn),
 * one value per year. Give one rate and `years` to repeat it, or a row of rates, one per year.
 *
 * @param base - The line's value in the base year.
 * @param rates - One rate, or a rate per year (fractions: 0.025 for 2.5 %; more than -100 %).
 * @param years - How many years to repeat a single rate (1 to 100).
 * @returns The projected value for each year.
 * @example grow(1000, 0.1, 3) //=> [1100, 1210, 1331]
 */
export function grow(
  base: NumberInput,
  rates: NumberInput | readonly Cell[],
  years?: NumberInput,
): Decimal[] {
  let value = read(base, { name: 'base', kind: 'signed' });
  return readRates(rates, years).map((rate) => (value = value.times(rate.plus(1))));
}
