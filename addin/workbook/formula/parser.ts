// Parses formula text into an expression tree with Excel's precedence, loosest first:
// comparisons (= <> < > <= >=), &, + -, * /, ^ (left to right, as Excel does), %, unary - +, and
// the range operator ":" between cell references.

import { parseCell, rangeOf, type RangeAddress } from '../a1';
import { FormulaSyntaxError, tokenize, type Token } from './tokenizer';
import { errorFromCode, type CellError } from './values';

export type BinaryOp = '+' | '-' | '*' | '/' | '^' | '&' | '=' | '<>' | '<' | '>' | '<=' | '>=';

export type Expr =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly value: CellError }
  /** A cell or range; `sheet` as written (case may differ from the sheet's own). */
  | { readonly kind: 'ref'; readonly sheet?: string; readonly range: RangeAddress }
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'negate'; readonly operand: Expr }
  | { readonly kind: 'percent'; readonly operand: Expr }
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr }
  /** A function call; `name` upper-cased; an omitted argument (as in IF(A1,,2)) is undefined. */
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly (Expr | undefined)[] };

const LEVELS: readonly (readonly string[])[] = [
  ['=', '<>', '<', '>', '<=', '>='],
  ['&'],
  ['+', '-'],
  ['*', '/'],
  ['^'],
];

/** Parses "=..." (or the text after "="); throws FormulaSyntaxError when it cannot be read. */
export function parseFormula(formula: string): Expr {
  const tokens = tokenize(formula.startsWith('=') ? formula.slice(1) : formula);
  let pos = 0;

  const peek = (): Token | undefined => tokens[pos];
  const isOp = (value: string): boolean => {
    const t = peek();
    return t?.kind === 'op' && t.value === value;
  };
  const fail = (what: string): never => {
    const t = peek();
    throw new FormulaSyntaxError(
      t === undefined ? `${what} at the end` : `${what} at ${t.at + 1}, found "${t.value}"`,
    );
  };
  const expect = (value: string): void => {
    if (!isOp(value)) fail(`expected "${value}"`);
    pos++;
  };

  const binary = (level: number): Expr => {
    const ops = LEVELS[level];
    if (ops === undefined) return postfix();
    let left = binary(level + 1);
    for (let t = peek(); t?.kind === 'op' && ops.includes(t.value); t = peek()) {
      pos++;
      left = { kind: 'binary', op: t.value as BinaryOp, left, right: binary(level + 1) };
    }
    return left;
  };

  const postfix = (): Expr => {
    let operand = unary();
    while (isOp('%')) {
      pos++;
      operand = { kind: 'percent', operand };
    }
    return operand;
  };

  const unary = (): Expr => {
    if (isOp('-')) {
      pos++;
      return { kind: 'negate', operand: unary() };
    }
    if (isOp('+')) {
      pos++;
      return unary();
    }
    return primary();
  };

  const cellAfter = (sheet: string | undefined): Expr => {
    const t = peek();
    const start = t?.kind === 'word' ? parseCell(t.value) : undefined;
    if (start === undefined) return fail('expected a cell reference');
    pos++;
    if (!isOp(':')) return { kind: 'ref', sheet, range: rangeOf(start) };
    pos++;
    const endToken = peek();
    const end = endToken?.kind === 'word' ? parseCell(endToken.value) : undefined;
    if (end === undefined) return fail('expected a cell reference after ":"');
    pos++;
    return { kind: 'ref', sheet, range: rangeOf(start, end) };
  };

  const call = (name: string): Expr => {
    expect('(');
    const args: (Expr | undefined)[] = [];
    if (isOp(')')) {
      pos++;
      return { kind: 'call', name, args };
    }
    for (;;) {
      args.push(isOp(',') || isOp(')') ? undefined : binary(0));
      if (isOp(')')) break;
      expect(',');
    }
    pos++;
    return { kind: 'call', name, args };
  };

  const primary = (): Expr => {
    const t = peek();
    if (t === undefined) return fail('expected a value');
    switch (t.kind) {
      case 'number':
      case 'string':
        pos++;
        return t.kind === 'number'
          ? { kind: 'number', value: t.value }
          : { kind: 'string', value: t.value };
      case 'error':
        pos++;
        return { kind: 'error', value: errorFromCode(t.value) as CellError };
      case 'sheet':
        pos++;
        return cellAfter(t.value);
      case 'word': {
        const next = tokens[pos + 1];
        if (next?.kind === 'op' && next.value === '(') {
          pos++;
          return call(t.value.toUpperCase());
        }
        if (parseCell(t.value) !== undefined) return cellAfter(undefined);
        pos++;
        const upper = t.value.toUpperCase();
        if (upper === 'TRUE' || upper === 'FALSE')
          return { kind: 'boolean', value: upper === 'TRUE' };
        return { kind: 'name', name: t.value };
      }
      case 'op':
        if (t.value !== '(') return fail('expected a value');
        pos++;
        {
          const inner = binary(0);
          expect(')');
          return inner;
        }
    }
  };

  const expr = binary(0);
  if (pos < tokens.length) fail('unexpected text');
  return expr;
}
