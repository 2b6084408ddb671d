// The MTFS as one table: every assumption (read from MtfsInput) and every line, with how its base
// year and each projected year are computed. This file is the only place the conventions are
// written; the core evaluates the table (project.ts) and the add-in renders it as live formulas.
import { Decimal, type Cell } from '../../lib/decimal.js';
import { CollabError, errors, locate } from '../../lib/errors.js';
import { forceKey } from '../../forces/names.js';
import { shareAgreed, shareCost, type CostShare } from '../costSharing.js';
import {
  add,
  div,
  input,
  line,
  max,
  min,
  mod,
  mul,
  num,
  onePlus,
  previous,
  roundDown,
  sub,
  sum,
  type Expr,
} from './expr.js';
import {
  omitted,
  readHorizon,
  readMonth,
  readPerYear,
  readScalar,
  readScenarios,
  type GrowthLineInput,
  type ItemRule,
  type ModelInput,
  type MtfsInput,
  type PerYear,
  type ReadContext,
  type Unit,
  type ValueFormat,
  type Varies,
} from './inputs.js';
import { financialYearLabel } from '../assumptions.js';
import { scenarioValues, type ScenarioValues } from './evaluate.js';

/** Where a line sits on the sheet and in the pane's summary. */
export type Section =
  'pay' | 'spend' | 'savings' | 'requirement' | 'funding' | 'gap' | 'reserves' | 'sensitivity';

export interface ModelLine {
  readonly key: string;
  readonly label: string;
  readonly format: ValueFormat;
  readonly section: Section;
  /** A total or a headline figure (shown in bold). */
  readonly total: boolean;
  /** The base year's value; a line without one reads as 0 in the base year. */
  readonly base?: Expr;
  readonly year: Expr;
}

/** A yes/no test each year, shown as text: the reserves floor test. */
export interface ModelFlag {
  readonly key: string;
  readonly label: string;
  /** The flag is raised in a year when `value` is below `floor`. */
  readonly value: Expr;
  readonly floor: Expr;
  readonly text: string;
  /** The line it is shown under. */
  readonly after: string;
  /**
   * Set on a flag that no strategy may raise: the core refuses a strategy that raises it in any year
   * of any scenario, as bad input at `field` (the assumption to change), `what` (the line) being
   * `rule`. The sheet shows it like any flag, for a year that an assumption changed on the sheet
   * takes there.
   */
  readonly refuse?: { readonly field: string; readonly what: string; readonly rule: string };
}

/** Whether a flag is raised in year t: its value below its floor. */
export const raised = (flag: ModelFlag, values: ScenarioValues, t: number): boolean =>
  values.of(flag.value, t).lt(values.of(flag.floor, t));

export interface MtfsModel {
  readonly firstYear: number;
  /** "2025/26", the year before the first. */
  readonly baseLabel: string;
  readonly labels: readonly string[];
  readonly unit: Unit;
  readonly scenarios: readonly string[];
  readonly inputs: readonly ModelInput[];
  readonly lines: readonly ModelLine[];
  readonly flags: readonly ModelFlag[];
}

/** The text of the floor test in a year whose general reserve ends below its floor. */
export const BELOW_FLOOR = 'Below floor';

/** The text of the test in a year whose earmarked reserve ends below zero. */
export const OVERDRAWN = 'Overdrawn';

/** The text of the test in a year whose Band D an assumption changed on the sheet takes below zero. */
export const BELOW_ZERO = 'Below zero';

const RATE: ItemRule = { kind: 'rate', range: 'growth' };
const SHARE: ItemRule = { kind: 'rate', range: 'share' };
const AMOUNT: ItemRule = { kind: 'amount', signed: false };
const SIGNED: ItemRule = { kind: 'amount', signed: true };

/** Collects the assumptions and lines in sheet order. */
class Table {
  readonly inputs: ModelInput[] = [];
  readonly lines: ModelLine[] = [];
  readonly flags: ModelFlag[] = [];

  constructor(
    readonly ctx: ReadContext,
    /** 1000 when amounts are typed in £000. */
    readonly scale: number,
  ) {}

  private add(entry: ModelInput, scaled: boolean): Expr {
    this.inputs.push(entry);
    const ref = input(entry.key);
    return scaled && this.scale !== 1 ? mul(ref, num(this.scale)) : ref;
  }

