// Excel's rules for sheet names and defined names, and case-insensitive matching, in one place
// for both ports (Office JS and in-memory), so a write refused by one is refused by the other.

import { parseCell, parseRange, type RangeAddress } from './a1';
import { WorkbookError } from './errors';

const SHEET_FORBIDDEN = /[:\\/?*[\]]/;

/** Rejects a sheet name Excel would refuse, so a write fails before it starts, not half-way. */
export function checkSheetName(name: string): void {
  // Excel keeps "History" for its change-tracking sheet and refuses it in any case.
  const reserved = sameName(name, 'History');
  if (
    name.length === 0 ||
    name.length > 31 ||
    SHEET_FORBIDDEN.test(name) ||
    /^'|'$/.test(name) ||
    reserved
  ) {
    throw new WorkbookError(
      'BAD_SHEET_NAME',
      `"${name}" cannot be a sheet name: use 1 to 31 characters, none of : \\ / ? * [ ], no apostrophe at either end, and not "History"`,
    );
  }
}

const DEFINED_NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
/** R1C1 references (R, C, RC, R1C1, R2, C3) read as cells in Excel's other notation. */
const R1C1_REFERENCE = /^(R\d*C\d*|R\d*|C\d*)$/i;

/** Whether Excel takes `name` as a defined name: not a cell reference in either notation. */
export function isDefinedName(name: string): boolean {
  return (
    name.length <= 255 &&
    DEFINED_NAME.test(name) &&
    parseCell(name) === undefined &&
    !R1C1_REFERENCE.test(name)
  );
}

/** Defined names come from code, not from the user: a bad one is a programming error. */
export function checkDefinedName(name: string): void {
  if (!isDefinedName(name)) throw new TypeError(`"${name}" cannot be an Excel defined name`);
}

export const sameName = (a: string, b: string): boolean =>
  a.toLocaleUpperCase() === b.toLocaleUpperCase();

/** Splits "Sheet1!A1:B2" or "'My sheet'!A1" into the sheet (unquoted) and the rest. */
export function splitAddress(address: string): { readonly sheet?: string; readonly range: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { range: address };
  const sheet = address.slice(0, bang);
  const quoted = /^'(.*)'$/.exec(sheet);
  return {
    sheet: quoted ? (quoted[1] ?? '').replaceAll("''", "'") : sheet,
    range: address.slice(bang + 1),
  };
}

/**
 * The part of an address on the sheet being written that Worksheet.getRange takes. The address
 * may name that sheet, but the sheet may be written under a temporary name, so the name goes.
 */
export function onSheet(sheet: string, address: string): string {
  const split = splitAddress(address);
  if (split.sheet !== undefined && !sameName(split.sheet, sheet)) {
    throw new TypeError(`"${address}" is not on the sheet "${sheet}" being written`);
  }
  return split.range;
}

/** A rectangle on the sheet being written (unqualified, or naming that sheet): code's mistake if not. */
export function rangeOnSheet(sheet: string, address: string): RangeAddress {
  const range = parseRange(onSheet(sheet, address));
  if (range === undefined) throw new TypeError(`"${address}" is not a range address`);
  return range;
}

/** Excel's limit on a data-validation list source ("a,b,c"), in characters. */
const LIST_SOURCE_MAX = 255;

/** The source text Excel takes for a drop-down list, refusing a list Excel could not hold. */
export function listSource(list: readonly string[]): string {
  if (list.length === 0 || list.some((item) => item === '' || item.includes(','))) {
    throw new TypeError(
      `a drop-down list needs items, none empty or with a comma: ${JSON.stringify(list)}`,
    );
  }
  const source = list.join(',');
  if (source.length > LIST_SOURCE_MAX) {
    throw new TypeError(`a drop-down list is at most ${LIST_SOURCE_MAX} characters: ${source}`);
  }
  return source;
}
