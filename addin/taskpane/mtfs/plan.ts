// Plans the MTFS sheet from the core's one table (mtfsModel): the assumptions as typed, then every
// line with each projected year a live formula rendered from the same expression the core evaluates.
// No convention is written here: this file only places the table's rows and cells on a sheet.
import {
  mtfsProjection,
  type Decimal,
  renderExpr,
  type Expr,
  type ModelInput,
  type MtfsInput,
  type MtfsModel,
  type MtfsProjection,
  type Resolver,
  type Section,
  type Unit,
  type ValueFormat,
} from '@collab-finance/core';
import { columnLetters } from '../../workbook/a1';
import type { CellWrite, SheetWrite } from '../../workbook/port';
import { MONEY, PENCE, RATE } from '../ui/numberFormat';
import { SheetLayout, type Row } from '../ui/sheetLayout';
import { freeSheetName } from '../ui/sheetName';

/** Where the figures are on the sheet (Excel row numbers), for the pane's message and for tests. */
export interface MtfsLayout {
  /** The selector cell, e.g. "B4". */
  readonly selector: string;
  /** Column letter of each projected year (the base year is column B). */
  readonly yearColumns: readonly string[];
  /** Row of each line and flag, by its key in the model. */
  readonly rows: ReadonlyMap<string, number>;
  /** Row of each assumption (its "in use" row when it differs by scenario), by its key. */
  readonly inputs: ReadonlyMap<string, number>;
  /** Row of each headline line repeated in the summary at the top, by its key. */
  readonly summary: ReadonlyMap<string, number>;
}

export interface MtfsPlan {
  readonly projection: MtfsProjection;
  /** The scenario the sheet shows when written, by its index in the model's scenarios. */
  readonly selected: number;
  readonly sheet: SheetWrite;
  readonly layout: MtfsLayout;
}

/** What the cell beside the selector says when it holds no scenario's name. */
export const UNKNOWN_SCENARIO = 'Not a scenario: choose one from the list';

/** Names the sheet's formulas use for the selector, scoped to the sheet. */
const SCENARIO = 'Scenario';
const SCENARIO_NO = 'ScenarioNo';

/** £000: pounds shown in thousands (Excel's trailing comma), the value itself stays in pounds. */
const THOUSANDS = '£#,##0,;-£#,##0,;£0';
/** Amounts typed in £000 are shown as typed. */
const TYPED_THOUSANDS = '#,##0.0;-#,##0.0;0';

/** The Excel number format of each kind of value, by the unit money is shown in. */
function formatOf(kind: ValueFormat, unit: Unit, typed: boolean): string {
  switch (kind) {
    case 'money':
      return unit === 'pounds' ? MONEY : typed ? TYPED_THOUSANDS : THOUSANDS;
    case 'pence':
      return PENCE;
    case 'count':
      return '#,##0.00';
    case 'rate':
      return RATE;
    case 'month':
      return '0';
  }
}

const SECTION_TITLES: Readonly<Record<Section, string>> = {
  pay: 'Pay',
  spend: 'Spending',
  savings: 'Savings',
  requirement: 'Budget requirement',
  funding: 'Funding',
  gap: 'Gap',
  reserves: 'Reserves',
  sensitivity: 'Sensitivity: what the step (see the assumptions) changes in each year',
};

/** The lines the summary at the top of the sheet repeats, in order. */
const SUMMARY = [
  'requirement',
  'funding.total',
  'gap.before',
  'savings.total',
  'gap.after',
  'reserves.general',
  'reserves.belowFloor',
] as const;

const text = (value: string, bold = false): CellWrite => (bold ? { value, bold } : { value });
const numberCell = (value: number, format: string): CellWrite => ({ value, format });

/** An Excel array constant of text items: {"Optimistic","Central"}. */
const textArray = (items: readonly string[]): string =>
  `{${items.map((i) => `"${i.replace(/"/g, '""')}"`).join(',')}}`;

/**
 * Plans the MTFS sheet for `input`, showing scenario `selected` first. Throws the core's CollabError,
 * located at the bad assumption (field: its path in MtfsInput, index: the year, scenario), when an
 * assumption is bad; nothing is planned then.
 */
