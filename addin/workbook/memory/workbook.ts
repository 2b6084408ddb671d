// An in-memory Excel workbook for the preview page and the tests: ordered sheets of cells with
// formulas, names, tables, charts, an active sheet and a selection; recalculates after each change.

import type { CellValue, CellWrite, ChartSpec } from '../port';
import {
  formatQualified,
  formatRange,
  parseCell,
  parseQualified,
  parseRange,
  rangeOf,
  type CellAddress,
  type RangeAddress,
} from '../a1';
import { display, parseInput, type Scalar } from '../formula/values';
import { calculate, type Calculation, type FunctionRegistry, type SpillMap } from './calc';
import { Sheet, cellKey, keyAddress, type StoredCell } from './sheet';
import { WorkbookError } from '../errors';
import { checkSheetName, isDefinedName, listSource, sameName } from '../names';

export { WorkbookError, type WorkbookErrorCode } from '../errors';

export interface MemoryWorkbookOptions {
  /** Custom functions called as COLLAB.<ID>(...), keyed by Excel id, e.g. "NREPERHEAD". */
  readonly functions?: FunctionRegistry;
  /**
   * Told when a listener throws. A listener (a view) failing does not undo or fail the change it
   * was told of: the change is made. By default the error is rethrown on its own task, so the
   * page's error reporting sees it and the caller of the change does not.
   */
  readonly onListenerError?: (error: unknown) => void;
}

/** A range on a named sheet. */
export interface SheetRange {
  readonly sheet: string;
  readonly range: RangeAddress;
}

/** A defined name as Excel's Name Manager lists it. */
export interface NameInfo {
  readonly name: string;
  /** The sheet a sheet-scoped name belongs to; absent for a workbook-scoped name. */
  readonly scope?: string;
  /** What it refers to, e.g. "'Sample data'!B2:B44", or "#REF!" once its sheet was deleted. */
  readonly refersTo: string;
}

/** What a name resolves to: a range, or Excel's #REF! when the sheet it pointed at was deleted. */
export type NameTarget = SheetRange | '#REF!';

/** One cell as a grid view shows it. */
export interface CellView {
  readonly row: number;
  readonly col: number;
  readonly address: string;
  readonly value: CellValue;
  readonly formula?: string;
  readonly format?: string;
  readonly bold?: boolean;
  /** The formula cell whose array result fills this cell, e.g. "C10". */
  readonly spilledFrom?: string;
}

export interface ChartSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
}

/** A chart with its source range read: categories from the first column, series from the rest. */
export interface ChartView extends ChartSpec {
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
}

export interface TableInfo extends SheetRange {
  readonly name: string;
}

export type WorkbookListener = () => void;

/** A workbook-scoped name: where it points, or undefined once its sheet has been deleted. */
interface WorkbookName {
  readonly name: string;
  readonly target: SheetRange | undefined;
}

interface Structure {
  sheets: Sheet[];
  names: Map<string, WorkbookName>;
  tables: Map<string, TableInfo>;
  active: string | undefined;
  selection: SheetRange | undefined;
}

export class MemoryWorkbook {
  private state: Structure = {
    sheets: [],
    names: new Map(),
    tables: new Map(),
    active: undefined,
    selection: undefined,
  };
  private calc: Calculation | undefined;
  /** Where arrays spilled last time: the next calculation starts from it, saving a round. */
  private lastSpills: SpillMap | undefined;
  private readonly functions: FunctionRegistry;
  private readonly listeners = new Set<WorkbookListener>();
  private batchDepth = 0;
  private readonly onListenerError: (error: unknown) => void;

  constructor(options: MemoryWorkbookOptions = {}) {
    this.functions = options.functions ?? {};
    this.onListenerError =
      options.onListenerError ??
      ((error) =>
        setTimeout(() => {
          throw error;
        }));
  }

  // --- structure -------------------------------------------------------------------------

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  hasSheet(name: string): boolean {
    return this.findSheet(name) !== undefined;
  }

