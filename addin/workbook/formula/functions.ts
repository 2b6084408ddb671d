// Excel's built-in functions that the add-in's sheets use, with Excel's rules for what counts:
// SUM-like functions take numbers from ranges and ignore text there, but coerce typed arguments.

import {
  Ref,
  deref,
  isLarge,
  single,
  toMatrix,
  type EvalContext,
  type Thunk,
  type Value,
} from './context';
import { checked, compare, lift, toBoolean, toNumber } from './coerce';
import { CellError, isError, isMatrix, type Matrix, type Scalar } from './values';

type Body = (args: readonly Thunk[], ctx: EvalContext) => Value;

/** A built-in: how many arguments it takes, and what it does with them. */
interface Builtin {
  readonly min: number;
  readonly max: number;
  readonly body: Body;
}

const MANY = 255;

/** For functions that need every argument: evaluates them first, omitted ones as undefined. */
const eager =
  (body: (values: readonly (Value | undefined)[], ctx: EvalContext) => Value): Body =>
  (args, ctx) =>
    body(
      args.map((a) => a()),
      ctx,
    );

/** Each scalar of the arguments, with whether it was typed as an argument rather than in a range. */
function* scalars(
  values: readonly (Value | undefined)[],
  ctx: EvalContext,
): Generator<{ value: Scalar; direct: boolean }> {
  for (const v of values) {
    if (v === undefined) continue;
    if (v instanceof Ref && isLarge(v)) {
      // Only non-empty cells count in a range, so a large one is read through its contents.
      for (const value of ctx.contents(v.sheet, v.range)) yield { value, direct: false };
      continue;
    }
    const direct = !(v instanceof Ref) && !isMatrix(v);
    for (const row of toMatrix(v, ctx)) for (const value of row) yield { value, direct };
  }
}

/** The numbers SUM, AVERAGE, MIN, MAX, LARGE and SMALL see; the first error met is the result. */
function numbers(values: readonly (Value | undefined)[], ctx: EvalContext): number[] | CellError {
  const found: number[] = [];
  for (const { value, direct } of scalars(values, ctx)) {
    if (isError(value)) return value;
    if (typeof value === 'number') found.push(value);
    else if (direct && value !== null) {
      const n = toNumber(value);
      if (isError(n)) return n;
      found.push(n);
    }
  }
  return found;
}

const over =
  (reduce: (ns: number[]) => Scalar): Body =>
  (args, ctx) => {
    const ns = numbers(
      args.map((a) => a()),
      ctx,
    );
    return isError(ns) ? ns : reduce(ns);
  };

/** The truth values AND and OR see: text and blanks in ranges are skipped, typed text must be TRUE/FALSE. */
function logicals(values: readonly (Value | undefined)[], ctx: EvalContext): boolean[] | CellError {
  const found: boolean[] = [];
  for (const { value, direct } of scalars(values, ctx)) {
    if (value === null || (typeof value === 'string' && !direct)) continue;
    const b = toBoolean(value);
    if (isError(b)) return b;
    found.push(b);
  }
  return found.length > 0 ? found : new CellError('#VALUE!', 'no TRUE or FALSE values');
}

const logical =
  (combine: (bs: boolean[]) => boolean): Body =>
  (args, ctx) => {
    const bs = logicals(
      args.map((a) => a()),
      ctx,
    );
    return isError(bs) ? bs : combine(bs);
  };

/** A function of scalars lifted over arrays, e.g. ROUND(A1:A3, 0) gives three results. */
const scalarFn =
  (f: (...xs: Scalar[]) => Scalar): Body =>
  (args, ctx) =>
    lift(
      args.map((a) => deref(a() ?? null, ctx)),
      f,
    );

const numeric =
  (f: (...ns: number[]) => Scalar) =>
  (...xs: Scalar[]): Scalar => {
    const ns = xs.map(toNumber);
    const error = ns.find(isError);
    return error ?? f(...(ns as number[]));
  };

/**
 * Rounds as Excel's ROUND (`toward` false: half away from zero) or ROUNDDOWN (`toward` true: toward
 * zero), after trimming binary noise to Excel's 15 digits (2.675 → 2.68; 267.77 stays 267.77).
 */
const rounder =
  (toward: boolean) =>
  (n: number, digits: number): Scalar => {
    const d = Math.trunc(digits);
    const scale = 10 ** Math.abs(d);
    const scaled = Number((d >= 0 ? Math.abs(n) * scale : Math.abs(n) / scale).toPrecision(15));
    const rounded = toward ? Math.trunc(scaled) : Math.round(scaled);
    return checked(Math.sign(n) * (d >= 0 ? rounded / scale : rounded * scale));
  };

