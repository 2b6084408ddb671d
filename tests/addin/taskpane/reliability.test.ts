// The task pane's writes against the in-memory workbook, tried hard: a failure injected at any
// step of writing a sheet leaves the workbook exactly as it was and gets one clear message; a
// second write never touches the first sheet; a data range of 100,000 rows is refused up front.
import { excelFunctions } from '../../../addin/functions/registry';
import { MAX_DATA_ROWS, readBenchmarkData } from '../../../addin/taskpane/benchmark/data';
import { BenchmarkInputError } from '../../../addin/taskpane/benchmark/errors';
import { planBenchmark, type BenchmarkChoices } from '../../../addin/taskpane/benchmark/plan';
import { sampleRange, sampleSheet, SAMPLE_SHEET } from '../../../addin/taskpane/benchmark/sample';
import { freeSheetName } from '../../../addin/taskpane/ui/sheetName';
import { EXAMPLE_FORM, planForm } from '../../../addin/taskpane/mtfs/form';
import { failureMessage } from '../../../addin/taskpane/ui/failure';
import { WorkbookError } from '../../../addin/workbook/errors';
import {
  formatCell,
  MemoryPort,
  MemoryWorkbook,
  type WriteStep,
} from '../../../addin/workbook/memory';
import type { CellValue, RangeData, SheetWrite } from '../../../addin/workbook/port';
import { FakeExcel } from '../workbook/office/fakeExcel';
import { SUBJECTS } from '../workbook/contract/subjects';

const KENT: BenchmarkChoices = {
  forces: ['Kent'],
  convention: 'simpleExcludingLondon',
  per: 1,
};

/** What the pane's three actions write, planned as the pane plans them against the workbook now. */
const WRITES: readonly [string, (port: MemoryPort) => Promise<SheetWrite>][] = [
  [
    'the sample data sheet',
    async (port) => sampleSheet(freeSheetName(SAMPLE_SHEET, await port.sheetNames())),
  ],
  [
    'a benchmark sheet',
    async (port) =>
      planBenchmark(
        readBenchmarkData(await port.readRange(sampleRange())),
        KENT,
        await port.sheetNames(),
      ).sheet,
  ],
  ['an MTFS sheet', async (port) => planForm(EXAMPLE_FORM, await port.sheetNames()).sheet],
];

/**
 * A workbook in use: a typed cell, the user's own BandD name, a PayAward name left #REF! by a
 * deleted sheet, the sample data, a benchmark and an MTFS sheet already there.
 */
async function workbookInUse(): Promise<{ book: MemoryWorkbook; port: MemoryPort }> {
  const book = new MemoryWorkbook({ functions: excelFunctions });
  book.addSheet('Sheet1');
  book.enter('Sheet1', 'A1', 'Notes kept by the user');
  book.defineName('BandD', 'Sheet1', 'A1');
  book.addSheet('Gone');
  book.defineName('PayAward', 'Gone', 'A1');
  book.removeSheet('Gone');
  const port = new MemoryPort(book);
  for (const [, plan] of WRITES) await port.writeSheet(await plan(port));
  return { book, port };
}

/** Everything a user could see of one sheet: each cell (value, formula, format), widths, charts. */
function sheetContents(book: MemoryWorkbook, name: string) {
  const used = book.usedRange(name);
  const cells: Record<string, unknown> = {};
  if (used !== undefined) {
    for (let row = used.start.row; row <= used.end.row; row++) {
      for (let col = used.start.col; col <= used.end.col; col++) {
        const { value, formula, format, bold } = book.cell(name, formatCell({ row, col }));
        if (value !== null || formula !== undefined) {
          cells[formatCell({ row, col })] = { value, formula, format, bold };
        }
      }
    }
  }
  return { name, cells, widths: book.columnWidths(name), charts: book.charts(name) };
}

/** The whole workbook: sheets in order with their contents, defined names, the active sheet. */
function snapshot(book: MemoryWorkbook) {
  return {
    sheets: book.sheetNames().map((name) => sheetContents(book, name)),
    names: book.names(),
    active: book.activeSheet,
  };
}