  /** Adds an empty sheet (at the end, or at `index`); the first sheet becomes the active one. */
  addSheet(name: string, index = this.state.sheets.length): void {
    checkSheetName(name);
    if (this.hasSheet(name)) throw new WorkbookError('SHEET_EXISTS', `a sheet "${name}" exists`);
    this.state.sheets.splice(index, 0, new Sheet(name));
    this.state.active ??= name;
    this.changed();
  }

  /**
   * Removes a sheet as Excel deletes one: its own names and tables go with it, workbook names
   * that pointed at it stay and read #REF!. Returns its position.
   */
  removeSheet(name: string): number {
    const sheet = this.sheet(name);
    const index = this.state.sheets.indexOf(sheet);
    this.state.sheets.splice(index, 1);
    const onIt = (r: SheetRange) => r.sheet === sheet.name;
    for (const [key, n] of this.state.names) {
      if (n.target !== undefined && onIt(n.target))
        this.state.names.set(key, { name: n.name, target: undefined });
    }
    for (const [key, t] of this.state.tables) if (onIt(t)) this.state.tables.delete(key);
    if (this.state.selection !== undefined && onIt(this.state.selection)) {
      this.state.selection = undefined;
    }
    if (this.state.active === sheet.name) this.state.active = this.state.sheets[0]?.name;
    this.changed();
    return index;
  }

  /**
   * Renames a sheet as the user would: its names, tables, selection and active state follow it.
   * (Formula text naming the sheet is not rewritten, as Excel would; no writer of this project
   * renames a sheet it reads from.)
   */
  renameSheet(from: string, to: string): void {
    checkSheetName(to);
    const sheet = this.sheet(from);
    const other = this.findSheet(to);
    if (other !== undefined && other !== sheet) {
      throw new WorkbookError('SHEET_EXISTS', `a sheet "${to}" exists`);
    }
    const old = sheet.name;
    const moved = <T extends SheetRange>(r: T): T => (r.sheet === old ? { ...r, sheet: to } : r);
    sheet.name = to;
    for (const [key, n] of this.state.names) {
      if (n.target !== undefined) this.state.names.set(key, { ...n, target: moved(n.target) });
    }
    for (const [key, t] of this.state.tables) this.state.tables.set(key, moved(t));
    if (this.state.selection !== undefined) this.state.selection = moved(this.state.selection);
    if (this.state.active === old) this.state.active = to;
    this.changed();
  }

  get activeSheet(): string | undefined {
    return this.state.active;
  }

  activateSheet(name: string): void {
    this.state.active = this.sheet(name).name;
    this.changed();
  }

  /** The selected range; A1 of the active sheet when nothing was selected. */
  get selection(): SheetRange {
    const active = this.state.active;
    if (this.state.selection !== undefined) return this.state.selection;
    if (active === undefined)
      throw new WorkbookError('NO_SUCH_SHEET', 'the workbook has no sheets');
    return { sheet: active, range: rangeOf({ row: 0, col: 0 }) };
  }

  /** Selects a range ("Sheet!A1:B2", or on the active sheet) and activates its sheet. */
  select(address: string): void {
    const target = this.resolve(address);
    this.state.selection = target;
    this.state.active = target.sheet;
    this.changed();
  }

  /**
   * Defines a name for a range on `sheet`, e.g. PayAward → MTFS!B5: workbook-scoped, or with
   * `scope: 'sheet'` scoped to that sheet. Like Excel's Name Manager, refuses a name already
   * defined in the same scope (a broken #REF! one too).
   */
  defineName(
    name: string,
    sheet: string,
    address: string,
    scope: 'workbook' | 'sheet' = 'workbook',
  ): void {
    if (!isDefinedName(name)) {
      throw new WorkbookError('BAD_NAME', `"${name}" cannot be a defined name`);
    }
    const on = this.sheet(sheet);
    const target = { sheet: on.name, range: this.parseRange(address) };
    const key = name.toUpperCase();
    const table = scope === 'sheet' ? on.names : this.state.names;
    if (table.has(key))
      throw new WorkbookError('BAD_NAME', `the name "${name}" is defined already`);
    if (scope === 'sheet') on.names.set(key, { name, range: target.range });
    else this.state.names.set(key, { name, target });
    this.changed();
  }

