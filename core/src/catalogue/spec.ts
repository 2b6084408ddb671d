// The declared shape of a COLLAB function, in the way HyperFormula declares its functions' metadata:
// its Excel id, its parameters (kind, default, text), its result and example, and how it is computed.
// The core reads arguments by these kinds; the add-in's adapters, registry, wizard text and the
// README reference are all built from the same declarations, so each rule is written once.
import type { Decimal, NumberInput } from '../lib/decimal.js';
import { errors } from '../lib/errors.js';
import { isOmitted, read, readWhole, type Kind, type Rule } from '../lib/input.js';

/**
 * What a parameter holds: a number of one of the input `Kind`s, or
 * - `whole`: a whole number from `min` to `max` (decimal places, years);
 * - `names`: force names (text);
 * - `flag`: TRUE or FALSE.
 */
export type ParamKind = Kind | 'whole' | 'names' | 'flag';

export interface ParamSpec {
  /** The argument's name as Excel's function wizard shows it and messages name it. */
  readonly name: string;
  readonly kind: ParamKind;
  /** The wizard's text for the argument (also the README reference). */
  readonly description: string;
  /** A range read item by item (blanks skipped, like SUM) rather than one value per element. */
  readonly list?: boolean;
  /** Excel gathers any number of these arguments into one (NRE's income lines). */
  readonly repeating?: boolean;
  readonly optional?: boolean;
  /** The value an omitted argument takes. */
  readonly default?: number;
  /** An omitted argument takes this other parameter's value (a denominator's step: the step). */
  readonly sameAs?: string;
  /** Bounds of a `whole` parameter. */
  readonly min?: number;
  readonly max?: number;
}

/**
 * The computation of the simple functions: (left − right) × times ÷ over, each a parameter name;
 * a part left out is 0 (right) or 1 (times, over). `bounded`: left may not exceed over (a part of a
 * total). Declared as data so that one evaluator computes it in decimals and one kernel
 * (`exact.ts`) on scaled integers, with nothing per function to keep in step.
 */
export interface Formula {
  readonly left: string;
  readonly right?: string;
  readonly times?: string;
  readonly over?: string;
  readonly bounded?: boolean;
}

export interface FunctionSpec {
  /** The Excel id (`COLLAB.<id>`); never changes once released. */
  readonly id: string;
  /** The core function's name, and the adapter's. */
  readonly name: string;
  readonly summary: string;
  readonly params: readonly ParamSpec[];
  readonly returns: string;
  /** A worksheet example, `=COLLAB.ID(...) → result`. */
  readonly example: string;
  /** For element-wise functions with an exact fast path: the computation as data. */
  readonly formula?: Formula;
  /**
   * For other element-wise functions: the core call on one element's arguments, in parameter
   * order. A spec with neither `formula` nor `compute` shapes its own result from ranges.
   */
  readonly compute?: (args: readonly (NumberInput | null | undefined)[]) => Decimal | boolean;
}

/**
 * Decimal places to round to, as APPORTION and CONSISTENT take them: a whole number from 0 to 10,
 * 2 (pennies, or whole per cent of a fraction) when omitted. Described by each function.
 */
export function decimalsParam(description: string): ParamSpec {
  return {
    name: 'decimals',
    kind: 'whole',
    optional: true,
    default: 2,
    min: 0,
    max: 10,
    description,
  };
}

/** The parameter `name` of a spec; asking for one it does not declare is a programming error. */
export function param(spec: FunctionSpec, name: string): ParamSpec {
  const found = spec.params.find((p) => p.name === name);
  if (found === undefined) throw new TypeError(`${spec.id} has no parameter ${name}`);
  return found;
}

/** A numeric parameter as the input rule `read` and `check` enforce. */
export function rule(spec: FunctionSpec, name: string): Rule {
  const p = param(spec, name);
  if (p.kind === 'whole' || p.kind === 'names' || p.kind === 'flag') {
    throw new TypeError(`${spec.id} ${name} is not a number parameter`);
  }
  return { name: p.name, kind: p.kind, default: p.default };
}

/** Reads the number parameter `name` of a spec: its kind's rule, its default when omitted. */
export function readParam(
  spec: FunctionSpec,
  name: string,
  value: NumberInput | null | undefined,
): Decimal {
  return read(value, rule(spec, name));
}

/** Reads the `whole` parameter `name` of a spec within its bounds; omitted: its default. */
export function readWholeParam(
  spec: FunctionSpec,
  name: string,
  value: NumberInput | null | undefined,
): number {
  const p = param(spec, name);
  if (p.kind !== 'whole' || p.min === undefined || p.max === undefined) {
    throw new TypeError(`${spec.id} ${name} is not a whole-number parameter`);
  }
  const given = isOmitted(value) ? p.default : value;
  if (isOmitted(given)) throw errors.empty(p.name);
  return readWhole(given, p.name, p.min, p.max);
}

/** Where each part of a formula comes from: a parameter's position, or -1 for a part left out. */
export function formulaSlots(spec: FunctionSpec, formula: Formula): readonly number[] {
  const at = (name: string | undefined) =>
    name === undefined ? -1 : spec.params.indexOf(param(spec, name));
  return [at(formula.left), at(formula.right), at(formula.times), at(formula.over)];
}

/**
 * Computes a formula spec on one element's arguments (in parameter order) in decimals: every
 * argument read under its kind first, then (left − right) × times ÷ over with one rounding at most.
 */
export function evaluate(
  spec: FunctionSpec,
  args: readonly (NumberInput | null | undefined)[],
): Decimal {
  const formula = spec.formula;
  if (formula === undefined) throw new TypeError(`${spec.id} has no formula`);
  const values = spec.params.map((p, i) => read(args[i], rule(spec, p.name)));
  const [left, right, times, over] = formulaSlots(spec, formula).map((i) => values[i]);
  let result = left as Decimal;
  if (right !== undefined) result = result.minus(right);
  if (formula.bounded && over !== undefined && left !== undefined && left.gt(over)) {
    throw errors.outOfRange(
      formula.left,
      `no more than the ${formula.over} (${over.toString()})`,
      left,
    );
  }
  if (times !== undefined) result = result.times(times);
  if (over !== undefined) result = result.div(over);
  return result;
}
