// Plans a benchmark: from checked data and the user's choices, the results the pane shows
// (computed by the core) and the sheet to write (live formulas on the data cells, same figures).
import {
  CollabError,
  DEFAULT_EXCLUSIONS,
  forceKey,
  nationalAverage,
  nrePerHead,
  perHead,
  pooledPerHead,
  variancePct,
  type Decimal,
} from '@collab-finance/core';
import type { BlockWrite, CellWrite, ChartSpec, SheetWrite } from '../../workbook/port';
import { columnLetters, formatCell, quoteSheetName } from '../../workbook/a1';
import { dataCell, type BenchmarkData, type Category, type ForceRow } from './data';
import { BenchmarkInputError, cellsOn } from './errors';
import { freeSheetName } from './sheetName';

export interface BenchmarkChoices {
  /** One force, or several treated as a region (pooled per head). */
  readonly forces: readonly string[];
  /** The comparison group; omitted: every force in the data. */
  readonly peers?: readonly string[];
  /** Leave the Metropolitan Police and City of London Police out of the average (the default). */
  readonly excludeMetAndCity: boolean;
  /** Population-weighted average instead of the simple mean. */
  readonly weighted: boolean;
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
  readonly results: readonly CategoryResult[];
  readonly slope: { readonly category: string; readonly points: readonly SlopePoint[] };
  /** Forces in the data left out of the average by the exclusions. */
  readonly excluded: readonly string[];
  readonly sheet: SheetWrite;
}

const MONEY = '£#,##0';
const SIGNED_RATE = '+0.0%;-0.0%;0.0%';

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
        perHead: MONEY,
        difference: '+£#,##0;-£#,##0;£0',
        variance: SIGNED_RATE,
      };
}
const rowOfExcel = (index: number) => index + 1;

function perHeadOf(figures: ForceRow['figures'][number], population: number, per: number) {
  if (figures === null) return null;
  return figures.kind === 'nre'
    ? perHead(figures.nre, population, per)
    : nrePerHead(figures.expenditure, figures.income, population, per);
}

function nreOf(figures: ForceRow['figures'][number]): number | null {
  if (figures === null) return null;
  return figures.kind === 'nre' ? figures.nre : figures.expenditure - figures.income;
}