  /** A per-year assumption; `blank` is what a blank year means where a blank is allowed. */
  perYear(
    value: Varies<PerYear>,
    key: string,
    label: string,
    format: ValueFormat,
    rule: ItemRule,
    blank?: Decimal,
  ): Expr {
    const values = readPerYear(value, key, label, this.ctx, rule, blank);
    const scaled = format === 'money';
    return this.add(
      { key, label, format, perYear: true, scaled, values, varies: values.length > 1 },
      scaled,
    );
  }

  /** A per-year assumption that may be left out: then every year is `fallback` and no row is made. */
  optional(
    value: Varies<PerYear> | undefined,
    key: string,
    label: string,
    format: ValueFormat,
    rule: ItemRule,
  ): Expr | undefined {
    return omitted(value)
      ? undefined
      : this.perYear(value, key, label, format, rule, new Decimal(0));
  }

  /** A one-value assumption (one per scenario where it differs). */
  scalar(
    value: Decimal | Varies<Cell>,
    key: string,
    label: string,
    format: ValueFormat,
    rule: ItemRule,
  ): Expr {
    const values = Decimal.isDecimal(value)
      ? [[value]]
      : readScalar(value, key, label, this.ctx, rule);
    const scaled = format === 'money';
    return this.add(
      { key, label, format, perYear: false, scaled, values, varies: values.length > 1 },
      scaled,
    );
  }

  line(def: Omit<ModelLine, 'total' | 'format'> & { total?: boolean; format?: ValueFormat }): Expr {
    this.lines.push({ total: false, format: 'money', ...def });
    return line(def.key);
  }
}

/** A line that starts at its base amount and grows by its rate, or follows its stated amounts. */
function growthLine(
  t: Table,
  given: GrowthLineInput,
  key: string,
  section: Section,
): { ref: Expr; key: string; grows: boolean } {
  const label = lineLabel(given.label, key);
  const base = t.scalar(given.base, `${key}.base`, `${label}: base year`, 'money', AMOUNT);
  const hasAmounts = !omitted(given.amounts);
  if (hasAmounts === !omitted(given.growth)) {
    throw errors.shapeMismatch(
      `${label}: give either a growth rate or the amount of each year, not ${hasAmounts ? 'both' : 'neither'}`,
      label,
      { field: `${key}.${hasAmounts ? 'growth' : 'amounts'}` },
    );
  }
  const year = hasAmounts
    ? t.perYear(
        given.amounts as Varies<PerYear>,
        `${key}.amounts`,
        `${label}: amount`,
        'money',
        AMOUNT,
      )
    : mul(
        previous(key),
        onePlus(
          t.perYear(
            given.growth as Varies<PerYear>,
            `${key}.growth`,
            `${label}: growth`,
            'rate',
            RATE,
          ),
        ),
      );
  return { ref: t.line({ key, label, section, base, year }), key, grows: !hasAmounts };
}

/** A line's label as typed, or a stand-in naming its place when it was left blank. */
function lineLabel(label: string, key: string): string {
  const text = label.trim();
  if (text.length > 0) return text;
  // The list is the part before the index: `funding.2`, `reserves.earmarked.0`.
  const parts = key.split('.');
  return `${parts[parts.length - 2] ?? key} line ${Number(parts[parts.length - 1]) + 1}`;
}

/** Months of the award in its first year, as a fraction: a September award is 7/12 in the year. */
const firstYearShare = (month: Expr): Expr =>
  div(sub(num(12), mod(add(month, num(8)), num(12))), num(12));

