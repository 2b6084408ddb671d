// Lays a sheet out top to bottom in blocks that return their anchors (Excel row numbers), so a
// formula refers to a row by the block that holds it, never by counting rows: adding a line to one
// block moves every reference with it. A block can be reserved before it is filled, for formulas
// that refer to rows further down.
import type { BlockWrite, CellWrite } from '../../workbook/port';

/** One row of cells from column A; `null` leaves a cell alone. */
export type Row = readonly (CellWrite | null)[];

/** A reserved run of rows: where it is, and a way to fill it once. */
export interface Block {
  /** Excel row number of its first row. */
  readonly top: number;
  /** Excel row number of its last row. */
  readonly last: number;
  /** Excel row number of its row `i` (0-based); a row outside the block is a bug, so it throws. */
  row(i: number): number;
  /** Writes its rows (as many as reserved). */
  fill(rows: readonly Row[]): void;
}

export class SheetLayout {
  private readonly blocks: { top: number; rows: readonly Row[] | null }[] = [];
  private next = 1;

  /** Reserves `count` rows at the next free row. */
  reserve(count: number): Block {
    const top = this.next;
    const last = top + count - 1;
    this.next += count;
    const entry: { top: number; rows: readonly Row[] | null } = { top, rows: null };
    this.blocks.push(entry);
    return {
      top,
      last,
      row: (i) => {
        if (!Number.isInteger(i) || i < 0 || i >= count) {
          throw new RangeError(`row ${i} is outside a block of ${count}`);
        }
        return top + i;
      },
      fill: (rows) => {
        if (rows.length !== count) {
          throw new RangeError(`a block of ${count} rows was given ${rows.length}`);
        }
        entry.rows = rows;
      },
    };
  }

  /** Adds one row now and returns its Excel row number. */
  add(...cells: Row): number {
    const block = this.reserve(1);
    block.fill([cells]);
    return block.top;
  }

  /** Leaves `count` blank rows. */
  skip(count = 1): void {
    this.next += count;
  }

  /** The blocks to write, each at its anchor in column A. */
  blocksToWrite(): BlockWrite[] {
    return this.blocks.map(({ top, rows }) => {
      // A block reserved but never filled would leave its references pointing at blanks.
      if (rows === null) throw new Error(`the block at row ${top} was reserved but not filled`);
      return { at: `A${top}`, rows };
    });
  }
}