/** Excel's MOD: the remainder with the sign of the divisor; a zero divisor is #DIV/0!. */
function mod(n: number, d: number): Scalar {
  if (d === 0) return new CellError('#DIV/0!', 'MOD by zero');
  return checked(n - d * Math.floor(n / d));
}

function rank(args: readonly Thunk[], ctx: EvalContext): Value {
  const [numberArg, refArg, orderArg] = args.map((a) => a());
  const n = toNumber(single(numberArg, null, ctx));
  const order = toNumber(single(orderArg, 0, ctx));
  if (isError(n)) return n;
  if (isError(order)) return order;
  if (!(refArg instanceof Ref) && !isMatrix(refArg)) {
    return new CellError('#VALUE!', 'RANK needs a range to rank in');
  }
  const ns = numbers([refArg], ctx);
  if (isError(ns)) return ns;
  if (!ns.includes(n)) return new CellError('#N/A', `${n} is not in the list`);
  return 1 + ns.filter((x) => (order === 0 ? x > n : x < n)).length;
}

function nth(pick: 'largest' | 'smallest'): Body {
  return (args, ctx) => {
    const [arrayArg, kArg] = args.map((a) => a());
    const ns = numbers([arrayArg], ctx);
    const k = toNumber(single(kArg, null, ctx));
    if (isError(ns)) return ns;
    if (isError(k)) return k;
    // Excel truncates a fractional k: SMALL(A1:A5, 2.9) is the 2nd smallest.
    const i = Math.trunc(k) - 1;
    if (i < 0 || i >= ns.length) return new CellError('#NUM!', `there is no ${pick} number ${k}`);
    const sorted = ns.sort((a, b) => (pick === 'largest' ? b - a : a - b));
    return sorted[i] as number;
  };
}

function index(args: readonly Thunk[], ctx: EvalContext): Value {
  const [arrayArg, rowArg, colArg] = args.map((a) => a());
  const grid = toMatrix(arrayArg ?? null, ctx);
  const row = toNumber(single(rowArg, 0, ctx));
  const col = toNumber(single(colArg, 0, ctx));
  if (isError(row)) return row;
  if (isError(col)) return col;
  const height = grid.length;
  const width = grid[0]?.length ?? 0;
  // A single row indexed by one number reads along the row, as Excel does.
  const [r, c] =
    height === 1 && colArg === undefined
      ? [1, Math.trunc(row)]
      : [Math.trunc(row), Math.trunc(col)];
  if (r < 0 || c < 0 || r > height || c > width)
    return new CellError('#REF!', 'index outside the range');
  const rows = r === 0 ? grid : [grid[r - 1] as readonly Scalar[]];
  const picked: Matrix = rows.map((line) => (c === 0 ? line : [line[c - 1] as Scalar]));
  return picked.length === 1 && picked[0]?.length === 1 ? (picked[0][0] as Scalar) : picked;
}

function match(args: readonly Thunk[], ctx: EvalContext): Value {
  const [lookupArg, arrayArg, typeArg] = args.map((a) => a());
  const lookup = single(lookupArg, null, ctx);
  const type = toNumber(single(typeArg, 1, ctx));
  if (isError(lookup)) return lookup;
  if (isError(type)) return type;
  const grid = toMatrix(arrayArg ?? null, ctx);
  if (grid.length > 1 && (grid[0]?.length ?? 0) > 1)
    return new CellError('#N/A', 'not a row or column');
  if (lookup === null) return new CellError('#N/A', 'nothing to look up');
  const list = grid.flat();
  let found = -1;
  for (const [i, v] of list.entries()) {
    if (isError(v) || v === null || typeof v !== typeof lookup) continue;
    const cmp = compare(v, lookup);
    if (type === 0) {
      if (cmp === 0) return i + 1;
    } else if (type > 0 ? cmp <= 0 : cmp >= 0) {
      found = i;
    } else {
      // Approximate match assumes a sorted list: the answer is the last value before it passes the lookup.
      break;
    }
  }
  return found < 0 ? new CellError('#N/A', 'no match') : found + 1;
}

function sumproduct(args: readonly Thunk[], ctx: EvalContext): Value {
  const grids = args.map((a) => toMatrix(a() ?? null, ctx));
  const [first] = grids;
  const rows = first?.length ?? 0;
  const cols = first?.[0]?.length ?? 0;
  if (!grids.every((g) => g.length === rows && g.every((row) => row.length === cols))) {
    return new CellError('#VALUE!', 'SUMPRODUCT needs arrays of the same size');
  }
  let total = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      let product = 1;
      for (const g of grids) {
        const v = g[r]?.[c] ?? null;
        if (isError(v)) return v;
        product *= typeof v === 'number' ? v : 0;
      }
      total += product;
    }
  }
  return checked(total);
}

