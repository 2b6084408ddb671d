// The WorkbookPort on Office JS. Each method is one Excel.run with a fixed number of
// context.sync() calls whatever the data size: reads load all they need at once; a sheet is
// checked (1 sync), written with one range write per block (1 sync) and, when it replaces an
// existing sheet, swapped in (1 sync); a failed write is undone in a second Excel.run.

import type { CellValue, ChartKind, RangeData, SheetWrite, WorkbookPort } from '../port';
import { blockArrays, type BlockArrays } from './blockArrays';
import { WorkbookError, excelReason, isItemNotFound, type WorkbookErrorCode } from './errors';
import { checkDefinedName, checkSheetName, onSheet, sameName, splitAddress } from './names';

/** Excel.run's one-batch form, the only one this port uses; `Excel.run` itself fits it. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Looked up at call time: office.js defines the global `Excel` only once it has loaded. */
const officeRun: ExcelRun = (batch) => Excel.run(batch);

const CHART_TYPES: Record<ChartKind, 'ColumnClustered' | 'BarClustered' | 'Line'> = {
  columnClustered: 'ColumnClustered',
  barClustered: 'BarClustered',
  line: 'Line',
};

/** Dark red: stands out against Excel's default blue series in colour and in greyscale print. */
export const HIGHLIGHT_COLOUR = '#C00000';

/** A SheetWrite checked and turned into what Excel takes, before Excel is touched. */
interface PreparedSheet {
  readonly name: string;
  readonly blocks: readonly { readonly at: string; readonly arrays: BlockArrays }[];
  readonly names: readonly { readonly name: string; readonly address: string }[];
  readonly columnWidths: readonly number[];
  readonly charts: readonly {
    readonly type: (typeof CHART_TYPES)[ChartKind];
    readonly title: string;
    readonly source: string;
    readonly at: string;
    readonly highlightPoints: readonly number[];
  }[];
}

/** What the check before a write found, and so how the write goes. */
interface WritePlan {
  /** The sheet being replaced, when there is one: the write goes to `target`, then swaps. */
  readonly old?: { readonly name: string; readonly position: number };
  /** The name the new sheet is written under: the final one, or a free temporary one. */
  readonly target: string;
  /** Requested names already defined (allowed when replacing, or left broken by a deleted sheet). */
  readonly clashes: readonly string[];
  /** Requested names that do not exist yet: the ones to remove if the write fails. */
  readonly fresh: readonly string[];
}

export class OfficePort implements WorkbookPort {
  constructor(private readonly run: ExcelRun = officeRun) {}

  readSelection(): Promise<RangeData> {
    return this.read('the selection', undefined, (context) => context.workbook.getSelectedRange());
  }