/** The steps writing `sheet` takes, recorded by a failure hook that never fires. */
async function stepsOf(sheet: SheetWrite): Promise<WriteStep[]> {
  const { book } = await workbookInUse();
  const steps: WriteStep[] = [];
  const recorder = new MemoryPort(book, { failOn: (step) => (steps.push(step), false) });
  await recorder.writeSheet(sheet);
  return steps;
}

/** Where to break a write: every kind of step, and the first, middle and last cell. */
function failurePoints(steps: readonly WriteStep[]): WriteStep[] {
  const cells = steps.filter((s) => s.kind === 'cell');
  const picked = [
    ...steps.filter((s) => s.kind !== 'cell'),
    cells[0],
    cells[Math.floor(cells.length / 2)],
    cells[cells.length - 1],
  ];
  return picked.filter((s): s is WriteStep => s !== undefined);
}

const sameStep = (a: WriteStep) => (b: WriteStep) => JSON.stringify(a) === JSON.stringify(b);

describe('a failure part-way through a task-pane write', () => {
  it.each(WRITES)(
    'leaves the workbook exactly as it was, whatever step of %s fails',
    async (_, plan) => {
      const { book, port } = await workbookInUse();
      const sheet = await plan(port);
      const points = failurePoints(await stepsOf(sheet));
      // A sheet, then cells; the benchmark and MTFS sheets also set widths and draw charts.
      expect(points.length).toBeGreaterThanOrEqual(4);
      const before = snapshot(book);
      for (const point of points) {
        port.failOn = sameStep(point);
        const failure = await port.writeSheet(sheet).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect({ point, code: (failure as WorkbookError | undefined)?.code }).toEqual({
          point,
          code: 'WRITE_FAILED',
        });
        expect({ point, workbook: snapshot(book) }).toEqual({ point, workbook: before });
      }
    },
  );

  it.each(WRITES)('says in one message that %s was not written, naming it', async (_, plan) => {
    const { port } = await workbookInUse();
    const sheet = await plan(port);
    port.failOn = (step) => step.kind === 'cell' && step.index === 10;
    const error = await port.writeSheet(sheet).catch((e: unknown) => e);
    const text = failureMessage(error);
    expect(text).toContain(`"${sheet.name}"`);
    expect(text.match(/nothing was/gi)).toHaveLength(1);
    expect(text).not.toMatch(/something went wrong/i);
    expect(text).not.toContain('\n');
  });
});

describe('a failure at every step of a task-pane write on the Office JS port', () => {
  const [, officeWorkbook] = SUBJECTS[0] as (typeof SUBJECTS)[number];

  it.each(WRITES)(
    'leaves a workbook with foreign sheets and names as it was, whatever step of %s fails',
    async (_, plan) => {
      const sheet = await plan((await workbookInUse()).port);
      /** The fake workbook in use: the user's sheet and BandD name, a #REF! PayAward. */
      const inUse = () => {
        const book = officeWorkbook(['Sheet1', 'Gone']);
        book.defineName('BandD', 'Sheet1', 'A1');
        book.defineName('PayAward', 'Gone', 'A1');
        book.deleteSheet('Gone');
        return book;
      };
      let steps = 0;
      const counted = inUse();
      counted.onStep(() => (steps++, false));
      await counted.port.writeSheet(sheet);
      expect(steps).toBeGreaterThanOrEqual(5);
      for (let fail = 0; fail < steps; fail++) {
        const book = inUse();
        const before = book.snapshot();
        book.onStep((step) => step === fail);
        const error = await book.port.writeSheet(sheet).catch((e: unknown) => e);
        book.onStep(undefined);
        expect([fail, (error as WorkbookError).name]).toEqual([fail, 'WorkbookError']);
        expect([fail, book.snapshot()]).toEqual([fail, before]);
        expect(failureMessage(error).match(/nothing was/gi)).toHaveLength(1);
      }
    },
  );
});

