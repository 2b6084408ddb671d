// A benchmark range given as whole columns ('Sample data'!A:J, or A:J on the active sheet) is read
// by its used rows on both ports, so the data check sees the 43 forces, not a million rows.
import { readBenchmarkData } from '../../../../addin/taskpane/benchmark/data';
import { sampleSheet, SAMPLE_SHEET } from '../../../../addin/taskpane/benchmark/sample';
import { MemoryPort, MemoryWorkbook } from '../../../../addin/workbook/memory';
import type { WorkbookError } from '../../../../addin/workbook/errors';
import type { WorkbookPort } from '../../../../addin/workbook/port';
import { FakeExcel } from '../../workbook/office/fakeExcel';

/** Rows down to which something is used, though the forces end near row 47. */
const USED_ROWS = 2000;

/** The sample sheet in a memory workbook, with a note far below the data (outside A:J). */
async function memoryWithSample(): Promise<{ port: MemoryPort; book: MemoryWorkbook }> {
  const book = new MemoryWorkbook();
  const port = new MemoryPort(book);
  await port.writeSheet(sampleSheet());
  book.setCell(SAMPLE_SHEET, `L${USED_ROWS}`, { value: 'checked' });
  return { port, book };
}

/** Each port with the sample data on its active sheet, used down to row 2,000. */
const ports: [string, () => Promise<WorkbookPort>][] = [
  ['the in-memory port', async () => (await memoryWithSample()).port],
  [
    'the Office JS port',
    async () => {
      // Excel's used range of A:J is those cells: taken from the memory workbook, blanks and all.
      const used = await (await memoryWithSample()).port.readRange(`A1:J${USED_ROWS}`);
      const excel = new FakeExcel([SAMPLE_SHEET]);
      excel.ranges.push({ ...used, address: `A1:J${USED_ROWS}` });
      return excel.port();
    },
  ],
];

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return (error as WorkbookError | undefined)?.code ?? 'resolved';
}

describe.each(ports)('whole columns as a benchmark range on %s', (_, make) => {
  it.each([`'${SAMPLE_SHEET}'!A:J`, 'A:J', '$A:$J'])(
    'reads %s by its used rows and finds the 43 forces',
    async (address) => {
      const port = await make();
      const read = await port.readRange(address);
      expect(read.sheet).toBe(SAMPLE_SHEET);
      expect(read.address).toBe(`A1:J${USED_ROWS}`);
      expect(read.values).toHaveLength(USED_ROWS);
      expect(readBenchmarkData(read).forces).toHaveLength(43);
    },
  );

  it('refuses columns that hold nothing, as a refusal to read', async () => {
    const port = await make();
    expect(await codeOf(port.readRange('X:Z'))).toBe('EXCEL_REFUSED');
  });
});