  /**
   * What a name means in a formula on sheet `from` (default: the active sheet), as Excel reads
   * it: that sheet's own name first, then the workbook's. Matched case-insensitively.
   */
  nameTarget(name: string, from = this.state.active): NameTarget | undefined {
    const key = name.toUpperCase();
    const own = from === undefined ? undefined : this.findSheet(from);
    const local = own?.names.get(key);
    if (own !== undefined && local !== undefined) return { sheet: own.name, range: local.range };
    const global = this.state.names.get(key);
    return global === undefined ? undefined : (global.target ?? '#REF!');
  }

  /** The range a name refers to from sheet `from` (default: the active sheet); undefined for #REF!. */
  name(name: string, from = this.state.active): SheetRange | undefined {
    const target = this.nameTarget(name, from);
    return target === '#REF!' ? undefined : target;
  }

  /** Every defined name, workbook-scoped first, then each sheet's in sheet order. */
  names(): NameInfo[] {
    const refersTo = (target: SheetRange | undefined) =>
      target === undefined ? '#REF!' : formatQualified(target.sheet, target.range);
    return [
      ...[...this.state.names.values()].map((n) => ({
        name: n.name,
        refersTo: refersTo(n.target),
      })),
      ...this.state.sheets.flatMap((sheet) =>
        [...sheet.names.values()].map((n) => ({
          name: n.name,
          scope: sheet.name,
          refersTo: refersTo({ sheet: sheet.name, range: n.range }),
        })),
      ),
    ];
  }

  /** Adds a table over a range whose first row is the header. */
  addTable(name: string, sheet: string, address: string): void {
    // Excel names tables by the rules of defined names.
    if (!isDefinedName(name)) throw new WorkbookError('BAD_NAME', `"${name}" cannot name a table`);
    if (this.state.tables.has(name.toUpperCase())) {
      throw new WorkbookError('TABLE_EXISTS', `a table "${name}" exists`);
    }
    const table = { name, sheet: this.sheet(sheet).name, range: this.parseRange(address) };
    this.state.tables.set(name.toUpperCase(), table);
    this.changed();
  }

  table(name: string): TableInfo {
    const table = this.state.tables.get(name.toUpperCase());
    if (table === undefined) throw new WorkbookError('NO_SUCH_TABLE', `no table "${name}"`);
    return table;
  }

  tableNames(): string[] {
    return [...this.state.tables.values()].map((t) => t.name);
  }

  addChart(sheet: string, chart: ChartSpec): void {
    this.parseRange(chart.source);
    this.parseRange(chart.at);
    this.sheet(sheet).charts.push(chart);
    this.changed();
  }

  setColumnWidths(sheet: string, widths: readonly number[]): void {
    this.sheet(sheet).columnWidths = [...widths];
    this.changed();
  }

  columnWidths(sheet: string): readonly number[] {
    return this.sheet(sheet).columnWidths;
  }

  // --- cells -----------------------------------------------------------------------------

  /**
   * Replaces a cell's contents as the port writes them: a formula, or a value kept literally (the
   * text "=1+1", "TRUE" or "12%" stays that text, as Office JS writes it), with format and bold.
   */
  setCell(sheet: string, address: string, write: CellWrite): void {
    if (write.formula !== undefined && !write.formula.startsWith('=')) {
      throw new TypeError(`a formula starts with "=", got ${JSON.stringify(write.formula)}`);
    }
    this.store(sheet, address, {
      input: write.value ?? null,
      ...(write.formula === undefined ? {} : { formula: write.formula }),
      ...(write.format === undefined ? {} : { format: write.format }),
      ...(write.bold === undefined ? {} : { bold: write.bold }),
    });
  }

