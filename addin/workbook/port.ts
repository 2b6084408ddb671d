// The task pane's only way to the workbook. Two implementations: Office JS (batched, a constant
// number of context.sync() calls per call whatever the data size) and in memory (preview, tests).

/** A cell's value as Excel reports it; errors come as their text, e.g. "#DIV/0!". */
export type CellValue = number | string | boolean | null;

/** A rectangle read from the workbook, with where it came from. */
export interface RangeData {
  /** Worksheet name. */
  readonly sheet: string;
  /** A1 address of the rectangle on that sheet, without the sheet name, e.g. "A1:F44". */
  readonly address: string;
  /** Values row by row; blanks are null. */
  readonly values: readonly (readonly CellValue[])[];
}

/** One cell to write: a formula ("=..."), or a value; with an optional number format and style. */
export interface CellWrite {
  readonly value?: CellValue;
  readonly formula?: string;
  /** Excel number format, e.g. "£#,##0.00", "0.0%". */
  readonly format?: string;
  readonly bold?: boolean;
}

/** A block of cells written from its top-left address (on the sheet being written). */
export interface BlockWrite {
  readonly at: string;
  readonly rows: readonly (readonly (CellWrite | null)[])[];
}

export type ChartKind = 'columnClustered' | 'barClustered' | 'line';

/**
 * Colours of a chart's marks, shared by Excel's charts (Office port) and the preview's drawing so
 * the two look alike: the highlighted force is dark red (stands out against the default blue in
 * colour and in greyscale print), the average line near-black.
 */
export const CHART_COLOURS = { highlight: '#C00000', average: '#242424' } as const;

export interface ChartSpec {
  readonly kind: ChartKind;
  readonly title: string;
  /** Source range on the sheet being written (first column: categories, first row: series names). */
  readonly source: string;
  /** Top-left cell where the chart is placed. */
  readonly at: string;
  /** Point of the first series to colour differently (e.g. the benchmarked force), 0-based. */
  readonly highlightPoints?: readonly number[];
  /**
   * The source's second series is an average (one value per row), drawn as a dashed line across
   * the columns of the first: a combination chart, in Excel and on the preview alike.
   */
  readonly averageLine?: boolean;
  /**
   * Outliers of the first series: the value axis stops at `axisMax`, so the points above it are
   * cut off there, and those `points` (0-based) carry a label with their value.
   */
  readonly outliers?: { readonly axisMax: number; readonly points: readonly number[] };
}

/** A new sheet: its blocks, defined names, column widths and charts. */
export interface SheetWrite {
  readonly name: string;
  readonly blocks: readonly BlockWrite[];
  /**
   * Names scoped to this sheet, e.g. { name: "PayAward", address: "B5" } (address on this sheet).
   * Formulas on the sheet resolve them before any workbook name of the same text, they leave with
   * the sheet, and they never clash with the workbook's names or another sheet's: so a sheet can
   * be written again beside a renamed copy of itself, or in a workbook with its own "PayAward".
   */
  readonly names?: readonly { readonly name: string; readonly address: string }[];
  /** Widths of columns A, B, … in points, the unit Excel JS takes (the default column is 48 pt). */
  readonly columnWidths?: readonly number[];
  /**
   * Number formats laid over whole rectangles after the blocks are written, e.g.
   * { range: "C20:I20", format: "£#,##0" }: for the cells a formula spills into, which Excel
   * leaves unformatted (it does not copy the anchor's format onto them).
   */
  readonly formats?: readonly RangeFormat[];
  /** Drop-down lists: cells that take one of a few values, such as a scenario selector. */
  readonly validations?: readonly ListValidation[];
  readonly charts?: readonly ChartSpec[];
}

/**
 * Excel data validation of a list: the cells of `range` show a drop-down of `list` and refuse
 * other typed values. An item holds no comma (Excel's separator in a list source).
 */
export interface ListValidation {
  readonly range: string;
  readonly list: readonly string[];
}

/** A number format for every cell of a rectangle on the sheet being written. */
export interface RangeFormat {
  readonly range: string;
  readonly format: string;
}

export interface WorkbookPort {
  /** The user's current selection. */
  readSelection(): Promise<RangeData>;
  /** A range by address, "Sheet1!A1:F44" or "A1:F44" on the active sheet. */
  readRange(address: string): Promise<RangeData>;
  /** A table (list object) by name, header row included. */
  readTable(name: string): Promise<RangeData>;
  /** Names of the tables in the workbook. */
  tableNames(): Promise<string[]>;
  /** Names of the worksheets, in order. */
  sheetNames(): Promise<string[]>;
  /**
   * Writes a new sheet. Refuses (rejects) if a sheet of that name exists, unless `replace` is true.
   * Values are written literally: text stays text ("=1+1", "TRUE", "12%", "'x" are not parsed as
   * typed input). On any failure part-way it removes what it wrote, and only that (the sheet it
   * created, found by identity, never by name), so the workbook is as it was; its error says so
   * only when that is true.
   */
  writeSheet(sheet: SheetWrite, options?: { readonly replace?: boolean }): Promise<void>;
  /** Makes a sheet the active one. */
  activateSheet(name: string): Promise<void>;
}
