// The two WorkbookPorts under one contract: OfficePort on the fake Excel and MemoryPort on the
// in-memory workbook, each with what a test needs to see and disturb the workbook beneath it as
// a user or a co-author would (add, rename or delete a sheet, define a name, fail a step).

import { MemoryPort, MemoryWorkbook, type WriteStep } from '../../../../addin/workbook/memory';
import { display, type CellError } from '../../../../addin/workbook/formula/values';
import type { CellValue, WorkbookPort } from '../../../../addin/workbook/port';
import { FakeExcel, type Command } from '../office/fakeExcel';
import {
  parseCell,
  parseRange,
  type CellAddress,
  type RangeAddress,
} from '../../../../addin/workbook/a1';

const within = (at: CellAddress, { start, end }: RangeAddress): boolean =>
  at.row >= start.row && at.row <= end.row && at.col >= start.col && at.col <= end.col;

/** What a cell holds as written: a formula, or a value (errors as their text). */
export type Held = { readonly formula: string } | { readonly value: CellValue };

/** A defined name as the Name Manager lists it. */
export interface Listed {
  readonly name: string;
  /** The sheet a sheet-scoped name belongs to. */
  readonly scope?: string;
  readonly broken: boolean;
}

export interface Subject {
  readonly port: WorkbookPort;
  sheetNames(): string[];
  /** What a written cell holds; undefined for a cell never written. */
  held(sheet: string, address: string): Held | undefined;
  names(): Listed[];
  /** The drop-down list on a cell, if it has one. */
  dropDown(sheet: string, address: string): readonly string[] | undefined;
  /** As a co-author or the user would, outside the port. */
  addSheet(name: string): void;
  renameSheet(from: string, to: string): void;
  deleteSheet(name: string): void;
  /** A workbook-scoped name, as the user defines it. */
  defineName(name: string, sheet: string, address: string): void;
  /**
   * Every later write step (a command Excel runs, or a cell, name, chart… of the memory write) is
   * offered to `hook`, numbered from 0; returning true makes that step fail.
   */
  onStep(hook: ((step: number) => boolean) | undefined): void;
  /** Runs `act` once, just before the next write adds its sheet (after its check). */
  beforeSheetAdded(act: () => void): void;
  /** Everything a user could see of the workbook, for before-and-after comparison. */
  snapshot(): unknown;
}

const heldFrom = (value: string | number | boolean | null | CellError): Held => ({
  value: display(value),
});

/**
 * onStep and beforeSheetAdded over a port's own failure hook (`arm` sets it), given how to
 * recognise the step that adds the sheet.
 */
function stepHooks<S>(
  arm: (hook: ((step: S) => boolean) | undefined) => void,
  addsSheet: (step: S) => boolean,
): Pick<Subject, 'onStep' | 'beforeSheetAdded'> {
  return {
    onStep(hook) {
      let count = 0;
      arm(hook && (() => hook(count++)));
    },
    beforeSheetAdded(act) {
      arm((step) => {
        if (!addsSheet(step)) return false;
        arm(undefined);
        act();
        return false;
      });
    },
  };
}

function officeSubject(sheets: readonly string[]): Subject {
  const excel = new FakeExcel(sheets);
  return {
    port: excel.port(),
    sheetNames: () => excel.sheetNames(),
    held(sheet, address) {
      const input = excel.cellInput(sheet, address);
      if (input === undefined) return undefined;
      return 'formula' in input ? { formula: input.formula } : heldFrom(input.value);
    },
    dropDown(sheet, address) {
      const at = parseCell(address);
      const rules = [...(excel.sheet(sheet)?.validations ?? [])];
      const rule = rules.reverse().find(([range]) => {
        const r = parseRange(range);
        return at !== undefined && r !== undefined && within(at, r);
      })?.[1];
      const source = rule?.list?.source;
      return typeof source === 'string' ? source.split(',') : undefined;
    },
    names: () => [
      ...excel.names.map((n) => ({ name: n.name, broken: n.sheet === undefined })),
      ...excel.sheets.flatMap((sheet) =>
        sheet.names.map((n) => ({ name: n.name, scope: sheet.name, broken: false })),
      ),
    ],
    addSheet: (name) => void excel.addSheet(name),
    renameSheet(from, to) {
      const sheet = excel.sheet(from);
      if (sheet === undefined) throw new Error(`the test renames ${from}, which is not there`);
      sheet.name = to;
    },
    deleteSheet: (name) => excel.deleteSheet(name),
    defineName: (name, sheet, address) => excel.defineName(name, sheet, address),
    ...stepHooks(
      (hook) => (excel.failWhen = hook),
      (command: Command) => command.kind === 'addSheet',
    ),
    snapshot: () => ({
      sheets: excel.sheets.map((s) => ({
        id: s.id,
        name: s.name,
        names: [...s.names],
        writes: s.writes.length,
        charts: s.charts.length,
      })),
      names: excel.names.map((n) => [n.name, excel.formulaOf(n)]),
      active: excel.active?.id,
    }),
  };
}

function memorySubject(sheets: readonly string[]): Subject {
  const book = new MemoryWorkbook();
  for (const name of sheets) book.addSheet(name);
  const port = new MemoryPort(book);
  const cells = (sheet: string) => {
    const used = book.usedRange(sheet);
    if (used === undefined) return [];
    return book
      .values(sheet, used)
      .flatMap((row, r) => row.map((value, c) => [r, c, value] as const))
      .filter(([, , value]) => value !== null);
  };
  return {
    port,
    sheetNames: () => book.sheetNames(),
    held(sheet, address) {
      const cell = book.cell(sheet, address);
      if (cell.formula !== undefined) return { formula: cell.formula };
      return cell.value === null && cell.format === undefined ? undefined : { value: cell.value };
    },
    dropDown: (sheet, address) => book.validation(sheet, address),
    names: () =>
      book.names().map((n) => ({
        name: n.name,
        ...(n.scope !== undefined && { scope: n.scope }),
        broken: n.refersTo === '#REF!',
      })),
    addSheet: (name) => book.addSheet(name),
    renameSheet: (from, to) => book.renameSheet(from, to),
    deleteSheet: (name) => void book.removeSheet(name),
    defineName: (name, sheet, address) => book.defineName(name, sheet, address),
    ...stepHooks(
      (hook) => (port.failOn = hook),
      (step: WriteStep) => step.kind === 'sheet',
    ),
    snapshot: () => ({
      sheets: book.sheetNames().map((name) => ({
        name,
        cells: cells(name),
        widths: book.columnWidths(name),
        charts: book.charts(name).length,
      })),
      names: book.names(),
      active: book.activeSheet,
    }),
  };
}

/** Each port with a factory for a fresh workbook holding the given (empty) sheets. */
export const SUBJECTS: readonly [string, (sheets: readonly string[]) => Subject][] = [
  ['OfficePort on the fake Excel', officeSubject],
  ['MemoryPort on the in-memory workbook', memorySubject],
];