  /** Enters text as a user types it in the grid (parsed as Excel parses it), keeping the format and bold. */
  enter(sheet: string, address: string, text: string): void {
    const old = this.sheet(sheet).cells.get(this.keyOf(address));
    const input = parseInput(text);
    this.store(sheet, address, {
      input: 'value' in input ? input.value : null,
      ...('formula' in input ? { formula: input.formula } : {}),
      ...(old?.format === undefined ? {} : { format: old.format }),
      ...(old?.bold === undefined ? {} : { bold: old.bold }),
    });
  }

  /** Puts a drop-down list (data validation) on a rectangle; the list follows Excel's limits. */
  setValidation(sheet: string, address: string, list: readonly string[]): void {
    listSource(list);
    this.sheet(sheet).validations.push({ range: this.parseRange(address), list: [...list] });
    this.changed();
  }

  /** The drop-down list on a cell, if it has one (the last one laid over it). */
  validation(sheet: string, address: string): readonly string[] | undefined {
    const { row, col } = this.parseCellAddress(address);
    const covers = ({ start, end }: RangeAddress): boolean =>
      row >= start.row && row <= end.row && col >= start.col && col <= end.col;
    return [...this.sheet(sheet).validations].reverse().find((v) => covers(v.range))?.list;
  }

  /** Sets the number format of every cell of a rectangle, keeping what the cells hold. */
  setFormat(sheet: string, address: string, format: string): void {
    const range = this.parseRange(address);
    const cells = this.sheet(sheet).cells;
    for (let row = range.start.row; row <= range.end.row; row++) {
      for (let col = range.start.col; col <= range.end.col; col++) {
        const key = cellKey(row, col);
        cells.set(key, { ...(cells.get(key) ?? { input: null }), format });
      }
    }
    this.changed();
  }

  private store(sheet: string, address: string, stored: StoredCell): void {
    const key = this.keyOf(address);
    const cells = this.sheet(sheet).cells;
    const empty = stored.input === null && stored.formula === undefined;
    if (empty && stored.format === undefined && stored.bold === undefined) cells.delete(key);
    else cells.set(key, stored);
    this.changed();
  }

  private keyOf(address: string): number {
    const cell = this.parseCellAddress(address);
    return cellKey(cell.row, cell.col);
  }

  /** One cell as shown: its value (computed for formulas), formula, format, bold. */
  cell(sheet: string, address: string | CellAddress): CellView {
    const at = typeof address === 'string' ? this.parseCellAddress(address) : address;
    const s = this.sheet(sheet);
    const key = cellKey(at.row, at.col);
    const stored = s.cells.get(key);
    const spill = this.calculation().spilledFrom(s, key);
    return {
      row: at.row,
      col: at.col,
      address: formatRange(rangeOf(at)),
      value: display(this.valueAt(s, key)),
      ...(stored?.formula === undefined ? {} : { formula: stored.formula }),
      ...(stored?.format === undefined ? {} : { format: stored.format }),
      ...(stored?.bold === undefined ? {} : { bold: stored.bold }),
      ...(spill === undefined ? {} : { spilledFrom: formatRange(rangeOf(keyAddress(spill))) }),
    };
  }

  /** The values of a rectangle, row by row, blanks as null, errors as their text. */
  values(sheet: string, range: RangeAddress): CellValue[][] {
    const s = this.sheet(sheet);
    const rows: CellValue[][] = [];
    for (let r = range.start.row; r <= range.end.row; r++) {
      const row: CellValue[] = [];
      for (let c = range.start.col; c <= range.end.col; c++) {
        row.push(display(this.valueAt(s, cellKey(r, c))));
      }
      rows.push(row);
    }
    return rows;
  }

