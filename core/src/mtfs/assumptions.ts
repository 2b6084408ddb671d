// The reading rules every MTFS assumption shares: financial years ("2026/27") and rates, read one way
// only (a rate that could be read two ways is refused with both readings as the fix).
import type { Decimal, Cell, NumberInput } from '../lib/decimal.js';
import { errors } from '../lib/errors.js';
import { readWhole, toDecimal } from '../lib/input.js';

/** The horizon a strategy may cover. */
export const MAX_YEARS = 10;

const FINANCIAL_YEAR = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/;

/** "2026/27" for the financial year starting in 2026. */
export function financialYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The first financial year: 2026, "2026/27" or "2026-2027". */
export function readFirstYear(value: NumberInput): number {
  const name = 'first year';
  const match = typeof value === 'string' ? FINANCIAL_YEAR.exec(value.trim()) : null;
  if (match === null) return readWhole(value, name, 1990, 2100);
  const start = Number(match[1]);
  const end = Number(match[2]);
  const next = start + 1;
  if (end !== next && end !== next % 100) {
    throw errors.outOfRange(name, 'a financial year such as 2026/27', value);
  }
  return readWhole(start, name, 1990, 2100);
}

/** What a rate may be: a growth rate above -100 %, a share from 0 % to 100 %, a step above 0 %. */
export type RateKind = 'growth' | 'share' | 'step';

const RATE_RANGES: Readonly<Record<RateKind, { ok(rate: Decimal): boolean; words: string }>> = {
  growth: { ok: (rate) => rate.gt(-1), words: 'more than -100%' },
  share: { ok: (rate) => rate.gte(0) && rate.lte(1), words: 'from 0% to 100%' },
  step: { ok: (rate) => rate.gt(0), words: 'more than 0%' },
};

/** A fraction as the percentage a user types: 0.025 as "2.5%". */
export const asPercent = (fraction: Decimal): string => `${fraction.times(100).toString()}%`;

// A percent sign at the end, inside accountant's brackets too: "2.5%", "(2.5%)".
const PERCENT_SIGN = /%\s*\)?$/;

/**
 * Reads a rate so that it is never misread: a value is taken one way only, or refused with both
 * readings as the fix. Rate fields state their unit (%), so text is a percentage with or without
 * its sign: "2.5" and "2.5%" are 2.5 %, "120%" is 120 %; bare text between -1 and 1 other than 0
 * ("0.5": 0.5 % or 50 %?) is refused. A number (a cell's value) is a fraction, as Excel keeps
 * 2.5 % (0.025); one of magnitude 1 or more (2.5: 2.5 % or 250 %?) is refused.
 *
 * @param value - The rate as given: text, a number or a Decimal.
 * @param name - The field as the user sees it, for messages.
 * @param kind - Its range: `growth`, `share` or `step`.
 * @returns The rate as a fraction: `readRate('2.5', 'pay award', 'growth')` is 0.025.
 */
export function readRate(value: Cell, name: string, kind: RateKind): Decimal {
  const typed = toDecimal(value, name);
  const text = typeof value === 'string' ? value.trim() : undefined;
  const signed = text !== undefined && PERCENT_SIGN.test(text);
  // Bare text is a whole percentage when it is 1 or more; a number is a fraction when it is under 1.
  const unambiguous = signed || typed.isZero() || (text === undefined) === typed.abs().lt(1);
  if (!unambiguous)
    throw errors.ambiguousRate(name, value, `${typed.toString()}%`, asPercent(typed));
  const rate = text === undefined || signed ? typed : typed.div(100);
  const range = RATE_RANGES[kind];
  if (!range.ok(rate)) throw errors.outOfRange(name, range.words, asPercent(rate));
  return rate;
}
