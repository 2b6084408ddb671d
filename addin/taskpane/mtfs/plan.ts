// Plans an MTFS sheet: checks the assumptions of the three scenarios, computes the figures the pane
// shows with the core, and lays out the sheet whose every projected figure is a live formula.
import {
  CollabError,
  Decimal,
  mtfsProjection,
  shareAgreed,
  shareCost,
  type CostShare,
  MTFS_FIELDS,
  type ErrorCode,
  type MtfsParams,
  type MtfsProjection,
  type NumberInput,
  type PerYear,
} from '@collab-finance/core';
import { columnLetters } from '../../workbook/a1';
import type { CellWrite, RangeFormat, SheetWrite } from '../../workbook/port';
import { MONEY, PENCE, RATE, WHOLE } from '../ui/numberFormat';
import { SheetLayout, type Row } from '../ui/sheetLayout';
import { freeSheetName } from '../ui/sheetName';

export const SCENARIOS = ['Optimistic', 'Central', 'Pessimistic'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

/** The per-year rates that differ between scenarios; everything else is shared. */
export const SCENARIO_FIELDS = [
  'payAward',
  'nonPayInflation',
  'grantChange',
  'taxBaseGrowth',
  'bandDIncrease',
] as const;
export type ScenarioField = (typeof SCENARIO_FIELDS)[number];
export type ScenarioRates = Readonly<Record<ScenarioField, PerYear>>;
export type SharedAssumptions = Omit<MtfsParams, ScenarioField>;

export const SHARING_BASES = ['Population', 'NRE', 'Officers', 'Agreed %'] as const;
export type SharingBasis = (typeof SHARING_BASES)[number];

export interface CostSharingInput {
  /** What is shared, e.g. "Regional organised crime unit". */
  readonly collaboration: string;
  /** Its annual cost (£, at most two decimal places). */
  readonly cost: NumberInput;
  readonly basis: SharingBasis;
  /** Member forces and their basis figures; rows blank on both sides are skipped. */
  readonly members: readonly { readonly force: string; readonly basis: NumberInput | null }[];
}

export interface MtfsInput {
  readonly assumptions: SharedAssumptions;
  readonly scenarios: Readonly<Record<ScenarioName, ScenarioRates>>;
  /** The scenario the sheet follows when written. */
  readonly selected: ScenarioName;
  readonly costSharing?: CostSharingInput;
}

/** Where the figures are on the sheet (Excel row numbers), for the pane's message and for tests. */
export interface MtfsLayout {
  /** The selector cell, e.g. "B4". */
  readonly selector: string;
  /** Column letter of each projected year. */
  readonly yearColumns: readonly string[];
  readonly rows: Readonly<Record<ProjectionRow | SensitivityRow, number>>;
  /** First and last member rows of the cost-sharing table; contributions are in column D. */
  readonly shares?: { readonly first: number; readonly last: number };
}

export interface MtfsPlan {
  readonly selected: ScenarioName;
  readonly projections: Readonly<Record<ScenarioName, MtfsProjection>>;
  readonly shares?: readonly CostShare[];
  readonly sheet: SheetWrite;
  readonly layout: MtfsLayout;
}

/** The fields an error can point at: an assumption, or a part of the cost-sharing table. */
export type MtfsField =
  | keyof MtfsParams
  | 'costSharing.cost'
  | 'costSharing.members'
  | 'costSharing.force'
  | 'costSharing.basis';

/** Bad assumptions, found before anything is written: a code to test by, and the field at fault. */
export class MtfsInputError extends Error {
  override readonly name = 'MtfsInputError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field: MtfsField,
    /** The scenario whose rate is at fault. */
    readonly scenario?: ScenarioName,
    /** The 0-based year of a per-year field, or the member row of the cost-sharing table. */
    readonly index?: number,
  ) {
    super(message);
  }
}

/** Tax base in Band D equivalents, to two decimals. */
const COUNT = '#,##0.00';

/**
 * The defined names of the assumptions, by field. They are scoped to the sheet written, so a second
 * strategy ("MTFS (2)") uses the same names for its own cells, beside any name the workbook has.
 */
const NAMES = {
  scenario: 'Scenario',
  scenarioNo: 'ScenarioNo',
  baseBudget: 'BaseBudget',
  payShare: 'PayShare',
  grant: 'CoreGrant',
  taxBase: 'TaxBase',
  bandD: 'BandD',
  bandDCap: 'BandDCap',
  openingReserves: 'OpeningReserves',
  reservesFloor: 'ReservesFloor',
  sensitivityStep: 'SensitivityStep',
  payAward: 'PayAward',
  nonPayInflation: 'NonPayInflation',
  grantChange: 'GrantChange',
  taxBaseGrowth: 'TaxBaseGrowth',
  bandDIncrease: 'BandDIncrease',
  collaborationSavings: 'CollaborationSavings',
  otherSavings: 'OtherSavings',
  useOfReserves: 'UseOfReserves',
  sharedCost: 'SharedCost',
} as const;
type NameKey = keyof typeof NAMES;