describe('the message for a write Excel could not finish', () => {
  async function failedInExcel(failWhen: FakeExcel['failWhen']): Promise<string> {
    const excel = new FakeExcel();
    excel.failWhen = failWhen;
    const sheet = planForm(EXAMPLE_FORM, excel.sheetNames()).sheet;
    return failureMessage(
      await excel
        .port()
        .writeSheet(sheet)
        .catch((e: unknown) => e),
    );
  }

  it('says the workbook is as it was when the half-written sheet was removed', async () => {
    const text = await failedInExcel((c) => c.kind === 'addChart');
    expect(text).toMatch(/"MTFS".*the workbook is as it was\.$/);
  });

  it('does not claim nothing was written when removing the half-written sheet failed too', async () => {
    const text = await failedInExcel((c) => c.kind === 'addChart' || c.kind === 'deleteSheet');
    expect(text).toMatch(/removing the half-written sheet "~w1 MTFS" also failed/);
    expect(text).not.toMatch(/nothing was written/i);
  });

  it('says the sheet was written when the action failed only afterwards', () => {
    const text = failureMessage(new Error('the results could not be shown'), 'MTFS (2)');
    expect(text).toBe(
      'The sheet "MTFS (2)" was written, but then: the results could not be shown.',
    );
  });

  it('says nothing was written when the action failed before writing', () => {
    expect(failureMessage(new TypeError('x is undefined'))).toBe(
      'Something went wrong: x is undefined. Nothing was written.',
    );
    expect(failureMessage(new WorkbookError('SHEET_EXISTS', 'A sheet named "MTFS" exists'))).toBe(
      'A sheet named "MTFS" exists. Nothing was written.',
    );
  });
});

describe('writing the same thing twice', () => {
  it.each(WRITES)('puts %s on a new sheet and leaves the first one as it was', async (_, plan) => {
    const { book, port } = await workbookInUse();
    const before = snapshot(book);
    const second = await plan(port);
    expect(before.sheets.map((s) => s.name.toLowerCase())).not.toContain(second.name.toLowerCase());
    await port.writeSheet(second);
    const after = snapshot(book);
    expect(after.sheets.map((s) => s.name)).toEqual([
      ...before.sheets.map((s) => s.name),
      second.name,
    ]);
    expect(after.sheets.slice(0, -1)).toEqual(before.sheets);
    expect(after.names.slice(0, before.names.length)).toEqual(before.names);
  });

  it('refuses a write planned before its sheet name was taken, changing nothing', async () => {
    const { book, port } = await workbookInUse();
    const before = snapshot(book);
    const stale = planForm(EXAMPLE_FORM, []).sheet;
    const error = await port.writeSheet(stale).catch((e: unknown) => e);
    expect((error as WorkbookError).code).toBe('SHEET_EXISTS');
    expect(snapshot(book)).toEqual(before);
  });
});

