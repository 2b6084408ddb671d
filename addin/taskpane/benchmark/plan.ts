// Plans a benchmark: from checked data and the user's choices, the results the pane shows
// (computed by the core: per head, peer groups, exclusions, averages, ranks, variances) and the sheet
// to write (live formulas on the data cells, same figures), laid out by blocks that return anchors.
import {
  benchmarkRegion,
  CollabError,
  conventionRule,
  matchForce,
  type AverageConvention,
  type ConventionRule,
  type Decimal,
  type RegionBenchmarkResult,
} from '@collab-finance/core';
import type { CellWrite, ChartSpec, SheetWrite } from '../../workbook/port';
import { columnLetters, quoteSheetName } from '../../workbook/a1';
import { outlierScale } from '../ui/chart';
import { SIGNED_RATE, WHOLE, WHOLE_POUNDS } from '../ui/numberFormat';
import { SheetLayout, type Block, type Row } from '../ui/sheetLayout';
import { freeSheetName } from '../ui/sheetName';
import { dataCell, type BenchmarkData, type Category, type ForceRow } from './data';
import { BenchmarkInputError, cellsOn } from './errors';

export interface BenchmarkChoices {
  /** One force, or several treated as a region (pooled per head). */
  readonly forces: readonly string[];
  /** The comparison group; omitted: every force in the data. */
  readonly peers?: readonly string[];
  /** Which average the figures are held against (weighted or not, London or not). */
  readonly convention: AverageConvention;
  /** 1: £ per head; 1000: £ per 1,000 population. */
  readonly per: 1 | 1000;
  /** Category of the ski-slope chart; omitted: the first. */
  readonly slopeCategory?: string;
}

export interface CategoryResult {
  readonly category: string;
  /** The force's (or region's pooled) figure; null when it did not report this category. */
  readonly value: Decimal | null;
  readonly average: Decimal;
  readonly difference: Decimal | null;
  readonly variance: Decimal | null;
  /** 1 = highest among the compared forces and the benchmarked figure. */
  readonly rank: number | null;
  /** Forces in the average. */
  readonly compared: number;
}

export interface SlopePoint {
  readonly force: string;
  readonly value: Decimal;
  readonly highlighted: boolean;
}

export interface BenchmarkPlan {
  /** "Kent", or the region's forces joined. */
  readonly label: string;
  /** Several forces pooled as a region; one force, however long its name, is not a region. */
  readonly region: boolean;
  readonly results: readonly CategoryResult[];
  readonly slope: { readonly category: string; readonly points: readonly SlopePoint[] };
  /** Forces in the data left out of the average by the exclusions. */
  readonly excluded: readonly string[];
  readonly sheet: SheetWrite;
}

/** Number formats of the benchmark's figures, shared by the sheet and the pane. */
export function numberFormats(per: BenchmarkChoices['per']) {
  return per === 1
    ? {
        unit: '£ per head',
        perHead: '£#,##0.00',
        difference: '+£#,##0.00;-£#,##0.00;£0.00',
        variance: SIGNED_RATE,
      }
    : {
        unit: '£ per 1,000 population',
        perHead: WHOLE_POUNDS,
        difference: '+£#,##0;-£#,##0;£0',
        variance: SIGNED_RATE,
      };
}

/** The data's rows of the chosen forces, in the order chosen (matched by the force each names). */
function resolveForces(data: BenchmarkData, names: readonly string[], what: string): ForceRow[] {
  const byKey = new Map(data.forces.map((f) => [f.key, f]));
  return names.map((name) => {
    const row = byKey.get(matchForce(name) ?? '');
    if (row === undefined) {
      throw new BenchmarkInputError('FORCE_NOT_IN_DATA', `${what} "${name}" is not in the data`);
    }
    return row;
  });
}

/** Label of the benchmarked force or region. */
export function benchmarkLabel(forces: readonly { readonly name: string }[]): string {
  return forces.map((f) => f.name).join(', ');
}