  readRange(address: string): Promise<RangeData> {
    const { sheet, range } = splitAddress(address);
    return this.read(`the range ${address}`, 'NO_SUCH_SHEET', (context) => {
      const sheets = context.workbook.worksheets;
      const on = sheet === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheet);
      return on.getRange(range);
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
    // Set once something may have been written: how to take it out again.
    const undo: { plan?: WritePlan; swapping?: boolean } = {};
    try {
      await this.run(async (context) => {
        const plan = await survey(context, sheet, replace);
        undo.plan = plan;
        const written = queueContent(context, sheet, plan.target);
        if (plan.old === undefined) queueFinish(context, written, sheet, plan.clashes);
        await context.sync();
        if (plan.old === undefined) return;
        undo.swapping = true;
        // Only now that the new sheet is complete does the old one go.
        context.workbook.worksheets.getItem(plan.old.name).delete();
        written.name = sheet.name;
        written.position = plan.old.position;
        queueFinish(context, written, sheet, plan.clashes);
        await context.sync();
      });
    } catch (error) {
      if (error instanceof WorkbookError) throw error;
      const { plan, swapping } = undo;
      if (plan === undefined) {
        throw new WorkbookError(
          'EXCEL_REFUSED',
          `Excel could not check the workbook before writing "${sheet.name}": ${excelReason(error)}`,
          { cause: error },
        );
      }
      throw await this.undoWrite(sheet.name, plan, swapping === true, error);
    }
  }

  /** Removes a failed write's leftovers in a second batch and builds the error that says so. */
  private async undoWrite(
    name: string,
    plan: WritePlan,
    swapping: boolean,
    error: unknown,
  ): Promise<WorkbookError> {
    let outcome: string;
    try {
      // Before the swap, the new sheet and the names it added are ours to delete. During the
      // swap, the temporary sheet may go only while the old sheet is still there.
      const restored = await this.discard(
        plan.target,
        plan.old === undefined ? plan.fresh : [],
        swapping ? name : undefined,
      );
      if (!restored) {
        outcome = `the old sheet was already removed; the new one may be incomplete or named "${plan.target}"`;
      } else if (plan.old === undefined) {
        outcome = 'nothing was kept, the workbook is as it was';
      } else {
        outcome = `the existing sheet "${plan.old.name}" is unchanged`;
      }
    } catch (cleanupError) {
      outcome = `and removing the half-written sheet "${plan.target}" also failed (${excelReason(cleanupError)})`;
    }
    return new WorkbookError(
      'WRITE_FAILED',
      `Excel could not write the sheet "${name}" (${excelReason(error)}); ${outcome}`,
      { cause: error },
    );
  }

  /**
   * Deletes the sheet `target` and the defined `names` if they exist; with `whileExists`, only
   * when both `target` and that sheet are still there. True when the workbook is as it was.
   */
  private discard(
    target: string,
    names: readonly string[],
    whileExists?: string,
  ): Promise<boolean> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const sheet = sheets.getItemOrNullObject(target).load('isNullObject');
      const guard =
        whileExists === undefined
          ? undefined
          : sheets.getItemOrNullObject(whileExists).load('isNullObject');
      const defined = names.map((n) =>
        context.workbook.names.getItemOrNullObject(n).load('isNullObject'),
      );
      await context.sync();
      if (guard !== undefined && (guard.isNullObject || sheet.isNullObject)) return false;
      if (!sheet.isNullObject) sheet.delete();
      for (const item of defined) if (!item.isNullObject) item.delete();
      await context.sync();
      return true;
    });
  }

  private read(
    what: string,
    missing: WorkbookErrorCode | undefined,
    locate: (context: Excel.RequestContext) => Excel.Range,
  ): Promise<RangeData> {
    return this.attempt('read', what, missing, async (context) => {
      const range = locate(context).load('address,values,valueTypes');
      await context.sync();
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
      return await this.run(batch);
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
    columnWidths: write.columnWidths ?? [],
    charts: (write.charts ?? []).map((chart) => ({
      type: CHART_TYPES[chart.kind],
      title: chart.title,
      source: here(chart.source),
      at: here(chart.at),
      highlightPoints: chart.highlightPoints ?? [],
    })),
  };
}

/** The one sync before writing: refuses a taken sheet or name, and picks where to write. */
async function survey(
  context: Excel.RequestContext,
  sheet: PreparedSheet,
  replace: boolean,
): Promise<WritePlan> {
  const sheets = context.workbook.worksheets.load('items/name,items/position');
  const defined = context.workbook.names.load('items/name,items/formula');
  await context.sync();
  const old = sheets.items.find((s) => sameName(s.name, sheet.name));
  if (old !== undefined && !replace) {
    throw new WorkbookError(
      'SHEET_EXISTS',
      `A sheet named "${old.name}" already exists: choose another name, or replace it`,
    );
  }
  const wanted = sheet.names.map((n) => n.name);
  const clashes = defined.items.filter((item) => wanted.some((w) => sameName(w, item.name)));
  // A name whose sheet was deleted reads #REF!: reusing it takes nothing from anyone.
  const inUse = clashes.filter((item) => !replace && !String(item.formula).includes('#REF!'));
  if (inUse.length > 0) {
    const list = inUse.map((item) => `${item.name} (${String(item.formula)})`).join(', ');
    throw new WorkbookError(
      'NAME_EXISTS',
      `The workbook already defines ${list}: remove it, or replace the sheet`,
    );
  }
  const taken = sheets.items.map((s) => s.name);
  return {
    ...(old !== undefined && { old: { name: old.name, position: old.position } }),
    target: old === undefined ? sheet.name : temporaryName(sheet.name, taken),
    clashes: clashes.map((item) => item.name),
    fresh: wanted.filter((w) => !clashes.some((item) => sameName(w, item.name))),
  };
}

/** A sheet name not in `taken`, recognisably tied to `name` should a failure leave it behind. */
function temporaryName(name: string, taken: readonly string[]): string {
  for (let i = 1; ; i += 1) {
    const candidate = `~${i} ${name}`.slice(0, 31).replace(/'+$/, '');
    if (!taken.some((t) => sameName(t, candidate))) return candidate;
  }
}

/** Queues the new sheet and its content: one range write per block, whatever its size. */
function queueContent(
  context: Excel.RequestContext,
  sheet: PreparedSheet,
  target: string,
): Excel.Worksheet {
  const written = context.workbook.worksheets.add(target);
  for (const { at, arrays } of sheet.blocks) {
    const range = written.getRange(at).getResizedRange(arrays.rows - 1, arrays.cols - 1);
    range.formulas = arrays.formulas;
    if (arrays.numberFormat !== undefined) range.numberFormat = arrays.numberFormat;
    if (arrays.properties !== undefined) range.setCellProperties(arrays.properties);
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
    for (const point of spec.highlightPoints) {
      chart.series.getItemAt(0).points.getItemAt(point).format.fill.setSolidColor(HIGHLIGHT_COLOUR);
    }
  }
  return written;
}

/**
 * Queues the defined names and the activation, last in their batch: Excel stops a batch at the
 * first failing command, so when cells or charts fail, no existing name has been touched.
 */
function queueFinish(
  context: Excel.RequestContext,
  written: Excel.Worksheet,
  sheet: PreparedSheet,
  clashes: readonly string[],
): void {
  const names = context.workbook.names;
  for (const name of clashes) names.getItem(name).delete();
  for (const { name, address } of sheet.names) names.add(name, written.getRange(address));
  written.activate();
}

/** Excel reports a blank cell as "" with the type Empty; the port says null. */
function cellValue(value: unknown, type: Excel.RangeValueType | undefined): CellValue {
  if (type === 'Empty') return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  return String(value);
}