describe('a data range of 100,000 rows', () => {
  const HEADER: CellValue[] = ['Force', 'Population', 'Local policing'];

  /** A range with a header and `rows` rows under it, every one of them Kent. */
  const rangeOf = (rows: number): RangeData => ({
    sheet: 'Big',
    address: `A1:C${rows + 1}`,
    values: [HEADER, ...Array.from({ length: rows }, () => ['Kent', 1_800_000, 70_000_000])],
  });

  const refusal = (range: RangeData): BenchmarkInputError => {
    try {
      readBenchmarkData(range);
    } catch (e) {
      return e as BenchmarkInputError;
    }
    throw new Error('the data was read');
  };

  it('is refused before any cell is checked, with a message giving the size and the limit', () => {
    const error = refusal(rangeOf(100_000));
    expect(error.code).toBe('TOO_MANY_ROWS');
    expect(error.message).toContain('100,000 used rows under the header');
    expect(error.message).toContain(`at most ${MAX_DATA_ROWS.toLocaleString('en-GB')}`);
    expect(error.at).toEqual({ sheet: 'Big', cells: ['A2:A100001'] });
  });

  it('is one row too many at the limit plus one, and checked cell by cell at the limit', () => {
    expect(refusal(rangeOf(MAX_DATA_ROWS + 1)).code).toBe('TOO_MANY_ROWS');
    // At the limit the rows are read, so the repeated Kent is what is wrong.
    expect(refusal(rangeOf(MAX_DATA_ROWS)).code).toBe('DUPLICATE_FORCE');
  });

  it('judges a range by its used rows: 2,000 rows holding the 43 forces are read', async () => {
    const book = new MemoryWorkbook();
    const port = new MemoryPort(book);
    await port.writeSheet(sampleSheet());
    const sample = await port.readRange(sampleRange());
    const blank = Array.from({ length: 2_000 - sample.values.length }, () => [null]);
    const tall = { ...sample, values: [...sample.values, ...blank] };
    expect(tall.values.length).toBeGreaterThan(MAX_DATA_ROWS);
    expect(readBenchmarkData(tall).forces).toHaveLength(43);
  });

  it('reads a range of the limit’s size whose forces fill only the top rows', async () => {
    const book = new MemoryWorkbook();
    const port = new MemoryPort(book);
    await port.writeSheet(sampleSheet());
    const sample = await port.readRange(sampleRange());
    const blank = Array.from({ length: MAX_DATA_ROWS - 43 }, () => [null]);
    const tall = { ...sample, values: [...sample.values, ...blank] };
    expect(readBenchmarkData(tall).forces).toHaveLength(43);
  });

  it('is read from the workbook and refused, and the workbook is left as it was', async () => {
    const book = new MemoryWorkbook({ functions: excelFunctions });
    const port = new MemoryPort(book);
    const { values } = rangeOf(100_000);
    await port.writeSheet({
      name: 'Big',
      blocks: [{ at: 'A1', rows: values.map((row) => row.map((value) => ({ value }))) }],
    });
    const before = book.sheetNames();
    const read = await port.readRange('Big!A1:C100001');
    expect(read.values).toHaveLength(100_001);
    expect(refusal(read).code).toBe('TOO_MANY_ROWS');
    expect(book.sheetNames()).toEqual(before);
  });
});

describe('an MTFS sheet beside names and sheets that are not its own', () => {
  /** The projected figures of an MTFS sheet: every year of every projection row. */
  function projection(book: MemoryWorkbook, sheet: string): CellValue[] {
    const plan = planForm(EXAMPLE_FORM, []);
    return Object.values(plan.layout.rows).flatMap((row) =>
      plan.layout.yearColumns.map((col) => book.cell(sheet, `${col}${row}`).value),
    );
  }

  async function freshMtfs(): Promise<CellValue[]> {
    const book = new MemoryWorkbook({ functions: excelFunctions });
    book.addSheet('Sheet1');
    await new MemoryPort(book).writeSheet(planForm(EXAMPLE_FORM, ['Sheet1']).sheet);
    return projection(book, 'MTFS');
  }

  it('is written again after the user renamed the first, each computing from its own cells', async () => {
    const { book, port } = await workbookInUse();
    book.renameSheet('MTFS', 'MTFS 2025');
    const again = planForm(EXAMPLE_FORM, await port.sheetNames()).sheet;
    await port.writeSheet(again);
    const expected = await freshMtfs();
    expect(projection(book, again.name)).toEqual(expected);
    expect(projection(book, 'MTFS 2025')).toEqual(expected);
    expect(expected.some((v) => typeof v === 'string' && v.startsWith('#'))).toBe(false);
  });

  it('is written in a workbook with its own BandD, TaxBase and PayAward, which it leaves alone', async () => {
    const book = new MemoryWorkbook({ functions: excelFunctions });
    book.addSheet('Sheet1');
    book.setCell('Sheet1', 'A1', { value: 999 });
    for (const name of ['BandD', 'TaxBase', 'PayAward']) book.defineName(name, 'Sheet1', 'A1');
    const names = book.names();
    const port = new MemoryPort(book);
    await port.writeSheet(planForm(EXAMPLE_FORM, await port.sheetNames()).sheet);
    expect(projection(book, 'MTFS')).toEqual(await freshMtfs());
    expect(book.names().filter((n) => n.scope === undefined)).toEqual(names);
  });
});
