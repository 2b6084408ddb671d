// The one error the benchmark planning raises for bad input: a code to test by, and a message for
// a finance officer that names the cells at fault, e.g. "Population is missing for Kent (cell B12
// on 'Sample data')".
import type { ErrorCode } from '@collab-finance/core';
import { quoteSheetName } from '../../workbook/a1';

/** The data's shape and the pane's choices have their own codes; a bad number has the core's. */
export type BenchmarkErrorCode =
  | ErrorCode
  | 'BAD_HEADER'
  | 'NO_FORCES'
  | 'TOO_MANY_ROWS'
  | 'MISSING_FORCE'
  | 'DUPLICATE_FORCE'
  | 'INCOMPLETE_PAIR'
  | 'NO_FORCE_CHOSEN'
  | 'FORCE_NOT_IN_DATA'
  | 'NO_FORCES_LEFT'
  | 'BAD_SOURCE';

/** Cells on a sheet that an error points at. */
export interface CellsAt {
  readonly sheet: string;
  readonly cells: readonly string[];
}

function describe(at: CellsAt): string {
  const list =
    at.cells.length === 1
      ? `${at.cells[0]?.includes(':') ? 'cells' : 'cell'} ${at.cells[0] as string}`
      : `cells ${at.cells.slice(0, -1).join(', ')} and ${at.cells[at.cells.length - 1] as string}`;
  return `${list} on ${quoteSheetName(at.sheet)}`;
}

export class BenchmarkInputError extends Error {
  override readonly name = 'BenchmarkInputError';

  constructor(
    readonly code: BenchmarkErrorCode,
    readonly problem: string,
    /** The cells at fault; omitted when the problem is a choice in the pane, not the data. */
    readonly at?: CellsAt,
  ) {
    super(at === undefined ? `${problem}.` : `${problem} (${describe(at)}).`);
  }
}

/** Binds a sheet name, so that a check can say `on(['B12'])`. */
export const cellsOn =
  (sheet: string) =>
  (cells: readonly string[]): CellsAt => ({ sheet, cells });
