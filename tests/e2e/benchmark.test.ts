// Benchmarking the sample data on the preview page, for one force and for a region: the sheet's
// formulas, the values the in-memory workbook computes from them, the charts, and the pane's own
// results, checked against figures worked out here from the sample cells themselves.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  ROOT,
  cell,
  chart,
  gridValues,
  insertSample,
  message,
  numberAt,
  sheetTabs,
  selectRange,
  usePreview,
} from './harness';

const FORCES = 43;
const FIRST_DATA_ROW = 5; // the sample's header is on row 4
const CATEGORIES = ['Local policing', 'Investigations', 'Forensic science', 'Operational support'];
/** Expenditure column of each category on the sample sheet (income is the next one). */
const SPEND_COLUMNS = ['C', 'E', 'G', 'I'];

const preview = usePreview('file');

interface SampleRow {
  readonly force: string;
  readonly population: number;
  readonly nre: number[];
}

/** Reads the sample sheet's cells through the grid, to work out expected figures independently. */
async function readSample(): Promise<SampleRow[]> {
  await preview.page.getByRole('button', { name: 'Sample data', exact: true }).click();
  const values = await gridValues(preview.page);
  const number = (address: string) => {
    const n = Number(values[address]);
    if (!Number.isFinite(n)) throw new Error(`${address} holds ${values[address]}, not a number`);
    return n;
  };
  const rows: SampleRow[] = [];
  for (let r = FIRST_DATA_ROW; r < FIRST_DATA_ROW + FORCES; r++) {
    const nre = SPEND_COLUMNS.map((col) => {
      const income = String.fromCharCode(col.charCodeAt(0) + 1);
      return number(`${col}${r}`) - number(`${income}${r}`);
    });
    rows.push({ force: values[`A${r}`] ?? '', population: number(`B${r}`), nre });
  }
  return rows;
}

async function chooseForces(names: string[]): Promise<void> {
  await preview.page.getByLabel('Force or forces').selectOption(names);
}

async function write(): Promise<void> {
  await preview.page.getByRole('button', { name: 'Write benchmark sheet' }).click();
  await message(preview.page).filter({ hasText: 'Wrote the sheet' }).waitFor();
}

const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThan(1e-9 * Math.max(1, Math.abs(expected)));

