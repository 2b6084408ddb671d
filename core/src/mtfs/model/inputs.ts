// The assumptions of an MTFS as a finance officer gives them, and the reader that checks them into
// the model's assumption table: one entry per assumption, keyed by its path (`funding.2.growth`),
// with a value per year and per scenario where it has them. Errors name the line, the field, the
// year and the scenario in words, and the same as data (`field`, `index`, `scenario`).
import { Decimal, type Cell, type NumberInput } from '../../lib/decimal.js';
import { CollabError, errors, locate } from '../../lib/errors.js';
import { check, toDecimal, readWhole } from '../../lib/input.js';
import {
  financialYearLabel,
  MAX_YEARS,
  readFirstYear,
  readRate,
  type RateKind,
} from '../assumptions.js';

/** One value for every year, or one value per year of the horizon. */
export type PerYear = NumberInput | readonly Cell[];

/** A value that is the same in every scenario, or one per named scenario. */
export type Varies<T> = T | { readonly byScenario: Readonly<Record<string, T>> };

/** A line that starts from its base-year amount and grows by a rate, or follows stated amounts. */
export interface GrowthLineInput {
  readonly label: string;
  /** The amount in the base year (the year before the first). */
  readonly base: Varies<NumberInput>;
  /** Growth each year: "2%", or "0%" for flat cash. */
  readonly growth?: Varies<PerYear>;
  /** The amount each year, instead of a growth rate (e.g. a grant announced for three years). */
  readonly amounts?: Varies<PerYear>;
}

export interface CouncilTaxInput {
  /** Council tax base of the base year, in Band D equivalent properties. */
  readonly taxBase: Varies<NumberInput>;
  readonly taxBaseGrowth: Varies<PerYear>;
  /** Band D precept of the base year (£ per property, always in pounds). */
  readonly bandD: Varies<NumberInput>;
  /** The rise planned each year in £ per Band D property; with `risePercent`, the two add up. */
  readonly risePounds?: Varies<PerYear>;
  /** The rise planned each year as a % of last year's Band D. */
  readonly risePercent?: Varies<PerYear>;
  /** The referendum limit each year in £ per Band D property. */
  readonly limitPounds?: Varies<PerYear>;
  /** The referendum limit each year as a %; with `limitPounds`, whichever allows more. */
  readonly limitPercent?: Varies<PerYear>;
  /** Collection fund surplus (+) or deficit (−) each year. */
  readonly collectionFund?: Varies<PerYear>;
}

export interface PayGroupInput {
  /** e.g. "Police officers", "Police staff", "PCSOs". */
  readonly label: string;
  /**
   * The annual pay bill at the pay rates in force at the end of the base year (after its award), or,
   * with `fte`, the average pay of one full-time equivalent at those rates.
   */
  readonly cost: Varies<NumberInput>;
  /** Full-time equivalents each year; omitted: `cost` is the whole pay bill. */
  readonly fte?: Varies<PerYear>;
  /** The pay award each year. */
  readonly award: Varies<PerYear>;
  /** The month the award takes effect: 1 to 12 or its name; default September. */
  readonly awardMonth?: NumberInput;
  /** Incremental drift each year, from 1 April; default 0. */
  readonly increments?: Varies<PerYear>;
  /** Employer pension contributions, as a % of pay. */
  readonly pension: Varies<PerYear>;
  /** Employer National Insurance, as a % of pay. */
  readonly nationalInsurance: Varies<PerYear>;
}

/** Amounts each year: a growth item is new in its year and recurs; a one-off item does not. */
export interface ItemInput {
  readonly label: string;
  readonly amounts: Varies<PerYear>;
}

export const SHARING_BASES = [
  'Formula grant',
  'NRE',
  'Population',
  'Officers',
  'Agreed %',
] as const;
export type SharingBasis = (typeof SHARING_BASES)[number];

export interface MemberInput {
  readonly force: string;
  /** The member's basis figure: its formula grant, NRE, population, officers or agreed share. */
  readonly basis: Cell;
}

/** A regional collaboration whose cost the members share on a stated basis. */
export interface ContributionInput {
  readonly label: string;
  /** The collaboration's whole cost in the base year. */
  readonly cost: Varies<NumberInput>;
  /** Growth of that cost each year; default 0. */
  readonly growth?: Varies<PerYear>;
  readonly basis: SharingBasis;
  readonly members: readonly MemberInput[];
  /** This force: the member whose share flows into the projection. */
  readonly force: string;
}

export interface SavingInput {
  readonly label: string;
  readonly category: 'collaboration' | 'other';
  /** Identified (a plan exists) or still to be found. */
  readonly identified: boolean;
  /** Recurring savings are new in the year typed and continue; one-off ones count in that year only. */
  readonly recurring: boolean;
  readonly amounts: Varies<PerYear>;
}

