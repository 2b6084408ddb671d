// The MTFS table's expressions, read both ways: evaluated exactly (the core's figures) and written
// as an Excel formula (the sheet's). The formula is checked against an Excel-grammar formula engine,
// so a missing bracket cannot pass for the right precedence.
import fc from 'fast-check';
import {
  Decimal,
  evaluateExpr,
  mtfsModel,
  renderExpr,
  type Expr,
  type Resolver,
} from '../../../core/src';
import { FULL } from './examples';
import { valueOf } from '../../addin/workbook/formula/helpers';

const num = (value: number | string): Expr => ({ op: 'num', value: new Decimal(value) });
const input = (key: string): Expr => ({ op: 'input', key });
const bin = (
  op: 'add' | 'sub' | 'mul' | 'div' | 'min' | 'max' | 'mod',
  a: Expr,
  b: Expr,
): Expr => ({
  op,
  a,
  b,
});

/** Assumptions in cells A1…: `x1` is in A1. */
const CELLS: Resolver<string> = {
  input: (key) => `A${key.slice(1)}`,
  line: (key, lag) => `${key}${lag === 1 ? '_prev' : ''}`,
};
const VALUES: Record<string, number> = { x1: 3, x2: -2.5, x3: 0.125, x4: 7 };
const exact: Resolver<Decimal> = {
  input: (key) => new Decimal(VALUES[key] ?? NaN),
  line: () => new Decimal(NaN),
};

describe('MTFS expressions', () => {
  const writes: [Expr, string][] = [
    [bin('sub', input('x1'), bin('sub', input('x2'), input('x3'))), 'A1-(A2-A3)'],
    [bin('sub', bin('sub', input('x1'), input('x2')), input('x3')), 'A1-A2-A3'],
    [bin('mul', bin('add', input('x1'), input('x2')), input('x3')), '(A1+A2)*A3'],
    [bin('div', input('x1'), bin('mul', input('x2'), input('x3'))), 'A1/(A2*A3)'],
    [bin('mul', input('x1'), num(-1)), 'A1*(-1)'],
    [bin('min', input('x1'), bin('add', input('x2'), num(1))), 'MIN(A1,A2+1)'],
    [bin('mod', bin('add', input('x4'), num(8)), num(12)), 'MOD(A4+8,12)'],
    [{ op: 'roundDown', a: input('x3'), digits: 2 }, 'ROUNDDOWN(A3,2)'],
    [{ op: 'sum', of: [input('x1'), bin('sub', input('x2'), input('x3'))] }, 'A1+A2-A3'],
    // A sum binds as + does: the collaboration share is this force's figure ÷ (the sum of all).
    [bin('div', input('x1'), { op: 'sum', of: [input('x1'), input('x2')] }), 'A1/(A1+A2)'],
    [bin('mul', { op: 'sum', of: [input('x1'), input('x2')] }, input('x3')), '(A1+A2)*A3'],
    [bin('sub', input('x4'), { op: 'sum', of: [input('x1'), input('x2')] }), 'A4-(A1+A2)'],
    [{ op: 'line', key: 'B5', lag: 1 }, 'B5_prev'],
  ];
  it.each(writes.map(([expr, formula]) => [formula, expr] as const))(
    'writes =%s',
    (formula, expr) => {
      expect(renderExpr(expr, CELLS)).toBe(formula);
    },
  );

  const values: [Expr, string][] = [
    [bin('mod', bin('add', input('x4'), num(8)), num(12)), '3'],
    [{ op: 'roundDown', a: num('358.055034'), digits: 2 }, '358.05'],
    [{ op: 'roundDown', a: num('-1.239'), digits: 2 }, '-1.23'],
    [bin('div', num(7), num(12)), new Decimal(7).div(12).toString()],
    [{ op: 'sum', of: [input('x1'), input('x2'), input('x3')] }, '0.625'],
  ];
  it.each(values.map(([expr, value]) => [renderExpr(expr, CELLS), value, expr] as const))(
    'evaluates =%s exactly as %s',
    (_formula, value, expr) => {
      expect(evaluateExpr(expr, exact).toString()).toBe(value);
    },
  );

  it('writes formulas that Excel’s grammar evaluates to the exact value, whatever the nesting', () => {
    // Operators the preview's formula engine knows; constants of either sign, assumptions in cells.
    const leaf: fc.Arbitrary<Expr> = fc.oneof(
      fc.integer({ min: -50, max: 50 }).map((n) => num(n === 0 ? 1 : n)),
      fc.constantFrom('x1', 'x2', 'x3', 'x4').map(input),
    );
    const tree = fc.letrec<{ e: Expr }>((tie) => ({
      e: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc
          .tuple(
            fc.constantFrom('add', 'sub', 'mul', 'min', 'max') as fc.Arbitrary<'add'>,
            tie('e'),
            tie('e'),
          )
          .map(([op, a, b]) => bin(op, a, b)),
        fc.array(tie('e'), { minLength: 2, maxLength: 4 }).map((of): Expr => ({ op: 'sum', of })),
        // Division by a product of non-zero constants: never by zero, and its brackets matter.
        fc
          .tuple(tie('e'), fc.integer({ min: 1, max: 9 }), fc.integer({ min: -9, max: -1 }))
          .map(([a, b, c]) => bin('div', a, bin('mul', num(b), num(c)))),
      ),
    })).e;
    const cells = Object.fromEntries(Object.entries(VALUES).map(([k, v]) => [`A${k.slice(1)}`, v]));
    fc.assert(
      fc.property(tree, (expr) => {
        const want = evaluateExpr(expr, exact);
        const got = valueOf(`=${renderExpr(expr, CELLS)}`, cells);
        return (
          typeof got === 'number' &&
          Math.abs(got - want.toNumber()) <= 1e-9 * Math.max(1, want.abs().toNumber())
        );
      }),
    );
  });

  it('writes the model’s sums in brackets where they are divided or multiplied', () => {
    const names: Resolver<string> = {
      input: (key) => `[${key}]`,
      line: (key, lag) => `${lag === 1 ? 'prev' : ''}[${key}]`,
    };
    const formula = (key: string) => {
      const found = mtfsModel(FULL).lines.find((l) => l.key === key);
      if (found === undefined) throw new Error(`no line ${key}`);
      return renderExpr(found.year, names);
    };
    const m = (i: number) => `[collaborations.0.members.${i}.basis]`;
    expect(formula('collaborations.0')).toBe(
      `[collaborations.0.cost]*${m(0)}/(${m(0)}+${m(1)}+${m(2)})`,
    );
    expect(formula('sensitivity.nonPay')).toBe('(prev[nonPay.0]+prev[nonPay.1])*[sensitivityStep]');
    expect(formula('sensitivity.payAward')).toMatch(/^\(.*\)\*\[sensitivityStep\]$/);
  });
});
