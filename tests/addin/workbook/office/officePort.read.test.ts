// OfficePort's reads, listings and activation against the counting fake: one sync each whatever
// the size, blanks as null, sheet and address split apart, missing items as coded errors.

import { OfficePort } from '../../../../addin/workbook/office/officePort';
import type { WorkbookError } from '../../../../addin/workbook/office/errors';
import type { CellValue } from '../../../../addin/workbook/port';
import { FakeExcel } from './fakeExcel';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return (error as WorkbookError | undefined)?.code ?? 'resolved';
}

/** A header and `rows` rows of force data, with a blank in every tenth population. */
function forceRows(rows: number): CellValue[][] {
  return [
    ['Force', 'NRE', 'Population'],
    ...Array.from({ length: rows }, (_, i) => [
      `Force ${i + 1}`,
      1000 + i,
      i % 10 === 9 ? null : 50_000 + i,
    ]),
  ];
}

describe('OfficePort reads', () => {
  it.each([10, 5_000])('reads a range of %d rows in one sync', async (rows) => {
    const excel = new FakeExcel(['Data']);
    const address = `A1:C${rows + 1}`;
    excel.ranges.push({ sheet: 'Data', address, values: forceRows(rows) });
    const read = await excel.port().readRange(`Data!${address}`);
    expect(read).toEqual({ sheet: 'Data', address, values: forceRows(rows) });
    expect(excel.syncs).toBe(1);
  });

  it.each([10, 5_000])('reads a table of %d rows, header included, in one sync', async (rows) => {
    const excel = new FakeExcel(['Data']);
    const values = forceRows(rows);
    excel.tables.push({ name: 'Forces', sheet: 'Data', address: `B3:D${rows + 3}`, values });
    const read = await excel.port().readTable('Forces');
    expect(read.values[0]).toEqual(['Force', 'NRE', 'Population']);
    expect(read).toEqual({ sheet: 'Data', address: `B3:D${rows + 3}`, values });
    expect(excel.syncs).toBe(1);
  });

  it('gives blanks as null but keeps empty text and zero as they are', async () => {
    const excel = new FakeExcel(['Data']);
    excel.ranges.push({ sheet: 'Data', address: 'A1:D1', values: [[null, '', 0, '#DIV/0!']] });
    const read = await excel.port().readRange('Data!A1:D1');
    expect(read.values).toEqual([[null, '', 0, '#DIV/0!']]);
  });

  it('reads from a quoted sheet name and gives the sheet name unquoted', async () => {
    const excel = new FakeExcel(["O'Brien data"]);
    excel.ranges.push({ sheet: "O'Brien data", address: 'A1:A2', values: [[1], [2]] });
    const read = await excel.port().readRange("'O''Brien data'!A1:A2");
    expect(read).toEqual({ sheet: "O'Brien data", address: 'A1:A2', values: [[1], [2]] });
  });

  it('reads an unqualified address from the active sheet', async () => {
    const excel = new FakeExcel(['Data', 'Other']);
    excel.active = excel.sheet('Other');
    excel.ranges.push({ sheet: 'Data', address: 'A1', values: [['wrong']] });
    excel.ranges.push({ sheet: 'Other', address: 'A1', values: [['right']] });
    expect((await excel.port().readRange('A1')).values).toEqual([['right']]);
  });

  it('reads the selection in one sync', async () => {
    const excel = new FakeExcel(['Data']);
    excel.selection = { sheet: 'Data', address: 'C4:C5', values: [[7], [null]] };
    expect(await excel.port().readSelection()).toEqual({
      sheet: 'Data',
      address: 'C4:C5',
      values: [[7], [null]],
    });
    expect(excel.syncs).toBe(1);
  });

  it('says which is missing: a sheet or a table', async () => {
    const excel = new FakeExcel(['Data']);
    expect(await codeOf(excel.port().readRange('Nowhere!A1'))).toBe('NO_SUCH_SHEET');
    expect(await codeOf(excel.port().readTable('Nowhere'))).toBe('NO_SUCH_TABLE');
  });

  it('reports any other refusal by Excel as EXCEL_REFUSED', async () => {
    const excel = new FakeExcel(['Data']);
    expect(await codeOf(excel.port().readSelection())).toBe('EXCEL_REFUSED');
  });
});

describe('OfficePort listings and activation', () => {
  it('lists the sheets in tab order in one sync', async () => {
    const excel = new FakeExcel(['Data', 'Benchmark', 'MTFS']);
    expect(await excel.port().sheetNames()).toEqual(['Data', 'Benchmark', 'MTFS']);
    expect(excel.syncs).toBe(1);
  });

  it('lists the tables in one sync', async () => {
    const excel = new FakeExcel(['Data']);
    excel.tables.push({ name: 'Forces', sheet: 'Data', address: 'A1:B2', values: [] });
    excel.tables.push({ name: 'Grants', sheet: 'Data', address: 'D1:E2', values: [] });
    expect(await excel.port().tableNames()).toEqual(['Forces', 'Grants']);
    expect(excel.syncs).toBe(1);
  });

  it('activates a sheet in one sync', async () => {
    const excel = new FakeExcel(['Data', 'MTFS']);
    await excel.port().activateSheet('MTFS');
    expect(excel.active?.name).toBe('MTFS');
    expect(excel.syncs).toBe(1);
  });

  it('refuses to activate a sheet that is not there', async () => {
    const excel = new FakeExcel(['Data']);
    expect(await codeOf(excel.port().activateSheet('MTFS'))).toBe('NO_SUCH_SHEET');
    expect(excel.active?.name).toBe('Data');
  });
});

describe('OfficePort without an injected run', () => {
  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  it('can be built before office.js has loaded, and uses Excel.run once it has', async () => {
    const port = new OfficePort();
    const excel = new FakeExcel(['Data', 'MTFS']);
    (globalThis as { Excel?: unknown }).Excel = { run: excel.run };
    expect(await port.sheetNames()).toEqual(['Data', 'MTFS']);
    expect(excel.runs).toBe(1);
  });
});
