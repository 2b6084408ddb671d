// Evaluates the MTFS table exactly, scenario by scenario: each line's base year and every projected
// year, and the floor test. Lines may refer to one another in any order; a line that refers to itself
// in the same year is a fault of the table and is reported as such.
import { Decimal } from '../../lib/decimal.js';
import { evaluate, type Expr, type Resolver } from './expr.js';
import type { MtfsInput } from './inputs.js';
import { mtfsModel, type MtfsModel } from './lines.js';

export interface LineValues {
  /** The base year's value (0 for a line without one). */
  readonly base: Decimal;
  readonly years: readonly Decimal[];
}

export interface ScenarioProjection {
  readonly scenario: string;
  /** Every line's values, by key (`requirement`, `gap.after`, `pay.0.total`, …). */
  readonly lines: ReadonlyMap<string, LineValues>;
  /** Every flag's years, by key: true where it is raised (`reserves.belowFloor`). */
  readonly flags: ReadonlyMap<string, readonly boolean[]>;
}

export interface MtfsProjection {
  readonly model: MtfsModel;
  /** One projection per scenario, in the model's order. */
  readonly scenarios: readonly ScenarioProjection[];
}

/** Projects one scenario (by its index in `model.scenarios`) of a built model. */
export function projectScenario(model: MtfsModel, s: number): ScenarioProjection {
  const inputs = new Map(model.inputs.map((i) => [i.key, i]));
  const lines = new Map(model.lines.map((l) => [l.key, l]));
  const n = model.labels.length;
  // Values by line key and year, year -1 being the base year.
  const memo = new Map<string, Decimal>();
  const busy = new Set<string>();

  const valueOf = (key: string, t: number): Decimal => {
    const id = `${key}@${t}`;
    const known = memo.get(id);
    if (known !== undefined) return known;
    const def = lines.get(key);
    if (def === undefined) throw new Error(`MTFS table: no line ${key}`);
    if (busy.has(id)) throw new Error(`MTFS table: ${key} depends on itself in year ${t}`);
    busy.add(id);
    const expr = t < 0 ? def.base : def.year;
    const value = expr === undefined ? new Decimal(0) : at(expr, t);
    busy.delete(id);
    memo.set(id, value);
    return value;
  };

  const at = (expr: Expr, t: number): Decimal => {
    const resolver: Resolver<Decimal> = {
      input: (key) => {
        const def = inputs.get(key);
        if (def === undefined) throw new Error(`MTFS table: no assumption ${key}`);
        const row = def.values[def.varies ? s : 0] as readonly Decimal[];
        // The base year takes a per-year assumption's first year: base-year formulas use only scalars.
        return row[def.perYear ? Math.max(t, 0) : 0] as Decimal;
      },
      line: (key, lag) => valueOf(key, t - lag),
    };
    return evaluate(expr, resolver);
  };

  const years = Array.from({ length: n }, (_, t) => t);
  return {
    scenario: model.scenarios[s] as string,
    lines: new Map(
      model.lines.map((l) => [
        l.key,
        { base: valueOf(l.key, -1), years: years.map((t) => valueOf(l.key, t)) },
      ]),
    ),
    flags: new Map(
      model.flags.map((f) => [f.key, years.map((t) => at(f.value, t).lt(at(f.floor, t)))]),
    ),
  };
}

/**
 * The MTFS projection: the model built from `input` (every assumption checked) and evaluated exactly
 * for every scenario. Nothing is rounded but Band D (to the penny, down). See docs/MTFS.md.
 *
 * @param input - The assumptions; see MtfsInput.
 * @returns The model (assumptions and lines) and one projection per scenario.
 * @throws CollabError located at the assumption at fault (`field`, `index` the year, `scenario`).
 */
export function mtfsProjection(input: MtfsInput): MtfsProjection {
  const model = mtfsModel(input);
  return { model, scenarios: model.scenarios.map((_, s) => projectScenario(model, s)) };
}
