// OfficePort.writeSheet against the counting fake: a constant number of syncs, one range write per
// block, charts and names as asked, refusals before anything is written, and undo on failure.

import { CHART_COLOURS } from '../../../../addin/workbook/port';
import type { WorkbookError } from '../../../../addin/workbook/office/errors';
import type { ChartSpec, SheetWrite } from '../../../../addin/workbook/port';
import { FakeExcel, sheetOfRows, syncsToWrite, type Command } from './fakeExcel';

/** The code of the error a promise rejects with (errors are checked by code, not by text). */
async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return (error as WorkbookError | undefined)?.code ?? 'resolved';
}

const writes = (excel: FakeExcel, property?: string) =>
  excel
    .ran('rangeWrite')
    .map((c) => c.write)
    .filter((w) => property === undefined || w.property === property);

/** Everything that changes the workbook, as opposed to loading from it. */
const changes = (excel: FakeExcel): Command[] => excel.executed.filter((c) => c.kind !== 'load');

describe('OfficePort.writeSheet', () => {
  describe('cost', () => {
    it('costs the same number of syncs, three, for 10 rows and for 5,000 rows', async () => {
      const small = await syncsToWrite(10);
      const large = await syncsToWrite(5_000);
      expect(large).toBe(small);
      expect(small).toBe(3);
    });

    it('costs four syncs, whatever the size, when it replaces an existing sheet', async () => {
      const syncsToReplace = async (rows: number) => {
        const excel = new FakeExcel(['Benchmark']);
        await excel.port().writeSheet(sheetOfRows(rows), { replace: true });
        return excel.syncs;
      };
      const small = await syncsToReplace(10);
      expect(await syncsToReplace(5_000)).toBe(small);
      expect(small).toBe(4);
    });

    it('asks every Excel.run to wait while the user edits a cell', async () => {
      const excel = new FakeExcel();
      excel.failWhen = (c) => c.kind === 'addChart';
      await excel
        .port()
        .writeSheet(sheetOfRows(3))
        .catch(() => undefined);
      await excel.port().sheetNames();
      expect(excel.runOptions).toHaveLength(3);
      expect(excel.runOptions.every((o) => o.delayForCellEdit === true)).toBe(true);
    });

    it('waits for a cell edit to end, then writes, instead of failing', async () => {
      const excel = new FakeExcel();
      const endEdit = excel.startEditing();
      let done = false;
      const write = excel
        .port()
        .writeSheet(sheetOfRows(3))
        .then(() => (done = true));
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(done).toBe(false);
      expect(excel.sheetNames()).toEqual(['Sheet1']);
      endEdit();
      await write;
      expect(excel.sheetNames()).toEqual(['Sheet1', 'Benchmark']);
    });

    it('runs one Excel.run per write', async () => {
      const excel = new FakeExcel();
      await excel.port().writeSheet(sheetOfRows(50));
      expect(excel.runs).toBe(1);
    });

    it('writes each block with one range write per property, sized to the block', async () => {
      const excel = new FakeExcel();
      await excel.port().writeSheet(sheetOfRows(5_000));
      expect(writes(excel, 'formulas').map((w) => [w.at, w.rows, w.cols])).toEqual([
        ['A1', 1, 4],
        ['A2', 5_000, 4],
      ]);
      // Only the data block has number formats; only the header has bold cells.
      expect(writes(excel, 'numberFormat').map((w) => w.at)).toEqual(['A2']);
      expect(writes(excel, 'setCellProperties').map((w) => w.at)).toEqual(['A1']);
    });
  });

  describe('cells', () => {
    const oneBlock = (rows: SheetWrite['blocks'][number]['rows']): SheetWrite => ({
      name: 'Out',
      blocks: [{ at: 'B2', rows }],
    });

    it('writes formulas as formulas, text behind an apostrophe so Excel keeps it text, a null value as a cleared cell', async () => {
      const excel = new FakeExcel();
      await excel
        .port()
        .writeSheet(
          oneBlock([
            [
              { formula: '=SUM(A1:A3)' },
              { value: '1/4' },
              { value: 12.5 },
              { value: true },
              { value: null },
            ],
          ]),
        );
      expect(writes(excel, 'formulas')[0]?.data).toEqual([['=SUM(A1:A3)', "'1/4", 12.5, true, '']]);
    });

    it('pads ragged rows and missing cells with null, which leaves those cells untouched', async () => {
      const excel = new FakeExcel();
      await excel.port().writeSheet(oneBlock([[{ value: 1 }, null, { value: 3 }], [{ value: 4 }]]));
      const [write] = writes(excel, 'formulas');
      expect([write?.rows, write?.cols]).toEqual([2, 3]);
      expect(write?.data).toEqual([
        [1, null, 3],
        [4, null, null],
      ]);
    });

    it('sets number formats and bold cell by cell in one call each, null or {} where a cell sets none', async () => {
      const excel = new FakeExcel();
      await excel.port().writeSheet(
        oneBlock([
          [
            { value: 1, format: '0.0%' },
            { value: 'Total', bold: true },
          ],
        ]),
      );
      expect(writes(excel, 'numberFormat')[0]?.data).toEqual([['0.0%', null]]);
      expect(writes(excel, 'setCellProperties')[0]?.data).toEqual([
        [{}, { format: { font: { bold: true } } }],
      ]);
    });

    it('formats a cell given only a format without touching its content', async () => {
      const excel = new FakeExcel();
      await excel.port().writeSheet(oneBlock([[{ format: '0%' }, { value: 2 }]]));
      expect(writes(excel, 'formulas')[0]?.data).toEqual([[null, 2]]);
      expect(writes(excel, 'numberFormat')[0]?.data).toEqual([['0%', null]]);
    });

    it('skips a block with no cells rather than writing an empty range', async () => {
      const excel = new FakeExcel();
      await excel.port().writeSheet({
        name: 'Out',
        blocks: [
          { at: 'A1', rows: [] },
          { at: 'C1', rows: [[]] },
        ],
      });
      expect(writes(excel)).toEqual([]);
      expect(excel.sheetNames()).toEqual(['Sheet1', 'Out']);
    });

    it.each([
      ['a value and a formula', { value: 1, formula: '=1' }],
      ['a formula without "="', { formula: 'SUM(A1:A2)' }],
      ['an infinite number', { value: Infinity }],
      ['NaN', { value: Number.NaN }],
    ])('refuses %s as a programming error, before touching Excel', async (_, cell) => {
      const excel = new FakeExcel();
      await expect(excel.port().writeSheet(oneBlock([[cell]]))).rejects.toThrow(TypeError);
      expect(excel.runs).toBe(0);
    });
  });

  describe('names, widths and charts', () => {
    it('defines names scoped to the written sheet, accepting addresses that name that sheet', async () => {
      const excel = new FakeExcel();
      await excel.port().writeSheet({
        name: 'MTFS',
        blocks: [{ at: 'MTFS!A1', rows: [[{ value: 'Pay award' }, { value: 0.025 }]] }],
        names: [
          { name: 'PayAward', address: "'MTFS'!B1" },
          { name: 'Label', address: 'A1' },
        ],
      });
      expect(excel.sheet('MTFS')?.names).toEqual([
        { name: 'PayAward', address: 'B1' },
        { name: 'Label', address: 'A1' },
      ]);
      expect(excel.names).toEqual([]);
      expect(writes(excel)[0]?.at).toBe('A1');
    });

    it('refuses an address on another sheet as a programming error, before touching Excel', async () => {
      const excel = new FakeExcel();
      const write = { name: 'MTFS', blocks: [], names: [{ name: 'Pay', address: 'Data!B1' }] };
      await expect(excel.port().writeSheet(write)).rejects.toThrow(TypeError);
      expect(excel.runs).toBe(0);
    });

    it.each(['1Pay', 'Pay award', 'A1', 'XFD100', 'R1C1', 'c'])(
      'refuses %j as a defined name, before touching Excel',
      async (name) => {
        const excel = new FakeExcel();
        const write = { name: 'MTFS', blocks: [], names: [{ name, address: 'B1' }] };
        await expect(excel.port().writeSheet(write)).rejects.toThrow(TypeError);
        expect(excel.runs).toBe(0);
      },
    );

    it('sets each column width on the whole column', async () => {
      const excel = new FakeExcel();
      await excel.port().writeSheet({ name: 'Out', blocks: [], columnWidths: [120, 64] });
      expect([...(excel.sheet('Out')?.columnWidths ?? [])]).toEqual([
        [0, 120],
        [1, 64],
      ]);
    });

    it.each([
      ['columnClustered', 'ColumnClustered'],
      ['barClustered', 'BarClustered'],
      ['line', 'Line'],
    ] as const)('adds a %s chart as Excel type %s, series by column', async (kind, type) => {
      const excel = new FakeExcel();
      await excel.port().writeSheet({
        name: 'Out',
        blocks: [],
        charts: [{ kind, title: 'NRE per head', source: 'A1:B44', at: 'E2' }],
      });
      expect(excel.sheet('Out')?.charts).toEqual([
        {
          type,
          source: 'A1:B44',
          seriesBy: 'Columns',
          title: 'NRE per head',
          at: 'E2',
          pointColours: new Map(),
          settings: new Map(),
        },
      ]);
    });

    /** A sheet holding one chart: a ski-slope unless told otherwise. */
    const oneChart = (spec: Partial<ChartSpec>): SheetWrite => ({
      name: 'Out',
      blocks: [],
      charts: [
        { kind: 'columnClustered', title: 'Ski slope', source: 'A1:B44', at: 'E2', ...spec },
      ],
    });

    /** The chart a successful write of `oneChart(spec)` leaves in the fake. */
    async function chartWritten(spec: Partial<ChartSpec>) {
      const excel = new FakeExcel();
      await excel.port().writeSheet(oneChart(spec));
      return excel.sheet('Out')?.charts[0];
    }

    it('colours the highlighted points of the first series, and only those', async () => {
      const chart = await chartWritten({ kind: 'barClustered', highlightPoints: [3, 17] });
      expect([...(chart?.pointColours ?? [])]).toEqual([
        [3, CHART_COLOURS.highlight],
        [17, CHART_COLOURS.highlight],
      ]);
    });

    it('draws the second series as a dashed average line across the columns', async () => {
      const chart = await chartWritten({ source: 'A1:C44', averageLine: true });
      expect(Object.fromEntries(chart?.settings ?? [])).toEqual({
        'series 1 chartType': 'Line',
        'series 1 markerStyle': 'None',
        'series 1 format.line color': CHART_COLOURS.average,
        'series 1 format.line lineStyle': 'Dash',
      });
    });

    it('stops the value axis at the outlier scale and labels the points cut off there', async () => {
      const chart = await chartWritten({ outliers: { axisMax: 300, points: [0, 1] } });
      expect(Object.fromEntries(chart?.settings ?? [])).toEqual({
        'axes.valueAxis maximum': 300,
        'series 0 point 0 hasDataLabel': true,
        'series 0 point 1 hasDataLabel': true,
      });
    });

    it('leaves the chart as Excel draws it when asked for neither', async () => {
      expect((await chartWritten({}))?.settings.size).toBe(0);
    });

    it('fails the write, leaving nothing, when an average line has no second series', async () => {
      const excel = new FakeExcel();
      const write = excel.port().writeSheet(oneChart({ averageLine: true }));
      expect(await codeOf(write)).toBe('WRITE_FAILED');
      expect(excel.sheetNames()).toEqual(['Sheet1']);
    });

    it('makes the written sheet the active one', async () => {
      const excel = new FakeExcel();
      await excel.port().writeSheet(sheetOfRows(3));
      expect(excel.active?.name).toBe('Benchmark');
    });
  });

  describe('refusals', () => {
    it('refuses a sheet name that exists, whatever its case, before writing anything', async () => {
      const excel = new FakeExcel(['Sheet1', 'BENCHMARK']);
      expect(await codeOf(excel.port().writeSheet(sheetOfRows(3)))).toBe('SHEET_EXISTS');
      expect(changes(excel)).toEqual([]);
      expect(excel.syncs).toBe(1);
    });

    it.each(['', 'a'.repeat(32), 'Q1/Q2', 'Data[1]', "'Quoted'", 'What?'])(
      'refuses %j as a sheet name, before touching Excel',
      async (name) => {
        const excel = new FakeExcel();
        expect(await codeOf(excel.port().writeSheet({ name, blocks: [] }))).toBe('BAD_SHEET_NAME');
        expect(excel.runs).toBe(0);
      },
    );

    it('writes beside a workbook name of the same text, leaving that name alone', async () => {
      const excel = new FakeExcel(['Sheet1', 'MTFS']);
      excel.defineName('FIRSTFORCE', 'MTFS', 'B5');
      await excel.port().writeSheet(sheetOfRows(3));
      expect(excel.names.map((n) => [n.name, n.sheet?.name, n.address])).toEqual([
        ['FIRSTFORCE', 'MTFS', 'B5'],
      ]);
      expect(excel.sheet('Benchmark')?.names.map((n) => n.name)).toEqual(['FirstForce']);
    });

    it('leaves a name broken (#REF!) by a deleted sheet as it is', async () => {
      const excel = new FakeExcel();
      excel.names.push({ name: 'FirstForce', sheet: undefined, address: 'A2' });
      await excel.port().writeSheet(sheetOfRows(3));
      expect(excel.names.map((n) => excel.formulaOf(n))).toEqual(['=#REF!']);
    });
  });

  describe('failure', () => {
    it('reports Excel refusing the check before the write, with nothing written', async () => {
      const excel = new FakeExcel();
      excel.failWhen = (c) => c.kind === 'load';
      expect(await codeOf(excel.port().writeSheet(sheetOfRows(3)))).toBe('EXCEL_REFUSED');
      expect(changes(excel)).toEqual([]);
      expect(excel.runs).toBe(1);
    });

    it('deletes the half-written sheet in a second batch and says nothing was kept', async () => {
      const excel = new FakeExcel();
      excel.failWhen = (c) => c.kind === 'addChart';
      const failed = excel.port().writeSheet(sheetOfRows(100));
      expect(await codeOf(failed)).toBe('WRITE_FAILED');
      await expect(failed).rejects.toThrow(/Benchmark.*as it was/);
      expect(excel.ran('rangeWrite').length).toBeGreaterThan(0);
      expect(excel.ran('deleteSheet').map((c) => c.sheet)).toEqual(['~w1 Benchmark']);
      expect(excel.sheetNames()).toEqual(['Sheet1']);
      expect(excel.runs).toBe(2);
      expect(excel.syncs).toBe(5);
    });

    it('keeps Excel’s error as the cause', async () => {
      const excel = new FakeExcel();
      excel.failWhen = (c) => c.kind === 'rangeWrite';
      const error = await excel
        .port()
        .writeSheet(sheetOfRows(3))
        .catch((e: unknown) => e);
      expect((error as Error).cause).toMatchObject({ code: 'GeneralException' });
    });

    it('has nothing to delete when Excel refuses the new sheet itself', async () => {
      const excel = new FakeExcel();
      excel.failWhen = (c) => c.kind === 'addSheet';
      expect(await codeOf(excel.port().writeSheet(sheetOfRows(3)))).toBe('WRITE_FAILED');
      expect(excel.ran('deleteSheet')).toEqual([]);
      expect(excel.sheetNames()).toEqual(['Sheet1']);
    });

    it('leaves none of its names when a later name fails', async () => {
      const excel = new FakeExcel();
      excel.failWhen = (c) => c.kind === 'addName' && c.name === 'Second';
      const write = {
        name: 'Out',
        blocks: [],
        names: [
          { name: 'First', address: 'A1' },
          { name: 'Second', address: 'A2' },
        ],
      };
      expect(await codeOf(excel.port().writeSheet(write))).toBe('WRITE_FAILED');
      expect(excel.ran('addName').map((c) => c.name)).toEqual(['First']);
      expect(excel.names).toEqual([]);
      expect(excel.sheetNames()).toEqual(['Sheet1']);
      expect(excel.ran('deleteSheet').map((c) => c.sheet)).toEqual(['~w1 Out']);
    });

    it('still reports the write failure, and says so, when the clean-up fails too', async () => {
      const excel = new FakeExcel();
      excel.failWhen = (c) => c.kind === 'addChart' || c.kind === 'deleteSheet';
      const failed = excel.port().writeSheet(sheetOfRows(3));
      expect(await codeOf(failed)).toBe('WRITE_FAILED');
      await expect(failed).rejects.toThrow(
        /removing the half-written sheet "~w1 Benchmark" also failed/,
      );
    });
  });

  describe('replace', () => {
    /** A workbook whose "Benchmark" sheet, second of three, holds an earlier write. */
    async function withEarlierWrite(): Promise<FakeExcel> {
      const excel = new FakeExcel(['Data']);
      await excel.port().writeSheet(sheetOfRows(2));
      excel.addSheet('Notes');
      excel.executed.length = 0;
      excel.failWhen = undefined;
      return excel;
    }

    it('writes under a temporary name, then swaps it in at the old sheet’s place', async () => {
      const excel = await withEarlierWrite();
      const old = excel.sheet('Benchmark');
      await excel.port().writeSheet(sheetOfRows(7), { replace: true });
      const [added] = excel.ran('addSheet');
      expect(added?.sheet).not.toBe('Benchmark');
      expect(excel.ran('rangeWrite').every((c) => c.sheet === added?.sheet)).toBe(true);
      expect(excel.ran('renameSheet')).toEqual([
        { kind: 'renameSheet', sheet: added?.sheet, to: 'Benchmark' },
      ]);
      expect(excel.sheetNames()).toEqual(['Data', 'Benchmark', 'Notes']);
      const now = excel.sheet('Benchmark');
      expect(now).not.toBe(old);
      expect(now?.writes.find((w) => w.at === 'A2')?.rows).toBe(7);
    });

    it('deletes the old sheet only after the new one is written', async () => {
      const excel = await withEarlierWrite();
      await excel.port().writeSheet(sheetOfRows(7), { replace: true });
      const kinds = excel.executed.map((c) => c.kind);
      expect(kinds.indexOf('deleteSheet')).toBeGreaterThan(kinds.lastIndexOf('pointColour'));
    });

    it('defines the names again on the new sheet; the old sheet’s go with it', async () => {
      const excel = await withEarlierWrite();
      await excel.port().writeSheet(sheetOfRows(7), { replace: true });
      expect(excel.sheets.map((sheet) => sheet.names.map((n) => n.name))).toEqual([
        [],
        ['FirstForce'],
        [],
      ]);
      expect(excel.active).toBe(excel.sheet('Benchmark'));
    });

    it('keeps the old sheet, untouched, when the write fails', async () => {
      const excel = await withEarlierWrite();
      const old = excel.sheet('Benchmark');
      const oldWrites = [...(old?.writes ?? [])];
      excel.failWhen = (c) => c.kind === 'rangeWrite' && c.write.rows === 7;
      const failed = excel.port().writeSheet(sheetOfRows(7), { replace: true });
      expect(await codeOf(failed)).toBe('WRITE_FAILED');
      await expect(failed).rejects.toThrow(/existing sheet "Benchmark" is unchanged/);
      expect(excel.sheet('Benchmark')).toBe(old);
      expect(old?.writes).toEqual(oldWrites);
      expect(excel.sheetNames()).toEqual(['Data', 'Benchmark', 'Notes']);
      expect(old?.names.map((n) => n.name)).toEqual(['FirstForce']);
    });

    it('keeps the old sheet when Excel refuses to delete it, and removes the new one', async () => {
      const excel = await withEarlierWrite();
      const old = excel.sheet('Benchmark');
      excel.failWhen = (c) => c.kind === 'deleteSheet' && c.sheet === 'Benchmark';
      expect(await codeOf(excel.port().writeSheet(sheetOfRows(7), { replace: true }))).toBe(
        'WRITE_FAILED',
      );
      expect(excel.sheet('Benchmark')).toBe(old);
      expect(excel.sheetNames()).toEqual(['Data', 'Benchmark', 'Notes']);
    });

    it('leaves the new sheet in place, and says the old one is gone, when the swap fails after deleting it', async () => {
      const excel = await withEarlierWrite();
      const old = excel.sheet('Benchmark');
      excel.failWhen = (c) => c.kind === 'renameSheet';
      const failed = excel.port().writeSheet(sheetOfRows(7), { replace: true });
      expect(await codeOf(failed)).toBe('WRITE_FAILED');
      const kept = excel.ran('addSheet')[0]?.sheet ?? 'none';
      await expect(failed).rejects.toThrow(
        `the old sheet was deleted and the new one is complete, named "${kept}"`,
      );
      expect(excel.sheet(kept)?.writes.find((w) => w.at === 'A2')?.rows).toBe(7);
      expect(excel.sheets).not.toContain(old);
    });

    it('reports the name the new sheet has when the swap fails after renaming it', async () => {
      const excel = await withEarlierWrite();
      const old = excel.sheet('Benchmark');
      excel.failWhen = (c) => c.kind === 'activate';
      const failed = excel.port().writeSheet(sheetOfRows(7), { replace: true });
      await expect(failed).rejects.toThrow('the new one is complete, named "Benchmark"');
      expect(excel.sheet('Benchmark')).not.toBe(old);
      expect(excel.sheet('Benchmark')?.writes.find((w) => w.at === 'A2')?.rows).toBe(7);
    });

    it('picks a temporary name no sheet has', async () => {
      const probe = await withEarlierWrite();
      await probe.port().writeSheet(sheetOfRows(1), { replace: true });
      const firstChoice = probe.ran('addSheet')[0]?.sheet ?? 'none';
      const excel = await withEarlierWrite();
      excel.addSheet(firstChoice);
      await excel.port().writeSheet(sheetOfRows(1), { replace: true });
      const [used] = excel.ran('addSheet');
      expect(used?.sheet).not.toBe(firstChoice);
      expect(excel.sheet(firstChoice)).toBeDefined();
    });

    it('writes in three syncs, renaming without a swap, when there is no sheet to replace', async () => {
      const excel = new FakeExcel();
      await excel.port().writeSheet(sheetOfRows(3), { replace: true });
      expect(excel.ran('renameSheet').map((c) => c.to)).toEqual(['Benchmark']);
      expect(excel.ran('deleteSheet')).toEqual([]);
      expect(excel.syncs).toBe(3);
    });
  });
});
