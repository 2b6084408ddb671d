// The boundary between Excel and the core: Excel cell values in, numbers and Excel errors out.
// Nothing here throws: every failure becomes an Excel error value that Excel shows in the cell.
import { CollabError, type Decimal } from '@collab-finance/core';

export type ExcelErrorCode = '#DIV/0!' | '#NUM!' | '#VALUE!' | '#N/A';

/** An Excel error as a custom function returns it (CustomFunctions.Error inside Excel). */
export interface ExcelError {
  readonly code: string;
  readonly message?: string;
}

/** Stands in for CustomFunctions.Error where the Office runtime is absent (tests, preview page). */
class PlainExcelError implements ExcelError {
  constructor(
    readonly code: ExcelErrorCode,
    readonly message?: string,
  ) {}
}

/** Excel shows a custom message only with #VALUE! and #N/A. */
const ALLOWS_MESSAGE: ReadonlySet<ExcelErrorCode> = new Set(['#VALUE!', '#N/A']);

/** Makes an Excel error value, with its message where Excel allows one. */
export function excelError(code: ExcelErrorCode, message: string): ExcelError {
  const text = ALLOWS_MESSAGE.has(code) ? message : undefined;
  const runtime = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  if (runtime?.Error) return new runtime.Error(code as CustomFunctions.ErrorCode, text);
  return new PlainExcelError(code, text);
}

/** Whether a value is an Excel error (from a cell, or made here). */
export function isExcelError(value: unknown): value is ExcelError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    (value as { code: string }).code.startsWith('#')
  );
}

/** Maps any failure to an Excel error: the core's codes by the catalogue rule, anything else #VALUE!. */
export function toExcelError(failure: unknown): ExcelError {
  if (isExcelError(failure)) return failure;
  if (failure instanceof CollabError) {
    if (failure.code === 'DIVIDE_BY_ZERO') return excelError('#DIV/0!', failure.message);
    if (failure.code === 'OUT_OF_RANGE') return excelError('#NUM!', failure.message);
    return excelError('#VALUE!', failure.message);
  }
  const detail = failure instanceof Error ? failure.message : String(failure);
  return excelError('#VALUE!', `unexpected problem: ${detail}`);
}

/** A Decimal result as an Excel number; beyond a double's range it is #NUM!. */
export function toExcelNumber(value: Decimal): number | ExcelError {
  const n = value.toNumber();
  if (!Number.isFinite(n))
    return excelError('#NUM!', `the result ${value.toString()} is too large for Excel`);
  return n === 0 ? 0 : n;
}

/** Excel's error values by their text, as a data-type error cell carries it in `basicValue`. */
const ERROR_TEXTS: ReadonlySet<string> = new Set(['#DIV/0!', '#NUM!', '#VALUE!', '#N/A']);

/**
 * An Excel cell value as core input. Blanks ('' or null) stay blank (null); an error in a cell is
 * thrown as that error so it comes back unchanged; a data-type cell (a formatted number, a linked
 * entity: Excel passes these as objects because functions.json allows custom data for `any`) is
 * read as its basic value, the number or text the cell shows; booleans and other objects go to the
 * core, which refuses them with a message naming the parameter.
 */
export function fromCell(value: unknown): unknown {
  if (value === '' || value === undefined || value === null) return null;
  if (typeof value !== 'object') return value;
  if (isExcelError(value)) throw value;
  if ('basicValue' in value) {
    const basic = (value as { basicValue: unknown }).basicValue;
    if ((value as { type?: unknown }).type === 'Error') {
      const text = String(basic);
      throw excelError(ERROR_TEXTS.has(text) ? (text as ExcelErrorCode) : '#VALUE!', text);
    }
    return fromCell(basic);
  }
  return value;
}