  /** The smallest rectangle from A1 holding every non-empty, formatted or spilled cell. */
  usedRange(sheet: string): RangeAddress | undefined {
    const s = this.sheet(sheet);
    const keys = [...s.cells.keys(), ...this.calculation().spillKeys(s)];
    if (keys.length === 0) return undefined;
    let rows = 0;
    let cols = 0;
    for (const key of keys) {
      const { row, col } = keyAddress(key);
      rows = Math.max(rows, row);
      cols = Math.max(cols, col);
    }
    return rangeOf({ row: 0, col: 0 }, { row: rows, col: cols });
  }

  /** The charts of a sheet with their series read from the source range. */
  charts(sheet: string): ChartView[] {
    return this.sheet(sheet).charts.map((chart) => {
      const grid = this.values(sheet, this.parseRange(chart.source));
      const [header = [], ...body] = grid;
      const text = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v));
      return {
        ...chart,
        categories: body.map((row) => text(row[0])),
        series: header.slice(1).map((name, i) => ({
          name: text(name),
          values: body.map((row) => {
            const v = row[i + 1];
            return typeof v === 'number' ? v : null;
          }),
        })),
      };
    });
  }

  // --- addresses -------------------------------------------------------------------------

  /** "Sheet!A1:B2", "'My sheet'!A1", "A1:B2" on the active sheet, or a defined name. */
  resolve(address: string): SheetRange {
    const parsed = parseQualified(address);
    if (parsed === undefined) {
      const named = this.nameTarget(address.trim());
      if (named === '#REF!') {
        throw new WorkbookError('BAD_ADDRESS', `"${address}" refers to a deleted sheet (#REF!)`);
      }
      if (named !== undefined) return named;
      throw new WorkbookError('BAD_ADDRESS', `"${address}" is not a range address`);
    }
    const sheet = parsed.sheet ?? this.state.active;
    if (sheet === undefined) throw new WorkbookError('NO_SUCH_SHEET', 'the workbook has no sheets');
    return { sheet: this.sheet(sheet).name, range: parsed.range };
  }

  // --- changes ---------------------------------------------------------------------------

  /** Calls `listener` after every change (once per batch), with values recalculated. */
  subscribe(listener: WorkbookListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Runs `change` as one edit: a single recalculation and notification at the end, and if it
   * throws, the workbook (sheets, cells, names, tables, active sheet, selection) is restored.
   */
  transaction<T>(change: () => T): T {
    const saved: Structure = {
      ...this.state,
      sheets: this.state.sheets.map((s) => s.snapshot()),
      names: new Map(this.state.names),
      tables: new Map(this.state.tables),
    };
    this.batchDepth++;
    try {
      return change();
    } catch (error) {
      this.state = saved;
      throw error;
    } finally {
      this.batchDepth--;
      this.changed();
    }
  }

  private changed(): void {
    this.lastSpills = this.calc?.spills ?? this.lastSpills;
    this.calc = undefined;
    if (this.batchDepth > 0) return;
    for (const listener of this.listeners) {
      try {
        listener();
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }

  private calculation(): Calculation {
    this.calc ??= calculate(
      {
        sheet: (name) => this.findSheet(name),
        name: (name, from) => this.nameTarget(name, from),
        sheets: () => this.state.sheets,
      },
      this.functions,
      this.lastSpills,
    );
    return this.calc;
  }

  private valueAt(sheet: Sheet, key: number): Scalar {
    return this.calculation().value(sheet, key);
  }

  private findSheet(name: string): Sheet | undefined {
    return this.state.sheets.find((s) => sameName(s.name, name));
  }

  private sheet(name: string): Sheet {
    const sheet = this.findSheet(name);
    if (sheet === undefined) throw new WorkbookError('NO_SUCH_SHEET', `no sheet "${name}"`);
    return sheet;
  }

  private parseRange(address: string): RangeAddress {
    const range = parseRange(address);
    if (range === undefined) throw new WorkbookError('BAD_ADDRESS', `"${address}" is not a range`);
    return range;
  }

  private parseCellAddress(address: string): CellAddress {
    const cell = parseCell(address);
    if (cell === undefined) throw new WorkbookError('BAD_ADDRESS', `"${address}" is not a cell`);
    return cell;
  }
}
