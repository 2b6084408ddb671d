// Reads the assumptions of a medium-term financial strategy under declared rules, naming the field
// (and the year) at fault, in words and as data (`{ field: 'payAward', index: 1 }`), and reading
// rates one way only: a rate that could be read two ways is refused with both readings.
import { Decimal, type Cell, type NumberInput } from '../lib/decimal.js';
import { errors, locate } from '../lib/errors.js';
import { check, read, readWhole, toDecimal } from '../lib/input.js';

/** One value used for every year, or one value per year of the horizon. */
export type PerYear = NumberInput | readonly Cell[];

/** The assumptions as a user gives them: numbers, numeric text ("2.5%", "£1,234") or Decimals. */
export interface MtfsParams {
  /** First financial year of the projection: 2026 or "2026/27". */
  readonly firstYear: NumberInput;
  /** Number of years projected, 1 to 10 (3: medium term, 7: longer term). */
  readonly years: NumberInput;
  /** Net budget of the base year, the year before the first (£). */
  readonly baseBudget: NumberInput;
  /** Share of the base budget that is pay: "80%" or "80" as text, 0.8 as a number (see `readRate`). */
  readonly payShare: NumberInput;
  /** Pay award each year (fraction). */
  readonly payAward: PerYear;
  /** Non-pay inflation each year (fraction). */
  readonly nonPayInflation: PerYear;
  /** Core grant of the base year (£). */
  readonly grant: NumberInput;
  /** Change in core grant each year (fraction; negative for a cut). */
  readonly grantChange: PerYear;
  /** Council tax base of the base year (Band D equivalent properties). */
  readonly taxBase: NumberInput;
  /** Growth of the tax base each year (fraction). */
  readonly taxBaseGrowth: PerYear;
  /** Band D precept of the base year (£ per Band D property). */
  readonly bandD: NumberInput;
  /** Increase in Band D each year (fraction). */
  readonly bandDIncrease: PerYear;
  /** Largest increase allowed per Band D property each year (£); blank: no cap. */
  readonly bandDCap?: NumberInput | null;
  /** New recurring collaboration savings made each year (£). */
  readonly collaborationSavings: PerYear;
  /** New recurring other savings made each year (£). */
  readonly otherSavings: PerYear;
  /** Reserves at the start of the first year (£). */
  readonly openingReserves: NumberInput;
  /** Planned drawdown of reserves each year, outside the budget requirement (£; negative: a contribution). */
  readonly useOfReserves: PerYear;
  /** The minimum reserves balance the strategy keeps (£). */
  readonly reservesFloor: NumberInput;
  /** The change tested by the sensitivity table (fraction; default 0.01, 1 %). */
  readonly sensitivityStep?: NumberInput;
}

/** The assumptions read and checked: Decimals, with per-year lists one item per year. */
export interface MtfsAssumptions {
  readonly firstYear: number;
  readonly years: number;
  /** "2025/26": the base year, then one label per projected year. */
  readonly baseLabel: string;
  readonly labels: readonly string[];
  readonly baseBudget: Decimal;
  readonly payShare: Decimal;
  readonly payAward: readonly Decimal[];
  readonly nonPayInflation: readonly Decimal[];
  readonly grant: Decimal;
  readonly grantChange: readonly Decimal[];
  readonly taxBase: Decimal;
  readonly taxBaseGrowth: readonly Decimal[];
  readonly bandD: Decimal;
  readonly bandDIncrease: readonly Decimal[];
  readonly bandDCap: Decimal | null;
  readonly collaborationSavings: readonly Decimal[];
  readonly otherSavings: readonly Decimal[];
  readonly openingReserves: Decimal;
  readonly useOfReserves: readonly Decimal[];
  readonly reservesFloor: Decimal;
  readonly sensitivityStep: Decimal;
}

