// The task pane on the preview page when things go wrong: a write that fails part-way (armed through
// the preview-only `collabPreview.port.failOn`) leaves the whole workbook as it was and shows one
// message, and the pane works again afterwards; a 100,000-row data range is refused at once.
import type { MemoryPort, MemoryWorkbook, WriteStep } from '../../addin/workbook/memory';
import { errorMessage, insertSample, message, sheetTabs, usePreview } from './harness';

/** What preview.ts puts on window for tests (the task pane bundle for Excel has no such thing). */
interface PreviewWindow {
  collabPreview: { workbook: MemoryWorkbook; port: MemoryPort };
}

const preview = usePreview('test');

// Runs after usePreview's hook has closed the page; what the page recorded is still there.
afterEach(() => {
  expect(preview.problems).toEqual([]);
});

/** Every sheet's used cells (value and formula), the defined names and the active sheet. */
function workbook(): Promise<unknown> {
  return preview.page.evaluate(() => {
    const book = (window as unknown as PreviewWindow).collabPreview.workbook;
    const sheets = book.sheetNames().map((name) => {
      const used = book.usedRange(name);
      const cells: Record<string, [unknown, unknown]> = {};
      for (let row = used?.start.row ?? 0; used && row <= used.end.row; row++) {
        for (let col = used.start.col; col <= used.end.col; col++) {
          const { address, value, formula } = book.cell(name, { row, col });
          if (value !== null || formula !== undefined) cells[address] = [value, formula];
        }
      }
      return { name, cells, charts: book.charts(name).length };
    });
    return { sheets, names: book.names(), active: book.activeSheet };
  });
}

/** Makes the next writes fail just before the first step with all of `match`'s fields. */
async function arm(match: Partial<Record<string, string | number>>): Promise<void> {
  await preview.page.evaluate((wanted) => {
    (window as unknown as PreviewWindow).collabPreview.port.failOn = (step: WriteStep) =>
      Object.entries(wanted).every(
        ([key, value]) => (step as Record<string, unknown>)[key] === value,
      );
  }, match);
}

const disarm = () =>
  preview.page.evaluate(() => {
    (window as unknown as PreviewWindow).collabPreview.port.failOn = undefined;
  });

/** The one error message in `scope`, once shown, with the pane no longer busy. */
async function errorShown(scope: string): Promise<string> {
  const alert = errorMessage(preview.page, scope);
  await alert.waitFor();
  await preview.page.locator(`${scope}[aria-busy="false"]`).waitFor();
  // One alert, and no other message beside it.
  expect(await alert.count()).toBe(1);
  expect(await message(preview.page, scope).textContent()).toBe('');
  return (await alert.textContent()) ?? '';
}

describe('a write that fails part-way on the preview page', () => {
  it('leaves no half-written sample sheet, says so, and inserts it on the next try', async () => {
    const before = await workbook();
    await arm({ kind: 'cell', index: 200 });
    await preview.page.getByRole('button', { name: 'Insert sample data' }).click();
    const text = await errorShown('#panel-benchmark');
    expect(text).toMatch(/^"Sample data" could not be written, so nothing was: /);
    expect(text).not.toMatch(/something went wrong|nothing was written/i);
    expect(await workbook()).toEqual(before);
    expect(await sheetTabs(preview.page)).toEqual(['Sheet1']);

    await disarm();
    await insertSample(preview.page);
    expect(await sheetTabs(preview.page)).toEqual(['Sheet1', 'Sample data']);
  });

  it('leaves no half-written benchmark sheet when its last chart fails, and shows no results', async () => {
    await insertSample(preview.page);
    await preview.page.getByLabel('Force or forces').selectOption(['Kent']);
    const before = await workbook();
    await arm({ kind: 'chart', index: 1 });
    await preview.page.getByRole('button', { name: 'Write benchmark sheet' }).click();
    const text = await errorShown('#panel-benchmark');
    expect(text).toMatch(/^"Benchmark – Kent" could not be written, so nothing was: /);
    expect(await workbook()).toEqual(before);
    expect(await preview.page.locator('#panel-benchmark .results table').count()).toBe(0);
    expect(
      await preview.page.getByRole('button', { name: 'Write benchmark sheet' }).isEnabled(),
    ).toBe(true);

    await disarm();
    await preview.page.getByRole('button', { name: 'Write benchmark sheet' }).click();
    await message(preview.page).filter({ hasText: 'Wrote the sheet "Benchmark – Kent"' }).waitFor();
  });

  it('leaves no half-written MTFS sheet nor any of its names when defining a name fails', async () => {
    await preview.page.getByRole('tab', { name: 'MTFS' }).click();
    const before = await workbook();
    await arm({ kind: 'name' });
    await preview.page.getByRole('button', { name: 'Write MTFS sheet' }).click();
    const text = await errorShown('#panel-mtfs');
    expect(text).toMatch(/^"MTFS" could not be written, so nothing was: /);
    expect(await workbook()).toEqual(before);
    expect(await sheetTabs(preview.page)).toEqual(['Sheet1']);
  });
});

describe('a data range of 100,000 rows', () => {
  it('is refused with one message before anything is written, and the pane stays usable', async () => {
    // Built in the page: the grid shows only the active sheet, so Sheet1 stays in view (drawing
    // 100,000 rows as table cells is more than the preview's simple grid is made for).
    await preview.page.evaluate(() => {
      const book = (window as unknown as PreviewWindow).collabPreview.workbook;
      book.transaction(() => {
        book.addSheet('Big');
        book.setCell('Big', 'A1', { value: 'Force' });
        book.setCell('Big', 'B1', { value: 'Population' });
        book.setCell('Big', 'C1', { value: 'Local policing' });
        for (let row = 2; row <= 100_001; row++) {
          book.setCell('Big', `A${row}`, { value: 'Kent' });
          book.setCell('Big', `B${row}`, { value: 1_800_000 });
          book.setCell('Big', `C${row}`, { value: 70_000_000 });
        }
      });
    });
    const before = await sheetTabs(preview.page);
    expect(before).toEqual(['Sheet1', 'Big']);
    await preview.page.getByLabel('A range address').check();
    await preview.page.getByRole('textbox', { name: 'Range address' }).fill('Big!A1:C100001');
    const started = Date.now();
    await preview.page.getByRole('button', { name: 'Read data' }).click();
    const text = await errorShown('#panel-benchmark');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(text).toBe(
      'The data has 100,000 used rows under the header; a benchmark compares police forces, so it reads at most 1,000: choose just the rows of the forces (cells A2:A100001 on Big). Nothing was written.',
    );
    expect(await sheetTabs(preview.page)).toEqual(before);
    expect(await preview.page.getByRole('button', { name: 'Insert sample data' }).isEnabled()).toBe(
      true,
    );
    await insertSample(preview.page);
  });
});
