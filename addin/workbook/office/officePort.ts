// The WorkbookPort on Office JS. Each method is one Excel.run with a fixed number of
// context.sync() calls whatever the data size: reads load all they need at once; a sheet is
// checked (1 sync), added under a temporary name no one else can have chosen and its id read
// (1 sync), written with one range write per block, per formatted rectangle and per drop-down
// list, and named (1 sync) and, when it replaces an
// existing sheet, swapped in (1 sync). A failed write is undone in a second Excel.run that
// deletes the sheet it added, found by id (or by that unique temporary name if Excel failed
// before giving the id): a sheet or name someone else made meanwhile is never touched.

import {
  CHART_COLOURS,
  type CellValue,
  type ChartKind,
  type RangeData,
  type SheetWrite,
  type WorkbookPort,
} from '../port';
import { blockArrays, type BlockArrays } from './blockArrays';
import {
  WorkbookError,
  excelReason,
  isItemAlreadyExists,
  isItemNotFound,
  type WorkbookErrorCode,
} from './errors';
import { formatCell, formatRange, isWholeColumns, parseRange } from '../a1';
import {
  checkDefinedName,
  checkSheetName,
  listSource,
  onSheet,
  rangeOnSheet,
  sameName,
  splitAddress,
} from '../names';

/** Excel.run's form with options, the only one this port uses; `Excel.run` itself fits it. */
export type ExcelRun = <T>(
  options: Excel.RunOptions,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/** Looked up at call time: office.js defines the global `Excel` only once it has loaded. */
const officeRun: ExcelRun = (options, batch) => Excel.run(options, batch);

/**
 * Every batch waits while the user is editing a cell: without this Excel rejects it at once, so
 * a button pressed mid-edit would fail.
 */
export const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

const CHART_TYPES: Record<ChartKind, 'ColumnClustered' | 'BarClustered' | 'Line'> = {
  columnClustered: 'ColumnClustered',
  barClustered: 'BarClustered',
  line: 'Line',
};

/** A SheetWrite checked and turned into what Excel takes, before Excel is touched. */
interface PreparedSheet {
  readonly name: string;
  readonly blocks: readonly { readonly at: string; readonly arrays: BlockArrays }[];
  readonly names: readonly { readonly name: string; readonly address: string }[];
  /** Each rectangle's top-left cell and size, with its format repeated over every cell. */
  readonly formats: readonly {
    readonly at: string;
    readonly rows: number;
    readonly cols: number;
    readonly grid: string[][];
  }[];
  readonly validations: readonly { readonly range: string; readonly source: string }[];
  readonly columnWidths: readonly number[];
  readonly charts: readonly {
    readonly type: (typeof CHART_TYPES)[ChartKind];
    readonly title: string;
    readonly source: string;
    readonly at: string;
    readonly highlightPoints: readonly number[];
    readonly averageLine: boolean;
    readonly outliers?: { readonly axisMax: number; readonly points: readonly number[] };
  }[];
}

/** What the check before a write found, and so how the write goes. */
interface WritePlan {
  /** The sheet being replaced, when there is one: the new sheet takes its place at the end. */
  readonly old?: { readonly id: string; readonly name: string; readonly position: number };
  /** The temporary name the new sheet is written under: free, and unique to this write. */
  readonly target: string;
}

/** What undoing a write left: the new sheet's name if it had to stay; whether its name is taken. */
interface Undone {
  readonly kept?: string;
  readonly taken: boolean;
}

/** How far a write got: what it has made, by id, is all that an undo may remove. */
interface Progress {
  /** Set once the check is done: from then on the sheet may have been added. */
  plan?: WritePlan;
  /** The id of the sheet this write added, once Excel has confirmed adding it. */
  created?: string;
  /** Set when the old sheet's deletion has been sent: from then on it may be gone. */
  swapping?: boolean;
}

export class OfficePort implements WorkbookPort {
  constructor(
    private readonly run: ExcelRun = officeRun,
    /** Makes each write's temporary sheet name its own (tests fix it to check clashes). */
    private readonly nonce: () => string = () => crypto.randomUUID().slice(0, 6),
  ) {}

  readSelection(): Promise<RangeData> {
    return this.read('the selection', undefined, (context) => context.workbook.getSelectedRange());
  }

  readRange(address: string): Promise<RangeData> {
    const { sheet, range } = splitAddress(address);
    const parsed = parseRange(range);
    const columns = parsed !== undefined && isWholeColumns(parsed);
    return this.read(`the range ${address}`, 'NO_SUCH_SHEET', (context) => {
      const sheets = context.workbook.worksheets;
      const on = sheet === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheet);
      // Whole columns are a million rows: only their used part is read (values, not formats).
      return columns ? on.getRange(range).getUsedRangeOrNullObject(true) : on.getRange(range);
    });
  }

  readTable(name: string): Promise<RangeData> {
    // getRange() is the whole table: header row and data rows, as the port promises.
    return this.read(`the table "${name}"`, 'NO_SUCH_TABLE', (context) =>
      context.workbook.tables.getItem(name).getRange(),
    );
  }

  tableNames(): Promise<string[]> {
    return this.attempt('list', 'the tables', undefined, async (context) => {
      const tables = context.workbook.tables.load('items/name');
      await context.sync();
      return tables.items.map((table) => table.name);
    });
  }

  sheetNames(): Promise<string[]> {
    return this.attempt('list', 'the sheets', undefined, async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/position');
      await context.sync();
      return [...sheets.items].sort((a, b) => a.position - b.position).map((s) => s.name);
    });
  }

  activateSheet(name: string): Promise<void> {
    return this.attempt('activate', `the sheet "${name}"`, 'NO_SUCH_SHEET', async (context) => {
      context.workbook.worksheets.getItem(name).activate();
      await context.sync();
    });
  }

  async writeSheet(write: SheetWrite, options?: { readonly replace?: boolean }): Promise<void> {
    const sheet = prepare(write);
    const replace = options?.replace === true;
    const progress: Progress = {};
    try {
      await this.batch(async (context) => {
        const plan = await survey(context, sheet, replace, this.nonce());
        progress.plan = plan;
        // Added alone, so success gives its id before anything else is written.
        const added = context.workbook.worksheets.add(plan.target).load('id');
        await context.sync();
        progress.created = added.id;
        queueContent(added, sheet);
        if (plan.old !== undefined) {
          await context.sync();
          progress.swapping = true;
          // Only now that the new sheet is complete does the old one go.
          context.workbook.worksheets.getItem(plan.old.id).delete();
          added.position = plan.old.position;
        }
        added.name = sheet.name;
        added.activate();
        await context.sync();
      });
    } catch (error) {
      if (error instanceof WorkbookError) throw error;
      throw await this.failure(sheet.name, progress, error);
    }
  }

  /** Undoes what a failed write made, if anything, and builds the error that says what is left. */
  private async failure(name: string, progress: Progress, error: unknown): Promise<WorkbookError> {
    const { plan, created, swapping } = progress;
    const reason = excelReason(error);
    if (plan === undefined) {
      return new WorkbookError(
        'EXCEL_REFUSED',
        `Excel could not check the workbook before writing "${name}": ${reason}`,
        { cause: error },
      );
    }
    if (created === undefined && isItemAlreadyExists(error)) {
      // The temporary name was taken after all: the add failed, so there is nothing to remove.
      return new WorkbookError(
        'WRITE_FAILED',
        `Excel could not add the sheet "${name}" (${reason}); nothing was written`,
        { cause: error },
      );
    }
    let undone: Undone;
    try {
      undone = await this.discard(
        created ?? plan.target,
        name,
        swapping ? plan.old?.id : undefined,
      );
    } catch (cleanupError) {
      return new WorkbookError(
        'WRITE_FAILED',
        `Excel could not write the sheet "${name}" (${reason}), and removing the half-written sheet "${plan.target}" also failed (${excelReason(cleanupError)})`,
        { cause: error },
      );
    }
    if (undone.kept !== undefined) {
      return new WorkbookError(
        'WRITE_FAILED',
        `Excel could not write the sheet "${name}" (${reason}); the old sheet was deleted and the new one is complete, named "${undone.kept}"`,
        { cause: error },
      );
    }
    if (plan.old === undefined && undone.taken) {
      // A sheet of that name appeared after the check: another pane's write, or a co-author's.
      return new WorkbookError(
        'SHEET_EXISTS',
        `A sheet named "${name}" was added to the workbook while it was being written`,
        { cause: error },
      );
    }
    const outcome =
      plan.old === undefined
        ? 'nothing was kept, the workbook is as it was'
        : `the existing sheet "${plan.old.name}" is unchanged`;
    return new WorkbookError(
      'WRITE_FAILED',
      `Excel could not write the sheet "${name}" (${reason}); ${outcome}`,
      { cause: error },
    );
  }

  /**
   * Deletes the sheet this write added, by id or unique temporary name (its sheet-scoped names
   * go with it), unless the sheet with id `original` is gone: then the new sheet is the only
   * copy and stays. Also says whether another sheet now has the final name.
   */
  private discard(ours: string, name: string, original?: string): Promise<Undone> {
    return this.batch(async (context) => {
      const sheets = context.workbook.worksheets;
      const added = sheets.getItemOrNullObject(ours).load('isNullObject,id,name');
      const named = sheets.getItemOrNullObject(name).load('isNullObject,id');
      const old = original === undefined ? undefined : sheets.getItemOrNullObject(original);
      old?.load('isNullObject');
      await context.sync();
      const taken = !named.isNullObject && (added.isNullObject || named.id !== added.id);
      if (added.isNullObject) return { taken };
      if (old?.isNullObject === true) return { kept: added.name, taken };
      added.delete();
      await context.sync();
      return { taken };
    });
  }

  /** One Excel.run with the port's options. */
  private batch<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return this.run(RUN_OPTIONS, batch);
  }

  private read(
    what: string,
    missing: WorkbookErrorCode | undefined,
    locate: (context: Excel.RequestContext) => Excel.Range,
  ): Promise<RangeData> {
    return this.attempt('read', what, missing, async (context) => {
      const range = locate(context).load('address,values,valueTypes');
      await context.sync();
      // Only whole columns can be a null object: their used range when they hold nothing.
      if (range.isNullObject) throw new Error('it holds nothing to read');
      const { sheet = '', range: address } = splitAddress(range.address);
      const types = range.valueTypes;
      const values = range.values.map((row, r) =>
        row.map((value: unknown, c) => cellValue(value, types[r]?.[c])),
      );
      return { sheet, address, values };
    });
  }

  /**
   * Runs a batch that changes nothing, turning Excel's refusals into WorkbookErrors: `missing`
   * is the code for Excel's ItemNotFound (a sheet or table that is not there).
   */
  private async attempt<T>(
    verb: string,
    what: string,
    missing: WorkbookErrorCode | undefined,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.batch(batch);
    } catch (error) {
      const notThere = missing !== undefined && isItemNotFound(error);
      throw new WorkbookError(
        notThere ? missing : 'EXCEL_REFUSED',
        `Excel could not ${verb} ${what}: ${notThere ? 'it is not in this workbook' : excelReason(error)}`,
        { cause: error },
      );
    }
  }
}