function ifFn(args: readonly Thunk[], ctx: EvalContext): Value {
  const [condition, then, otherwise] = args;
  const test = deref(condition?.() ?? null, ctx);
  const branch = (thunk: Thunk | undefined, missing: Scalar): Scalar | Matrix =>
    thunk === undefined ? missing : deref(thunk() ?? 0, ctx);
  if (!isMatrix(test)) {
    const b = toBoolean(test);
    if (isError(b)) return b;
    return b ? branch(then, true) : branch(otherwise, false);
  }
  return lift([test, branch(then, true), branch(otherwise, false)], (t, a, b) => {
    const bool = toBoolean(t);
    return isError(bool) ? bool : bool ? a : b;
  });
}

function ifError(args: readonly Thunk[], ctx: EvalContext): Value {
  const [value, alternative] = args;
  const v = deref(value?.() ?? 0, ctx);
  const alt = (): Scalar | Matrix => deref(alternative?.() ?? 0, ctx);
  if (!isMatrix(v)) return isError(v) ? alt() : v;
  return lift([v, alt()], (x, y) => (isError(x) ? y : x));
}

function choose(args: readonly Thunk[], ctx: EvalContext): Value {
  const [which, ...options] = args;
  const i = toNumber(single(which?.(), null, ctx));
  if (isError(i)) return i;
  const option = options[Math.trunc(i) - 1];
  if (option === undefined) return new CellError('#VALUE!', `CHOOSE has no option ${i}`);
  return option() ?? 0;
}

const sum = (ns: number[]): Scalar => checked(ns.reduce((a, b) => a + b, 0));

export const BUILTINS: Readonly<Record<string, Builtin>> = {
  SUM: { min: 1, max: MANY, body: over(sum) },
  AVERAGE: {
    min: 1,
    max: MANY,
    body: over((ns) =>
      ns.length === 0 ? new CellError('#DIV/0!') : checked((sum(ns) as number) / ns.length),
    ),
  },
  MIN: { min: 1, max: MANY, body: over((ns) => (ns.length === 0 ? 0 : Math.min(...ns))) },
  MAX: { min: 1, max: MANY, body: over((ns) => (ns.length === 0 ? 0 : Math.max(...ns))) },
  COUNT: {
    min: 1,
    max: MANY,
    body: eager((values, ctx) => {
      let n = 0;
      for (const { value, direct } of scalars(values, ctx)) {
        if (typeof value === 'number' || (direct && value !== null && !isError(toNumber(value))))
          n++;
      }
      return n;
    }),
  },
  COUNTA: {
    min: 1,
    max: MANY,
    body: eager((values, ctx) => [...scalars(values, ctx)].filter((s) => s.value !== null).length),
  },
  // True only for a number: text that looks like one, blanks and errors are not (no error passes).
  ISNUMBER: { min: 1, max: 1, body: scalarFn((x) => typeof x === 'number') },
  ROUND: { min: 2, max: 2, body: scalarFn(numeric(rounder(false))) },
  ROUNDDOWN: { min: 2, max: 2, body: scalarFn(numeric(rounder(true))) },
  MOD: { min: 2, max: 2, body: scalarFn(numeric(mod)) },
  ABS: { min: 1, max: 1, body: scalarFn(numeric(Math.abs)) },
  NOT: {
    min: 1,
    max: 1,
    body: scalarFn((x) => {
      const b = toBoolean(x);
      return isError(b) ? b : !b;
    }),
  },
  AND: { min: 1, max: MANY, body: logical((bs) => bs.every(Boolean)) },
  OR: { min: 1, max: MANY, body: logical((bs) => bs.some(Boolean)) },
  IF: { min: 1, max: 3, body: ifFn },
  IFERROR: { min: 2, max: 2, body: ifError },
  CHOOSE: { min: 2, max: MANY, body: choose },
  'RANK.EQ': { min: 2, max: 3, body: rank },
  RANK: { min: 2, max: 3, body: rank },
  INDEX: { min: 2, max: 3, body: index },
  MATCH: { min: 2, max: 3, body: match },
  SUMPRODUCT: { min: 1, max: MANY, body: sumproduct },
  LARGE: { min: 2, max: 2, body: nth('largest') },
  SMALL: { min: 2, max: 2, body: nth('smallest') },
};

export function callBuiltin(name: string, args: readonly Thunk[], ctx: EvalContext): Value {
  const fn = BUILTINS[name];
  if (fn === undefined) return new CellError('#NAME?', `no function ${name}`);
  if (args.length < fn.min || args.length > fn.max) {
    const range =
      fn.min === fn.max
        ? `${fn.min}`
        : fn.max === MANY
          ? `at least ${fn.min}`
          : `${fn.min} to ${fn.max}`;
    return new CellError('#VALUE!', `${name} takes ${range} arguments, got ${args.length}`);
  }
  return fn.body(args, ctx);
}