const SCENARIO_LABELS: Readonly<Record<ScenarioField, string>> = {
  payAward: 'Pay award',
  nonPayInflation: 'Non-pay inflation',
  grantChange: 'Change in core grant',
  taxBaseGrowth: 'Tax base growth',
  bandDIncrease: 'Band D increase',
};

type ProjectionRow =
  | 'pay'
  | 'nonPay'
  | 'requirement'
  | 'grant'
  | 'taxBase'
  | 'bandD'
  | 'precept'
  | 'funding'
  | 'gapBeforeSavings'
  | 'collaborationSavings'
  | 'otherSavings'
  | 'savings'
  | 'gapAfterSavings'
  | 'cumulativeGap'
  | 'useOfReserves'
  | 'reserves'
  | 'belowFloor';
type SensitivityRow = 'payPlus' | 'nonPayPlus' | 'preceptPlus' | 'grantPlus';

/** The projection's rows, top to bottom. */
export const PROJECTION_ROWS = [
  'pay',
  'nonPay',
  'requirement',
  'grant',
  'taxBase',
  'bandD',
  'precept',
  'funding',
  'gapBeforeSavings',
  'collaborationSavings',
  'otherSavings',
  'savings',
  'gapAfterSavings',
  'cumulativeGap',
  'useOfReserves',
  'reserves',
  'belowFloor',
] as const satisfies readonly ProjectionRow[];

/** What the cell beside the selector says when it holds no scenario's name. */
export const UNKNOWN_SCENARIO = 'Not a scenario: choose one from the list';

/** The text the below-floor row shows in a year whose closing reserves are under the floor. */
export const BELOW_FLOOR = 'Below floor';

export const isScenarioField = (field: string): field is ScenarioField =>
  (SCENARIO_FIELDS as readonly string[]).includes(field);
const isAssumption = (field: string | undefined): field is keyof MtfsParams =>
  field !== undefined && Object.hasOwn(MTFS_FIELDS, field);

function project(input: MtfsInput, scenario: ScenarioName): MtfsProjection {
  try {
    return mtfsProjection({ ...input.assumptions, ...input.scenarios[scenario] });
  } catch (error) {
    // Only located assumptions are named in errors; anything else is a fault of the add-in.
    if (!(error instanceof CollabError) || !isAssumption(error.field)) throw error;
    const { code, message, field, index } = error;
    if (!isScenarioField(field)) throw new MtfsInputError(code, message, field, undefined, index);
    throw new MtfsInputError(code, `${scenario} scenario: ${message}`, field, scenario, index);
  }
}

const SHARING_FIELDS: Readonly<Record<string, MtfsField>> = {
  cost: 'costSharing.cost',
  members: 'costSharing.members',
  force: 'costSharing.force',
  basis: 'costSharing.basis',
};

function readShares(sharing: CostSharingInput): CostShare[] {
  try {
    // Agreed percentages must add up to 100 %; other bases are proportions of any total.
    const share = sharing.basis === 'Agreed %' ? shareAgreed : shareCost;
    return share(sharing.cost, sharing.members, sharing.basis);
  } catch (error) {
    const field = error instanceof CollabError && SHARING_FIELDS[error.field ?? ''];
    if (!field) throw error;
    throw new MtfsInputError(
      error.code,
      `Cost sharing: ${error.message}`,
      field,
      undefined,
      error.index,
    );
  }
}

const label = (text: string, bold = false): CellWrite =>
  bold ? { value: text, bold } : { value: text };
const number = (value: Decimal | number, format: string): CellWrite => ({
  value: typeof value === 'number' ? value : value.toNumber(),
  format,
});
const formula = (text: string, format?: string): CellWrite =>
  format === undefined ? { formula: text } : { formula: text, format };

/**
 * Plans the MTFS sheet for `input`. Throws MtfsInputError, naming the field (and the scenario for a
 * scenario rate), when an assumption or the cost-sharing table is bad; nothing is planned then.
 */
