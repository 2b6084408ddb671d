// Turns user input into Decimals under declared rules, so that no function re-writes its own checks.
// A rule names the parameter and what it may be; `read` enforces it and raises the right error code.
import { Decimal, type Cell, type NumberInput } from './decimal.js';
import { errors } from './errors.js';

/**
 * What a parameter may hold:
 * - `signed`: any finite number (a saving may be negative);
 * - `nonNegative`: zero or more (budgets, income, headcounts, unit costs);
 * - `divisor`: more than zero, and zero is a division by zero (populations, budgets divided by);
 * - `positive`: more than zero, and zero is out of range (steps, scales);
 * - `growthRate`: more than -100 % (a rate of -1 would wipe the line out).
 */
export type Kind = 'signed' | 'nonNegative' | 'divisor' | 'positive' | 'growthRate';

export interface Rule {
  readonly name: string;
  readonly kind: Kind;
  /** The value an omitted (null or undefined) argument takes; without one, omitting it is `EMPTY`. */
  readonly default?: number;
}

/**
 * Excel stores and shows a number to 15 significant digits, so every number is read as its
 * 15-digit decimal: a typed 1234.56 stays 1234.56, a formula's 0.1+0.2 (0.30000000000000004) is
 * 0.3. `core/src/catalogue/exact.ts` reads doubles by the same rule on scaled integers for the fast
 * paths; tests/core/catalogue/exact.test.ts proves the two readings equal.
 */
export const EXCEL_DIGITS = 15;

/** Longest numeric text read: far beyond any real figure, short enough that parsing stays instant. */
export const MAX_TEXT_LENGTH = 256;

const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const PLAIN = /^(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** Parses numeric text as finance staff write it: `1,234.50`, `£1,234`, `-£5`, `(120)`, `18%`. */
function parseText(text: string, param: string): Decimal {
  let body = text.trim();
  if (body === '') throw errors.empty(param);
  // The patterns are linear, but a 32,767-character cell is never a figure: refuse it unread.
  if (body.length > MAX_TEXT_LENGTH) throw errors.invalidNumber(param, `${body.slice(0, 20)}…`);
  // Brackets are the accountant's minus; a sign inside them too ("(-5)") is ambiguous, so refused.
  const bracketed = body.startsWith('(') && body.endsWith(')');
  if (bracketed) body = body.slice(1, -1).trim();
  let sign = bracketed ? '' : (/^[+-]/.exec(body)?.[0] ?? '');
  body = body.slice(sign.length).trim();
  if (body.startsWith('£')) body = body.slice(1).trim();
  // The minus may also follow the pound sign: £-5.
  if (!bracketed && sign === '' && body.startsWith('-')) {
    sign = '-';
    body = body.slice(1).trim();
  }
  const percent = body.endsWith('%');
  if (percent) body = body.slice(0, -1).trim();
  if (!(GROUPED.test(body) || PLAIN.test(body))) throw errors.invalidNumber(param, text);
  let value = new Decimal(body.replace(/,/g, ''));
  if (percent) value = value.div(100);
  // "-0" is zero, as the number -0 is: a negative zero would leak a sign into results.
  return (bracketed || sign === '-') && !value.isZero() ? value.neg() : value;
}

/** Converts one value to a Decimal; blanks are `EMPTY`, anything non-numeric `INVALID_NUMBER`. */
export function toDecimal(value: unknown, param: string): Decimal {
  if (value === null || value === undefined) throw errors.empty(param);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw errors.invalidNumber(param, value);
    return new Decimal(value === 0 ? 0 : value.toPrecision(EXCEL_DIGITS));
  }
  if (typeof value === 'string') return parseText(value, param);
  if (Decimal.isDecimal(value)) {
    if (!value.isFinite()) throw errors.invalidNumber(param, value);
    return new Decimal(value);
  }
  throw errors.invalidNumber(param, value);
}

/** Checks a Decimal against the rule's kind. */
export function check(value: Decimal, rule: Rule, param: string = rule.name): Decimal {
  switch (rule.kind) {
    case 'signed':
      return value;
    case 'nonNegative':
      if (value.isNeg() && !value.isZero()) throw errors.outOfRange(param, 'zero or more', value);
      return value;
    case 'divisor':
      if (value.isZero()) throw errors.divideByZero(param);
      if (value.isNeg()) throw errors.outOfRange(param, 'greater than zero', value);
      return value;
    case 'positive':
      if (value.lte(0)) throw errors.outOfRange(param, 'greater than zero', value);
      return value;
    case 'growthRate':
      if (value.lte(-1)) throw errors.outOfRange(param, 'more than -100%', value);
      return value;
  }
}

/** Whether an argument was left out: Excel passes an omitted optional argument as null. */
export function isOmitted(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/** Reads a scalar parameter under its rule; an omitted one takes the rule's default. */
export function read(value: NumberInput | null | undefined, rule: Rule): Decimal {
  return check(toDecimal(isOmitted(value) ? rule.default : value, rule.name), rule);
}

/** Names item `index` (0-based) of a list parameter the way a user counts: `budgets item 3`. */
export function itemName(name: string, index: number): string {
  return `${name} item ${index + 1}`;
}

/** Reads item `index` of a list parameter: a blank is `null`; anything else is checked and named by position. */
export function readItem(value: Cell, rule: Rule, index: number): Decimal | null {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
    return null;
  }
  const name = itemName(rule.name, index);
  return check(toDecimal(value, name), rule, name);
}

/**
 * Reads a list parameter, keeping blanks as `null` so paired lists stay aligned.
 * Each present item is checked under the rule and named by its position in errors.
 */
export function readList(values: readonly Cell[], rule: Rule): (Decimal | null)[] {
  return values.map((v, i) => readItem(v, rule, i));
}

/** Reads a whole-number option (decimals, years) within inclusive bounds. */
export function readWhole(value: NumberInput, name: string, min: number, max: number): number {
  const d = toDecimal(value, name);
  if (!d.isInteger() || d.lt(min) || d.gt(max)) {
    throw errors.outOfRange(name, `a whole number from ${min} to ${max}`, d);
  }
  return d.toNumber();
}

/** Checks that paired lists have the same length. */
export function sameLength(
  a: readonly unknown[],
  aName: string,
  b: readonly unknown[],
  bName: string,
): void {
  if (a.length !== b.length) {
    throw errors.shapeMismatch(
      `${aName} has ${a.length} items but ${bName} has ${b.length}; they must pair up`,
      bName,
    );
  }
}

/**
 * Reads two paired lists and sums each. Pairs blank on both sides are skipped; a pair blank on one
 * side only is `EMPTY` naming the missing item; no pair at all is `EMPTY` naming the first list.
 */
export function sumPairs(
  a: readonly Cell[],
  aRule: Rule,
  b: readonly Cell[],
  bRule: Rule,
): { readonly a: Decimal; readonly b: Decimal } {
  sameLength(a, aRule.name, b, bRule.name);
  const left = readList(a, aRule);
  const right = readList(b, bRule);
  let sumA = new Decimal(0);
  let sumB = new Decimal(0);
  let pairs = 0;
  left.forEach((x, i) => {
    const y = right[i] ?? null;
    if (x === null && y === null) return;
    if (x === null || y === null)
      throw errors.empty(itemName(x === null ? aRule.name : bRule.name, i));
    sumA = sumA.plus(x);
    sumB = sumB.plus(y);
    pairs += 1;
  });
  if (pairs === 0) throw errors.empty(aRule.name);
  return { a: sumA, b: sumB };
}