function resolveForces(data: BenchmarkData, names: readonly string[], what: string): ForceRow[] {
  return names.map((name) => {
    const row = data.forces.find((f) => f.key === forceKey(name));
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
  const chosenKeys = new Set(chosen.map((f) => f.key));
  if (chosenKeys.size !== chosen.length) {
    throw new BenchmarkInputError('NO_FORCE_CHOSEN', 'A force is chosen twice');
  }
  if (choices.peers?.length === 0) {
    throw new BenchmarkInputError('NO_FORCE_CHOSEN', 'Choose the forces of the peer group');
  }
  const peers = choices.peers && resolveForces(data, choices.peers, 'The peer group force');
  const inGroup = (f: ForceRow) => peers === undefined || peers.some((p) => p.key === f.key);
  const exclude = choices.excludeMetAndCity ? DEFAULT_EXCLUSIONS : [];
  const excludeKeys = new Set(exclude.map(forceKey));
  const compared = (f: ForceRow) => inGroup(f) && !excludeKeys.has(f.key);
  const excluded = data.forces
    .filter((f) => inGroup(f) && excludeKeys.has(f.key))
    .map((f) => f.name);
  const on = cellsOn(data.sheet);
  const first = data.forces[0] as ForceRow;
  const last = data.forces[data.forces.length - 1] as ForceRow;
  if (!data.forces.some(compared)) {
    throw new BenchmarkInputError(
      'NO_FORCES_LEFT',
      `No forces are left to compare after the exclusions (${excluded.join(', ')})`,
      on([`${dataCell(data, first.row, 0)}:${dataCell(data, last.row, 0)}`]),
    );
  }

  const names = data.forces.map((f) => f.name);
  const populations = data.forces.map((f) => f.population);
  const results = data.categories.map((category, c): CategoryResult => {
    const values = data.forces.map((f) =>
      perHeadOf(f.figures[c] ?? null, f.population, choices.per),
    );
    let average: ReturnType<typeof nationalAverage>;
    try {
      average = nationalAverage(values, names, {
        exclude,
        group: peers?.map((p) => p.name),
        weights: choices.weighted ? populations : undefined,
      });
    } catch (e) {
      if (!(e instanceof CollabError && e.code === 'NO_DATA')) throw e;
      const column = firstColumn(category);
      throw new BenchmarkInputError(
        'NO_FORCES_LEFT',
        `No compared force reported ${category.name}, so it has no average`,
        on([`${dataCell(data, first.row, column)}:${dataCell(data, last.row, column)}`]),
      );
    }
    const reported = chosen.map((f) => nreOf(f.figures[c] ?? null));
    const value = reported.some((v) => v === null)
      ? null
      : chosen.length === 1
        ? (values[data.forces.indexOf(chosen[0] as ForceRow)] ?? null)
        : pooledPerHead(
            reported,
            chosen.map((f) => f.population),
            choices.per,
          );
    const usedKeys = new Set(average.used.map(forceKey));
    const higher =
      value === null
        ? 0
        : data.forces.filter((f, i) => usedKeys.has(f.key) && values[i]?.gt(value)).length;
    return {
      category: category.name,
      value,
      average: average.average,
      difference: value && value.minus(average.average),
      variance: value && variancePct(value, average.average),
      rank: value === null ? null : higher + 1,
      compared: average.used.length,
    };
  });

  const slopeIndex = Math.max(
    0,
    data.categories.findIndex((c) => c.name === choices.slopeCategory),
  );
  const slopeCategory = data.categories[slopeIndex] as Category;
  const points = data.forces
    .map((f) => ({
      force: f.name,
      value: perHeadOf(f.figures[slopeIndex] ?? null, f.population, choices.per),
      highlighted: chosenKeys.has(f.key),
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
    compared,
    exclude,
    peers,
    results,
    slope: { category: slopeCategory, rows: points.map((p) => p.row) },
  });
  return {
    label,
    results,
    slope: {
      category: slopeCategory.name,
      points: points.map(({ force, value, highlighted }) => ({ force, value, highlighted })),
    },
    excluded,
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
  readonly exclude: readonly string[];
  readonly peers: readonly ForceRow[] | undefined;
  readonly results: readonly CategoryResult[];
  readonly slope: { readonly category: Category; readonly rows: readonly ForceRow[] };
}

const text = (value: string, bold = false): CellWrite => (bold ? { value, bold } : { value });
const formula = (f: string, format?: string): CellWrite =>
  format ? { formula: f, format } : { formula: f };
const abs = (col: number, row: number) => `$${columnLetters(col)}$${rowOfExcel(row)}`;
const cell = (col: number, row: number) => formatCell({ col, row });
const absRange = (col: number, from: number, to: number) => `${abs(col, from)}:${abs(col, to)}`;
const absRow = (row: number, from: number, to: number) => `${abs(from, row)}:${abs(to, row)}`;

/** The sheet: header, summary, chart data, per-force workings, and for a region its members. */
function writeSheet(inputs: SheetInputs): SheetWrite {
  const { data, choices, chosen, results } = inputs;
  const n = data.categories.length;
  const region = chosen.length > 1;
  const source = (row: number, col: number) =>
    `${quoteSheetName(data.sheet)}!${dataCell(data, row, col)}`;
  const formats = numberFormats(choices.per);
  const perUnit = formats.unit;
  const perFormat = formats.perHead;
  const diffFormat = formats.difference;
  const last = data.forces[data.forces.length - 1] as ForceRow;
  const lastCol = Math.max(
    ...data.categories.map((c) => (c.columns.kind === 'nre' ? c.columns.nre : c.columns.income)),
  );
  // "A4:J47 on 'Sample data'": a text starting with an apostrophe would lose it, as typed text does.
  const dataAddress = `${dataCell(data, data.headerRow, 0)}:${dataCell(data, last.row, lastCol)} on ${quoteSheetName(data.sheet)}`;

  // Row indices (0-based) of each block, laid out top to bottom.
  const PER_ROW = 5;
  const summaryHeader = 9;
  const summaryFirst = summaryHeader + 1;
  // Each block after the summary has a blank row, then its title row, then its header row.
  const varianceHeader = summaryFirst + n + 2;
  const slopeHeader = varianceHeader + n + 3;
  const workingsHeader = slopeHeader + inputs.slope.rows.length + 3;
  const workingsFirst = workingsHeader + 1;
  const workingsLast = workingsFirst + data.forces.length - 1;
  const benchmarkedRow = workingsLast + 1;
  const regionHeader = benchmarkedRow + 3;
  const perCell = abs(1, PER_ROW);
  const perHeadCol = (c: number) => 2 + c;
  const comparedCol = (c: number) => 2 + n + c;
  const workingsRow = (f: ForceRow) => workingsFirst + data.forces.indexOf(f);

  const header: (CellWrite | null)[][] = [
    [text(`NRE per head benchmark: ${inputs.label}`, true)],
    [
      text('Benchmarked'),
      text(region ? `${inputs.label} (a region: total NRE ÷ total population)` : inputs.label),
    ],
    [
      text('Compared with'),
      text(
        inputs.peers === undefined
          ? 'All England and Wales forces in the data'
          : `Peer group: ${benchmarkLabel(inputs.peers)}`,
      ),
    ],
    [
      text('Excluded from the average'),
      ...(inputs.exclude.length === 0 ? [text('none')] : inputs.exclude.map((f) => text(f))),
    ],
    [
      text('Average'),
      text(
        choices.weighted
          ? 'Population-weighted mean of the compared forces'
          : 'Simple mean of the compared forces',
      ),
    ],
    [text('Per'), { value: choices.per, format: '#,##0' }, text(perUnit)],
    [text('Data'), text(dataAddress)],
    [
      text(
        'Forces that reported nothing in a category are left out of its average. Figures are live formulas on the data; run the benchmark again to change the choices.',
      ),
    ],
  ];

  const summaryRowOf = (c: number) => summaryFirst + c;
  const summary: (CellWrite | null)[][] = [
    [
      text('Category', true),
      text(`${inputs.label} (${perUnit})`, true),
      text('Average', true),
      text(`Difference (${perUnit})`, true),
      text('Variance', true),
      text('Rank (1 = highest)', true),
      text('Forces compared', true),
    ],
    ...results.map((r, c) => {
      const row = summaryRowOf(c);
      const category = data.categories[c] as Category;
      const values = absRange(comparedCol(c), workingsFirst, workingsLast);
      const average = formula(
        `=COLLAB.NATIONALAVERAGE(${values},${absRange(0, workingsFirst, workingsLast)},${absRow(3, 1, Math.max(1, inputs.exclude.length))}${choices.weighted ? `,${absRange(1, workingsFirst, workingsLast)}` : ''})`,
        perFormat,
      );
      if (r.value === null) {
        return [
          text(category.name),
          text('not reported'),
          average,
          null,
          null,
          null,
          { value: r.compared },
        ];
      }
      const value = region
        ? formula(
            `=COLLAB.POOLEDPERHEAD(${absRange(2 + c, regionHeader + 1, regionHeader + chosen.length)},${absRange(1, regionHeader + 1, regionHeader + chosen.length)},${perCell})`,
            perFormat,
          )
        : formula(`=${cell(perHeadCol(c), workingsRow(chosen[0] as ForceRow))}`, perFormat);
      return [
        text(category.name),
        value,
        average,
        formula(`=${cell(1, row)}-${cell(2, row)}`, diffFormat),
        formula(`=COLLAB.VARIANCEPCT(${cell(1, row)},${cell(2, row)})`, SIGNED_RATE),
        formula(
          `=RANK.EQ(${cell(1, row)},${absRange(comparedCol(c), workingsFirst, benchmarkedRow)})`,
        ),
        { value: r.compared },
      ];
    }),
  ];

  const variance: (CellWrite | null)[][] = [
    [text('Category', true), text('Variance from average', true)],
    ...results.map((_, c) => [
      formula(`=${cell(0, summaryRowOf(c))}`),
      formula(`=${cell(4, summaryRowOf(c))}`, SIGNED_RATE),
    ]),
  ];

  const slopeColumn = perHeadCol(data.categories.indexOf(inputs.slope.category));
  const slope: (CellWrite | null)[][] = [
    [text('Force', true), text(`${inputs.slope.category.name} (${perUnit})`, true)],
    ...inputs.slope.rows.map((f) => [
      formula(`=${cell(0, workingsRow(f))}`),
      formula(`=${cell(slopeColumn, workingsRow(f))}`, perFormat),
    ]),
  ];

  const workings: (CellWrite | null)[][] = [
    [
      text('Force', true),
      text('Population', true),
      ...data.categories.map((c) => text(`${c.name} (${perUnit})`, true)),
      ...data.categories.map((c) => text(`${c.name}: compared`, true)),
    ],
    ...data.forces.map((f) => {
      const row = workingsRow(f);
      const population = cell(1, row);
      return [
        formula(`=${source(f.row, 0)}`),
        formula(`=${source(f.row, 1)}`, '#,##0'),
        ...data.categories.map((category) => {
          const k = category.columns;
          const first = source(f.row, k.kind === 'nre' ? k.nre : k.expenditure);
          const call =
            k.kind === 'nre'
              ? `COLLAB.PERHEAD(${first},${population},${perCell})`
              : `COLLAB.NREPERHEAD(${first},${source(f.row, k.income)},${population},${perCell})`;
          return formula(`=IF(${first}="","",${call})`, perFormat);
        }),
        ...data.categories.map((_, c) =>
          inputs.compared(f) ? formula(`=${cell(perHeadCol(c), row)}`, perFormat) : null,
        ),
      ];
    }),
    [
      text(region ? `Region: ${inputs.label}` : `Benchmarked: ${inputs.label}`, true),
      null,
      ...data.categories.map(() => null),
      ...results.map((r, c) =>
        r.value === null ? null : formula(`=${cell(1, summaryRowOf(c))}`, perFormat),
      ),
    ],
  ];

  const blocks: BlockWrite[] = [
    { at: 'A1', rows: header },
    { at: cell(0, summaryHeader), rows: summary },
    { at: cell(0, varianceHeader - 1), rows: [[text('Variance by category (chart data)', true)]] },
    { at: cell(0, varianceHeader), rows: variance },
    {
      at: cell(0, slopeHeader - 1),
      rows: [[text(`Ski-slope: all forces, ${inputs.slope.category.name} (chart data)`, true)]],
    },
    { at: cell(0, slopeHeader), rows: slope },
    { at: cell(0, workingsHeader - 1), rows: [[text('Workings: per-force figures', true)]] },
    { at: cell(0, workingsHeader), rows: workings },
  ];
  if (region) {
    blocks.push({
      at: cell(0, regionHeader - 1),
      rows: [[text('Region members: NRE and population (pooled above)', true)]],
    });
    blocks.push({
      at: cell(0, regionHeader),
      rows: [
        [
          text('Force', true),
          text('Population', true),
          ...data.categories.map((c) => text(`${c.name} NRE (£)`, true)),
        ],
        ...chosen.map((f) => [
          formula(`=${source(f.row, 0)}`),
          formula(`=${source(f.row, 1)}`, '#,##0'),
          ...data.categories.map((category) => {
            const k = category.columns;
            // Plain subtraction rather than COLLAB.NRE: its income is a repeating parameter,
            // which the preview's formula engine does not pass as Excel does (yet).
            return k.kind === 'nre'
              ? formula(`=${source(f.row, k.nre)}`, MONEY)
              : formula(`=${source(f.row, k.expenditure)}-${source(f.row, k.income)}`, MONEY);
          }),
        ]),
      ],
    });
  }

  const charts: ChartSpec[] = [
    {
      kind: 'columnClustered',
      title: `${inputs.label}: variance from average by category`,
      source: `${cell(0, varianceHeader)}:${cell(1, varianceHeader + n)}`,
      at: 'I2',
    },
    {
      kind: 'columnClustered',
      title: `${inputs.slope.category.name}: all forces (${perUnit})`,
      source: `${cell(0, slopeHeader)}:${cell(1, slopeHeader + inputs.slope.rows.length)}`,
      at: 'I20',
      highlightPoints: inputs.slope.rows.flatMap((f, i) => (inputs.chosen.includes(f) ? [i] : [])),
    },
  ];
  return {
    name: inputs.name,
    blocks,
    // Points, as Office JS sets column widths.
    columnWidths: [190, 120, 100, 120, 80, 90, 90, ...data.categories.map(() => 100)],
    charts,
  };
}