export interface EarmarkedInput {
  readonly label: string;
  readonly opening: Varies<NumberInput>;
  /** Planned movement each year: a contribution (+) or a drawdown (−). */
  readonly movements: Varies<PerYear>;
}

export interface ReservesInput {
  /** General reserve at the start of the first year. */
  readonly generalOpening: Varies<NumberInput>;
  /** The floor as a % of the budget requirement (NRE); with `floorAmount`, the higher applies. */
  readonly floorPercent?: Varies<Cell>;
  /** The floor as an amount. */
  readonly floorAmount?: Varies<Cell>;
  /** General reserve used each year to balance the budget (− for a contribution to it). */
  readonly useToBalance?: Varies<PerYear>;
  readonly earmarked?: readonly EarmarkedInput[];
}

export const UNITS = ['pounds', 'thousands'] as const;
export type Unit = (typeof UNITS)[number];

export interface MtfsInput {
  /** First financial year: 2026 or "2026/27". */
  readonly firstYear: NumberInput;
  /** Years projected, 1 to 10. */
  readonly years: NumberInput;
  /** The unit every amount is typed and shown in (Band D always in pounds); default pounds. */
  readonly unit?: Unit;
  /** Scenario names, in order; default one, "Central". */
  readonly scenarios?: readonly string[];
  readonly funding: readonly GrowthLineInput[];
  readonly councilTax: CouncilTaxInput;
  readonly pay: readonly PayGroupInput[];
  /** Non-pay by inflation category (general, energy, ICT, …). */
  readonly nonPay: readonly GrowthLineInput[];
  /** Minimum revenue provision, interest, revenue contributions to capital. */
  readonly capitalFinancing?: readonly GrowthLineInput[];
  /** Growth and investment, new each year and recurring. */
  readonly growth?: readonly ItemInput[];
  readonly oneOff?: readonly ItemInput[];
  readonly collaborations?: readonly ContributionInput[];
  readonly savings?: readonly SavingInput[];
  readonly reserves: ReservesInput;
  /** The step of the sensitivity table; default 1 %. */
  readonly sensitivityStep?: Varies<Cell>;
}

/** How a value is shown: the add-in maps each to an Excel number format. */
export type ValueFormat = 'money' | 'pence' | 'count' | 'rate' | 'month';

/** One assumption as read: a value per year (or one), per scenario where it differs. */
export interface ModelInput {
  /** Its path in MtfsInput, e.g. `funding.2.growth`; errors and the pane use it. */
  readonly key: string;
  readonly label: string;
  readonly format: ValueFormat;
  readonly perYear: boolean;
  /** Scaled by the unit (£000) when read into a line: the sheet holds what was typed. */
  readonly scaled: boolean;
  /** `values[s][t]`: scenario s (one row when it does not differ), year t (one item when not per year). */
  readonly values: readonly (readonly Decimal[])[];
  readonly varies: boolean;
}

export interface ReadContext {
  readonly labels: readonly string[];
  readonly scenarios: readonly string[];
}

/** How an assumption's items are read and checked. */
export type ItemRule =
  | { readonly kind: 'rate'; readonly range: RateKind }
  | { readonly kind: 'amount'; readonly signed: boolean };

const readItem = (value: Cell, name: string, rule: ItemRule): Decimal =>
  rule.kind === 'rate'
    ? readRate(value, name, rule.range)
    : check(toDecimal(value, name), { name, kind: rule.signed ? 'signed' : 'nonNegative' });

const isBlank = (value: Cell): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** Whether a per-year value was left out (undefined, blank text or a list of blanks). */
export function omitted(value: Varies<PerYear> | Varies<Cell>): value is undefined | null {
  if (value === undefined || value === null) return true;
  if (typeof value === 'object' && 'byScenario' in value) return false;
  return Array.isArray(value) ? value.every(isBlank) : isBlank(value as Cell);
}

export const isVaried = <T>(
  value: Varies<T>,
): value is { byScenario: Readonly<Record<string, T>> } =>
  typeof value === 'object' && value !== null && 'byScenario' in value;

/** Reads one year's list: one value for every year or one per year; blanks allowed where `blank` is given. */
function readYears(
  value: PerYear,
  name: string,
  ctx: ReadContext,
  rule: ItemRule,
  at: { field: string; scenario?: string },
  blank: Decimal | undefined,
): Decimal[] {
  const list: readonly Cell[] = Array.isArray(value) ? value : [value as Cell];
  const n = ctx.labels.length;
  if (list.length !== 1 && list.length !== n) {
    throw errors.shapeMismatch(
      `${name} has ${list.length} values but the horizon is ${n} years: give one value for every year, or one per year`,
      name,
      at,
    );
  }
  return ctx.labels.map((label, t) => {
    const item = list.length === 1 ? list[0] : list[t];
    const where = list.length === 1 ? at : { ...at, index: t };
    return locate(where, () =>
      isBlank(item) && blank !== undefined ? blank : readItem(item, `${name} ${label}`, rule),
    );
  });
}

