// The values a formula works with: Excel's scalars, its error values, and how text typed into a
// cell becomes a number, a boolean, an error or a formula (as Excel does when a value is written).

export const ERROR_CODES = [
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#N/A',
  '#NUM!',
  '#SPILL!',
  '#CYCLE!',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error value in a cell: a value like any other, which operators and functions pass on. */
export class CellError {
  constructor(
    readonly code: ErrorCode,
    /** Why, when known (e.g. a custom function's message); Excel shows it in a tooltip. */
    readonly message?: string,
  ) {}
}

export type Scalar = number | string | boolean | null | CellError;
export type Matrix = readonly (readonly Scalar[])[];

export const isError = (value: unknown): value is CellError => value instanceof CellError;

/** Array.isArray does not narrow readonly arrays; this does. */
export const isMatrix = (value: unknown): value is Matrix => Array.isArray(value);

export function errorFromCode(code: string, message?: string): CellError | undefined {
  const known = ERROR_CODES.find((c) => c === code.toUpperCase());
  return known === undefined ? undefined : new CellError(known, message);
}

/** What a cell shows through the WorkbookPort: errors become their text. */
export function display(value: Scalar): number | string | boolean | null {
  return isError(value) ? value.code : value;
}

/** A constant as Excel stores it when the text is typed or written as a value. */
export type Input = { readonly formula: string } | { readonly value: Scalar };

const NUMBER_TEXT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?%?$/;

/** Parses text the way Excel does on entry: "=..." formulas, numbers ("1,234", "12%"), TRUE/FALSE, errors. */
export function parseInput(raw: number | string | boolean | null | undefined): Input {
  if (raw === undefined || raw === null || raw === '') return { value: null };
  if (typeof raw !== 'string') return { value: raw };
  if (raw.startsWith("'")) return { value: raw.slice(1) };
  if (raw.startsWith('=') && raw.length > 1) return { formula: raw };
  const trimmed = raw.trim();
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { value: upper === 'TRUE' };
  const error = errorFromCode(trimmed);
  if (error !== undefined) return { value: error };
  const number = textToNumber(trimmed);
  return { value: number ?? raw };
}

/** Numeric text as Excel coerces it in arithmetic; undefined when it is not a number. */
export function textToNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || !NUMBER_TEXT.test(trimmed) || !/\d/.test(trimmed)) return undefined;
  const percent = trimmed.endsWith('%');
  const n = Number(trimmed.replace(/,/g, '').replace(/%$/, ''));
  return percent ? n / 100 : n;
}
