// Recalculation of a memory workbook (placeholder until the formula engine lands: formulas show blank).

import type { Scalar } from '../formula/values';
import type { Sheet } from './sheet';
import type { SheetRange } from './workbook';

export type FunctionRegistry = Readonly<Record<string, (...args: unknown[]) => unknown>>;

/** What the calculation needs to know of the workbook. */
export interface CalcBook {
  sheet(name: string): Sheet | undefined;
  name(name: string): SheetRange | undefined;
  sheets(): readonly Sheet[];
}

/** The values of every cell after a full recalculation. */
export interface Calculation {
  value(sheet: Sheet, key: number): Scalar;
  /** The key of the formula cell whose array result fills this (otherwise empty) cell. */
  spilledFrom(sheet: Sheet, key: number): number | undefined;
  spillKeys(sheet: Sheet): Iterable<number>;
}

export function calculate(book: CalcBook, functions: FunctionRegistry): Calculation {
  void book;
  void functions;
  return {
    value: (sheet, key) => sheet.cells.get(key)?.input ?? null,
    spilledFrom: () => undefined,
    spillKeys: () => [],
  };
}
