// One contract for every WorkbookPort: run against OfficePort on the fake Excel and MemoryPort on
// the in-memory workbook, so the task pane's tests (which use MemoryPort) certify what Excel does.
// Values are written literally; names are scoped to the written sheet; a deleted sheet leaves
// workbook names as #REF!; a write that fails at any step leaves the workbook as it was (or says
// exactly what it left); nothing anyone else made is ever removed.

import { WorkbookError } from '../../../../addin/workbook/errors';
import type { CellWrite, SheetWrite } from '../../../../addin/workbook/port';
import { SUBJECTS, type Subject } from './subjects';

/** The code of the error a promise rejects with; "resolved" if it does not. */
async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error === undefined) return 'resolved';
  return error instanceof WorkbookError ? error.code : 'not a WorkbookError';
}

async function failureOf(promise: Promise<unknown>): Promise<WorkbookError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof WorkbookError)) throw new Error(`expected a WorkbookError, got ${error}`);
  return error;
}

/** Text that Excel would turn into something else if it were typed. */
const TRICKY_TEXT = ['=1+1', 'TRUE', '12%', "'quoted", '1/4', '-', '#N/A', ' 007', '1,234'];

/** An MTFS-like sheet: text, numbers, a formula on its own names, widths and a chart. */
function mtfs(name = 'MTFS', marker = 1): SheetWrite {
  const text: CellWrite[] = TRICKY_TEXT.map((value) => ({ value }));
  return {
    name,
    blocks: [
      {
        at: 'A1',
        rows: [
          [
            { value: 'Band D', bold: true },
            { value: 1_800.5, format: '£#,##0.00' },
          ],
          [{ value: 'Tax base' }, { value: 250_000 }],
          [{ value: 'Pay award' }, { value: 0.025, format: '0.0%' }],
          [{ value: 'Precept' }, { formula: '=BandD*TaxBase' }],
          [{ value: 'Marker' }, { value: marker }],
          [{ value: 'Flag' }, { value: true }],
        ],
      },
      { at: 'D1', rows: text.map((cell) => [cell]) },
    ],
    names: [
      { name: 'BandD', address: 'B1' },
      { name: 'TaxBase', address: 'B2' },
      { name: 'PayAward', address: `${name}!B3` },
    ],
    columnWidths: [120, 80],
    charts: [{ kind: 'line', title: 'Budget', source: 'A1:B3', at: 'F2' }],
  };
}

const NAMES = ['BandD', 'TaxBase', 'PayAward'];

