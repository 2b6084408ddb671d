// Reads the assumptions of a medium-term financial strategy under declared rules, naming the field
// (and the year) at fault, in words and as data (`{ field: 'payAward', index: 1 }`), and catching a
// percentage typed as a whole number (2.5 for 2.5 %).
import { Decimal, type Cell, type NumberInput } from '../lib/decimal.js';
import { errors, locate } from '../lib/errors.js';
import { check, read, readWhole, toDecimal, type Rule } from '../lib/input.js';

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
  /** Share of the base budget that is pay (a fraction: 0.8 for 80 %). */
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

/**
 * A rate is a fraction; a magnitude of 1 or more (100 % or more) is taken as a percentage typed as a
 * whole number: 2.5 meaning 2.5 %, or 250 meaning 2.5 % in basis points.
 */
function checkRate(value: Decimal, name: string): Decimal {
  if (value.abs().lt(1)) return value;
  const meant = value.abs().gte(100) ? value.div(100) : value;
  throw errors.wholePercent(name, value, meant.toString(), meant.div(100).toString());
}

// The whole-percentage check comes first, so -2.5 (meaning -2.5 %) is explained as such.
const readRate = (value: Cell, name: string, kind: Rule['kind']): Decimal =>
  check(checkRate(toDecimal(value, name), name), { name, kind });

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

const rateItem: ItemReader = (value, name) => readRate(value, name, 'growthRate');
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
 * for a horizon outside 1 to 10, a negative amount or a percentage typed as a whole number,
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
    payShare: scalar('payShare', (name) => readRate(params.payShare, name, 'nonNegative')),
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
      readRate(params.sensitivityStep ?? new Decimal('0.01'), name, 'positive'),
    ),
  };
}

type RateField = 'payAward' | 'nonPayInflation' | 'grantChange' | 'taxBaseGrowth' | 'bandDIncrease';
type AmountField = 'collaborationSavings' | 'otherSavings';