export function planMtfs(
  input: MtfsInput,
  selected: string,
  existingSheets: readonly string[],
): MtfsPlan {
  const projection = mtfsProjection(input);
  const model = projection.model;
  const chosen = Math.max(
    0,
    model.scenarios.findIndex((s) => s.toLowerCase() === selected.trim().toLowerCase()),
  );
  const n = model.labels.length;
  const col = (t: number) => columnLetters(2 + t); // year t in C, D, …; the base year (t = -1) in B
  const yearColumns = model.labels.map((_, t) => col(t));
  const money =
    model.unit === 'pounds'
      ? 'Money in £.'
      : 'Money in £000 (computed in pounds, shown rounded to the nearest £1,000, so totals may differ from the sum of the rounded lines).';

  const layout = new SheetLayout();
  const add = (...cells: Row): number => layout.add(...cells);
  const yearHeader = (title: string, base: string): number =>
    add(text(title, true), text(base, true), ...model.labels.map((l) => text(l, true)));

  add(
    text(
      `Medium-term financial strategy ${model.labels[0] as string} to ${model.labels[n - 1] as string}`,
      true,
    ),
  );
  add(
    text(
      `Every projected figure is a formula on the assumptions below: change an assumption or the scenario and the sheet recalculates. ${money} Only Band D is rounded (down, to the penny).`,
    ),
  );
  layout.skip();
  const selectorRow = add(
    text(`Scenario in use: choose ${model.scenarios.join(', ')}`, true),
    { value: model.scenarios[chosen] as string, bold: true },
    { formula: `=IFERROR(IF(${SCENARIO_NO},""),"${UNKNOWN_SCENARIO}")` },
  );
  const scenarioNoRow = add(text('Scenario number'), {
    formula: `=MATCH(${SCENARIO},${textArray(model.scenarios)},0)`,
    format: '0',
  });
  layout.skip();

  // The headline figures of the scenario in use, at the top of the sheet: references to the
  // projection's rows below, filled once those rows are placed.
  yearHeader('Summary: the scenario in use', '');
  const summary = layout.reserve(SUMMARY.length);
  layout.skip();

  // Assumptions: rows are placed first, so the projection's formulas can refer to them.
  yearHeader('Assumptions', `${model.baseLabel} (base) or one value`);
  const inputRows = new Map<string, number>();
  const inputBlocks = model.inputs.map((def) => {
    const block = layout.reserve(def.varies ? model.scenarios.length + 1 : 1);
    inputRows.set(def.key, block.last);
    return { def, block };
  });
  for (const { def, block } of inputBlocks) block.fill(assumptionRows(def, model, block.top, col));
  layout.skip();

  // The projection: every line's row is known before any formula refers to it.
  yearHeader(`Projection (${model.unit === 'pounds' ? '£' : '£000'})`, `${model.baseLabel} (base)`);
  const rows = new Map<string, number>();
  const entries: (
    | { kind: 'heading'; title: string }
    | { kind: 'line'; index: number }
    | { kind: 'flag'; index: number }
  )[] = [];
  let section: Section | undefined;
  model.lines.forEach((l, index) => {
    if (l.section !== section) entries.push({ kind: 'heading', title: SECTION_TITLES[l.section] });
    section = l.section;
    entries.push({ kind: 'line', index });
    model.flags.forEach((f, fi) => f.after === l.key && entries.push({ kind: 'flag', index: fi }));
  });
  const block = layout.reserve(entries.length);
  entries.forEach((e, i) => {
    if (e.kind !== 'heading') {
      const entry = e.kind === 'line' ? model.lines[e.index] : model.flags[e.index];
      rows.set((entry as { key: string }).key, block.row(i));
    }
  });

  const inputDefs = new Map(model.inputs.map((def) => [def.key, def]));
  const refs = (t: number): Resolver<string> => ({
    input: (key) => {
      const def = inputDefs.get(key) as ModelInput;
      const row = inputRows.get(key) as number;
      return def.perYear ? `${col(Math.max(t, 0))}${row}` : `$B$${row}`;
    },
    line: (key, lag) => {
      const t0 = t - lag;
      return `${t0 < 0 ? 'B' : col(t0)}${rows.get(key) as number}`;
    },
  });
  // Each year's figure is gated on the scenario number: an unknown scenario shows #N/A in every
  // year of every line (with the message beside the selector), never a plausible figure.
  const gated = (expr: Expr, t: number) => `=IF(${SCENARIO_NO},${renderExpr(expr, refs(t))})`;
  block.fill(
    entries.map((e): Row => {
      if (e.kind === 'heading') return [text(e.title, true)];
      if (e.kind === 'flag') {
        const f = model.flags[e.index] as MtfsModel['flags'][number];
        return [
          text(f.label),
          null,
          ...model.labels.map((_, t): CellWrite => ({
            formula: `=IF(${SCENARIO_NO},IF(${renderExpr(f.value, refs(t))}<${renderExpr(f.floor, refs(t))},"${f.text}",""))`,
          })),
        ];
      }
      const l = model.lines[e.index] as MtfsModel['lines'][number];
      const format = formatOf(l.format, model.unit, false);
      return [
        text(l.label, l.total),
        l.base === undefined ? null : { formula: `=${renderExpr(l.base, refs(-1))}`, format },
        ...model.labels.map((_, t): CellWrite => ({
          formula: gated(l.year, t),
          format,
          ...(l.total && { bold: true }),
        })),
      ];
    }),
  );
  layout.skip();
  summary.fill(
    SUMMARY.map((key): Row => {
      const l = model.lines.find((x) => x.key === key);
      const flag = model.flags.find((x) => x.key === key);
      const row = rows.get(key) as number;
      const format = l === undefined ? undefined : formatOf(l.format, model.unit, false);
      return [
        text(l?.label ?? flag?.label ?? key, l?.total === true),
        null,
        ...model.labels.map((_, t): CellWrite => ({
          formula: `=${col(t)}${row}`,
          ...(format !== undefined && { format }),
        })),
      ];
    }),
  );

  const gapRow = rows.get('gap.after') as number;
  const reservesRow = rows.get('reserves.general') as number;
  const floorRow = rows.get('reserves.floor') as number;
  const chartFormat = formatOf('money', model.unit, false);
  const chartTop = add(
    text('Chart data', true),
    text('Gap after savings', true),
    text('General reserve', true),
    text('Reserves floor', true),
  );
  model.labels.forEach((year, t) =>
    add(
      text(year),
      { formula: `=${col(t)}${gapRow}`, format: chartFormat },
      { formula: `=${col(t)}${reservesRow}`, format: chartFormat },
      { formula: `=${col(t)}${floorRow}`, format: chartFormat },
    ),
  );

  return {
    projection,
    selected: chosen,
    layout: {
      selector: `B${selectorRow}`,
      yearColumns,
      rows,
      inputs: inputRows,
      summary: new Map(SUMMARY.map((key, i) => [key, summary.row(i)])),
    },
    sheet: {
      name: freeSheetName('MTFS', existingSheets),
      blocks: layout.blocksToWrite(),
      names: [
        { name: SCENARIO, address: `B${selectorRow}` },
        { name: SCENARIO_NO, address: `B${scenarioNoRow}` },
      ],
      validations: [{ range: `B${selectorRow}`, list: [...model.scenarios] }],
      // Points: a wide label column, then the base year and the years.
      columnWidths: [320, 95, ...Array.from({ length: n }, () => 85)],
      charts: [
        {
          kind: 'line',
          title: 'Gap after savings and general reserve',
          source: `A${chartTop}:D${chartTop + n}`,
          at: `${columnLetters(3 + n)}3`,
        },
      ],
    },
  };
}

/** An assumption's rows: its values as typed (one row per scenario and an "in use" row where they differ). */
function assumptionRows(
  def: ModelInput,
  model: MtfsModel,
  top: number,
  col: (t: number) => string,
): Row[] {
  const format = formatOf(def.format, model.unit, true);
  const values = (row: readonly Decimal[] | undefined = []): (CellWrite | null)[] =>
    def.perYear
      ? [null, ...row.map((v) => numberCell(v.toNumber(), format))]
      : row.slice(0, 1).map((v) => numberCell(v.toNumber(), format));
  if (!def.varies) return [[text(def.label), ...values(def.values[0])]];
  const last = top + model.scenarios.length - 1;
  return [
    ...model.scenarios.map((s, i): Row => [text(`${def.label}: ${s}`), ...values(def.values[i])]),
    [
      text(`${def.label}: in use`, true),
      ...(def.perYear ? [null] : []),
      ...(def.perYear ? model.labels.map((_, t) => col(t)) : ['B']).map((c): CellWrite => ({
        formula: `=INDEX(${c}${top}:${c}${last},${SCENARIO_NO})`,
        format,
      })),
    ],
  ];
}
