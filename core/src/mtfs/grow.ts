// Compounding an MTFS line (pay, non-pay, grant, precept) year by year.
import type { Cell, Decimal, NumberInput } from '../lib/decimal.js';
import { errors } from '../lib/errors.js';
import { check, isOmitted, itemName, toDecimal } from '../lib/input.js';
import { readParam, readWholeParam, rule, type FunctionSpec } from '../catalogue/spec.js';
import { compound, growthFactors } from '../catalogue/exact.js';

export const GROW: FunctionSpec = {
  id: 'GROW',
  name: 'grow',
  summary:
    "Growth projection: the base compounded by each year's rate, base × (1 + r1) × … × (1 + rn), one value per year. Give one rate and years to repeat it, or a row of rates, one per year.",
  params: [
    {
      name: 'base',
      kind: 'signed',
      description:
        "The line's value in the base year: one value, or a column of lines (one result row each).",
    },
    {
      name: 'rates',
      kind: 'growthRate',
      list: true,
      description: 'One rate, or a rate per year (fractions: 0.025 for 2.5 %; more than -100 %).',
    },
    {
      name: 'years',
      kind: 'whole',
      optional: true,
      min: 1,
      max: 100,
      description: 'How many years to repeat a single rate (1 to 100).',
    },
  ],
  returns: 'A row of projected values per base line, one column per year.',
  example: '=COLLAB.GROW(1000, 0.1, 3) → {1100, 1210, 1331}',
};

/**
 * How many years a projection runs: `years` when given (checked before anything is built, so a
 * huge or fractional count is a quick error), otherwise one per rate.
 */
export function growthYears(rateCount: number, years: NumberInput | null | undefined): number {
  if (isOmitted(years)) return rateCount;
  const count = readWholeParam(GROW, 'years', years);
  if (rateCount !== 1 && rateCount !== count) {
    throw errors.shapeMismatch(`years is ${count} but ${rateCount} rates were given`, 'years');
  }
  return count;
}

function readRates(
  rates: NumberInput | readonly Cell[],
  years: NumberInput | null | undefined,
): Decimal[] {
  const list = Array.isArray(rates) ? (rates as readonly Cell[]) : [rates as NumberInput];
  if (list.length === 0) throw errors.empty('rates');
  const count = growthYears(list.length, years);
  const ruleOfRates = rule(GROW, 'rates');
  const parsed = list.map((r, i) => {
    const name = list.length === 1 ? 'rates' : itemName('rates', i);
    return check(toDecimal(r, name), ruleOfRates, name);
  });
  return parsed.length === 1 ? Array.from({ length: count }, () => parsed[0] as Decimal) : parsed;
}

/**
 * COLLAB.GROW in the core (see {@link GROW}): the projected value for each year.
 * @example grow(1000, 0.1, 3) //=> [1100, 1210, 1331]
 */
export function grow(
  base: NumberInput,
  rates: NumberInput | readonly Cell[],
  years?: NumberInput | null,
): Decimal[] {
  let value = readParam(GROW, 'base', base);
  return readRates(rates, years).map((rate) => (value = value.times(rate.plus(1))));
}

/** The rates (and years) the fast path last read, and their growth factors: a column of lines shares them. */
let lastRates: readonly unknown[] = [];
let lastFactors: Float64Array | undefined;

/**
 * `grow(base, rates, years)` as the doubles Excel shows (one per year, `years` of them: the width
 * `growthYears` gives), computed on certified double-doubles; undefined wherever `grow` itself must
 * decide (text, a blank, a rate of -100 % or less, a year that cannot be certified).
 */
export function growNumbers(
  base: unknown,
  rates: readonly unknown[],
  years: number,
): number[] | undefined {
  if (typeof base !== 'number') return undefined;
  let same = lastRates.length === years;
  for (let i = 0; i < years && same; i++) same = lastRates[i] === rates[rates.length === 1 ? 0 : i];
  if (!same) {
    const list = rates.length === 1 ? new Array<unknown>(years).fill(rates[0]) : rates.slice();
    if (list.length !== years || !list.every((r) => typeof r === 'number')) return undefined;
    lastFactors = growthFactors(list as number[]);
    lastRates = list;
  }
  if (lastFactors === undefined) return undefined;
  // Filled in order from empty, the row stays a packed array of doubles (no holey copy).
  const out: number[] = [];
  return compound(base, lastFactors, out) ? out : undefined;
}