function payLines(t: Table, m: MtfsInput): { total: Expr; awardCost: Expr } {
  const totals: Expr[] = [];
  const awardCosts: Expr[] = [];
  m.pay.forEach((given, g) => {
    const key = `pay.${g}`;
    const label = lineLabel(given.label, key);
    const perFte = !omitted(given.fte);
    const cost = t.scalar(
      given.cost,
      `${key}.cost`,
      `${label}: ${perFte ? 'average pay per FTE' : 'pay bill'} at the end of the base year`,
      'money',
      AMOUNT,
    );
    const count = perFte
      ? t.perYear(given.fte as Varies<PerYear>, `${key}.fte`, `${label}: FTE`, 'count', AMOUNT)
      : undefined;
    const award = t.perYear(given.award, `${key}.award`, `${label}: pay award`, 'rate', RATE);
    const month = t.scalar(
      readMonth(given.awardMonth, `${key}.awardMonth`, `${label}: award month`),
      `${key}.awardMonth`,
      `${label}: month the award takes effect`,
      'month',
      AMOUNT,
    );
    const increments = omitted(given.increments)
      ? undefined
      : t.perYear(given.increments, `${key}.increments`, `${label}: increments`, 'rate', RATE);
    const pension = t.perYear(
      given.pension,
      `${key}.pension`,
      `${label}: employer pension`,
      'rate',
      SHARE,
    );
    const ni = t.perYear(
      given.nationalInsurance,
      `${key}.nationalInsurance`,
      `${label}: employer National Insurance`,
      'rate',
      SHARE,
    );
    const share = firstYearShare(month);
    // Pay rates at the year's end carry the whole award; the year itself pays last year's rates
    // (with increments) and the award only from its month.
    const rate = `${key}.rate`;
    t.line({
      key: rate,
      label: `${label}: ${perFte ? 'pay per FTE' : 'pay bill'} at year-end rates`,
      section: 'pay',
      base: cost,
      year: mul(
        increments === undefined ? previous(rate) : mul(previous(rate), onePlus(increments)),
        onePlus(award),
      ),
    });
    const paid = count === undefined ? previous(rate) : mul(count, previous(rate));
    const before = increments === undefined ? paid : mul(paid, onePlus(increments));
    const salaries = t.line({
      key: `${key}.salaries`,
      label: `${label}: pay`,
      section: 'pay',
      year: mul(before, onePlus(mul(share, award))),
    });
    const onCosts = onePlus(add(pension, ni));
    const pensionLine = t.line({
      key: `${key}.pension`,
      label: `${label}: employer pension`,
      section: 'pay',
      year: mul(salaries, pension),
    });
    const niLine = t.line({
      key: `${key}.ni`,
      label: `${label}: employer National Insurance`,
      section: 'pay',
      year: mul(salaries, ni),
    });
    totals.push(
      t.line({
        key: `${key}.total`,
        label: `${label}: total`,
        section: 'pay',
        total: true,
        year: sum([salaries, pensionLine, niLine]),
      }),
    );
    awardCosts.push(mul(mul(before, share), onCosts));
  });
  const total = t.line({
    key: 'pay.total',
    label: 'Total pay',
    section: 'spend',
    total: true,
    year: sum(totals),
  });
  return { total, awardCost: sum(awardCosts) };
}

function contributionLines(t: Table, m: MtfsInput): Expr[] {
  return (m.collaborations ?? []).map((given, c) => {
    const key = `collaborations.${c}`;
    const label = lineLabel(given.label, key);
    const members = given.members.flatMap((member, index) =>
      member.force.trim() === '' && omitted(member.basis) ? [] : [{ ...member, index }],
    );
    // Each error is located at the box to change: a member's force name or figure, by the row the
    // pane shows (blank rows counted).
    const box = (row: number, column: 'force' | 'basis') => ({
      field: `${key}.members.${row}.${column}`,
    });
    // The member table is checked by the cost-sharing rules: names, figures, agreed shares at 100 %.
    let shares: CostShare[];
    try {
      const share = given.basis === 'Agreed %' ? shareAgreed : shareCost;
      shares = share(0, members, `${label} ${given.basis}`);
    } catch (error) {
      if (!(error instanceof CollabError)) throw error;
      // The rules locate a row among those given them, at its `force` or `basis`; a rule on the
      // whole column (shares not adding up to 100 %, figures all zero, no members) has no row, and
      // points at the first member's box, where checking the column starts.
      const row = members[error.index ?? 0]?.index ?? 0;
      throw error.locatedAt(box(row, error.field === 'basis' ? 'basis' : 'force'));
    }
    const ours = locate({ field: `${key}.force` }, () => {
      const found = shares.findIndex((s) => forceKey(s.force) === forceKey(given.force));
      if (found < 0) {
        throw errors.outOfRange(`${label}: this force`, 'one of the member forces', given.force);
      }
      return found;
    });
    const cost = t.scalar(
      given.cost,
      `${key}.cost`,
      `${label}: whole cost, base year`,
      'money',
      AMOUNT,
    );
    const growth = omitted(given.growth)
      ? undefined
      : t.perYear(given.growth, `${key}.growth`, `${label}: growth in cost`, 'rate', RATE);
    const format: ValueFormat =
      given.basis === 'Agreed %'
        ? 'rate'
        : given.basis === 'Population' || given.basis === 'Officers'
          ? 'count'
          : 'money';
    const bases = shares.map((s, i) =>
      t.scalar(
        s.basis,
        box(members[i]?.index ?? i, 'basis').field,
        `${label}: ${given.basis} of ${s.force}`,
        format,
        AMOUNT,
      ),
    );
    const share = div(bases[ours] as Expr, sum(bases));
    const whole = `${key}.cost`;
    t.line({
      key: whole,
      label: `${label}: whole cost`,
      section: 'spend',
      base: cost,
      year: growth === undefined ? previous(whole) : mul(previous(whole), onePlus(growth)),
    });
    return t.line({
      key,
      label: `${label}: our share (${shares[ours]?.force ?? given.force})`,
      section: 'spend',
      base: mul(cost, share),
      year: mul(line(whole), share),
    });
  });
}

