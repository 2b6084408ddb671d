// An in-memory Excel workbook for the preview page and the tests: ordered sheets of cells with
// formulas, names, tables, charts, an active sheet and a selection; recalculates after each change.

import type { CellValue, CellWrite, ChartSpec } from '../port';
import {
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

export { WorkbookError, type WorkbookErrorCode } from '../errors';

export interface MemoryWorkbookOptions {
  /** Custom functions called as COLLAB.<ID>(...), keyed by Excel id, e.g. "NREPERHEAD". */
  readonly functions?: FunctionRegistry;
}

/** A range on a named sheet. */
export interface SheetRange {
  readonly sheet: string;
  readonly range: RangeAddress;
}

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

const BAD_SHEET_CHARS = /[[\]:*?/\\]/;
const NAME_SYNTAX = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

/** Refuses what Excel refuses as a sheet name: blank, over 31 characters, : \ / ? * [ ], or ' at an end. */
export function checkSheetName(name: string): void {
  if (name.trim() === '' || name.length > 31 || BAD_SHEET_CHARS.test(name) || /^'|'$/.test(name)) {
    throw new WorkbookError('BAD_SHEET_NAME', `"${name}" cannot be a sheet name`);
  }
}

/** Whether Excel takes this as a defined name (not something it reads as a cell, R or C). */
export const isDefinedName = (name: string): boolean =>
  NAME_SYNTAX.test(name) && parseCell(name) === undefined && !/^[RC]$/i.test(name);

interface Structure {
  sheets: Sheet[];
  names: Map<string, { name: string } & SheetRange>;
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

  constructor(options: MemoryWorkbookOptions = {}) {
    this.functions = options.functions ?? {};
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

  /** Removes a sheet with the names, tables and selection on it. Returns its position. */
  removeSheet(name: string): number {
    const sheet = this.sheet(name);
    const index = this.state.sheets.indexOf(sheet);
    this.state.sheets.splice(index, 1);
    const onIt = (r: SheetRange) => r.sheet === sheet.name;
    for (const [key, n] of this.state.names) if (onIt(n)) this.state.names.delete(key);
    for (const [key, t] of this.state.tables) if (onIt(t)) this.state.tables.delete(key);
    if (this.state.selection !== undefined && onIt(this.state.selection)) {
      this.state.selection = undefined;
    }
    if (this.state.active === sheet.name) this.state.active = this.state.sheets[0]?.name;
    this.changed();
    return index;
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

  /** Defines (or redefines) a workbook-scoped name for a range, e.g. PayAward → MTFS!B5. */
  defineName(name: string, sheet: string, address: string): void {
    if (!isDefinedName(name)) {
      throw new WorkbookError('BAD_NAME', `"${name}" cannot be a defined name`);
    }
    const target = { name, sheet: this.sheet(sheet).name, range: this.parseRange(address) };
    this.state.names.set(name.toUpperCase(), target);
    this.changed();
  }

  /** The range a defined name refers to, matched case-insensitively. */
  name(name: string): SheetRange | undefined {
    return this.state.names.get(name.toUpperCase());
  }

  names(): ({ name: string } & SheetRange)[] {
    return [...this.state.names.values()];
  }

  /** Adds a table over a range whose first row is the header. */
  addTable(name: string, sheet: string, address: string): void {
    if (!NAME_SYNTAX.test(name))
      throw new WorkbookError('BAD_NAME', `"${name}" cannot name a table`);
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

  /** Replaces a cell's contents: formula, value (parsed as Excel parses typed text), format, bold. */
  setCell(sheet: string, address: string, write: CellWrite): void {
    const cell = this.parseCellAddress(address);
    const input = parseInput(write.formula ?? write.value);
    const stored: StoredCell = {
      input: 'value' in input ? input.value : null,
      ...('formula' in input ? { formula: input.formula } : {}),
      ...(write.format === undefined ? {} : { format: write.format }),
      ...(write.bold === undefined ? {} : { bold: write.bold }),
    };
    const cells = this.sheet(sheet).cells;
    const empty = stored.input === null && stored.formula === undefined;
    const key = cellKey(cell.row, cell.col);
    if (empty && stored.format === undefined && stored.bold === undefined) cells.delete(key);
    else cells.set(key, stored);
    this.changed();
  }

  /** Enters text as a user types it in the grid, keeping the cell's format and bold. */
  enter(sheet: string, address: string, text: string): void {
    const cell = this.parseCellAddress(address);
    const old = this.sheet(sheet).cells.get(cellKey(cell.row, cell.col));
    this.setCell(sheet, address, { value: text, format: old?.format, bold: old?.bold });
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
      const named = this.name(address.trim());
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
    for (const listener of this.listeners) listener();
  }

  private calculation(): Calculation {
    this.calc ??= calculate(
      {
        sheet: (name) => this.findSheet(name),
        name: (name) => this.name(name),
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
    const upper = name.toUpperCase();
    return this.state.sheets.find((s) => s.name.toUpperCase() === upper);
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
