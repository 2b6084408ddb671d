import {
  MemoryPort,
  MemoryWorkbook,
  WorkbookError,
  type WriteStep,
} from '../../../../addin/workbook/memory';
import type { SheetWrite } from '../../../../addin/workbook/port';

const codeOf = async (promise: Promise<unknown>): Promise<string | undefined> =>
  promise.then(
    () => undefined,
    (error: unknown) => (error instanceof WorkbookError ? error.code : 'not a WorkbookError'),
  );

function sampleBook(): MemoryWorkbook {
  const book = new MemoryWorkbook();
  book.addSheet('Sample data');
  book.addSheet('Notes');
  book.setCell('Sample data', 'A1', { value: 'Force' });
  book.setCell('Sample data', 'B1', { value: 'Population' });
  book.setCell('Sample data', 'A2', { value: 'Avon and Somerset' });
  book.setCell('Sample data', 'B2', { value: 1_700_000 });
  book.setCell('Sample data', 'A3', { value: 'Bedfordshire' });
  book.setCell('Sample data', 'B3', { value: 680_000 });
  book.addTable('Forces', 'Sample data', 'A1:B3');
  return book;
}

const mtfs: SheetWrite = {
  name: 'MTFS',
  blocks: [
    {
      at: 'A1',
      rows: [
        [
          { value: 'Base budget', bold: true },
          { value: 100, format: '£#,##0' },
        ],
        [{ value: 'Pay award' }, null, { value: 0.03, format: '0.0%' }],
      ],
    },
    { at: 'D5', rows: [[{ value: 'x' }], [{ value: 'y' }]] },
  ],
  names: [{ name: 'Base', address: 'B1' }],
  columnWidths: [120, 80],
  charts: [{ kind: 'line', title: 'Budget', source: 'A1:B2', at: 'E1' }],
};

