// Excel's rules for sheet names, defined names and addresses, checked before anything is written,
// and case-insensitive matching, because Excel treats "MTFS" and "mtfs" as the same sheet or name.

import { WorkbookError } from './errors';

const SHEET_FORBIDDEN = /[:\\/?*[\]]/;

/** Rejects a sheet name Excel would refuse, so a write fails before it starts, not half-way. */
export function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || SHEET_FORBIDDEN.test(name) || /^'|'$/.test(name)) {
    throw new WorkbookError(
      'BAD_SHEET_NAME',
      `"${name}" cannot be a sheet name: use 1 to 31 characters, none of : \\ / ? * [ ], and no apostrophe at either end`,
    );
  }
}

const DEFINED_NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
/** Names Excel reads as cell references (A1, XFD1048576, R1C1, R, C) are refused as names. */
const LOOKS_LIKE_REFERENCE = /^([A-Za-z]{1,3}\d+|[RrCc]|[Rr]\d*[Cc]\d*)$/;

/** Defined names come from code, not from the user: a bad one is a programming error. */
export function checkDefinedName(name: string): void {
  if (name.length > 255 || !DEFINED_NAME.test(name) || LOOKS_LIKE_REFERENCE.test(name)) {
    throw new TypeError(`"${name}" cannot be an Excel defined name`);
  }
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
