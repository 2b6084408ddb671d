// Parses formula text into an expression tree with Excel's precedence, loosest first:
// comparisons (= <> < > <= >=), &, + -, * /, ^ (left to right, as Excel does), %, unary - +, and
// the range operator ":" between cell references; array constants such as {1,2;3,4}. Excel's own
// limits keep the tree shallow: 8,192 characters, 64 levels of parentheses and function calls;
// chains (a+b+c…, ---x, x%%) are read in loops, not by recursion.

import { parseCell, rangeOf, type RangeAddress } from '../a1';
import { FormulaSyntaxError, tokenize, type Token } from './tokenizer';
import { errorFromCode, type CellError, type Matrix, type Scalar } from './values';

export type BinaryOp = '+' | '-' | '*' | '/' | '^' | '&' | '=' | '<>' | '<' | '>' | '<=' | '>=';

export type Expr =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly value: CellError }
  /** An array constant, {1,2;3,4}: rows split by ";", columns by ",". */
  | { readonly kind: 'array'; readonly value: Matrix }
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

/** Excel's longest formula, in characters. */
export const MAX_FORMULA_LENGTH = 8_192;
/** Excel's deepest nesting of parentheses and function calls. */
export const MAX_NESTING = 64;

/** Parses "=..." (or the text after "="); throws FormulaSyntaxError when it cannot be read. */
export function parseFormula(formula: string): Expr {
  if (formula.length > MAX_FORMULA_LENGTH) {
    throw new FormulaSyntaxError(
      `a formula is at most ${MAX_FORMULA_LENGTH} characters, this one has ${formula.length}`,
    );
  }
  const tokens = tokenize(formula.startsWith('=') ? formula.slice(1) : formula);
  let pos = 0;
  let depth = 0;
  /** Parses something inside parentheses or a call, one level deeper. */
  const nested = <T>(parse: () => T): T => {
    if (++depth > MAX_NESTING) {
      throw new FormulaSyntaxError(`more than ${MAX_NESTING} levels of nesting`);
    }
    const result = parse();
    depth--;
    return result;
  };

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
    let negations = 0;
    for (; isOp('-') || isOp('+'); pos++) if (isOp('-')) negations++;
    let operand = primary();
    for (let i = 0; i < negations; i++) operand = { kind: 'negate', operand };
    return operand;
  };

  /** A constant inside {…}: a number (with its sign), text, TRUE/FALSE or an error. */
  const constant = (): Scalar => {
    const sign = isOp('-') ? -1 : 1;
    if (isOp('-') || isOp('+')) pos++;
    const t = peek();
    if (t?.kind === 'number') {
      pos++;
      return sign * t.value;
    }
    if (sign === 1 && t?.kind === 'string') {
      pos++;
      return t.value;
    }
    if (sign === 1 && t?.kind === 'error') {
      pos++;
      return errorFromCode(t.value) as CellError;
    }
    const upper = t?.kind === 'word' ? t.value.toUpperCase() : '';
    if (sign === 1 && (upper === 'TRUE' || upper === 'FALSE')) {
      pos++;
      return upper === 'TRUE';
    }
    return fail('expected a number, text, TRUE, FALSE or an error in an array constant');
  };

  const arrayConstant = (): Expr => {
    expect('{');
    const rows: Scalar[][] = [[]];
    for (;;) {
      (rows.at(-1) as Scalar[]).push(constant());
      if (isOp(';')) rows.push([]);
      else if (!isOp(',')) break;
      pos++;
    }
    expect('}');
    if (rows.some((row) => row.length !== rows[0]?.length)) {
      throw new FormulaSyntaxError('the rows of an array constant differ in length');
    }
    return { kind: 'array', value: rows };
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

  const call = (name: string): Expr => nested(() => callArgs(name));

  const callArgs = (name: string): Expr => {
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
        if (t.value === '{') return arrayConstant();
        if (t.value !== '(') return fail('expected a value');
        pos++;
        return nested(() => {
          const inner = binary(0);
          expect(')');
          return inner;
        });
    }
  };

  const expr = binary(0);
  if (pos < tokens.length) fail('unexpected text');
  return expr;
}