/**
 * Plans the benchmark of `choices.forces` on `data`. Throws BenchmarkInputError when no force is
 * chosen, a chosen or peer force is not in the data, or no forces are left to compare.
 */
export function planBenchmark(
  data: BenchmarkData,
  choices: BenchmarkChoices,
  existingSheets: readonly string[],
): BenchmarkPlan {
  if (choices.forces.length === 0) {
    throw new BenchmarkInputError('NO_FORCE_CHOSEN', 'Choose the force (or forces) to benchmark');
  }
  const chosen = resolveForces(data, choices.forces, 'The force');
  if (new Set(chosen).size !== chosen.length) {
    throw new BenchmarkInputError('NO_FORCE_CHOSEN', 'A force is chosen twice');
  }
  if (choices.peers?.length === 0) {
    throw new BenchmarkInputError('NO_FORCE_CHOSEN', 'Choose the forces of the peer group');
  }
  const peers = choices.peers && resolveForces(data, choices.peers, 'The peer group force');
  const convention = conventionRule(choices.convention);
  const exclude = convention.exclude;
  const on = cellsOn(data.sheet);
  const first = data.forces[0] as ForceRow;
  const last = data.forces[data.forces.length - 1] as ForceRow;
  const column = (col: number) =>
    on([`${dataCell(data, first.row, col)}:${dataCell(data, last.row, col)}`]);

  const names = data.forces.map((f) => f.name);
  const populations = data.forces.map((f) => f.population);
  const benchmarks = data.categories.map((category, c): RegionBenchmarkResult => {
    try {
      return benchmarkRegion(
        data.forces.map((f) => f.nre[c]),
        populations,
        names,
        chosen.map((f) => f.name),
        {
          convention: choices.convention,
          peers: peers?.map((p) => p.name),
          per: choices.per,
        },
      );
    } catch (e) {
      if (!(e instanceof CollabError && e.code === 'NO_DATA')) throw e;
      // The core says whether the exclusions left nobody, or nobody compared reported this category.
      if (e.field === 'exclude') {
        throw new BenchmarkInputError(
          'NO_FORCES_LEFT',
          `No forces are left to compare after the exclusions (${exclude.join(', ')})`,
          column(0),
        );
      }
      throw new BenchmarkInputError(
        'NO_FORCES_LEFT',
        `No compared force reported ${category.name}, so it has no average`,
        column(firstColumn(category)),
      );
    }
  });
  const results = benchmarks.map((b, c): CategoryResult => ({
    category: (data.categories[c] as Category).name,
    value: b.value,
    average: b.average,
    difference: b.difference,
    variance: b.variance,
    rank: b.rank,
    compared: b.count,
  }));
  // Every category compares the same forces (those in the group and not excluded), reporting or not.
  const head = benchmarks[0] as RegionBenchmarkResult;
  const comparedNames = new Set([...head.used, ...head.nonReporting]);

  const slopeIndex = Math.max(
    0,
    data.categories.findIndex((c) => c.name === choices.slopeCategory),
  );
  const slopeCategory = data.categories[slopeIndex] as Category;
  const slopeValues = (benchmarks[slopeIndex] as RegionBenchmarkResult).perHead;
  const chosenSet = new Set(chosen);
  const points = data.forces
    .map((f, i) => ({
      force: f.name,
      value: slopeValues[i] ?? null,
      highlighted: chosenSet.has(f),
      row: f,
    }))
    .filter((p): p is typeof p & { value: Decimal } => p.value !== null)
    .sort((a, b) => b.value.comparedTo(a.value));

  const label = benchmarkLabel(chosen);
  const sheet = writeSheet({
    data,
    choices,
    name: freeSheetName(`Benchmark – ${label}`, existingSheets),
    label,
    chosen,
    compared: (f) => comparedNames.has(f.name),
    convention,
    peers,
    results,
    slope: {
      category: slopeCategory,
      rows: points.map((p) => p.row),
      values: points.map((p) => p.value.toNumber()),
    },
  });
  return {
    label,
    region: chosen.length > 1,
    results,
    slope: {
      category: slopeCategory.name,
      points: points.map(({ force, value, highlighted }) => ({ force, value, highlighted })),
    },
    excluded: head.excluded,
    sheet,
  };
}

