// A counting fake of the part of the Excel object model that OfficePort uses. Like office.js it
// queues commands on proxies and runs them only at context.sync(), in order, stopping at the first
// one that fails (those before it stay done); loaded properties can be read only after that sync.
// It records every command it runs and counts syncs, so tests (and the bench) can see the cost.
// Where Excel's behaviour matters to a write's safety it follows Excel: sheets have ids that
// getItem and getItemOrNullObject take as well as names; text written to `formulas` is read as
// if typed (so "=1+1" becomes a formula unless it starts with an apostrophe); deleting a sheet
// deletes its own names and leaves workbook names that pointed at it as #REF!; adding a sheet or
// a name that exists fails; a batch run while the user edits a cell fails unless it asked
// `delayForCellEdit`, and then waits for the edit to end.

import type { CellValue, SheetWrite } from '../../../../addin/workbook/port';
import { OfficePort, type ExcelRun } from '../../../../addin/workbook/office/officePort';
import { parseCell, parseRange } from '../../../../addin/workbook/a1';
import { parseInput, type Input } from '../../../../addin/workbook/formula/values';

/** A command as it ran, with sheet names as they were at that moment. */
export type Command =
  | { readonly kind: 'load'; readonly what: string }
  | { readonly kind: 'addSheet'; readonly sheet: string }
  | { readonly kind: 'deleteSheet'; readonly sheet: string }
  | { readonly kind: 'renameSheet'; readonly sheet: string; readonly to: string }
  | { readonly kind: 'moveSheet'; readonly sheet: string; readonly position: number }
  | { readonly kind: 'activate'; readonly sheet: string }
  | { readonly kind: 'rangeWrite'; readonly sheet: string; readonly write: RangeWrite }
  | {
      readonly kind: 'validation';
      readonly sheet: string;
      readonly address: string;
      readonly rule: Excel.DataValidationRule;
    }
  | {
      readonly kind: 'columnWidth';
      readonly sheet: string;
      readonly col: number;
      readonly width: number;
    }
  | {
      readonly kind: 'addChart';
      readonly sheet: string;
      readonly type: string;
      readonly source: string;
    }
  | { readonly kind: 'chartTitle' | 'chartPosition'; readonly sheet: string; readonly text: string }
  | {
      readonly kind: 'chartSetting';
      readonly sheet: string;
      /** The property set, as a path from the chart: "series 1 chartType", "axes.valueAxis.maximum". */
      readonly path: string;
      readonly value: unknown;
    }
  | {
      readonly kind: 'pointColour';
      readonly sheet: string;
      readonly point: number;
      readonly colour: string;
    }
  | {
      readonly kind: 'addName';
      readonly name: string;
      readonly sheet: string;
      readonly address: string;
      /** The sheet the name is scoped to. */
      readonly scope: string;
    };

/** One property set on one range: `formulas`, `numberFormat` or `setCellProperties`. */
export interface RangeWrite {
  readonly property: 'formulas' | 'numberFormat' | 'setCellProperties';
  /** The top-left cell the range was taken from, as given to getRange. */
  readonly at: string;
  readonly rows: number;
  readonly cols: number;
  readonly data: readonly (readonly unknown[])[];
}

export interface FakeChart {
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string;
  title?: string;
  at?: string;
  /** Colours set on points of the first series, by point index. */
  readonly pointColours: Map<number, string>;
  /** Every other property set, by its path from the chart (see the chartSetting command). */
  readonly settings: Map<string, unknown>;
}

export interface FakeSheet {
  /** Excel's id for a sheet: it stays when the sheet is renamed, and is never reused. */
  readonly id: string;
  name: string;
  /** Names scoped to this sheet: they are deleted with it. */
  readonly names: { readonly name: string; readonly address: string }[];
  readonly writes: RangeWrite[];
  readonly columnWidths: Map<number, number>;
  /** Data-validation rules by the address they were set on. */
  readonly validations: Map<string, Excel.DataValidationRule>;
  readonly charts: FakeChart[];
}