/** How errors name each assumption (a per-year one adds the year: `pay award 2027/28`). */
export const MTFS_FIELDS: Readonly<Record<keyof MtfsParams, string>> = {
  firstYear: 'first year',
  years: 'horizon',
  baseBudget: 'base budget',
  payShare: 'pay share',
  payAward: 'pay award',
  nonPayInflation: 'non-pay inflation',
  grant: 'core grant',
  grantChange: 'grant change',
  taxBase: 'tax base',
  taxBaseGrowth: 'tax base growth',
  bandD: 'Band D',
  bandDIncrease: 'Band D increase',
  bandDCap: 'Band D cap',
  collaborationSavings: 'collaboration savings',
  otherSavings: 'other savings',
  openingReserves: 'opening reserves',
  useOfReserves: 'use of reserves',
  reservesFloor: 'reserves floor',
  sensitivityStep: 'sensitivity step',
};

/** The horizon a strategy may cover. */
export const MAX_YEARS = 10;

const FINANCIAL_YEAR = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/;

/** "2026/27" for the financial year starting in 2026. */
export function financialYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

function readFirstYear(value: NumberInput): number {
  const name = MTFS_FIELDS.firstYear;
  const match = typeof value === 'string' ? FINANCIAL_YEAR.exec(value.trim()) : null;
  if (match === null) return readWhole(value, name, 1990, 2100);
  const start = Number(match[1]);
  const end = Number(match[2]);
  const next = start + 1;
  if (end !== next && end !== next % 100) {
    throw errors.outOfRange(name, 'a financial year such as 2026/27', value);
  }
  return readWhole(start, name, 1990, 2100);
}

/** What a rate may be: a growth rate above -100 %, a share from 0 % to 100 %, a step above 0 %. */
export type RateKind = 'growth' | 'share' | 'step';

const RATE_RANGES: Readonly<Record<RateKind, { ok(rate: Decimal): boolean; words: string }>> = {
  growth: { ok: (rate) => rate.gt(-1), words: 'more than -100%' },
  share: { ok: (rate) => rate.gte(0) && rate.lte(1), words: 'from 0% to 100%' },
  step: { ok: (rate) => rate.gt(0), words: 'more than 0%' },
};

/** A fraction as the percentage a user types: 0.025 as "2.5%". */
export const asPercent = (fraction: Decimal): string => `${fraction.times(100).toString()}%`;

// A percent sign at the end, inside accountant's brackets too: "2.5%", "(2.5%)".
const PERCENT_SIGN = /%\s*\)?$/;

/**
 * Reads a rate so that it is never misread: a value is taken one way only, or refused with both
 * readings as the fix. Rate fields state their unit (%), so text is a percentage with or without
 * its sign: "2.5" and "2.5%" are 2.5 %, "120%" is 120 %; bare text between -1 and 1 other than 0
 * ("0.5": 0.5 % or 50 %?) is refused. A number (a cell's value) is a fraction, as Excel keeps
 * 2.5 % (0.025); one of magnitude 1 or more (2.5: 2.5 % or 250 %?) is refused.
 *
 * @param value - The rate as given: text, a number or a Decimal.
 * @param name - The field as the user sees it, for messages.
 * @param kind - Its range: `growth`, `share` or `step`.
 * @returns The rate as a fraction: `readRate('2.5', 'pay award', 'growth')` is 0.025.
 */
export function readRate(value: Cell, name: string, kind: RateKind): Decimal {
  const typed = toDecimal(value, name);
  const text = typeof value === 'string' ? value.trim() : undefined;
  const signed = text !== undefined && PERCENT_SIGN.test(text);
  // Bare text is a whole percentage when it is 1 or more; a number is a fraction when it is under 1.
  const unambiguous = signed || typed.isZero() || (text === undefined) === typed.abs().lt(1);
  if (!unambiguous)
    throw errors.ambiguousRate(name, value, `${typed.toString()}%`, asPercent(typed));
  const rate = text === undefined || signed ? typed : typed.div(100);
  const range = RATE_RANGES[kind];
  if (!range.ok(rate)) throw errors.outOfRange(name, range.words, asPercent(rate));
  return rate;
}

type ItemReader = (value: Cell, name: string) => Decimal;
type Field = keyof MtfsParams;