describe.each(SUBJECTS)('the WorkbookPort contract: %s', (_, make) => {
  const fresh = (...sheets: string[]): Subject => make(sheets.length > 0 ? sheets : ['Sheet1']);

  describe('values', () => {
    it('writes text literally, even text Excel would read as a formula, a number or TRUE', async () => {
      const book = fresh();
      await book.port.writeSheet(mtfs());
      expect(TRICKY_TEXT.map((_, i) => book.held('MTFS', `D${i + 1}`))).toEqual(
        TRICKY_TEXT.map((value) => ({ value })),
      );
    });

    it('writes numbers and booleans as themselves and formulas as formulas', async () => {
      const book = fresh();
      await book.port.writeSheet(mtfs());
      expect(book.held('MTFS', 'B1')).toEqual({ value: 1_800.5 });
      expect(book.held('MTFS', 'B6')).toEqual({ value: true });
      expect(book.held('MTFS', 'B4')).toEqual({ formula: '=BandD*TaxBase' });
    });
  });

  describe('drop-down lists', () => {
    it('puts a drop-down list on every cell of its range and on no other cell', async () => {
      const book = fresh();
      const list = ['Optimistic', 'Central', 'Pessimistic'];
      await book.port.writeSheet({ ...mtfs(), validations: [{ range: 'E2:E3', list }] });
      expect(book.dropDown('MTFS', 'E2')).toEqual(list);
      expect(book.dropDown('MTFS', 'E3')).toEqual(list);
      expect(book.dropDown('MTFS', 'E4')).toBeUndefined();
      expect(book.dropDown('MTFS', 'D2')).toBeUndefined();
    });

    it.each<[string, string[]]>([
      ['no item', []],
      ['an item with a comma', ['a,b', 'c']],
      ['an empty item', ['', 'c']],
      ['more than 255 characters', ['x'.repeat(300)]],
    ])(
      'refuses a list with %s, which Excel could not hold, before anything is written',
      async (_, list) => {
        const book = fresh();
        const before = book.snapshot();
        await expect(
          book.port.writeSheet({ ...mtfs(), validations: [{ range: 'E2', list }] }),
        ).rejects.toThrow(TypeError);
        expect(book.snapshot()).toEqual(before);
      },
    );
  });

  describe('names', () => {
    it('scopes the names it writes to the written sheet and touches no workbook name', async () => {
      const book = fresh();
      book.defineName('Elsewhere', 'Sheet1', 'A1');
      await book.port.writeSheet(mtfs());
      expect(book.names()).toEqual([
        { name: 'Elsewhere', broken: false },
        ...NAMES.map((name) => ({ name, scope: 'MTFS', broken: false })),
      ]);
    });

    it('writes in a workbook that has its own BandD, TaxBase and PayAward, leaving them alone', async () => {
      const book = fresh();
      for (const name of NAMES) book.defineName(name, 'Sheet1', 'A1');
      await book.port.writeSheet(mtfs());
      expect(book.names().filter((n) => n.scope === undefined)).toEqual(
        NAMES.map((name) => ({ name, broken: false })),
      );
      expect(book.names().filter((n) => n.scope === 'MTFS')).toHaveLength(NAMES.length);
    });

    it('writes again after the user renamed the first sheet, each sheet keeping its own names', async () => {
      const book = fresh();
      await book.port.writeSheet(mtfs());
      book.renameSheet('MTFS', 'MTFS 2025');
      await book.port.writeSheet(mtfs());
      expect(book.sheetNames()).toEqual(['Sheet1', 'MTFS 2025', 'MTFS']);
      expect(book.names().map((n) => n.scope)).toEqual([
        ...NAMES.map(() => 'MTFS 2025'),
        ...NAMES.map(() => 'MTFS'),
      ]);
    });

    it('keeps a workbook name as #REF! when its sheet is deleted, and leaves a later write alone with it', async () => {
      const book = fresh('Sheet1', 'Old');
      book.defineName('PayAward', 'Old', 'A1');
      book.deleteSheet('Old');
      expect(book.names()).toEqual([{ name: 'PayAward', broken: true }]);
      await book.port.writeSheet(mtfs());
      expect(book.names()[0]).toEqual({ name: 'PayAward', broken: true });
    });

    it('takes the sheet’s own names away with the sheet', async () => {
      const book = fresh();
      await book.port.writeSheet(mtfs());
      book.deleteSheet('MTFS');
      expect(book.names()).toEqual([]);
    });

    it.each(['1Pay', 'Pay award', 'A1', 'XFD100', 'R1C1', 'RC', 'c', 'R2'])(
      'refuses %j as a defined name, as a programming error, changing nothing',
      async (name) => {
        const book = fresh();
        const before = book.snapshot();
        const write = { name: 'MTFS', blocks: [], names: [{ name, address: 'B1' }] };
        await expect(book.port.writeSheet(write)).rejects.toThrow(TypeError);
        expect(book.snapshot()).toEqual(before);
      },
    );
  });

  describe('sheet names', () => {
    it('refuses a sheet name that exists, whatever its case, changing nothing', async () => {
      const book = fresh('Sheet1', 'mtfs');
      const before = book.snapshot();
      expect(await codeOf(book.port.writeSheet(mtfs()))).toBe('SHEET_EXISTS');
      expect(book.snapshot()).toEqual(before);
    });

    it.each(['', 'a'.repeat(32), 'Q1/Q2', 'Data[1]', "'Quoted'", 'What?', 'History', 'HISTORY'])(
      'refuses %j as a sheet name, changing nothing',
      async (name) => {
        const book = fresh();
        const before = book.snapshot();
        expect(await codeOf(book.port.writeSheet({ name, blocks: [] }))).toBe('BAD_SHEET_NAME');
        expect(book.snapshot()).toEqual(before);
      },
    );
  });

  describe('someone else in the workbook', () => {
    it('never deletes a sheet a co-author added between the check and the write', async () => {
      const book = fresh();
      book.beforeSheetAdded(() => book.addSheet('MTFS'));
      const failure = await failureOf(book.port.writeSheet(mtfs()));
      expect(failure.code).toBe('SHEET_EXISTS');
      expect(book.sheetNames()).toEqual(['Sheet1', 'MTFS']);
      expect(book.held('MTFS', 'A1')).toBeUndefined();
      expect(book.names()).toEqual([]);
    });

    it('lets exactly one of two interleaved writes of the same sheet win, and keeps its sheet whole', async () => {
      const book = fresh();
      const results = await Promise.allSettled([
        book.port.writeSheet(mtfs('MTFS', 1)),
        book.port.writeSheet(mtfs('MTFS', 2)),
      ]);
      const won = results.findIndex((r) => r.status === 'fulfilled');
      const lost = results.find((r) => r.status === 'rejected');
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect((lost?.reason as WorkbookError).code).toBe('SHEET_EXISTS');
      expect(book.sheetNames()).toEqual(['Sheet1', 'MTFS']);
      expect(book.held('MTFS', 'B5')).toEqual({ value: won + 1 });
      expect(book.held('MTFS', 'B4')).toEqual({ formula: '=BandD*TaxBase' });
      expect(book.names().filter((n) => n.scope === 'MTFS')).toHaveLength(NAMES.length);
    });

    it('completes two interleaved writes of different sheets', async () => {
      const book = fresh();
      await Promise.all([book.port.writeSheet(mtfs('A')), book.port.writeSheet(mtfs('B'))]);
      expect([...book.sheetNames()].sort()).toEqual(['A', 'B', 'Sheet1']);
      expect(book.held('A', 'B4')).toEqual({ formula: '=BandD*TaxBase' });
      expect(book.held('B', 'B4')).toEqual({ formula: '=BandD*TaxBase' });
    });
  });

  describe('a failure at every step, with a foreign sheet and names present', () => {
    /** A workbook in use: a renamed earlier MTFS, the user's own BandD, a #REF! PayAward. */
    async function inUse(): Promise<Subject> {
      const book = fresh('Sheet1', 'Gone');
      await book.port.writeSheet(mtfs());
      book.renameSheet('MTFS', 'MTFS old');
      book.defineName('BandD', 'Sheet1', 'A1');
      book.defineName('PayAward', 'Gone', 'A1');
      book.deleteSheet('Gone');
      return book;
    }

    /** How many steps a write takes, counted by a hook that never fails one. */
    async function stepsOf(write: (book: Subject) => Promise<void>): Promise<number> {
      const book = await inUse();
      let steps = 0;
      book.onStep(() => (steps++, false));
      await write(book);
      return steps;
    }

    const newSheet = (book: Subject) => book.port.writeSheet(mtfs());
    const replacement = (book: Subject) =>
      book.port.writeSheet(mtfs('MTFS old', 9), { replace: true });

    it('leaves the workbook exactly as it was whichever step of a new sheet fails, and says so', async () => {
      const steps = await stepsOf(newSheet);
      expect(steps).toBeGreaterThan(3);
      for (let fail = 0; fail < steps; fail++) {
        const book = await inUse();
        const before = book.snapshot();
        book.onStep((step) => step === fail);
        const failure = await failureOf(newSheet(book));
        book.onStep(undefined);
        expect([fail, book.snapshot()]).toEqual([fail, before]);
        // Every code but WRITE_FAILED means nothing changed; WRITE_FAILED must say so itself.
        if (failure.code === 'WRITE_FAILED') expect(failure.message).toMatch(/nothing was\b/);
      }
    });

    it('keeps the old sheet or a complete new one, and says which, whichever step of a replacement fails', async () => {
      const steps = await stepsOf(replacement);
      for (let fail = 0; fail < steps; fail++) {
        const book = await inUse();
        const before = book.snapshot();
        const sheetsBefore = book.sheetNames();
        book.onStep((step) => step === fail);
        const failure = await failureOf(replacement(book));
        book.onStep(undefined);
        const kept = /the new one is complete, named "([^"]+)"/.exec(failure.message)?.[1];
        if (kept === undefined) {
          expect([fail, book.snapshot()]).toEqual([fail, before]);
        } else {
          // The old sheet went first: the new one, complete, stands in its place.
          expect(book.sheetNames()).toHaveLength(sheetsBefore.length);
          expect(book.held(kept, 'B5')).toEqual({ value: 9 });
          expect(book.names().filter((n) => n.scope === undefined)).toEqual([
            { name: 'BandD', broken: false },
            { name: 'PayAward', broken: true },
          ]);
        }
      }
    });
  });
});
