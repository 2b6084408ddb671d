// How one year of an MTFS line is computed, as data. The same expression is read two ways, side by
// side here: `evaluate` computes it exactly with Decimals (the core's figures) and `render` writes it
// as the Excel formula of the line's cell on the sheet. A convention is therefore written once, in
// the line table (`lines.ts`), and the sheet cannot drift from the core.
import { Decimal } from '../../lib/decimal.js';

export type Expr =
  /** A constant. */
  | { readonly op: 'num'; readonly value: Decimal }
  /** An assumption: its value in the year computed (a per-year one) or its one value. */
  | { readonly op: 'input'; readonly key: string }
  /** Another line in the year computed (lag 0) or the year before (lag 1; the base year before the first). */
  | { readonly op: 'line'; readonly key: string; readonly lag: 0 | 1 }
  | {
      readonly op: 'add' | 'sub' | 'mul' | 'div' | 'min' | 'max' | 'mod';
      readonly a: Expr;
      readonly b: Expr;
    }
  | { readonly op: 'sum'; readonly of: readonly Expr[] }
  /** Rounded towards zero to `digits` decimal places (Excel's ROUNDDOWN). */
  | { readonly op: 'roundDown'; readonly a: Expr; readonly digits: number };

export const num = (value: number | string | Decimal): Expr => ({
  op: 'num',
  value: new Decimal(value),
});
export const input = (key: string): Expr => ({ op: 'input', key });
export const line = (key: string): Expr => ({ op: 'line', key, lag: 0 });
export const previous = (key: string): Expr => ({ op: 'line', key, lag: 1 });
export const add = (a: Expr, b: Expr): Expr => ({ op: 'add', a, b });
export const sub = (a: Expr, b: Expr): Expr => ({ op: 'sub', a, b });
export const mul = (a: Expr, b: Expr): Expr => ({ op: 'mul', a, b });
export const div = (a: Expr, b: Expr): Expr => ({ op: 'div', a, b });
export const min = (a: Expr, b: Expr): Expr => ({ op: 'min', a, b });
export const max = (a: Expr, b: Expr): Expr => ({ op: 'max', a, b });
/** The remainder of a ÷ b; the model uses it on positive operands only, where every reading agrees. */
export const mod = (a: Expr, b: Expr): Expr => ({ op: 'mod', a, b });
export const roundDown = (a: Expr, digits: number): Expr => ({ op: 'roundDown', a, digits });
/** The sum of the terms; no term is 0. */
export const sum = (of: readonly Expr[]): Expr =>
  of.length === 0 ? num(0) : of.length === 1 ? (of[0] as Expr) : { op: 'sum', of };
/** 1 + rate. */
export const onePlus = (rate: Expr): Expr => add(num(1), rate);

/** What an expression refers to, in one year: the values (core) or the cell references (sheet). */
export interface Resolver<T> {
  input(key: string): T;
  line(key: string, lag: 0 | 1): T;
}

/** The exact value of `e` in one year. Nothing is rounded but where a `roundDown` says so. */
export function evaluate(e: Expr, at: Resolver<Decimal>): Decimal {
  const go = (x: Expr): Decimal => evaluate(x, at);
  switch (e.op) {
    case 'num':
      return e.value;
    case 'input':
      return at.input(e.key);
    case 'line':
      return at.line(e.key, e.lag);
    case 'add':
      return go(e.a).plus(go(e.b));
    case 'sub':
      return go(e.a).minus(go(e.b));
    case 'mul':
      return go(e.a).times(go(e.b));
    case 'div':
      return go(e.a).div(go(e.b));
    case 'min':
      return Decimal.min(go(e.a), go(e.b));
    case 'max':
      return Decimal.max(go(e.a), go(e.b));
    case 'mod':
      return go(e.a).mod(go(e.b));
    case 'sum':
      return Decimal.sum(...e.of.map(go));
    case 'roundDown':
      return go(e.a).toDecimalPlaces(e.digits, Decimal.ROUND_DOWN);
  }
}

// Binding strength of each operator in Excel, to write only the brackets the formula needs.
const STRENGTH = { add: 1, sub: 1, mul: 2, div: 2 } as const;
const SYMBOL = { add: '+', sub: '-', mul: '*', div: '/' } as const;
const ATOM = 3;

function strength(e: Expr): number {
  // A sum is written as a chain of +, so it binds as weakly as +: (a+b)*c, not a+b*c.
  if (e.op === 'sum') return STRENGTH.add;
  return e.op === 'add' || e.op === 'sub' || e.op === 'mul' || e.op === 'div'
    ? STRENGTH[e.op]
    : ATOM;
}

/**
 * The Excel formula text of `e` in one year (no leading "="), referring to cells through `at`.
 * Brackets are written where Excel's precedence needs them: `a-(b-c)`, `(a+b)*c`.
 */
export function render(e: Expr, at: Resolver<string>): string {
  const go = (x: Expr): string => render(x, at);
  switch (e.op) {
    case 'num':
      // A negative constant in brackets, so that "a*-1" is never written.
      return e.value.isNeg() ? `(${e.value.toString()})` : e.value.toString();
    case 'input':
      return at.input(e.key);
    case 'line':
      return at.line(e.key, e.lag);
    case 'add':
    case 'sub':
    case 'mul':
    case 'div': {
      const own = STRENGTH[e.op];
      const left = strength(e.a) < own ? `(${go(e.a)})` : go(e.a);
      // The right operand of - and / (and anything weaker) needs brackets at equal strength too.
      const tight = e.op === 'sub' || e.op === 'div' ? strength(e.b) <= own : strength(e.b) < own;
      const right = tight ? `(${go(e.b)})` : go(e.b);
      return `${left}${SYMBOL[e.op]}${right}`;
    }
    case 'min':
      return `MIN(${go(e.a)},${go(e.b)})`;
    case 'max':
      return `MAX(${go(e.a)},${go(e.b)})`;
    case 'mod':
      return `MOD(${go(e.a)},${go(e.b)})`;
    case 'sum':
      // No term binds more weakly than +, so none needs brackets: a+b-c is a+(b-c).
      return e.of.map(go).join('+');
    case 'roundDown':
      return `ROUNDDOWN(${go(e.a)},${e.digits})`;
  }
}
