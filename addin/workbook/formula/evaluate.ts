// Evaluates an expression tree against a workbook: references stay references until an operator
// or function reads them; operators work element-wise over arrays; errors pass through as values.
// Operator chains (a+b+c…, ---x) are evaluated in loops, so a long chain cannot exhaust the stack;
// the parser bounds every other kind of depth.

import { Ref, deref, type EvalContext, type Value } from './context';
import { checked, compare, lift, toNumber, toText } from './coerce';
import { CUSTOM_PREFIX, callCustom } from './custom';
import { callBuiltin } from './functions';
import type { BinaryOp, Expr } from './parser';
import { CellError, isError, type Matrix, type Scalar } from './values';

export function evaluate(expr: Expr, ctx: EvalContext): Value {
  switch (expr.kind) {
    case 'number':
    case 'string':
    case 'boolean':
    case 'error':
    case 'array':
      return expr.value;
    case 'ref': {
      const sheet = expr.sheet === undefined ? ctx.sheet : ctx.sheetName(expr.sheet);
      return sheet === undefined
        ? new CellError('#REF!', `no sheet "${expr.sheet}"`)
        : new Ref(sheet, expr.range);
    }
    case 'name': {
      const target = ctx.name(expr.name);
      if (target === undefined) return new CellError('#NAME?', `no name "${expr.name}"`);
      return target === '#REF!'
        ? new CellError('#REF!', `"${expr.name}" refers to a deleted sheet`)
        : new Ref(target.sheet, target.range);
    }
    case 'negate':
    case 'percent':
      return unaryChain(expr, ctx);
    case 'binary':
      return binaryChain(expr, ctx);
    case 'call': {
      const args = expr.args.map(
        (arg) => () => (arg === undefined ? undefined : evaluate(arg, ctx)),
      );
      return expr.name.startsWith(CUSTOM_PREFIX)
        ? callCustom(expr.name.slice(CUSTOM_PREFIX.length), args, ctx)
        : callBuiltin(expr.name, args, ctx);
    }
  }
}

const operand = (expr: Expr, ctx: EvalContext): Scalar | Matrix => deref(evaluate(expr, ctx), ctx);

type Unary = Extract<Expr, { kind: 'negate' | 'percent' }>;
type Binary = Extract<Expr, { kind: 'binary' }>;

/** ---x or x%%: the operand first, then each operator from the innermost out. */
function unaryChain(expr: Unary, ctx: EvalContext): Scalar | Matrix {
  const ops: Unary['kind'][] = [];
  let inner: Expr = expr;
  for (; inner.kind === 'negate' || inner.kind === 'percent'; inner = inner.operand) {
    ops.push(inner.kind);
  }
  let value = operand(inner, ctx);
  for (let i = ops.length - 1; i >= 0; i--) {
    const f = ops[i] === 'negate' ? (n: number) => -n : (n: number) => n / 100;
    value = lift([value], (x) => {
      const n = toNumber(x);
      return isError(n) ? n : checked(f(n));
    });
  }
  return value;
}

/** a+b+c… leans left: its leftmost operand first, then each operator with its right operand. */
function binaryChain(expr: Binary, ctx: EvalContext): Scalar | Matrix {
  const steps: Binary[] = [];
  let left: Expr = expr;
  for (; left.kind === 'binary'; left = left.left) steps.push(left);
  let value = operand(left, ctx);
  for (let i = steps.length - 1; i >= 0; i--) {
    const { op, right } = steps[i] as Binary;
    value = lift([value, operand(right, ctx)], (a, b) => binary(op, a, b));
  }
  return value;
}

function binary(op: BinaryOp, a: Scalar, b: Scalar): Scalar {
  // Excel reports the left operand's error first.
  if (isError(a)) return a;
  if (isError(b)) return b;
  switch (op) {
    case '&': {
      const [x, y] = [toText(a), toText(b)];
      return isError(x) ? x : isError(y) ? y : x + y;
    }
    case '=':
      return compare(a, b) === 0;
    case '<>':
      return compare(a, b) !== 0;
    case '<':
      return compare(a, b) < 0;
    case '>':
      return compare(a, b) > 0;
    case '<=':
      return compare(a, b) <= 0;
    case '>=':
      return compare(a, b) >= 0;
    default:
      return arithmetic(op, a, b);
  }
}

function arithmetic(op: '+' | '-' | '*' | '/' | '^', a: Scalar, b: Scalar): Scalar {
  const x = toNumber(a);
  const y = toNumber(b);
  if (isError(x)) return x;
  if (isError(y)) return y;
  switch (op) {
    case '+':
      return checked(x + y);
    case '-':
      return checked(x - y);
    case '*':
      return checked(x * y);
    case '/':
      return y === 0 ? new CellError('#DIV/0!') : checked(x / y);
    case '^':
      return x === 0 && y === 0 ? new CellError('#NUM!', '0^0 is undefined') : checked(x ** y);
  }
}