/** Checks everything that can be checked without Excel, so a bad write fails before it starts. */
function prepare(write: SheetWrite): PreparedSheet {
  checkSheetName(write.name);
  const here = (address: string): string => onSheet(write.name, address);
  return {
    name: write.name,
    blocks: write.blocks.flatMap((block) => {
      const arrays = blockArrays(block);
      return arrays === undefined ? [] : [{ at: here(block.at), arrays }];
    }),
    names: (write.names ?? []).map(({ name, address }) => {
      checkDefinedName(name);
      return { name, address: here(address) };
    }),
    formats: (write.formats ?? []).map(({ range, format }) => {
      const rect = rangeOnSheet(write.name, range);
      const rows = rect.end.row - rect.start.row + 1;
      const cols = rect.end.col - rect.start.col + 1;
      const grid = Array.from({ length: rows }, () => Array.from({ length: cols }, () => format));
      return { at: here(formatCell(rect.start)), rows, cols, grid };
    }),
    validations: (write.validations ?? []).map(({ range, list }) => ({
      range: formatRange(rangeOnSheet(write.name, range)),
      source: listSource(list),
    })),
    columnWidths: write.columnWidths ?? [],
    charts: (write.charts ?? []).map((chart) => ({
      type: CHART_TYPES[chart.kind],
      title: chart.title,
      source: here(chart.source),
      at: here(chart.at),
      highlightPoints: chart.highlightPoints ?? [],
      averageLine: chart.averageLine === true,
      ...(chart.outliers === undefined ? {} : { outliers: chart.outliers }),
    })),
  };
}