function firstColumn(category: Category): number {
  return category.columns.kind === 'nre' ? category.columns.nre : category.columns.expenditure;
}

interface SheetInputs {
  readonly data: BenchmarkData;
  readonly choices: BenchmarkChoices;
  readonly name: string;
  readonly label: string;
  readonly chosen: readonly ForceRow[];
  readonly compared: (f: ForceRow) => boolean;
  readonly convention: ConventionRule;
  readonly peers: readonly ForceRow[] | undefined;
  readonly results: readonly CategoryResult[];
  readonly slope: {
    readonly category: Category;
    readonly rows: readonly ForceRow[];
    /** The rows' figures as the chart plots them, for its outlier scale. */
    readonly values: readonly number[];
  };
}

/** What the sheet shows for a figure the benchmarked force (or region) did not report. */
export const NOT_REPORTED = 'not reported';

const text = (value: string, bold = false): CellWrite => (bold ? { value, bold } : { value });
const formula = (f: string, format?: string): CellWrite =>
  format ? { formula: f, format } : { formula: f };
const abs = (col: number, row: number) => `$${columnLetters(col)}$${row}`;
const cell = (col: number, row: number) => `${columnLetters(col)}${row}`;
/** `$C$10:$C$14`: column `col` over the rows from `top` to `bottom` (Excel row numbers). */
const absColumn = (col: number, top: number, bottom: number) =>
  `${abs(col, top)}:${abs(col, bottom)}`;

/** A block under a bold title row, after a blank row: the title, then `count` rows reserved. */
function titled(layout: SheetLayout, title: string, count: number): Block {
  layout.skip();
  layout.add(text(title, true));
  return layout.reserve(count);
}

