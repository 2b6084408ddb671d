// The exact value of any line or expression of the MTFS table in one scenario and year, worked out on
// demand and remembered: the projection evaluates every line with it, and the model's own checks
// (a flag the core refuses) only the lines they need. Lines may refer to one another in any order; a
// line that refers to itself in the same year is a fault of the table and is reported as such.
import { Decimal } from '../../lib/decimal.js';
import { evaluate, type Expr, type Resolver } from './expr.js';
import type { ModelInput } from './inputs.js';
import type { ModelLine } from './lines.js';

/** Values of one scenario: year t from 0, the base year being -1. */
export interface ScenarioValues {
  /** A line's value in year t. */
  line(key: string, t: number): Decimal;
  /** An expression's value in year t. */
  of(expr: Expr, t: number): Decimal;
}

/** The values of scenario `s` (its index in the model's scenarios) of a table of inputs and lines. */
export function scenarioValues(
  table: { readonly inputs: readonly ModelInput[]; readonly lines: readonly ModelLine[] },
  s: number,
): ScenarioValues {
  const inputs = new Map(table.inputs.map((i) => [i.key, i]));
  const lines = new Map(table.lines.map((l) => [l.key, l]));
  const memo = new Map<string, Decimal>();
  const busy = new Set<string>();

  const line = (key: string, t: number): Decimal => {
    const id = `${key}@${t}`;
    const known = memo.get(id);
    if (known !== undefined) return known;
    const def = lines.get(key);
    if (def === undefined) throw new Error(`MTFS table: no line ${key}`);
    if (busy.has(id)) throw new Error(`MTFS table: ${key} depends on itself in year ${t}`);
    busy.add(id);
    const expr = t < 0 ? def.base : def.year;
    const value = expr === undefined ? new Decimal(0) : of(expr, t);
    busy.delete(id);
    memo.set(id, value);
    return value;
  };

  const of = (expr: Expr, t: number): Decimal => {
    const resolver: Resolver<Decimal> = {
      input: (key) => {
        const def = inputs.get(key);
        if (def === undefined) throw new Error(`MTFS table: no assumption ${key}`);
        const row = def.values[def.varies ? s : 0] as readonly Decimal[];
        // The base year takes a per-year assumption's first year: base-year formulas use only scalars.
        return row[def.perYear ? Math.max(t, 0) : 0] as Decimal;
      },
      line: (key, lag) => line(key, t - lag),
    };
    return evaluate(expr, resolver);
  };

  return { line, of };
}