describe('MemoryPort', () => {
  describe('reading', () => {
    it('reads a range on a quoted sheet name with its address normalised', async () => {
      const port = new MemoryPort(sampleBook());
      await expect(port.readRange("'Sample data'!B3:A2")).resolves.toEqual({
        sheet: 'Sample data',
        address: 'A2:B3',
        values: [
          ['Avon and Somerset', 1_700_000],
          ['Bedfordshire', 680_000],
        ],
      });
    });

    it('reads an unqualified range on the active sheet, blanks as null', async () => {
      const book = sampleBook();
      const port = new MemoryPort(book);
      await port.activateSheet('Notes');
      book.setCell('Notes', 'B2', { value: 'hello' });
      await expect(port.readRange('A1:B2')).resolves.toEqual({
        sheet: 'Notes',
        address: 'A1:B2',
        values: [
          [null, null],
          [null, 'hello'],
        ],
      });
    });

    it('rejects a range on a sheet that does not exist, and a malformed address', async () => {
      const port = new MemoryPort(sampleBook());
      expect(await codeOf(port.readRange('Nowhere!A1'))).toBe('NO_SUCH_SHEET');
      expect(await codeOf(port.readRange('A1:B2:C3'))).toBe('BAD_ADDRESS');
    });

    it('reads a table with its header row, and lists table names', async () => {
      const port = new MemoryPort(sampleBook());
      await expect(port.tableNames()).resolves.toEqual(['Forces']);
      const table = await port.readTable('forces');
      expect(table.address).toBe('A1:B3');
      expect(table.values[0]).toEqual(['Force', 'Population']);
      expect(await codeOf(port.readTable('Missing'))).toBe('NO_SUCH_TABLE');
    });

    it('reads the selection, which defaults to A1 of the active sheet', async () => {
      const book = sampleBook();
      const port = new MemoryPort(book);
      await expect(port.readSelection()).resolves.toMatchObject({
        address: 'A1',
        values: [['Force']],
      });
      book.select("'Sample data'!A2:A3");
      await expect(port.readSelection()).resolves.toEqual({
        sheet: 'Sample data',
        address: 'A2:A3',
        values: [['Avon and Somerset'], ['Bedfordshire']],
      });
    });
  });

  describe('writeSheet', () => {
    it('writes blocks, names, widths and charts on a new last sheet', async () => {
      const book = sampleBook();
      const port = new MemoryPort(book);
      await port.writeSheet(mtfs);
      await expect(port.sheetNames()).resolves.toEqual(['Sample data', 'Notes', 'MTFS']);
      expect(book.cell('MTFS', 'B1')).toMatchObject({ value: 100, format: '£#,##0' });
      expect(book.cell('MTFS', 'A1').bold).toBe(true);
      expect(book.cell('MTFS', 'B2').value).toBeNull();
      expect(book.cell('MTFS', 'D6').value).toBe('y');
      expect(book.name('BASE')).toMatchObject({ sheet: 'MTFS' });
      expect(book.columnWidths('MTFS')).toEqual([120, 80]);
      expect(book.charts('MTFS')).toHaveLength(1);
    });

    it('refuses a sheet name that exists and leaves it untouched', async () => {
      const book = sampleBook();
      const port = new MemoryPort(book);
      expect(await codeOf(port.writeSheet({ ...mtfs, name: 'notes' }))).toBe('SHEET_EXISTS');
      expect(book.usedRange('Notes')).toBeUndefined();
    });

    it('replaces an existing sheet in its place when asked', async () => {
      const book = sampleBook();
      const port = new MemoryPort(book);
      book.setCell('Notes', 'Z9', { value: 'old' });
      await port.writeSheet({ ...mtfs, name: 'Notes' }, { replace: true });
      expect(book.sheetNames()).toEqual(['Sample data', 'Notes']);
      expect(book.cell('Notes', 'Z9').value).toBeNull();
      expect(book.cell('Notes', 'B1').value).toBe(100);
    });

    it.each<[string, (step: WriteStep) => boolean]>([
      ['the first cell', (s) => s.kind === 'cell'],
      ['the fourth cell', (s) => s.kind === 'cell' && s.index === 3],
      ['a name', (s) => s.kind === 'name'],
      ['a chart', (s) => s.kind === 'chart'],
    ])('leaves no half-written sheet when it fails before %s', async (_, failOn) => {
      const book = sampleBook();
      const port = new MemoryPort(book, { failOn });
      let notified = 0;
      book.subscribe(() => notified++);
      expect(await codeOf(port.writeSheet(mtfs))).toBe('WRITE_FAILED');
      expect(book.sheetNames()).toEqual(['Sample data', 'Notes']);
      expect(book.name('Base')).toBeUndefined();
      expect(notified).toBe(1);
    });

    it('restores a replaced sheet when the replacement fails part-way', async () => {
      const book = sampleBook();
      book.defineName('Keep', 'Notes', 'A1');
      book.setCell('Notes', 'A1', { value: 'old' });
      const port = new MemoryPort(book, { failOn: (s) => s.kind === 'chart' });
      expect(await codeOf(port.writeSheet({ ...mtfs, name: 'Notes' }, { replace: true }))).toBe(
        'WRITE_FAILED',
      );
      expect(book.cell('Notes', 'A1').value).toBe('old');
      expect(book.cell('Notes', 'B1').value).toBeNull();
      expect(book.name('Keep')).toMatchObject({ sheet: 'Notes' });
    });

    it('treats a block or name address on another sheet, or a bad name, as a programming error', async () => {
      const book = sampleBook();
      const port = new MemoryPort(book);
      const elsewhere = {
        ...mtfs,
        blocks: [...mtfs.blocks, { at: 'Notes!A1', rows: [[{ value: 1 }]] }],
      };
      await expect(port.writeSheet(elsewhere)).rejects.toThrow(TypeError);
      await expect(
        port.writeSheet({ ...mtfs, names: [{ name: 'X', address: 'Notes!B1' }] }),
      ).rejects.toThrow(TypeError);
      await expect(
        port.writeSheet({ ...mtfs, names: [{ name: 'B5', address: 'B1' }] }),
      ).rejects.toThrow(TypeError);
      expect(book.hasSheet('MTFS')).toBe(false);
    });

    it('accepts addresses that name the sheet being written, in any case', async () => {
      const book = sampleBook();
      const port = new MemoryPort(book);
      await port.writeSheet({ ...mtfs, blocks: [{ at: 'mtfs!C3', rows: [[{ value: 1 }]] }] });
      expect(book.cell('MTFS', 'C3').value).toBe(1);
    });

    it('refuses a sheet name Excel would refuse', async () => {
      const port = new MemoryPort(sampleBook());
      expect(await codeOf(port.writeSheet({ ...mtfs, name: 'MTFS: 2025/26' }))).toBe(
        'BAD_SHEET_NAME',
      );
    });

    it('scopes its names to the sheet, beside a workbook name of the same text', async () => {
      const book = sampleBook();
      book.defineName('base', 'Notes', 'A1');
      const port = new MemoryPort(book);
      await port.writeSheet({
        ...mtfs,
        blocks: [...mtfs.blocks, { at: 'C1', rows: [[{ formula: '=Base*2' }]] }],
      });
      expect(book.cell('MTFS', 'C1').value).toBe(200);
      expect(book.names()).toEqual([
        { name: 'base', refersTo: 'Notes!A1' },
        { name: 'Base', scope: 'MTFS', refersTo: 'MTFS!B1' },
      ]);
    });

    it('activates the sheet it wrote', async () => {
      const book = sampleBook();
      await new MemoryPort(book).writeSheet(mtfs);
      expect(book.activeSheet).toBe('MTFS');
    });

    it('fails as a whole when Excel would refuse part of it, such as a chart on no range', async () => {
      const book = sampleBook();
      const port = new MemoryPort(book);
      const badChart = {
        ...mtfs,
        charts: [{ kind: 'line' as const, title: 't', source: 'A1:', at: 'E1' }],
      };
      expect(await codeOf(port.writeSheet(badChart))).toBe('WRITE_FAILED');
      expect(book.sheetNames()).toEqual(['Sample data', 'Notes']);
    });

    it('completes a write, and says so, when a subscriber fails while being told of it', async () => {
      const failures: unknown[] = [];
      const book = new MemoryWorkbook({ onListenerError: (e) => failures.push(e) });
      book.addSheet('Sheet1');
      book.subscribe(() => {
        throw new RangeError('the view could not draw');
      });
      await expect(new MemoryPort(book).writeSheet(mtfs)).resolves.toBeUndefined();
      expect(book.sheetNames()).toEqual(['Sheet1', 'MTFS']);
      expect(failures).toEqual([new RangeError('the view could not draw')]);
    });

    it('notifies subscribers once per write', async () => {
      const book = sampleBook();
      const port = new MemoryPort(book);
      const seen: string[][] = [];
      book.subscribe(() => seen.push(book.sheetNames()));
      await port.writeSheet(mtfs);
      expect(seen).toEqual([['Sample data', 'Notes', 'MTFS']]);
    });
  });

  it('activates a sheet, and rejects an unknown one', async () => {
    const book = sampleBook();
    const port = new MemoryPort(book);
    await port.activateSheet('Notes');
    expect(book.activeSheet).toBe('Notes');
    expect(await codeOf(port.activateSheet('Nope'))).toBe('NO_SUCH_SHEET');
  });
});