/** Items typed as amounts each year: a recurring one is new in its year and continues. */
function itemLines(
  t: Table,
  items: readonly { label: string; amounts: Varies<PerYear> }[],
  list: string,
  recurring: (i: number) => boolean,
  section: Section,
): Expr[] {
  return items.map((given, i) => {
    const key = `${list}.${i}`;
    const label = lineLabel(given.label, key);
    const again = recurring(i);
    const amounts = t.perYear(
      given.amounts,
      `${key}.amounts`,
      `${label}: ${again ? 'new each year' : 'amount'}`,
      'money',
      SIGNED,
      new Decimal(0),
    );
    return t.line({
      key,
      label: `${label}${again ? ' (recurring)' : ' (one-off)'}`,
      section,
      year: again ? add(previous(key), amounts) : amounts,
    });
  });
}

function councilTaxLines(t: Table, m: MtfsInput) {
  const c = m.councilTax;
  const taxBase = t.line({
    key: 'councilTax.taxBase',
    label: 'Council tax base (Band D equivalents)',
    section: 'funding',
    format: 'count',
    base: t.scalar(c.taxBase, 'councilTax.taxBase', 'Council tax base, base year', 'count', AMOUNT),
    year: mul(
      previous('councilTax.taxBase'),
      onePlus(
        t.perYear(c.taxBaseGrowth, 'councilTax.taxBaseGrowth', 'Tax base growth', 'rate', RATE),
      ),
    ),
  });
  const last = previous('councilTax.bandD');
  const bandDBase = t.scalar(c.bandD, 'councilTax.bandD', 'Band D, base year', 'pence', AMOUNT);
  const risePounds = t.optional(
    c.risePounds,
    'councilTax.risePounds',
    'Band D rise (£)',
    'pence',
    SIGNED,
  );
  const risePercent = t.optional(
    c.risePercent,
    'councilTax.risePercent',
    'Band D rise (%)',
    'rate',
    RATE,
  );
  const limitPounds = t.optional(
    c.limitPounds,
    'councilTax.limitPounds',
    'Referendum limit (£)',
    'pence',
    AMOUNT,
  );
  const limitPercent = t.optional(
    c.limitPercent,
    'councilTax.limitPercent',
    'Referendum limit (%)',
    'rate',
    RATE,
  );
  const terms = (
    pounds: Expr | undefined,
    percent: Expr | undefined,
    combine: (a: Expr, b: Expr) => Expr,
  ) => {
    const parts = [pounds, percent && mul(last, percent)].filter((x): x is Expr => x !== undefined);
    return parts.length === 2 ? combine(parts[0] as Expr, parts[1] as Expr) : parts[0];
  };
  const rise = terms(risePounds, risePercent, add);
  // "£X or Y %, whichever is higher": the limit allows the larger rise.
  const allowed = terms(limitPounds, limitPercent, max);
  if (rise === undefined && allowed === undefined) {
    throw errors.empty('Band D rise or referendum limit', { field: 'councilTax.risePercent' });
  }
  const step =
    rise === undefined ? (allowed as Expr) : allowed === undefined ? rise : min(rise, allowed);
  // Band D is set in pounds and pence, rounded down so a rise at the limit never passes it.
  const bandD = t.line({
    key: 'councilTax.bandD',
    label: 'Band D (£)',
    section: 'funding',
    format: 'pence',
    base: bandDBase,
    year: roundDown(add(last, step), 2),
  });
  // Band D may fall (a planned rise below zero), but not below zero. Only a fall in £ can take it
  // there: a rise or limit in % is more than -100 %, and a limit in £ is never below zero.
  t.flags.push({
    key: 'councilTax.bandD.belowZero',
    label: 'Band D below zero?',
    value: bandD,
    floor: num(0),
    text: BELOW_ZERO,
    after: 'councilTax.bandD',
    refuse: {
      field: 'councilTax.risePounds',
      what: 'Band D',
      rule: 'zero or more: a planned fall may take it down to £0, not below',
    },
  });
  const precept = mul(taxBase, bandD);
  const preceptLine = t.line({
    key: 'councilTax.precept',
    label: 'Precept (tax base × Band D)',
    section: 'funding',
    base: precept,
    year: precept,
  });
  const fund = t.optional(
    c.collectionFund,
    'councilTax.collectionFund',
    'Collection fund surplus (deficit)',
    'money',
    SIGNED,
  );
  const fundLine =
    fund &&
    t.line({
      key: 'councilTax.collectionFund',
      label: 'Collection fund surplus (deficit)',
      section: 'funding',
      year: fund,
    });
  return { taxBase, bandD, lines: [preceptLine, ...(fundLine ? [fundLine] : [])] };
}