function perYear(value: PerYear, field: Field, labels: readonly string[], item: ItemReader) {
  const list: readonly Cell[] = Array.isArray(value) ? value : [value as NumberInput];
  const name = MTFS_FIELDS[field];
  if (list.length !== 1 && list.length !== labels.length) {
    throw errors.shapeMismatch(
      `${name} has ${list.length} values but the horizon is ${labels.length} years: give one value for every year, or one per year`,
      name,
      { field },
    );
  }
  return labels.map((label, i) =>
    // One value for every year is one item: an error in it is the field's, not a year's.
    locate(list.length === 1 ? { field } : { field, index: i }, () =>
      item(list.length === 1 ? list[0] : list[i], `${name} ${label}`),
    ),
  );
}

const rateItem: ItemReader = (value, name) => readRate(value, name, 'growth');
const moneyItem: ItemReader = (value, name) =>
  check(toDecimal(value, name), { name, kind: 'nonNegative' });
const signedItem: ItemReader = (value, name) => toDecimal(value, name);

/** Reads one scalar field, locating its errors at the field. */
const scalar = <T>(field: Field, reader: (name: string) => T): T =>
  locate({ field }, () => reader(MTFS_FIELDS[field]));

const money = (value: NumberInput, field: Field) =>
  scalar(field, (name) => read(value, { name, kind: 'nonNegative' }));

/**
 * Reads and checks MTFS assumptions. Every error is a CollabError naming the field, and the year for
 * per-year fields (`pay award 2027/28`), with the same as data (`field: 'payAward', index: 1`): EMPTY for a missing value, INVALID_NUMBER for text, OUT_OF_RANGE
 * for a horizon outside 1 to 10, a negative amount, a rate out of its range or one that could be
 * read two ways (`readRate`),
 * SHAPE_MISMATCH for a per-year list that does not fit the horizon.
 */
export function readMtfsAssumptions(params: MtfsParams): MtfsAssumptions {
  const firstYear = scalar('firstYear', () => readFirstYear(params.firstYear));
  const years = scalar('years', (name) => readWhole(params.years, name, 1, MAX_YEARS));
  const labels = Array.from({ length: years }, (_, i) => financialYearLabel(firstYear + i));
  const rates = (field: Field & RateField) => perYear(params[field], field, labels, rateItem);
  const amounts = (field: Field & AmountField) => perYear(params[field], field, labels, moneyItem);
  const cap = params.bandDCap;
  const noCap = cap === null || cap === undefined || (typeof cap === 'string' && cap.trim() === '');
  return {
    firstYear,
    years,
    baseLabel: financialYearLabel(firstYear - 1),
    labels,
    baseBudget: scalar('baseBudget', (name) => read(params.baseBudget, { name, kind: 'positive' })),
    payShare: scalar('payShare', (name) => readRate(params.payShare, name, 'share')),
    payAward: rates('payAward'),
    nonPayInflation: rates('nonPayInflation'),
    grant: money(params.grant, 'grant'),
    grantChange: rates('grantChange'),
    taxBase: money(params.taxBase, 'taxBase'),
    taxBaseGrowth: rates('taxBaseGrowth'),
    bandD: money(params.bandD, 'bandD'),
    bandDIncrease: rates('bandDIncrease'),
    bandDCap: noCap ? null : money(cap, 'bandDCap'),
    collaborationSavings: amounts('collaborationSavings'),
    otherSavings: amounts('otherSavings'),
    openingReserves: money(params.openingReserves, 'openingReserves'),
    useOfReserves: perYear(params.useOfReserves, 'useOfReserves', labels, signedItem),
    reservesFloor: money(params.reservesFloor, 'reservesFloor'),
    sensitivityStep: scalar('sensitivityStep', (name) =>
      readRate(params.sensitivityStep ?? new Decimal('0.01'), name, 'step'),
    ),
  };
}

type RateField = 'payAward' | 'nonPayInflation' | 'grantChange' | 'taxBaseGrowth' | 'bandDIncrease';
type AmountField = 'collaborationSavings' | 'otherSavings';
