// The custom functions by their Excel ids, for hosts other than Excel (the preview page's formula
// engine) that evaluate `=COLLAB.NAME(...)` with the same adapters Excel calls. Built from the
// specs: each entry takes the formula's arguments in order and, where Excel gathers a repeating
// parameter into one list (NRE's income lines), gathers them the same way.
import { SPECS } from '@collab-finance/core';
import { call } from './adapters';

export type ExcelFunction = (...args: unknown[]) => unknown;

export const excelFunctions: Readonly<Record<string, ExcelFunction>> = Object.fromEntries(
  SPECS.map((spec) => {
    const repeating = spec.params.findIndex((p) => p.repeating === true);
    const fn: ExcelFunction =
      repeating < 0
        ? (...args) => call(spec.id, ...args)
        : (...args) => call(spec.id, ...args.slice(0, repeating), args.slice(repeating));
    return [spec.id, fn];
  }),
);