describe('the preview page', () => {
  let sample: SampleRow[];

  it('inserts sample data for all 43 forces, labelled on the sheet as not official', async () => {
    await insertSample(preview.page);
    expect(await sheetTabs(preview.page)).toEqual(['Sheet1', 'Sample data']);
    expect((await cell(preview.page, 'A1')).text).toMatch(/illustrative.*not official/i);
    expect((await cell(preview.page, 'A4')).text).toBe('Force');
    sample = await readSample();
    expect(sample.map((s) => s.force)).toContain('Kent');
    expect(new Set(sample.map((s) => s.force)).size).toBe(FORCES);
  });

  it('benchmarks one force with live formulas whose values match figures worked out independently', async () => {
    await chooseForces(['Kent']);
    await write();
    expect(await sheetTabs(preview.page)).toEqual(['Sheet1', 'Sample data', 'Benchmark – Kent']);

    const kent = sample.findIndex((s) => s.force === 'Kent');
    const compared = sample.filter(
      (s) => !['Metropolitan Police', 'City of London'].includes(s.force),
    );
    const workingsRow = 71 + kent;
    expect((await cell(preview.page, `A${workingsRow}`)).formula).toBe(
      `='Sample data'!A${FIRST_DATA_ROW + kent}`,
    );
    expect((await cell(preview.page, `C${workingsRow}`)).formula).toContain('COLLAB.NREPERHEAD(');

    for (const [c, category] of CATEGORIES.entries()) {
      const row = 11 + c;
      expect((await cell(preview.page, `A${row}`)).text).toBe(category);
      const own = sample[kent] as SampleRow;
      const value = (own.nre[c] as number) / own.population;
      const average =
        compared.reduce((sum, s) => sum + (s.nre[c] as number) / s.population, 0) / compared.length;
      const rank = 1 + compared.filter((s) => (s.nre[c] as number) / s.population > value).length;

      // The force's figure is its per-head cell in the workings (columns C onwards), or
      // "not reported" when that is blank; the figures beside it are blank then.
      const perHead = `${String.fromCharCode(67 + c)}${workingsRow}`;
      expect((await cell(preview.page, `B${row}`)).formula).toBe(
        `=IF(ISNUMBER(${perHead}),${perHead},"not reported")`,
      );
      expect((await cell(preview.page, `C${row}`)).formula).toMatch(/^=COLLAB\.NATIONALAVERAGE\(/);
      expect((await cell(preview.page, `E${row}`)).formula).toBe(
        `=IF(ISNUMBER(B${row}),COLLAB.VARIANCEPCT(B${row},C${row}),"")`,
      );
      expect((await cell(preview.page, `F${row}`)).formula).toMatch(
        /^=IF\(ISNUMBER\(B\d+\),RANK\.EQ\(B\d+,/,
      );
      close(await numberAt(preview.page, `B${row}`), value);
      close(await numberAt(preview.page, `C${row}`), average);
      close(await numberAt(preview.page, `D${row}`), value - average);
      close(await numberAt(preview.page, `E${row}`), value / average - 1);
      expect(await numberAt(preview.page, `F${row}`)).toBe(rank);
      expect(await numberAt(preview.page, `G${row}`)).toBe(compared.length);
    }
  });

  it('draws the variance chart from the sheet and a sorted ski-slope with the force highlighted', async () => {
    const variance = await chart(
      preview.page,
      '.workbook',
      'Kent: variance from average by category',
    );
    expect(variance.categories).toEqual(CATEGORIES);
    for (const [c, v] of variance.values.entries())
      close(v as number, await numberAt(preview.page, `E${11 + c}`));

    const slope = await chart(preview.page, '.workbook', 'Local policing: all forces (£ per head)');
    expect(slope.categories).toHaveLength(FORCES);
    expect(slope.highlighted).toEqual(['Kent']);
    const values = slope.values as number[];
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('shows the same results in the pane: a summary table and a variance chart', async () => {
    const rows = preview.page.locator('#panel-benchmark .results tbody tr');
    expect(await rows.count()).toBe(CATEGORIES.length);
    // The panel says its figures are those of the write, not live ones.
    expect(await preview.page.locator('#panel-benchmark .results .snapshot').textContent()).toMatch(
      /^A snapshot of the last write, to "Benchmark – Kent"/,
    );
    for (const [c] of CATEGORIES.entries()) {
      const cells = await rows.nth(c).locator('td').allTextContents();
      expect(cells[0]).toBe((await cell(preview.page, `B${11 + c}`)).text);
      expect(cells[1]).toBe((await cell(preview.page, `C${11 + c}`)).text);
      expect(cells[2]).toBe((await cell(preview.page, `E${11 + c}`)).text);
      expect(cells[3]).toBe((await cell(preview.page, `F${11 + c}`)).text);
    }
    const paneChart = await chart(
      preview.page,
      '#panel-benchmark .results',
      'Variance from average by category',
    );
    expect(paneChart.categories).toEqual(CATEGORIES);

    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    mkdirSync(join(ROOT, 'docs', 'images'), { recursive: true });
    const shot = join(ROOT, 'test-output', 'benchmark.png');
    // Tall enough for the sheet's summary, both charts and the pane's results in one picture.
    await preview.page.setViewportSize({ width: 1360, height: 1300 });
    await preview.page.locator('#panel-benchmark .results').scrollIntoViewIfNeeded();
    await preview.page.screenshot({ path: shot });
    await preview.page.setViewportSize({ width: 1360, height: 900 });
    copyFileSync(shot, join(ROOT, 'docs', 'images', 'benchmark.png'));
  });

  it('benchmarks a region pooled per head (total NRE over total population) on a new sheet', async () => {
    await chooseForces(['Kent', 'Essex', 'Sussex']);
    await preview.page.getByText('Chosen: Essex, Kent, Sussex (pooled as a region).').waitFor();
    await write();
    const tabs = await sheetTabs(preview.page);
    expect(tabs).toHaveLength(4);
    // Forces are named in the data's order, whatever the order they were picked in.
    expect(tabs[3]).toMatch(/^Benchmark – Essex, Kent, Sussex/);

    const members = sample.filter((s) => ['Kent', 'Essex', 'Sussex'].includes(s.force));
    for (const [c] of CATEGORIES.entries()) {
      const row = 11 + c;
      expect((await cell(preview.page, `B${row}`)).formula).toMatch(/^=COLLAB\.POOLEDPERHEAD\(/);
      const pooled =
        members.reduce((sum, s) => sum + (s.nre[c] as number), 0) /
        members.reduce((sum, s) => sum + s.population, 0);
      close(await numberAt(preview.page, `B${row}`), pooled);
    }
    const slope = await chart(preview.page, '.workbook', 'Local policing: all forces (£ per head)');
    expect(slope.highlighted.sort()).toEqual(['Essex', 'Kent', 'Sussex']);
  });

  it('reads the data from the current selection, and keeps reading those cells', async () => {
    await selectRange(preview.page, "'Sample data'!A4:J47");
    await preview.page.getByLabel('Current selection').check();
    await preview.page.getByRole('button', { name: 'Read data' }).click();
    await message(preview.page)
      .filter({ hasText: "Read 43 forces and 4 categories from 'Sample data'!A4:J47." })
      .waitFor();
    // Selecting elsewhere afterwards does not change what the benchmark reads.
    await selectRange(preview.page, 'Sheet1!C3');
    await chooseForces(['Surrey']);
    await write();
    expect((await cell(preview.page, 'B7')).text).toBe("A4:J47 on 'Sample data'");
  });

  it('reads whole columns typed as the range address by their used rows', async () => {
    await preview.page.getByLabel('A range address').check();
    await preview.page.getByLabel('Range address', { exact: true }).fill("'Sample data'!A:J");
    await preview.page.getByRole('button', { name: 'Read data' }).click();
    await message(preview.page)
      .filter({ hasText: "Read 43 forces and 4 categories from 'Sample data'!A1:J47." })
      .waitFor();
    await chooseForces(['Cumbria']);
    await write();
    expect((await cell(preview.page, 'B7')).text).toBe("A4:J47 on 'Sample data'");
  });

  it('shows a progress bar while it works, in space kept for it, and hides it when done', async () => {
    const bar = preview.page.locator('#panel-benchmark progress');
    const before = await bar.boundingBox();
    await bar.evaluate((progress) => {
      const seen: string[] = [];
      new MutationObserver(() => seen.push(progress.className)).observe(progress, {
        attributes: true,
        attributeFilter: ['class'],
      });
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    });
    await chooseForces(['Norfolk']);
    await write();
    const seen = await preview.page.evaluate(
      () => (window as unknown as { progressSeen: string[] }).progressSeen,
    );
    expect(seen).toContain('');
    expect(seen[seen.length - 1]).toBe('idle');
    expect(await bar.boundingBox()).toEqual(before);
  });

  it('asks once on a double-click over a sheet it wrote, and replaces it only when told to', async () => {
    const tabs = await sheetTabs(preview.page);
    await chooseForces(['Kent']);
    await preview.page.getByRole('button', { name: 'Write benchmark sheet' }).dblclick();
    const replace = preview.page.getByRole('button', { name: 'Replace "Benchmark – Kent"' });
    await replace.waitFor();
    expect(await preview.page.getByRole('button', { name: /^Replace "/ }).count()).toBe(1);
    await replace.click();
    await message(preview.page).filter({ hasText: 'Wrote the sheet "Benchmark – Kent"' }).waitFor();
    // The same sheets: Kent's was written over, not written twice or beside it.
    expect(await sheetTabs(preview.page)).toEqual(tabs);
    expect((await cell(preview.page, 'A1')).text).toBe('NRE per head benchmark: Kent');
  });

  it('never loaded anything from the network, and broke no content security rule', () => {
    expect(preview.offsite).toEqual([]);
    expect(preview.problems).toEqual([]);
  });
});