export interface FakeName {
  readonly name: string;
  /** Undefined once the sheet it pointed at has been deleted (Excel then shows #REF!). */
  sheet: FakeSheet | undefined;
  readonly address: string;
}

/** Cells to be read back: a range, a table or the selection, with blanks as null. */
export interface Fixture {
  readonly sheet: string;
  readonly address: string;
  readonly values: readonly (readonly CellValue[])[];
}

/** How Excel rejects a sync: an OfficeExtension.Error has a code and a message. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const same = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();
const SINGLE_CELL = /^\$?[A-Za-z]{1,3}\$?\d+$/;

export class FakeExcel {
  readonly sheets: FakeSheet[];
  readonly names: FakeName[] = [];
  readonly tables: (Fixture & { readonly name: string })[] = [];
  readonly ranges: Fixture[] = [];
  selection: Fixture | undefined;
  active: FakeSheet | undefined;
  /** Every command run, in order, across all batches. */
  readonly executed: Command[] = [];
  syncs = 0;
  runs = 0;
  /** For tests: return true to make Excel reject the sync at this command. */
  failWhen: ((command: Command) => boolean) | undefined;
  /** The options of every Excel.run, in order. */
  readonly runOptions: Excel.RunOptions[] = [];
  /** Set while the user is editing a cell: resolves when the edit ends. */
  private editing: Promise<void> | undefined;

  constructor(sheetNames: readonly string[] = ['Sheet1']) {
    this.sheets = sheetNames.map((name) => newSheet(name));
    this.active = this.sheets[0];
  }

  readonly run: ExcelRun = async (options, batch) => {
    this.runs += 1;
    this.runOptions.push(options);
    if (this.editing !== undefined) {
      if (options.delayForCellEdit !== true) {
        throw new FakeOfficeError(
          'InvalidOperationInCellEditMode',
          'Excel is in cell-editing mode. Please exit the edit mode and try again.',
        );
      }
      await this.editing;
    }
    return batch(new FakeContext(this) as unknown as Excel.RequestContext);
  };

  /** The user starts editing a cell; call the returned function when the edit ends. */
  startEditing(): () => void {
    let end = () => {};
    this.editing = new Promise((resolve) => (end = resolve));
    return () => {
      this.editing = undefined;
      end();
    };
  }

  /** An OfficePort wired to this fake; its writes' nonces are w1, w2, … so names are predictable. */
  port(): OfficePort {
    return new OfficePort(this.run, () => `w${(this.writes += 1)}`);
  }

  /** Writes begun through `port()` ports, for their nonces. */
  private writes = 0;

  /** A sheet by name (any case) or by id, as Worksheets.getItem finds it. */
  sheet(key: string): FakeSheet | undefined {
    return this.sheets.find((s) => same(s.name, key) || s.id === key);
  }

  /** Adds a sheet as a co-author or the user would, outside any batch of the port. */
  addSheet(name: string): FakeSheet {
    if (this.sheet(name) !== undefined) throw new Error(`the test adds ${name} twice`);
    const sheet = newSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Deletes a sheet as the user would: its names go, workbook names on it turn #REF!. */
  deleteSheet(name: string): void {
    const sheet = this.sheet(name);
    if (sheet === undefined) throw new Error(`the test deletes ${name}, which is not there`);
    removeSheet(this, sheet);
  }

  /**
   * What a cell holds after the writes made to it, read as Excel reads text written to
   * `formulas`: as if typed (an apostrophe keeps text text); undefined if never written.
   */
  cellInput(sheet: string, address: string): Input | undefined {
    const at = parseCell(address);
    const target = this.sheet(sheet);
    if (at === undefined || target === undefined) throw new Error(`no cell ${sheet}!${address}`);
    let input: Input | undefined;
    for (const write of target.writes) {
      const from = parseCell(write.at);
      if (write.property !== 'formulas' || from === undefined) continue;
      const value = write.data[at.row - from.row]?.[at.col - from.col];
      if (value === undefined || value === null) continue;
      input = parseInput(value as string | number | boolean);
    }
    return input;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** The commands of one kind that ran (narrowed to that kind). */
  ran<K extends Command['kind']>(kind: K): Extract<Command, { kind: K }>[] {
    return this.executed.filter((c): c is Extract<Command, { kind: K }> => c.kind === kind);
  }

  /** Excel's text for a defined name, as NamedItem.formula shows it. */
  formulaOf(name: FakeName): string {
    return name.sheet === undefined ? '=#REF!' : `='${name.sheet.name}'!${name.address}`;
  }

  /** Defines a workbook name pointing at a sheet, as the user or an earlier write would. */
  defineName(name: string, sheet: string, address: string): void {
    this.names.push({ name, sheet: this.sheet(sheet), address });
  }
}

let sheetIds = 0;

function newSheet(name: string): FakeSheet {
  sheetIds += 1;
  const id = `{${String(sheetIds).padStart(8, '0')}-0000-4000-8000-000000000000}`;
  return {
    id,
    name,
    names: [],
    writes: [],
    columnWidths: new Map(),
    validations: new Map(),
    charts: [],
  };
}

function removeSheet(excel: FakeExcel, sheet: FakeSheet): void {
  excel.sheets.splice(excel.sheets.indexOf(sheet), 1);
  for (const name of excel.names) if (name.sheet === sheet) name.sheet = undefined;
  if (excel.active === sheet) excel.active = excel.sheets[0];
}

/** A write-only property such as `format.columnWidth`: setting it queues a command. */
function setter<K extends string, T>(key: K, set: (value: T) => void): Record<K, T> {
  return Object.defineProperty({}, key, { set, enumerable: true }) as Record<K, T>;
}

/** A queued command: resolves its proxies when run, then says what it is and how to apply it. */
type Queued = () => { readonly command: Command; readonly apply: () => void };

class FakeContext {
  private queue: Queued[] = [];
  readonly workbook: FakeWorkbook;

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(queued: Queued): void {
    this.queue.push(queued);
  }

  load(what: string, apply: () => void): void {
    this.enqueue(() => ({ command: { kind: 'load', what }, apply }));
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    this.excel.syncs += 1;
    for (const queued of queue) {
      const { command, apply } = queued();
      if (this.excel.failWhen?.(command) === true) {
        throw new FakeOfficeError('GeneralException', `injected failure at ${command.kind}`);
      }
      apply();
      this.excel.executed.push(command);
    }
  }
}

/** A property office.js fills in at a sync: reading it before then is a programming error. */
class Loaded<T> {
  private value: { readonly is: T } | undefined;

  set(value: T): void {
    this.value = { is: value };
  }

  get(property: string): T {
    if (this.value === undefined)
      throw new Error(`PropertyNotLoaded: ${property} read before sync`);
    return this.value.is;
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly tables: FakeTables;

  constructor(private readonly context: FakeContext) {
    this.worksheets = new FakeWorksheets(context);
    this.tables = new FakeTables(context);
  }

  getSelectedRange(): FakeRange {
    const excel = this.context.excel;
    return new FakeRange(this.context, undefined, 'selection', () => {
      if (excel.selection === undefined)
        throw new FakeOfficeError('InvalidSelection', 'no selection');
      return excel.selection;
    });
  }
}

function notFound(what: string): never {
  throw new FakeOfficeError('ItemNotFound', `${what} does not exist`);
}

class FakeWorksheets {
  private readonly loadedItems = new Loaded<FakeWorksheet[]>();

  constructor(private readonly context: FakeContext) {}

  get items(): FakeWorksheet[] {
    return this.loadedItems.get('worksheets.items');
  }

  load(what: string): this {
    this.context.load(`worksheets ${what}`, () => {
      const { sheets } = this.context.excel;
      this.loadedItems.set(
        sheets.map((sheet, position) => {
          const proxy = new FakeWorksheet(this.context, () => sheet);
          proxy.fill(sheet, position);
          return proxy;
        }),
      );
    });
    return this;
  }

  getItem(name: string): FakeWorksheet {
    const excel = this.context.excel;
    return new FakeWorksheet(this.context, () => excel.sheet(name) ?? notFound(`sheet ${name}`));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const excel = this.context.excel;
    return new FakeWorksheet(this.context, () => excel.sheet(name));
  }

  getActiveWorksheet(): FakeWorksheet {
    const excel = this.context.excel;
    return new FakeWorksheet(this.context, () => excel.active ?? notFound('active sheet'));
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    const excel = this.context.excel;
    this.context.enqueue(() => ({
      command: { kind: 'addSheet', sheet: name },
      apply: () => {
        if (excel.sheet(name) !== undefined) {
          throw new FakeOfficeError('ItemAlreadyExists', `sheet ${name} exists`);
        }
        created = excel.addSheet(name);
      },
    }));
    return new FakeWorksheet(this.context, () => created ?? notFound(`sheet ${name} (not added)`));
  }
}

class FakeWorksheet {
  private readonly loadedId = new Loaded<string>();
  private readonly loadedName = new Loaded<string>();
  private readonly loadedPosition = new Loaded<number>();
  private readonly loadedNull = new Loaded<boolean>();
  readonly charts: FakeCharts;
  readonly names: FakeNames;

  constructor(
    private readonly context: FakeContext,
    /** Finds the sheet when a command runs; undefined stands for a null object. */
    readonly resolve: () => FakeSheet | undefined,
  ) {
    this.charts = new FakeCharts(context, this);
    this.names = new FakeNames(context, this);
  }

  /** The sheet, or Excel's error for a command on a null object. */
  target(): FakeSheet {
    return this.resolve() ?? notFound('null object');
  }

  fill(sheet: FakeSheet | undefined, position: number): void {
    this.loadedNull.set(sheet === undefined);
    if (sheet === undefined) return;
    this.loadedId.set(sheet.id);
    this.loadedName.set(sheet.name);
    this.loadedPosition.set(position);
  }

  get isNullObject(): boolean {
    return this.loadedNull.get('isNullObject');
  }

  get id(): string {
    return this.loadedId.get('id');
  }

  get name(): string {
    return this.loadedName.get('name');
  }

  set name(to: string) {
    const excel = this.context.excel;
    this.context.enqueue(() => {
      const sheet = this.target();
      return {
        command: { kind: 'renameSheet', sheet: sheet.name, to },
        apply: () => {
          const other = excel.sheet(to);
          if (other !== undefined && other !== sheet) {
            throw new FakeOfficeError('InvalidArgument', `sheet ${to} exists`);
          }
          sheet.name = to;
        },
      };
    });
  }

  get position(): number {
    return this.loadedPosition.get('position');
  }

  set position(position: number) {
    const sheets = this.context.excel.sheets;
    this.context.enqueue(() => {
      const sheet = this.target();
      return {
        command: { kind: 'moveSheet', sheet: sheet.name, position },
        apply: () => {
          sheets.splice(sheets.indexOf(sheet), 1);
          sheets.splice(position, 0, sheet);
        },
      };
    });
  }

  load(what: string): this {
    this.context.load(`worksheet ${what}`, () => {
      const sheet = this.resolve();
      this.fill(sheet, sheet === undefined ? -1 : this.context.excel.sheets.indexOf(sheet));
    });
    return this;
  }

  delete(): void {
    const excel = this.context.excel;
    this.context.enqueue(() => {
      const sheet = this.target();
      return {
        command: { kind: 'deleteSheet', sheet: sheet.name },
        apply: () => removeSheet(excel, sheet),
      };
    });
  }

  activate(): void {
    const excel = this.context.excel;
    this.context.enqueue(() => {
      const sheet = this.target();
      return {
        command: { kind: 'activate', sheet: sheet.name },
        apply: () => (excel.active = sheet),
      };
    });
  }

  getRange(address: string): FakeRange {
    const excel = this.context.excel;
    const size = SINGLE_CELL.test(address) ? { rows: 1, cols: 1 } : undefined;
    return new FakeRange(
      this.context,
      this,
      address,
      () => {
        const sheet = this.target();
        const fixture = excel.ranges.find(
          (f) => same(f.sheet, sheet.name) && same(f.address, address),
        );
        return fixture ?? notFound(`fixture ${sheet.name}!${address}`);
      },
      size,
    );
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(
      this.context,
      this,
      `R${row + 1}C${col + 1}`,
      undefined,
      { rows, cols },
      col,
    );
  }
}

/** A fixture as Excel reports it: a sheet-qualified address, blanks as "" typed Empty. */
function asExcelReports({ sheet, address, values }: Fixture) {
  const type = (v: CellValue): string => {
    if (v === null) return 'Empty';
    if (typeof v === 'number') return 'Double';
    return typeof v === 'boolean' ? 'Boolean' : 'String';
  };
  return {
    address: `${/^\w+$/.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`}!${address}`,
    values: values.map((row) => row.map((v) => v ?? '')),
    valueTypes: values.map((row) => row.map(type)),
  };
}

class FakeRange {
  /** What a load read: Excel's reports, or null for a null object. */
  private readonly loaded = new Loaded<ReturnType<typeof asExcelReports> | null>();

  constructor(
    private readonly context: FakeContext,
    /** The worksheet proxy this range was taken from (none for tables and the selection). */
    readonly sheet: FakeWorksheet | undefined,
    /** The address given to getRange, or a description of where the range came from. */
    readonly at: string,
    /** Where a read comes from; null makes this range a null object (…OrNullObject methods). */
    private readonly fixture?: () => Fixture | null,
    private readonly size?: { readonly rows: number; readonly cols: number },
    private readonly col?: number,
  ) {}

  getResizedRange(rows: number, cols: number): FakeRange {
    if (this.size === undefined)
      throw new Error(`the fake only resizes single cells, not ${this.at}`);
    const size = { rows: this.size.rows + rows, cols: this.size.cols + cols };
    return new FakeRange(this.context, this.sheet, this.at, this.fixture, size);
  }

  /**
   * The used part of whole columns (values only): the fixture on the sheet lying within those
   * columns stands for the sheet's used cells; with none, a null object, as Excel gives for
   * columns that hold nothing.
   */
  getUsedRangeOrNullObject(valuesOnly: boolean): FakeRange {
    const on = this.sheet;
    const columns = parseRange(this.at);
    if (on === undefined || columns === undefined || !valuesOnly) {
      throw new Error(`the fake finds the used values of worksheet ranges only, not ${this.at}`);
    }
    const excel = this.context.excel;
    return new FakeRange(this.context, on, `used ${this.at}`, () => {
      const sheet = on.target();
      const inside = (f: Fixture) => {
        const range = parseRange(f.address);
        return (
          range !== undefined &&
          range.start.col >= columns.start.col &&
          range.end.col <= columns.end.col
        );
      };
      return excel.ranges.find((f) => same(f.sheet, sheet.name) && inside(f)) ?? null;
    });
  }

  getEntireColumn(): FakeRange {
    return new FakeRange(
      this.context,
      this.sheet,
      `column ${this.at}`,
      undefined,
      undefined,
      this.col,
    );
  }

  get format(): Record<'columnWidth', number> {
    return setter('columnWidth', (width: number) =>
      this.enqueueOnSheet((sheet) => ({
        command: { kind: 'columnWidth', sheet: sheet.name, col: this.col ?? -1, width },
        apply: () => sheet.columnWidths.set(this.col ?? -1, width),
      })),
    );
  }

  get dataValidation(): Record<'rule', Excel.DataValidationRule> {
    return setter('rule', (rule: Excel.DataValidationRule) =>
      this.enqueueOnSheet((sheet) => ({
        command: { kind: 'validation', sheet: sheet.name, address: this.at, rule },
        apply: () => sheet.validations.set(this.at, rule),
      })),
    );
  }

  set formulas(data: unknown[][]) {
    this.write('formulas', data);
  }

  set numberFormat(data: unknown[][]) {
    this.write('numberFormat', data);
  }

  setCellProperties(data: unknown[][]): void {
    this.write('setCellProperties', data);
  }

  load(what: string): this {
    this.context.load(`range ${this.at} ${what}`, () => {
      const source = this.source();
      this.loaded.set(source === null ? null : asExcelReports(source));
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.loaded.get('isNullObject') === null;
  }

  get address(): string {
    return this.report('address').address;
  }

  get values(): (string | number | boolean)[][] {
    return this.report('values').values;
  }

  get valueTypes(): string[][] {
    return this.report('valueTypes').valueTypes;
  }

  /** A loaded property; a null object has none, as in office.js. */
  private report(property: string): ReturnType<typeof asExcelReports> {
    const report = this.loaded.get(property);
    if (report === null) throw new Error(`InvalidObjectPath: ${property} of a null object`);
    return report;
  }

  /** The source of a read: a fixture, null for a null object, or Excel's error when there is none. */
  private source(): Fixture | null {
    if (this.fixture === undefined) return notFound(`range ${this.at}`);
    return this.fixture();
  }

  private enqueueOnSheet(make: (sheet: FakeSheet) => ReturnType<Queued>): void {
    const on = this.sheet;
    if (on === undefined) throw new Error('the fake writes only to ranges of a worksheet');
    this.context.enqueue(() => make(on.target()));
  }

  private write(property: RangeWrite['property'], data: unknown[][]): void {
    const size = this.size;
    if (size === undefined) throw new Error(`the fake writes only sized ranges, not ${this.at}`);
    // Copied now, as office.js serialises the array when the property is set.
    const write: RangeWrite = { property, at: this.at, ...size, data: data.map((row) => [...row]) };
    this.enqueueOnSheet((sheet) => ({
      command: { kind: 'rangeWrite', sheet: sheet.name, write },
      apply: () => {
        if (data.length !== size.rows || data.some((row) => row.length !== size.cols)) {
          throw new FakeOfficeError(
            'InvalidArgument',
            'the array does not match the size of the range',
          );
        }
        sheet.writes.push(write);
      },
    }));
  }
}

class FakeCharts {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {}

  add(type: string, source: FakeRange, seriesBy: string): FakeChartProxy {
    let created: FakeChart | undefined;
    const address = source.at;
    this.context.enqueue(() => {
      const sheet = this.sheet.target();
      return {
        command: { kind: 'addChart', sheet: sheet.name, type, source: address },
        apply: () => {
          created = {
            type,
            source: address,
            seriesBy,
            pointColours: new Map(),
            settings: new Map(),
          };
          sheet.charts.push(created);
        },
      };
    });
    return new FakeChartProxy(this.context, this.sheet, () => created ?? notFound('chart'));
  }
}

class FakeChartProxy {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: FakeWorksheet,
    private readonly chart: () => FakeChart,
  ) {}

  get title(): Record<'text', string> {
    return setter('text', (text: string) =>
      this.enqueue('chartTitle', text, (chart) => (chart.title = text)),
    );
  }

  setPosition(at: string): void {
    this.enqueue('chartPosition', at, (chart) => (chart.at = at));
  }

  get series(): { getItemAt(index: number): unknown } {
    return {
      getItemAt: (series: number) =>
        this.settable(
          {
            points: {
              getItemAt: (point: number) =>
                this.settable(
                  {
                    format: {
                      fill: {
                        setSolidColor: (colour: string) => this.colour(series, point, colour),
                      },
                    },
                  },
                  series,
                  `series ${series} point ${point}`,
                  ['hasDataLabel'],
                ),
            },
            format: {
              line: this.settable({}, series, `series ${series} format.line`, [
                'color',
                'lineStyle',
              ]),
            },
          },
          series,
          `series ${series}`,
          ['chartType', 'markerStyle'],
        ),
    };
  }

  get axes(): unknown {
    return { valueAxis: this.settable({}, 0, 'axes.valueAxis', ['maximum']) };
  }

  /**
   * Gives `object` write-only properties `keys`, each set queued as a chartSetting command.
   * Excel refuses a series the chart does not have (one per source column after the first).
   */
  private settable<T extends object>(
    object: T,
    series: number,
    path: string,
    keys: readonly string[],
  ): T {
    for (const key of keys) {
      Object.defineProperty(object, key, {
        enumerable: true,
        set: (value: unknown) =>
          this.context.enqueue(() => {
            const sheet = this.sheet.target();
            return {
              command: { kind: 'chartSetting', sheet: sheet.name, path: `${path} ${key}`, value },
              apply: () => {
                const chart = this.chart();
                const source = parseRange(chart.source);
                const count = source === undefined ? 0 : source.end.col - source.start.col;
                if (series >= count) {
                  throw new FakeOfficeError('InvalidArgument', `the chart has no series ${series}`);
                }
                chart.settings.set(`${path} ${key}`, value);
              },
            };
          }),
      });
    }
    return object;
  }

  private colour(series: number, point: number, colour: string): void {
    if (series !== 0) throw new Error('the fake colours points of the first series only');
    this.context.enqueue(() => {
      const sheet = this.sheet.target();
      return {
        command: { kind: 'pointColour', sheet: sheet.name, point, colour },
        apply: () => this.chart().pointColours.set(point, colour),
      };
    });
  }

  private enqueue(
    kind: 'chartTitle' | 'chartPosition',
    text: string,
    apply: (chart: FakeChart) => void,
  ): void {
    this.context.enqueue(() => {
      const sheet = this.sheet.target();
      return { command: { kind, sheet: sheet.name, text }, apply: () => apply(this.chart()) };
    });
  }
}

/** Worksheet.names: names scoped to that sheet. */
class FakeNames {
  constructor(
    private readonly context: FakeContext,
    private readonly scope: FakeWorksheet,
  ) {}

  add(name: string, range: FakeRange): void {
    const { sheet, at } = range;
    if (sheet === undefined) throw new Error('the fake names only ranges of a worksheet');
    this.context.enqueue(() => {
      const target = sheet.target();
      const owner = this.scope.target();
      return {
        command: { kind: 'addName', name, sheet: target.name, address: at, scope: owner.name },
        apply: () => {
          if (owner.names.some((n) => same(n.name, name))) {
            throw new FakeOfficeError('InvalidArgument', `name ${name} exists`);
          }
          owner.names.push({ name, address: at });
        },
      };
    });
  }
}

class FakeTables {
  private readonly loadedItems = new Loaded<{ name: string }[]>();

  constructor(private readonly context: FakeContext) {}

  get items(): { name: string }[] {
    return this.loadedItems.get('tables.items');
  }

  load(what: string): this {
    const excel = this.context.excel;
    this.context.load(`tables ${what}`, () =>
      this.loadedItems.set(excel.tables.map((t) => ({ name: t.name }))),
    );
    return this;
  }

  getItem(name: string): { getRange(): FakeRange } {
    const excel = this.context.excel;
    return {
      getRange: () =>
        new FakeRange(
          this.context,
          undefined,
          `table ${name}`,
          () => excel.tables.find((t) => same(t.name, name)) ?? notFound(`table ${name}`),
        ),
    };
  }
}

/** A sheet of `rows` data rows under a header: numbers, text, a formula per row, formats, bold. */
export function sheetOfRows(rows: number, name = 'Benchmark'): SheetWrite {
  return {
    name,
    blocks: [
      {
        at: 'A1',
        rows: [
          [
            { value: 'Force', bold: true },
            { value: 'NRE', bold: true },
            { value: 'Population', bold: true },
            { value: 'Per head', bold: true },
          ],
        ],
      },
      {
        at: 'A2',
        rows: Array.from({ length: rows }, (_, i) => [
          { value: `Force ${i + 1}` },
          { value: 1000 + i, format: '£#,##0' },
          { value: 50_000 + i },
          { formula: `=COLLAB.PERHEAD(B${i + 2},C${i + 2})`, format: '£0.00' },
        ]),
      },
    ],
    names: [{ name: 'FirstForce', address: 'A2' }],
    columnWidths: [120, 80, 80, 80],
    charts: [
      {
        kind: 'barClustered',
        title: 'Per head',
        source: `A1:B${rows + 1}`,
        at: 'F2',
        highlightPoints: [0],
      },
    ],
  };
}

/** The bench's measure: how many syncs writing a sheet of `rows` rows costs. */
export async function syncsToWrite(rows: number): Promise<number> {
  const excel = new FakeExcel();
  await excel.port().writeSheet(sheetOfRows(rows));
  return excel.syncs;
}
