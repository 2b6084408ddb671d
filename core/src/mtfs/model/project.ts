// Evaluates the MTFS table exactly, scenario by scenario: each line's base year and every projected
// year, and the flags (the floor test, overdrawn reserves).
import type { Decimal } from '../../lib/decimal.js';
import { scenarioValues } from './evaluate.js';
import type { MtfsInput } from './inputs.js';
import { mtfsModel, raised, type MtfsModel } from './lines.js';

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
  const values = scenarioValues(model, s);
  const years = model.labels.map((_, t) => t);
  return {
    scenario: model.scenarios[s] as string,
    lines: new Map(
      model.lines.map((l) => [
        l.key,
        { base: values.line(l.key, -1), years: years.map((t) => values.line(l.key, t)) },
      ]),
    ),
    flags: new Map(model.flags.map((f) => [f.key, years.map((t) => raised(f, values, t))])),
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