/** The sheet: header, summary, chart data, per-force workings, and for a region its members. */
function writeSheet(inputs: SheetInputs): SheetWrite {
  const { data, choices, chosen, results, convention } = inputs;
  const exclude = convention.exclude;
  const categories = data.categories;
  const n = categories.length;
  const region = chosen.length > 1;
  const source = (row: number, col: number) =>
    `${quoteSheetName(data.sheet)}!${dataCell(data, row, col)}`;
  const formats = numberFormats(choices.per);
  const perUnit = formats.unit;
  const perFormat = formats.perHead;
  const last = data.forces[data.forces.length - 1] as ForceRow;
  const lastCol = Math.max(
    ...categories.map((c) => (c.columns.kind === 'nre' ? c.columns.nre : c.columns.income)),
  );
  // "A4:J47 on 'Sample data'": a text starting with an apostrophe would lose it, as typed text does.
  const dataAddress = `${dataCell(data, data.headerRow, 0)}:${dataCell(data, last.row, lastCol)} on ${quoteSheetName(data.sheet)}`;

  const layout = new SheetLayout();
  layout.add(text(`NRE per head benchmark: ${inputs.label}`, true));
  layout.add(
    text('Benchmarked'),
    text(region ? `${inputs.label} (a region: total NRE ÷ total population)` : inputs.label),
  );
  layout.add(
    text('Compared with'),
    text(
      inputs.peers === undefined
        ? 'All England and Wales forces in the data'
        : `Peer group: ${benchmarkLabel(inputs.peers)}`,
    ),
  );
  const excludeRow = layout.add(
    text('Excluded from the average'),
    ...(exclude.length === 0 ? [text('none')] : exclude.map((f) => text(f))),
  );
  layout.add(text('Average'), text(convention.description));
  const perRow = layout.add(text('Per'), { value: choices.per, format: WHOLE }, text(perUnit));
  layout.add(text('Data'), text(dataAddress));
  layout.add(
    text(
      'Forces that reported nothing in a category are left out of its average. Figures are live formulas on the data; run the benchmark again to change the choices.',
    ),
  );
  layout.skip();
  // Header row, then one row per category.
  const summary = layout.reserve(1 + n);
  const variance = titled(layout, 'Variance by category (chart data)', 1 + n);
  const slope = titled(
    layout,
    `Ski-slope: all forces, ${inputs.slope.category.name} (chart data)`,
    1 + inputs.slope.rows.length,
  );
  // Header row, one row per force, then the benchmarked figure (ranked with the compared forces).
  const workings = titled(layout, 'Workings: per-force figures', 1 + data.forces.length + 1);
  const members = region
    ? titled(layout, 'Region members: NRE and population (pooled above)', 1 + chosen.length)
    : undefined;

  const perCell = abs(1, perRow);
  const perHeadCol = (c: number) => 2 + c;
  const comparedCol = (c: number) => 2 + n + c;
  const rowOfForce = new Map(data.forces.map((f, i) => [f, workings.row(1 + i)]));
  const workingsRow = (f: ForceRow) => rowOfForce.get(f) as number;
  const forcesTop = workings.row(1);
  const forcesBottom = workings.row(data.forces.length);
  const benchmarkedRow = workings.last;
  const summaryRow = (c: number) => summary.row(1 + c);

  summary.fill([
    [
      text('Category', true),
      text(`${inputs.label} (${perUnit})`, true),
      // The convention beside the figure, so a reader of the column never has to look it up.
      text(`Average (${convention.name})`, true),
      text(`Difference (${perUnit})`, true),
      text('Variance', true),
      text('Rank (1 = highest)', true),
      text('Forces compared', true),
    ],
    ...results.map((r, c): Row => {
      const row = summaryRow(c);
      const category = categories[c] as Category;
      const exclusions = `${abs(1, excludeRow)}:${abs(Math.max(1, exclude.length), excludeRow)}`;
      const weights = convention.weighted ? `,${absColumn(1, forcesTop, forcesBottom)}` : '';
      const average = formula(
        `=COLLAB.NATIONALAVERAGE(${absColumn(comparedCol(c), forcesTop, forcesBottom)},${absColumn(0, forcesTop, forcesBottom)},${exclusions}${weights})`,
        perFormat,
      );
      // Live as the rest: blanking a force's figure after writing changes the count, and the
      // benchmarked figure says "not reported", as a fresh write does, with no #VALUE! beside it.
      const compared = formula(
        `=COUNT(${absColumn(comparedCol(c), forcesTop, forcesBottom)})`,
        WHOLE,
      );
      const reported = (expr: string, format: string) =>
        formula(`=IF(ISNUMBER(${cell(1, row)}),${expr},"")`, format);
      const own = cell(perHeadCol(c), workingsRow(chosen[0] as ForceRow));
      const value =
        members === undefined
          ? formula(`=IF(ISNUMBER(${own}),${own},"${NOT_REPORTED}")`, perFormat)
          : r.value === null
            ? text(NOT_REPORTED)
            : formula(
                `=COLLAB.POOLEDPERHEAD(${absColumn(2 + c, members.row(1), members.last)},${absColumn(1, members.row(1), members.last)},${perCell})`,
                perFormat,
              );
      return [
        text(category.name),
        value,
        average,
        reported(`${cell(1, row)}-${cell(2, row)}`, formats.difference),
        reported(`COLLAB.VARIANCEPCT(${cell(1, row)},${cell(2, row)})`, SIGNED_RATE),
        reported(
          `RANK.EQ(${cell(1, row)},${absColumn(comparedCol(c), forcesTop, benchmarkedRow)})`,
          WHOLE,
        ),
        compared,
      ];
    }),
  ]);

  variance.fill([
    [text('Category', true), text('Variance from average', true)],
    ...results.map((_, c) => [
      formula(`=${cell(0, summaryRow(c))}`),
      formula(`=${cell(4, summaryRow(c))}`, SIGNED_RATE),
    ]),
  ]);

  const slopeIndex = categories.indexOf(inputs.slope.category);
  const slopeAverage = abs(2, summaryRow(slopeIndex));
  slope.fill([
    [
      text('Force', true),
      text(`${inputs.slope.category.name} (${perUnit})`, true),
      text(`Average (${convention.name})`, true),
    ],
    // The average on every row: the chart's second series, drawn as a line across the forces.
    ...inputs.slope.rows.map((f) => [
      formula(`=${cell(0, workingsRow(f))}`),
      formula(`=${cell(perHeadCol(slopeIndex), workingsRow(f))}`, perFormat),
      formula(`=${slopeAverage}`, perFormat),
    ]),
  ]);

  workings.fill([
    [
      text('Force', true),
      text('Population', true),
      ...categories.map((c) => text(`${c.name} (${perUnit})`, true)),
      ...categories.map((c) => text(`${c.name}: compared`, true)),
    ],
    ...data.forces.map((f) => {
      const row = workingsRow(f);
      const population = cell(1, row);
      return [
        formula(`=${source(f.row, 0)}`),
        formula(`=${source(f.row, 1)}`, WHOLE),
        ...categories.map((category) => {
          const k = category.columns;
          const first = source(f.row, k.kind === 'nre' ? k.nre : k.expenditure);
          const call =
            k.kind === 'nre'
              ? `COLLAB.PERHEAD(${first},${population},${perCell})`
              : `COLLAB.NREPERHEAD(${first},${source(f.row, k.income)},${population},${perCell})`;
          return formula(`=IF(${first}="","",${call})`, perFormat);
        }),
        ...categories.map((_, c) =>
          inputs.compared(f) ? formula(`=${cell(perHeadCol(c), row)}`, perFormat) : null,
        ),
      ];
    }),
    [
      text(region ? `Region: ${inputs.label}` : `Benchmarked: ${inputs.label}`, true),
      null,
      ...categories.map(() => null),
      ...results.map((_, c) => formula(`=${cell(1, summaryRow(c))}`, perFormat)),
    ],
  ]);

  members?.fill([
    [
      text('Force', true),
      text('Population', true),
      ...categories.map((c) => text(`${c.name} NRE (£)`, true)),
    ],
    ...chosen.map((f) => [
      formula(`=${source(f.row, 0)}`),
      formula(`=${source(f.row, 1)}`, WHOLE),
      ...categories.map((category) => {
        const k = category.columns;
        // Plain subtraction rather than COLLAB.NRE: its income is a repeating parameter,
        // which the preview's formula engine does not pass as Excel does (yet).
        return k.kind === 'nre'
          ? formula(`=${source(f.row, k.nre)}`, WHOLE_POUNDS)
          : formula(`=${source(f.row, k.expenditure)}-${source(f.row, k.income)}`, WHOLE_POUNDS);
      }),
    ]),
  ]);

  const chosenSet = new Set(chosen);
  const charts: ChartSpec[] = [
    {
      kind: 'columnClustered',
      title: `${inputs.label}: variance from average by category`,
      source: `A${variance.top}:B${variance.last}`,
      at: 'I2',
    },
    {
      kind: 'columnClustered',
      title: `${inputs.slope.category.name}: all forces (${perUnit})`,
      source: `A${slope.top}:C${slope.last}`,
      at: 'I20',
      highlightPoints: inputs.slope.rows.flatMap((f, i) => (chosenSet.has(f) ? [i] : [])),
      averageLine: true,
      // Fixed when written, by the preview's own rule: Excel has no live outlier handling.
      outliers: outlierScale(inputs.slope.values),
    },
  ];
  return {
    name: inputs.name,
    blocks: layout.blocksToWrite(),
    // Points, as Office JS sets column widths.
    columnWidths: [190, 120, 100, 120, 80, 90, 90, ...categories.map(() => 100)],
    charts,
  };
}