/**
 * Builds the MTFS table from its assumptions, checking every one. Throws a CollabError located at the
 * assumption (`field` its path such as `funding.2.growth`, `index` the year, `scenario`) on bad input.
 */
export function mtfsModel(m: MtfsInput): MtfsModel {
  const { firstYear, labels } = readHorizon(m);
  const scenarios = locate({ field: 'scenarios' }, () => readScenarios(m.scenarios));
  const unit = m.unit ?? 'pounds';
  const t = new Table({ labels, scenarios }, unit === 'thousands' ? 1000 : 1);

  // Spending before savings.
  const pay = payLines(t, m);
  const nonPay = m.nonPay.map((g, i) => growthLine(t, g, `nonPay.${i}`, 'spend'));
  const nonPayTotal = t.line({
    key: 'nonPay.total',
    label: 'Total non-pay',
    section: 'spend',
    total: true,
    year: sum(nonPay.map((x) => x.ref)),
  });
  const capital = (m.capitalFinancing ?? []).map(
    (g, i) => growthLine(t, g, `capitalFinancing.${i}`, 'spend').ref,
  );
  const growth = itemLines(t, m.growth ?? [], 'growth', () => true, 'spend');
  const oneOff = itemLines(t, m.oneOff ?? [], 'oneOff', () => false, 'spend');
  const contributions = contributionLines(t, m);
  const spend = t.line({
    key: 'spend.total',
    label: 'Net expenditure before savings',
    section: 'spend',
    total: true,
    year: sum([pay.total, nonPayTotal, ...capital, ...growth, ...oneOff, ...contributions]),
  });

  // Savings.
  const savingInputs = m.savings ?? [];
  const savings = itemLines(
    t,
    savingInputs,
    'savings',
    (i) => savingInputs[i]?.recurring === true,
    'savings',
  );
  const of = (keep: (i: number) => boolean) => sum(savings.filter((_, i) => keep(i)));
  const savingsTotal = t.line({
    key: 'savings.total',
    label: 'Total savings',
    section: 'savings',
    total: true,
    year: sum(savings),
  });
  t.line({
    key: 'savings.collaboration',
    label: 'of which collaboration',
    section: 'savings',
    year: of((i) => savingInputs[i]?.category === 'collaboration'),
  });
  t.line({
    key: 'savings.unidentified',
    label: 'of which still to be identified',
    section: 'savings',
    year: of((i) => savingInputs[i]?.identified === false),
  });

  // Reserves movements inside the budget requirement.
  const r = m.reserves;
  const earmarked = (r.earmarked ?? []).map((given, k) => {
    const key = `reserves.earmarked.${k}`;
    const label = lineLabel(given.label, key);
    return {
      key,
      label,
      opening: t.scalar(
        given.opening,
        `${key}.opening`,
        `${label}: balance at the start`,
        'money',
        AMOUNT,
      ),
      movement: t.perYear(
        given.movements,
        `${key}.movements`,
        `${label}: planned movement`,
        'money',
        SIGNED,
        new Decimal(0),
      ),
    };
  });
  const toEarmarked =
    earmarked.length > 0
      ? t.line({
          key: 'reserves.toEarmarked',
          label: 'Transfers to (from) earmarked reserves',
          section: 'requirement',
          year: sum(earmarked.map((e) => e.movement)),
        })
      : undefined;
  const use = t.optional(
    r.useToBalance,
    'reserves.useToBalance',
    'Use of general reserve to balance',
    'money',
    SIGNED,
  );
  const useLine =
    use &&
    t.line({
      key: 'reserves.useToBalance',
      label: 'Use of general reserve to balance',
      section: 'requirement',
      year: use,
    });
  let requirementExpr = sub(spend, savingsTotal);
  if (toEarmarked) requirementExpr = add(requirementExpr, toEarmarked);
  if (useLine) requirementExpr = sub(requirementExpr, useLine);
  const requirement = t.line({
    key: 'requirement',
    label: 'Budget requirement (net revenue expenditure)',
    section: 'requirement',
    total: true,
    year: requirementExpr,
  });

  // Funding.
  const funding = m.funding.map((g, i) => growthLine(t, g, `funding.${i}`, 'funding'));
  const grants = t.line({
    key: 'funding.grants',
    label: 'Total grants and income',
    section: 'funding',
    total: true,
    year: sum(funding.map((f) => f.ref)),
  });
  const tax = councilTaxLines(t, m);
  const fundingTotal = t.line({
    key: 'funding.total',
    label: 'Total funding',
    section: 'funding',
    total: true,
    year: sum([grants, ...tax.lines]),
  });

  // The gap and the reserves.
  const gapAfter = sub(requirement, fundingTotal);
  t.line({
    key: 'gap.before',
    label: 'Gap before savings',
    section: 'gap',
    total: true,
    year: add(gapAfter, savingsTotal),
  });
  const after = t.line({
    key: 'gap.after',
    label: 'Gap after savings and planned use of reserves',
    section: 'gap',
    total: true,
    year: gapAfter,
  });
  t.line({
    key: 'gap.cumulative',
    label: 'Cumulative gap',
    section: 'gap',
    year: add(previous('gap.cumulative'), after),
  });
  const opening = t.scalar(
    r.generalOpening,
    'reserves.generalOpening',
    'General reserve at the start of the first year',
    'money',
    AMOUNT,
  );
  // An unfunded gap is met from the general reserve; a surplus adds to it.
  const general = t.line({
    key: 'reserves.general',
    label: 'General reserve at the year end',
    section: 'reserves',
    total: true,
    base: opening,
    year: sub(
      useLine ? sub(previous('reserves.general'), useLine) : previous('reserves.general'),
      after,
    ),
  });
  const floorPercent = omitted(r.floorPercent)
    ? undefined
    : t.scalar(
        r.floorPercent,
        'reserves.floorPercent',
        'Reserves floor (% of the budget requirement)',
        'rate',
        SHARE,
      );
  const floorAmount = omitted(r.floorAmount)
    ? undefined
    : t.scalar(r.floorAmount, 'reserves.floorAmount', 'Reserves floor (amount)', 'money', AMOUNT);
  const floorParts = [floorPercent && mul(requirement, floorPercent), floorAmount].filter(
    (x): x is Expr => x !== undefined,
  );
  if (floorParts.length === 0)
    throw errors.empty('reserves floor (% or amount)', { field: 'reserves.floorPercent' });
  // A floor stated both ways is the higher of the two.
  const floor = t.line({
    key: 'reserves.floor',
    label: 'Reserves floor',
    section: 'reserves',
    year:
      floorParts.length === 2
        ? max(floorParts[0] as Expr, floorParts[1] as Expr)
        : (floorParts[0] as Expr),
  });
  t.flags.push({
    key: 'reserves.belowFloor',
    label: 'General reserve below the floor?',
    value: general,
    floor,
    text: BELOW_FLOOR,
    after: 'reserves.floor',
  });
  const earmarkedLines = earmarked.map((e) => {
    const balance = t.line({
      key: e.key,
      label: `${e.label} (earmarked) at the year end`,
      section: 'reserves',
      base: e.opening,
      year: add(previous(e.key), e.movement),
    });
    // A reserve cannot be drawn on beyond what it holds: a plan that does so is flagged.
    t.flags.push({
      key: `${e.key}.overdrawn`,
      label: `${e.label}: drawn below zero?`,
      value: balance,
      floor: num(0),
      text: OVERDRAWN,
      after: e.key,
    });
    return balance;
  });
  if (earmarkedLines.length > 0) {
    t.line({
      key: 'reserves.total',
      label: 'Total reserves at the year end',
      section: 'reserves',
      total: true,
      base: sum([
        opening,
        ...earmarkedLines.map((_, k) => (earmarked[k] as { opening: Expr }).opening),
      ]),
      year: sum([general, ...earmarkedLines]),
    });
  }

  // Sensitivity: what the step on each major assumption does to the year's figures.
  const step = t.scalar(m.sensitivityStep ?? '1%', 'sensitivityStep', 'Sensitivity step', 'rate', {
    kind: 'rate',
    range: 'step',
  });
  t.line({
    key: 'sensitivity.payAward',
    label: 'Pay award higher by the step: cost in the year',
    section: 'sensitivity',
    year: mul(pay.awardCost, step),
  });
  const inflated = nonPay.filter((x) => x.grows);
  if (inflated.length > 0) {
    t.line({
      key: 'sensitivity.nonPay',
      label: 'Non-pay inflation higher by the step: cost',
      section: 'sensitivity',
      year: mul(sum(inflated.map((x) => previous(x.key))), step),
    });
  }
  t.line({
    key: 'sensitivity.bandD',
    label: '£1 more on Band D raises',
    section: 'sensitivity',
    year: tax.taxBase,
  });
  t.line({
    key: 'sensitivity.taxBase',
    label: 'Tax base growth higher by the step raises',
    section: 'sensitivity',
    year: mul(mul(previous('councilTax.taxBase'), step), tax.bandD),
  });
  const grown = funding.filter((x) => x.grows);
  if (grown.length > 0) {
    t.line({
      key: 'sensitivity.grants',
      label: 'Grant growth lower by the step: funding lost',
      section: 'sensitivity',
      year: mul(sum(grown.map((x) => previous(x.key))), step),
    });
  }

  const model: MtfsModel = {
    firstYear,
    baseLabel: financialYearLabel(firstYear - 1),
    labels,
    unit,
    scenarios,
    inputs: t.inputs,
    lines: t.lines,
    flags: t.flags,
  };
  refuseRaised(model);
  return model;
}

/**
 * Refuses a strategy that raises a flag no strategy may raise, at the first year and scenario that
 * does. The scenario is named where the flagged line differs by scenario; otherwise every scenario
 * raises it alike, and the assumption as typed is at fault.
 */
function refuseRaised(model: MtfsModel): void {
  for (const flag of model.flags) {
    if (flag.refuse === undefined) continue;
    const { field, what, rule } = flag.refuse;
    const values = model.scenarios.map((_, s) => scenarioValues(model, s));
    const path = (v: ScenarioValues) => model.labels.map((_, t) => v.of(flag.value, t));
    const first = path(values[0] as ScenarioValues);
    const varies = values.some((v) => path(v).some((x, t) => !x.eq(first[t] as Decimal)));
    values.forEach((v, s) => {
      const t = model.labels.findIndex((_, year) => raised(flag, v, year));
      if (t < 0) return;
      const scenario = model.scenarios[s] as string;
      throw errors.outOfRange(
        `${what}${varies ? ` (${scenario} scenario)` : ''} ${model.labels[t] as string}`,
        rule,
        v.of(flag.value, t),
        { field, index: t, ...(varies && { scenario }) },
      );
    });
  }
}
