// A1 addresses: column letters, cells, ranges and sheet-qualified references ('My sheet'!A1:B2),
// parsed to 0-based rows and columns and formatted back. `$` absolute marks are accepted and dropped.

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** A cell position, 0-based. */
export interface CellAddress {
  readonly row: number;
  readonly col: number;
}

/** A rectangle, normalised so that `start` is the top-left and `end` the bottom-right cell. */
export interface RangeAddress {
  readonly start: CellAddress;
  readonly end: CellAddress;
}

/** A range with the sheet it names, if it names one. */
export interface QualifiedRange {
  readonly sheet?: string;
  readonly range: RangeAddress;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "A" → 0, "aa" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B7", "$B$7" → { row: 6, col: 1 }; undefined if it is not a cell inside the grid. */
export function parseCell(text: string): CellAddress | undefined {
  const m = CELL.exec(text.trim());
  if (m === null) return undefined;
  const col = columnIndex(m[1] as string);
  const row = Number(m[2]) - 1;
  return row >= 0 && row < MAX_ROWS && col < MAX_COLS ? { row, col } : undefined;
}

export function formatCell(cell: CellAddress): string {
  return `${columnLetters(cell.col)}${cell.row + 1}`;
}

/** Orders two corners into a normalised rectangle. */
export function rangeOf(a: CellAddress, b: CellAddress = a): RangeAddress {
  return {
    start: { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col) },
    end: { row: Math.max(a.row, b.row), col: Math.max(a.col, b.col) },
  };
}

const COLUMNS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;

/** "A:J" (whole columns) → those columns over every row of the sheet; undefined otherwise. */
function parseColumns(text: string): RangeAddress | undefined {
  const m = COLUMNS.exec(text.trim());
  if (m === null) return undefined;
  const a = columnIndex(m[1] as string);
  const b = columnIndex(m[2] as string);
  if (a >= MAX_COLS || b >= MAX_COLS) return undefined;
  return rangeOf({ row: 0, col: a }, { row: MAX_ROWS - 1, col: b });
}

/** Whether a range is whole columns (every row of the sheet), as "A:J" reads. */
export function isWholeColumns(range: RangeAddress): boolean {
  return range.start.row === 0 && range.end.row === MAX_ROWS - 1;
}

/** "A1:F44", "F44:A1", "B2" or whole columns "A:J" → a normalised rectangle; undefined if malformed. */
export function parseRange(text: string): RangeAddress | undefined {
  const columns = parseColumns(text);
  if (columns !== undefined) return columns;
  const parts = text.split(':');
  if (parts.length > 2) return undefined;
  const a = parseCell(parts[0] as string);
  const b = parts.length === 2 ? parseCell(parts[1] as string) : a;
  return a === undefined || b === undefined ? undefined : rangeOf(a, b);
}

/** "A1:F44", or "B2" for a single cell (as Excel reports it). */
export function formatRange(range: RangeAddress): string {
  const start = formatCell(range.start);
  const single = range.start.row === range.end.row && range.start.col === range.end.col;
  return single ? start : `${start}:${formatCell(range.end)}`;
}

/**
 * Quotes a sheet name unless Excel could not misread it: only letters, digits, _ and ., not a
 * leading digit, not TRUE or FALSE, and no start that reads as a cell in either notation (A1,
 * R2Data, RC, C3). Quoting a name that needs none is harmless, so doubt means quotes.
 */
export function quoteSheetName(name: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) &&
    !/^(TRUE|FALSE)$/i.test(name) &&
    !/^[A-Za-z]{1,3}\d/.test(name) &&
    !/^(R\d*C|R\d*|C\d*)(?![A-Za-z])/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet1!A1:F44", "'My sheet'!A1:B2" or an unqualified "A1:B2"; undefined if malformed. */
export function parseQualified(text: string): QualifiedRange | undefined {
  const trimmed = text.trim();
  const bang = trimmed.lastIndexOf('!');
  if (bang < 0) {
    const range = parseRange(trimmed);
    return range === undefined ? undefined : { range };
  }
  const sheet = unquoteSheetName(trimmed.slice(0, bang));
  const range = parseRange(trimmed.slice(bang + 1));
  return sheet === undefined || range === undefined ? undefined : { sheet, range };
}

/** "'It''s'" → "It's", "Data" → "Data"; undefined for an empty or badly quoted name. */
export function unquoteSheetName(text: string): string | undefined {
  if (text.startsWith("'")) {
    if (text.length < 3 || !text.endsWith("'")) return undefined;
    const inner = text.slice(1, -1);
    return inner.replace(/''/g, '').includes("'") ? undefined : inner.replace(/''/g, "'");
  }
  return text === '' || /[\s'!]/.test(text) ? undefined : text;
}

export function formatQualified(sheet: string, range: RangeAddress): string {
  return `${quoteSheetName(sheet)}!${formatRange(range)}`;
}
