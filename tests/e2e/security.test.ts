// Cell text is only ever text: markup typed into the workbook as a force name or a category heading
// is shown literally in the pane, its messages, the grid and the charts, and nothing in it runs.
// Two layers are at work (textContent for data, and the CSP's ban on inline script); the checks for
// elements catch the first failing even while the second still holds.
import {
  cell,
  errorMessage,
  insertSample,
  message,
  sheetTabs,
  typeInto,
  usePreview,
} from './harness';

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';

const preview = usePreview('test');

beforeEach(async () => {
  await insertSample(preview.page);
});

/** Nothing ran, no element came from the text, and no script was even attempted (no CSP refusal). */
async function expectNothingRan(): Promise<void> {
  expect(await preview.page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(await preview.page.locator('#preview img, #preview script').count()).toBe(0);
  expect(preview.problems).toEqual([]);
}

describe('markup typed into cells', () => {
  it.each([
    ['an <img onerror> tag', IMG],
    ['a <script> tag', SCRIPT],
  ])(
    'as a force name (%s) is refused by name, shown literally, and never runs',
    async (_, name) => {
      // Kent's row in the sample (header on row 4).
      await typeInto(preview.page, 'A24', name);
      expect((await cell(preview.page, 'A24')).text).toBe(name);
      await preview.page.getByRole('button', { name: 'Read data' }).click();
      const error = errorMessage(preview.page);
      await error.waitFor();
      expect(await error.textContent()).toBe(
        `"${name}" is not one of the 43 England and Wales forces (cell A24 on 'Sample data'). Nothing was written.`,
      );
      expect(await sheetTabs(preview.page)).toEqual(['Sheet1', 'Sample data']);
      await expectNothingRan();
    },
  );

  it('as category headings goes through a whole benchmark as plain text', async () => {
    // The sample's first two categories: expenditure and income pairs in C:D and E:F.
    await typeInto(preview.page, 'C4', `${IMG} expenditure`);
    await typeInto(preview.page, 'D4', `${IMG} income`);
    await typeInto(preview.page, 'E4', `${SCRIPT} expenditure`);
    await typeInto(preview.page, 'F4', `${SCRIPT} income`);
    await preview.page.getByRole('button', { name: 'Read data' }).click();
    await message(preview.page).filter({ hasText: 'Read 43 forces' }).waitFor();
    await preview.page.getByLabel('Force or forces').selectOption(['Kent']);
    await preview.page.getByLabel('Ski-slope chart category').selectOption(IMG);
    await preview.page.getByRole('button', { name: 'Write benchmark sheet' }).click();
    await message(preview.page).filter({ hasText: 'Wrote the sheet "Benchmark – Kent"' }).waitFor();

    const pane = preview.page.locator('#panel-benchmark .results');
    expect(await pane.locator('tbody th').allTextContents()).toEqual(
      expect.arrayContaining([IMG, SCRIPT]),
    );
    const paneChart = pane.locator('svg rect[data-category]');
    expect(
      await paneChart.evaluateAll((bars) => bars.map((b) => b.getAttribute('data-category'))),
    ).toEqual(expect.arrayContaining([IMG, SCRIPT]));
    // On the written sheet: the summary rows (from row 11) and the ski-slope's title.
    expect((await cell(preview.page, 'A11')).text).toBe(IMG);
    expect((await cell(preview.page, 'A12')).text).toBe(SCRIPT);
    expect(await preview.page.locator('.workbook svg[data-chart-title]').count()).toBeGreaterThan(
      1,
    );
    expect(
      await preview.page
        .locator('.workbook svg[data-chart-title]')
        .evaluateAll((charts, text) => charts.some((c) => c.textContent?.includes(text)), IMG),
    ).toBe(true);
    await expectNothingRan();
  });
});
