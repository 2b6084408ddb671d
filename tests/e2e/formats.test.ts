// What a finance officer sees at 1366×768 after writing a benchmark and an MTFS on the preview
// page: every figure on every written sheet carries a number format (every year included, so
// no 84460000 in the grid), and a mistyped scenario name shows #N/A in the projection, never a
// plausible £0 or a gap of minus the savings.
import { EXAMPLE_FORM, planForm } from '../../addin/taskpane/mtfs/form';
import { cell, insertSample, selectRange, typeInto, usePreview, type GridCell } from './harness';

const preview = usePreview('file');

/** Addresses, by sheet, of the cells that show a number without a number format. */
function unformattedNumbers(sheets: readonly string[]): Promise<Record<string, string[]>> {
  return preview.page.evaluate((names) => {
    const book = window.collabPreview?.workbook;
    if (book === undefined) throw new Error('the preview exposes no workbook');
    const found: Record<string, string[]> = {};
    for (const sheet of names) {
      const used = book.usedRange(sheet);
      found[sheet] = [];
      if (used === undefined) continue;
      for (let row = used.start.row; row <= used.end.row; row++) {
        for (let col = used.start.col; col <= used.end.col; col++) {
          const shown = book.cell(sheet, { row, col });
          if (typeof shown.value === 'number' && shown.format === undefined) {
            found[sheet]?.push(shown.address);
          }
        }
      }
    }
    return found;
  }, sheets);
}

/** A cell as the grid shows it, brought into the grid's window first (it draws only what is in view). */
async function shown(address: string): Promise<GridCell> {
  await selectRange(preview.page, address);
  return cell(preview.page, address);
}

beforeAll(async () => {
  await preview.page.setViewportSize({ width: 1366, height: 768 });
});

describe('formats and scenario names on the preview page', () => {
  it('formats every figure of the benchmark and MTFS sheets, in every year', async () => {
    const page = preview.page;
    await insertSample(page);
    await page.getByLabel('Force or forces').selectOption(['Kent']);
    await page.getByRole('button', { name: 'Write benchmark sheet' }).click();
    await page
      .locator('#panel-benchmark [role="status"]')
      .filter({ hasText: 'Wrote the sheet' })
      .waitFor();
    await page.getByRole('tab', { name: 'MTFS' }).click();
    await page.locator('#panel-mtfs').getByRole('button', { name: 'Write MTFS sheet' }).click();
    await page
      .locator('#panel-mtfs [role="status"]')
      .filter({ hasText: 'Wrote the sheet' })
      .waitFor();
    const sheets = await page.evaluate(() => window.collabPreview?.workbook.sheetNames() ?? []);
    const written = sheets.filter((s) => s.startsWith('Benchmark') || s.startsWith('MTFS'));
    expect(written).toHaveLength(2);
    expect(await unformattedNumbers(written)).toEqual(
      Object.fromEntries(written.map((s) => [s, []])),
    );
    // As the grid shows it: the last year of a line is in pounds, not bare digits.
    const plan = planForm(EXAMPLE_FORM, ['Sheet1']);
    const last = plan.layout.yearColumns.at(-1) as string;
    const row = (key: string) => plan.layout.rows.get(key) as number;
    expect((await shown(`${last}${row('pay.total')}`)).text).toMatch(/^£[\d,]+$/);
    expect((await shown(`${last}${row('gap.before')}`)).text).toMatch(/£/);
  });

  it('shows #N/A in the projection, and no figure, for a mistyped scenario name', async () => {
    const page = preview.page;
    const plan = planForm(EXAMPLE_FORM, ['Sheet1']);
    await typeInto(page, plan.layout.selector, 'Centrall');
    const { rows, yearColumns } = plan.layout;
    for (const row of ['requirement', 'gap.after', 'reserves.general'].map((k) => rows.get(k))) {
      for (const col of yearColumns) {
        expect((await shown(`${col}${row}`)).text).toBe('#N/A');
      }
    }
  });
});
