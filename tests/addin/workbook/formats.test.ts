// Every figure the pane writes carries a number format, spilled cells included: each written sheet
// (benchmark; MTFS over 3 and 7 years with cost sharing) is written through both ports, and every
// cell that shows a number must have a format, read back from the in-memory workbook and from what
// the Office JS port sent to (fake) Excel. Excel does not copy a spill's anchor format onto the
// cells it spills into, so a row that is one COLLAB.GROW formula must be formatted as a whole.

import { excelFunctions } from '../../../addin/functions/registry';
import { readBenchmarkData } from '../../../addin/taskpane/benchmark/data';
import { planBenchmark, type BenchmarkChoices } from '../../../addin/taskpane/benchmark/plan';
import { sampleRange, sampleSheet } from '../../../addin/taskpane/benchmark/sample';
import { planMtfs } from '../../../addin/taskpane/mtfs/plan';
import { formatCell, parseCell, type CellAddress } from '../../../addin/workbook/a1';
import { MemoryPort, MemoryWorkbook } from '../../../addin/workbook/memory';
import type { SheetWrite } from '../../../addin/workbook/port';
import { SEVEN_YEARS, THREE_YEARS } from '../taskpane/mtfs/examples';
import { FakeExcel } from './office/fakeExcel';

/** The sheets the pane writes for one case, in order, written into a fresh in-memory workbook. */
async function writeAll(
  plan: (port: MemoryPort) => Promise<SheetWrite[]>,
): Promise<{ book: MemoryWorkbook; sheets: SheetWrite[] }> {
  const book = new MemoryWorkbook({ functions: excelFunctions });
  book.addSheet('Sheet1');
  const port = new MemoryPort(book);
  const sheets = await plan(port);
  return { book, sheets };
}

const CASES: [string, (port: MemoryPort) => Promise<SheetWrite[]>][] = [
  [
    'the benchmark of a region',
    async (port) => {
      await port.writeSheet(sampleSheet());
      const data = readBenchmarkData(await port.readRange(sampleRange()));
      const choices: BenchmarkChoices = {
        forces: ['Kent', 'Essex'],
        excludeMetAndCity: true,
        weighted: true,
        per: 1,
      };
      const plan = planBenchmark(data, choices, await port.sheetNames());
      await port.writeSheet(plan.sheet);
      return [plan.sheet];
    },
  ],
  ...(
    [
      ['3', THREE_YEARS],
      ['7', SEVEN_YEARS],
    ] as const
  ).map(([years, input]): [string, (port: MemoryPort) => Promise<SheetWrite[]>] => [
    `the ${years}-year MTFS with cost sharing`,
    async (port) => {
      const plan = planMtfs(input, 'Central', await port.sheetNames());
      await port.writeSheet(plan.sheet);
      return [plan.sheet];
    },
  ]),
];

/** The addresses of the cells of a sheet in the memory workbook that show a number. */
function numberCells(book: MemoryWorkbook, sheet: string): CellAddress[] {
  const used = book.usedRange(sheet);
  if (used === undefined) return [];
  const found: CellAddress[] = [];
  for (let row = used.start.row; row <= used.end.row; row++) {
    for (let col = used.start.col; col <= used.end.col; col++) {
      if (typeof book.cell(sheet, { row, col }).value === 'number') found.push({ row, col });
    }
  }
  return found;
}

/** The number format each cell ends with after the fake received the port's range writes. */
function officeFormats(excel: FakeExcel, sheet: string): Map<string, string> {
  const formats = new Map<string, string>();
  const written = excel.sheet(sheet);
  if (written === undefined) throw new Error(`the fake has no sheet ${sheet}`);
  for (const write of written.writes) {
    if (write.property !== 'numberFormat') continue;
    const at = parseCell(write.at) as CellAddress;
    write.data.forEach((row, r) =>
      row.forEach((format, c) => {
        const address = formatCell({ row: at.row + r, col: at.col + c });
        if (typeof format === 'string') formats.set(address, format);
      }),
    );
  }
  return formats;
}

describe('number formats on every written figure', () => {
  it.each(CASES)('%s: every number has a format in the memory workbook', async (_, plan) => {
    const { book, sheets } = await writeAll(plan);
    for (const sheet of sheets) {
      const cells = numberCells(book, sheet.name);
      expect(cells.length).toBeGreaterThan(0);
      const unformatted = cells
        .filter((at) => book.cell(sheet.name, at).format === undefined)
        .map(formatCell);
      expect(unformatted).toEqual([]);
    }
  });

  it.each(CASES)('%s: every number has a format sent by the Office JS port', async (_, plan) => {
    const { book, sheets } = await writeAll(plan);
    const excel = new FakeExcel(['Sheet1']);
    for (const sheet of sheets) {
      await excel.port().writeSheet(sheet);
      const formats = officeFormats(excel, sheet.name);
      const unformatted = numberCells(book, sheet.name)
        .map(formatCell)
        .filter((address) => !formats.has(address));
      expect(unformatted).toEqual([]);
    }
  });

  it('writes each MTFS year as its own formatted formula, so no year depends on a spill', async () => {
    const { book, sheets } = await writeAll(async (port) => {
      const plan = planMtfs(SEVEN_YEARS, 'Central', await port.sheetNames());
      await port.writeSheet(plan.sheet);
      return [plan.sheet];
    });
    const sheet = sheets[0] as SheetWrite;
    const cells = numberCells(book, sheet.name);
    expect(cells.length).toBeGreaterThan(7 * 40);
    expect(cells.filter((at) => book.cell(sheet.name, at).spilledFrom !== undefined)).toEqual([]);
  });
});