export function planMtfs(input: MtfsInput, existingSheets: readonly string[]): MtfsPlan {
  const projections = Object.fromEntries(SCENARIOS.map((s) => [s, project(input, s)])) as Record<
    ScenarioName,
    MtfsProjection
  >;
  const shares = input.costSharing && readShares(input.costSharing);
  const sheetName = freeSheetName('MTFS', existingSheets);

  const central = projections.Central;
  const a = central.assumptions;
  const n = a.years;
  const yearCol = (t: number) => columnLetters(2 + t);
  const yearColumns = a.labels.map((_, t) => yearCol(t));
  const lastCol = yearCol(n - 1);
  const layout = new SheetLayout();
  const names: { name: string; address: string }[] = [];
  const add = (...cells: Row): number => layout.add(...cells);
  const define = (key: NameKey, address: string) => names.push({ name: NAMES[key], address });
  const formats: RangeFormat[] = [];
  /** A formula that spills over `range`: Excel formats only its anchor, so the range is formatted. */
  const spilling = (text: string, format: string, range: string): CellWrite => {
    formats.push({ range, format });
    return formula(text, format);
  };
  const yearHeader = (title: string, base = ''): number =>
    add(label(title, true), label(base, true), ...a.labels.map((l) => label(l, true)));

  add(
    label(
      `Medium-term financial strategy ${a.labels[0] as string} to ${a.labels[n - 1] as string}`,
      true,
    ),
  );
  add(
    label(
      'Every projected figure is a formula on the assumptions below: change an assumption or the scenario and the sheet recalculates. Money in £.',
    ),
  );
  layout.skip();
  // A drop-down of the scenario names; a name pasted past it is flagged beside it, and every
  // projected figure then shows #N/A (see `each`), never a plausible wrong figure.
  const selectorRow = add(
    label('Scenario in use: choose Optimistic, Central or Pessimistic', true),
    { value: input.selected, bold: true },
    formula(`=IFERROR(IF(${NAMES.scenarioNo},""),"${UNKNOWN_SCENARIO}")`),
  );
  define('scenario', `B${selectorRow}`);
  // The scenario number looks the selector up in the scenario header further down: filled then.
  const scenarioNo = layout.reserve(1);
  define('scenarioNo', `B${scenarioNo.top}`);
  layout.skip();

  add(label('Assumptions', true));
  add(label('First financial year'), label(a.labels[0] as string));
  add(label('Horizon (years)'), number(n, '0'));
  const shared: [NameKey, string, Decimal | null, string][] = [
    ['baseBudget', `Base budget ${a.baseLabel}`, a.baseBudget, MONEY],
    ['payShare', 'Pay share of the base budget', a.payShare, RATE],
    ['grant', `Core grant ${a.baseLabel}`, a.grant, MONEY],
    ['taxBase', `Council tax base ${a.baseLabel} (Band D equivalents)`, a.taxBase, COUNT],
    ['bandD', `Band D precept ${a.baseLabel}`, a.bandD, PENCE],
    ['bandDCap', 'Band D cap: largest rise per property a year (blank: none)', a.bandDCap, PENCE],
    [
      'openingReserves',
      `Reserves at the start of ${a.labels[0] as string}`,
      a.openingReserves,
      MONEY,
    ],
    ['reservesFloor', 'Minimum reserves (floor)', a.reservesFloor, MONEY],
    ['sensitivityStep', 'Sensitivity step', a.sensitivityStep, RATE],
  ];
  for (const [key, text, value, format] of shared) {
    const row = add(label(text), value === null ? { value: null, format } : number(value, format));
    define(key, `B${row}`);
  }
  layout.skip();

  const scenarioHeader = add(
    label('Scenario assumptions', true),
    label('Year', true),
    ...SCENARIOS.map((s) => label(s, true)),
    label('In use', true),
  );
  scenarioNo.fill([
    [
      label('Scenario number'),
      formula(`=MATCH(${NAMES.scenario},$C$${scenarioHeader}:$E$${scenarioHeader},0)`, '0'),
    ],
  ]);
  for (const field of SCENARIO_FIELDS) {
    let first = 0;
    a.labels.forEach((year, t) => {
      const line = layout.reserve(1);
      line.fill([
        [
          label(SCENARIO_LABELS[field]),
          label(year),
          ...SCENARIOS.map((s) => number(projections[s].assumptions[field][t] as Decimal, RATE)),
          formula(`=INDEX($C${line.top}:$E${line.top},${NAMES.scenarioNo})`, RATE),
        ],
      ]);
      first ||= line.top;
    });
    define(field, `F${first}:F${first + n - 1}`);
  }
  layout.skip();

  yearHeader('Plans by year (£)');
  const plans: [NameKey, string, readonly Decimal[]][] = [
    ['collaborationSavings', 'New collaboration savings (recurring)', a.collaborationSavings],
    ['otherSavings', 'New other savings (recurring)', a.otherSavings],
    ['useOfReserves', 'Planned use of reserves', a.useOfReserves],
  ];
  const planRow: Partial<Record<NameKey, number>> = {};
  for (const [key, text, values] of plans) {
    const row = add(label(text), null, ...values.map((v) => number(v, MONEY)));
    planRow[key] = row;
    define(key, `C${row}:${lastCol}${row}`);
  }
  layout.skip();

  yearHeader('Projection (£)', `${a.baseLabel} (base)`);
  const r = {} as Record<ProjectionRow | SensitivityRow, number>;
  // The block is reserved first, so every line's row is known before the formulas refer to it.
  const projection = layout.reserve(PROJECTION_ROWS.length);
  PROJECTION_ROWS.forEach((key, i) => (r[key] = projection.row(i)));
  const lines: Row[] = [];
  const line = (...cells: Row) => lines.push(cells);
  // A spilled row (GROW, GAP) is one #N/A in its first year when the scenario is unknown, and its
  // later years are then blank, read as 0: so each year's own formula is gated on the scenario
  // number, and every year shows #N/A rather than £0 or a gap of minus the savings.
  const each = (make: (col: string, t: number) => CellWrite): CellWrite[] =>
    a.labels.map((_, t) => {
      const cell = make(yearCol(t), t);
      const text = cell.formula?.slice(1);
      return text === undefined ? cell : { ...cell, formula: `=IF(${NAMES.scenarioNo},${text})` };
    });
  const prev = (t: number) => columnLetters(1 + t);
  const grow = (own: ProjectionRow, base: string, rates: NameKey, format = MONEY): Row => [
    formula(base, format),
    spilling(`=COLLAB.GROW(B${r[own]},${NAMES[rates]})`, format, `C${r[own]}:${lastCol}${r[own]}`),
  ];
  line(label('Pay'), ...grow('pay', `=${NAMES.baseBudget}*${NAMES.payShare}`, 'payAward'));
  line(label('Non-pay'), ...grow('nonPay', `=${NAMES.baseBudget}-B${r.pay}`, 'nonPayInflation'));
  line(
    label('Budget requirement', true),
    formula(`=B${r.pay}+B${r.nonPay}`, MONEY),
    ...each((c) => formula(`=${c}${r.pay}+${c}${r.nonPay}`, MONEY)),
  );
  line(label('Core grant'), ...grow('grant', `=${NAMES.grant}`, 'grantChange'));
  line(label('Council tax base'), ...grow('taxBase', `=${NAMES.taxBase}`, 'taxBaseGrowth', COUNT));
  line(
    label('Band D precept'),
    formula(`=${NAMES.bandD}`, PENCE),
    ...each((c, t) =>
      formula(
        `=${prev(t)}${r.bandD}+MIN(${prev(t)}${r.bandD}*INDEX(${NAMES.bandDIncrease},${t + 1}),${NAMES.bandDCap})`,
        PENCE,
      ),
    ),
  );
  line(
    label('Precept (tax base × Band D)'),
    formula(`=B${r.taxBase}*B${r.bandD}`, MONEY),
    ...each((c) => formula(`=${c}${r.taxBase}*${c}${r.bandD}`, MONEY)),
  );
  line(
    label('Total funding', true),
    formula(`=B${r.grant}+B${r.precept}`, MONEY),
    ...each((c) => formula(`=${c}${r.grant}+${c}${r.precept}`, MONEY)),
  );
  line(
    label('Gap before savings', true),
    null,
    spilling(
      `=COLLAB.GAP(C${r.requirement}:${lastCol}${r.requirement},C${r.funding}:${lastCol}${r.funding})`,
      MONEY,
      `C${r.gapBeforeSavings}:${lastCol}${r.gapBeforeSavings}`,
    ),
  );
  const cumulative = (row: number) => each((c) => formula(`=SUM($C$${row}:${c}${row})`, MONEY));
  line(
    label('Collaboration savings to date'),
    null,
    ...cumulative(planRow.collaborationSavings as number),
  );
  line(label('Other savings to date'), null, ...cumulative(planRow.otherSavings as number));
  line(
    label('Total savings'),
    null,
    ...each((c) => formula(`=${c}${r.collaborationSavings}+${c}${r.otherSavings}`, MONEY)),
  );
  line(
    label('Gap after savings', true),
    null,
    ...each((c) => formula(`=${c}${r.gapBeforeSavings}-${c}${r.savings}`, MONEY)),
  );
  line(label('Cumulative gap', true), null, ...cumulative(r.gapAfterSavings));
  line(
    label('Planned use of reserves'),
    null,
    ...each((c) => formula(`=${c}${planRow.useOfReserves as number}`, MONEY)),
  );
  line(
    label('Reserves at the end of the year', true),
    formula(`=${NAMES.openingReserves}`, MONEY),
    ...each((c, t) =>
      formula(`=${prev(t)}${r.reserves}-${c}${r.useOfReserves}-${c}${r.gapAfterSavings}`, MONEY),
    ),
  );
  line(
    label('Reserves below the floor?'),
    null,
    ...each((c) => formula(`=IF(${c}${r.reserves}<${NAMES.reservesFloor},"${BELOW_FLOOR}","")`)),
  );
  projection.fill(lines);
  layout.skip();

  yearHeader('Sensitivity: effect on the gap of the step more on each line (+ widens it)');
  const sensitivity: [SensitivityRow, string, ProjectionRow, string][] = [
    ['payPlus', 'Pay', 'pay', ''],
    ['nonPayPlus', 'Non-pay', 'nonPay', ''],
    ['preceptPlus', 'Precept', 'precept', '-'],
    ['grantPlus', 'Core grant', 'grant', '-'],
  ];
  for (const [key, text, line, sign] of sensitivity) {
    r[key] = add(
      label(text),
      null,
      ...each((c) => formula(`=${sign}${c}${r[line]}*${NAMES.sensitivityStep}`, MONEY)),
    );
  }
  layout.skip();

  const chartTop = add(
    label('Chart data', true),
    label('Gap after savings', true),
    label('Reserves', true),
    label('Reserves floor', true),
  );
  a.labels.forEach((year, t) =>
    add(
      label(year),
      formula(`=${yearCol(t)}${r.gapAfterSavings}`, MONEY),
      formula(`=${yearCol(t)}${r.reserves}`, MONEY),
      formula(`=${NAMES.reservesFloor}`, MONEY),
    ),
  );

  let shareRows: MtfsLayout['shares'];
  if (input.costSharing !== undefined && shares !== undefined) {
    const sharing = input.costSharing;
    layout.skip();
    add(label(`Cost sharing: ${sharing.collaboration.trim() || 'collaboration'}`, true));
    const costRow = add(
      label('Annual cost (£)'),
      // The parts add up to the cost exactly, so their sum is the cost as read (text such as "£1,000").
      number(Decimal.sum(...shares.map((s) => s.part)), PENCE),
    );
    define('sharedCost', `B${costRow}`);
    add(label('Basis'), label(sharing.basis));
    add(
      label('Member force', true),
      label(sharing.basis, true),
      label('Share of basis', true),
      label('Contribution (£)', true),
    );
    const members = layout.reserve(shares.length);
    const first = members.top;
    const last = members.last;
    const basisFormat =
      sharing.basis === 'Agreed %' ? RATE : sharing.basis === 'NRE' ? MONEY : WHOLE;
    members.fill(
      shares.map((s, i) => [
        label(s.force),
        number(s.basis, basisFormat),
        formula(`=B${members.row(i)}/SUM($B$${first}:$B$${last})`, RATE),
        i === 0
          ? spilling(
              `=COLLAB.APPORTION(${NAMES.sharedCost},B${first}:B${last})`,
              PENCE,
              `D${first}:D${last}`,
            )
          : null,
      ]),
    );
    add(
      label('Total', true),
      formula(`=SUM(B${first}:B${last})`, basisFormat),
      formula(`=SUM(C${first}:C${last})`, RATE),
      formula(`=SUM(D${first}:D${last})`, PENCE),
    );
    shareRows = { first, last };
  }

  return {
    selected: input.selected,
    projections,
    ...(shares !== undefined && { shares }),
    layout: {
      selector: `B${selectorRow}`,
      yearColumns,
      rows: r,
      ...(shareRows !== undefined && { shares: shareRows }),
    },
    sheet: {
      name: sheetName,
      blocks: layout.blocksToWrite(),
      names,
      formats,
      validations: [{ range: `B${selectorRow}`, list: [...SCENARIOS] }],
      // Points: a wide label column, then the scenario and year columns (at least to F, "In use").
      columnWidths: [300, 95, ...Array.from({ length: Math.max(4, n) }, () => 85)],
      charts: [
        {
          kind: 'line',
          title: 'Gap after savings and reserves',
          source: `A${chartTop}:D${chartTop + n}`,
          at: `${columnLetters(Math.max(7, 3 + n))}3`,
        },
      ],
    },
  };
}