/** The one sync before writing: refuses a taken sheet name, and picks where to write. */
async function survey(
  context: Excel.RequestContext,
  sheet: PreparedSheet,
  replace: boolean,
  nonce: string,
): Promise<WritePlan> {
  const sheets = context.workbook.worksheets.load('items/name,items/position,items/id');
  await context.sync();
  const old = sheets.items.find((s) => sameName(s.name, sheet.name));
  if (old !== undefined && !replace) {
    throw new WorkbookError(
      'SHEET_EXISTS',
      `A sheet named "${old.name}" already exists: choose another name, or replace it`,
    );
  }
  const target = temporaryName(
    sheet.name,
    nonce,
    sheets.items.map((s) => s.name),
  );
  return old === undefined
    ? { target }
    : { old: { id: old.id, name: old.name, position: old.position }, target };
}

/**
 * A sheet name not in `taken`, marked with this write's nonce so that no other write (another
 * pane, a co-author) picks it too, and recognisably tied to `name` should a failure leave it.
 */
function temporaryName(name: string, nonce: string, taken: readonly string[]): string {
  for (let i = 1; ; i += 1) {
    const candidate = `~${nonce}${i > 1 ? i : ''} ${name}`.slice(0, 31).replace(/'+$/, '');
    if (!taken.some((t) => sameName(t, candidate))) return candidate;
  }
}

/**
 * Queues the sheet's names (first, so every formula written after them finds them), then its
 * content: one range write per block, whatever its size, widths and charts.
 */
function queueContent(written: Excel.Worksheet, sheet: PreparedSheet): void {
  for (const { name, address } of sheet.names) written.names.add(name, written.getRange(address));
  for (const { at, arrays } of sheet.blocks) {
    const range = written.getRange(at).getResizedRange(arrays.rows - 1, arrays.cols - 1);
    range.formulas = arrays.formulas;
    if (arrays.numberFormat !== undefined) range.numberFormat = arrays.numberFormat;
    if (arrays.properties !== undefined) range.setCellProperties(arrays.properties);
  }
  for (const { at, rows, cols, grid } of sheet.formats) {
    written.getRange(at).getResizedRange(rows - 1, cols - 1).numberFormat = grid;
  }
  for (const { range, source } of sheet.validations) {
    written.getRange(range).dataValidation.rule = { list: { inCellDropDown: true, source } };
  }
  sheet.columnWidths.forEach((width, col) => {
    written.getRangeByIndexes(0, col, 1, 1).getEntireColumn().format.columnWidth = width;
  });
  for (const spec of sheet.charts) {
    // The port's source has categories down the first column and series names across the first
    // row, so series run by column; Excel's automatic choice guesses from the shape instead.
    const chart = written.charts.add(spec.type, written.getRange(spec.source), 'Columns');
    chart.title.text = spec.title;
    chart.setPosition(spec.at);
    const bars = chart.series.getItemAt(0);
    for (const point of spec.highlightPoints) {
      bars.points.getItemAt(point).format.fill.setSolidColor(CHART_COLOURS.highlight);
    }
    if (spec.averageLine) {
      // The second series is the average on every row: a dashed line across the columns, drawn
      // as the preview draws it.
      const line = chart.series.getItemAt(1);
      line.chartType = 'Line';
      line.markerStyle = 'None';
      line.format.line.color = CHART_COLOURS.average;
      line.format.line.lineStyle = 'Dash';
    }
    if (spec.outliers !== undefined) {
      // The axis stops where the preview's does; the bars above it are cut off there by Excel
      // and labelled with their value, so one force does not flatten the rest.
      chart.axes.valueAxis.maximum = spec.outliers.axisMax;
      for (const point of spec.outliers.points) bars.points.getItemAt(point).hasDataLabel = true;
    }
  }
}

/** Excel reports a blank cell as "" with the type Empty; the port says null. */
function cellValue(value: unknown, type: Excel.RangeValueType | undefined): CellValue {
  if (type === 'Empty') return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  return String(value);
}
