// The stored parts of one worksheet: its cells (what was typed or written, not what they show),
// charts, column widths and the names scoped to it. Cells are immutable records so a snapshot is a cheap map copy.

import type { ChartSpec } from '../port';
import { MAX_COLS, type CellAddress, type RangeAddress } from '../a1';
import type { Scalar } from '../formula/values';

/** What a cell holds: a constant, or a formula whose value the calculation supplies. */
export interface StoredCell {
  readonly input: Scalar;
  readonly formula?: string;
  readonly format?: string;
  readonly bold?: boolean;
}

/** One number per cell position, so cells live in a flat Map. */
export const cellKey = (row: number, col: number): number => row * MAX_COLS + col;

export const keyAddress = (key: number): CellAddress => ({
  row: Math.floor(key / MAX_COLS),
  col: key % MAX_COLS,
});

export class Sheet {
  cells = new Map<number, StoredCell>();
  charts: ChartSpec[] = [];
  columnWidths: number[] = [];
  /** Drop-down lists, each over a rectangle. */
  validations: { readonly range: RangeAddress; readonly list: readonly string[] }[] = [];
  /** Names scoped to this sheet, by upper-cased name; they go when the sheet goes. */
  names = new Map<string, { readonly name: string; readonly range: RangeAddress }>();

  constructor(public name: string) {}

  /** A copy sharing the immutable cells, for rolling back a failed write. */
  snapshot(): Sheet {
    const copy = new Sheet(this.name);
    copy.cells = new Map(this.cells);
    copy.charts = [...this.charts];
    copy.columnWidths = [...this.columnWidths];
    copy.validations = [...this.validations];
    copy.names = new Map(this.names);
    return copy;
  }
}