/** A value given per scenario names only the model's scenarios. */
function checkScenarios(
  value: { byScenario: Readonly<Record<string, unknown>> },
  key: string,
  label: string,
  ctx: ReadContext,
): void {
  const given = Object.keys(value.byScenario);
  const unknown = given.find((s) => !ctx.scenarios.includes(s));
  if (unknown !== undefined) {
    throw errors.outOfRange(
      `${label}: scenario ${JSON.stringify(unknown)}`,
      `one of ${ctx.scenarios.join(', ')}`,
      unknown,
      { field: key, scenario: unknown },
    );
  }
}

/** Reads a per-year assumption, per scenario where it differs. */
export function readPerYear(
  value: Varies<PerYear>,
  key: string,
  label: string,
  ctx: ReadContext,
  rule: ItemRule,
  blank?: Decimal,
): Decimal[][] {
  if (!isVaried(value))
    return [readYears(value as PerYear, label, ctx, rule, { field: key }, blank)];
  checkScenarios(value, key, label, ctx);
  return ctx.scenarios.map((scenario) => {
    const own = value.byScenario[scenario];
    const name = `${label} (${scenario} scenario)`;
    if (own === undefined) throw errors.empty(name, { field: key, scenario });
    return readYears(own, name, ctx, rule, { field: key, scenario }, blank);
  });
}

/** Reads a one-value assumption, per scenario where it differs, locating its errors at `key`. */
export function readScalar(
  value: Varies<Cell>,
  key: string,
  label: string,
  ctx: ReadContext,
  rule: ItemRule,
): Decimal[][] {
  if (!isVaried(value))
    return [[locate({ field: key }, () => readItem(value as Cell, label, rule))]];
  checkScenarios(value, key, label, ctx);
  return ctx.scenarios.map((scenario) => {
    const name = `${label} (${scenario} scenario)`;
    return [
      locate({ field: key, scenario }, () => readItem(value.byScenario[scenario], name, rule)),
    ];
  });
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** The month an award takes effect, 1 to 12, from a number or a name ("Sep", "September"). */
export function readMonth(value: NumberInput | undefined, key: string, label: string): Decimal {
  if (value === undefined || isBlank(value)) return new Decimal(9);
  return locate({ field: key }, () => {
    if (typeof value === 'string' && /^[a-z]+$/i.test(value.trim())) {
      const text = value.trim().toLowerCase();
      const index = MONTHS.findIndex((m) => text.length >= 3 && m.startsWith(text));
      if (index < 0) throw errors.outOfRange(label, 'a month: 1 to 12 or its name', value);
      return new Decimal(index + 1);
    }
    return new Decimal(readWhole(value, label, 1, 12));
  });
}

/** Reads the horizon: the year labels. */
export function readHorizon(input: MtfsInput): { firstYear: number; labels: string[] } {
  const firstYear = locate({ field: 'firstYear' }, () => readFirstYear(input.firstYear));
  const years = locate({ field: 'years' }, () => readWhole(input.years, 'horizon', 1, MAX_YEARS));
  return {
    firstYear,
    labels: Array.from({ length: years }, (_, i) => financialYearLabel(firstYear + i)),
  };
}

/** Longest scenario name: it is shown in a drop-down and beside the figures. */
export const MAX_SCENARIO_NAME = 30;

/** Reads the scenario names: at least one, unique, short, and usable in an Excel drop-down list. */
export function readScenarios(names: readonly string[] | undefined): string[] {
  const list = (names ?? ['Central']).map((n) => n.trim());
  if (list.length === 0) throw errors.empty('scenarios', { field: 'scenarios' });
  const seen = new Set<string>();
  list.forEach((name, index) => {
    const at = { field: 'scenarios', index };
    if (name === '') throw errors.empty(`scenario ${index + 1}`, at);
    // Excel's list validation separates items by commas, and a name must fit its drop-down.
    if (name.includes(',') || name.length > MAX_SCENARIO_NAME || /^[=+\-@]/.test(name)) {
      throw errors.outOfRange(
        `scenario ${index + 1}`,
        `a name of at most ${MAX_SCENARIO_NAME} characters, without commas, not starting with = + - @`,
        name,
        at,
      );
    }
    if (seen.has(name.toLowerCase())) {
      throw new CollabError(
        'DUPLICATE',
        `scenario ${JSON.stringify(name)} is named twice`,
        'scenarios',
        at,
      );
    }
    seen.add(name.toLowerCase());
  });
  return list;
}
