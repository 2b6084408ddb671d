// The preview page against formulas and values that used to crash it: deep nesting, a whole-sheet
// range, a value in the sheet's last cell, array constants; the grid draws one window of cells,
// and the task pane's own actions still report what they did.
import { cell, insertSample, message, selectRange, typeInto, usePreview } from './harness';

const preview = usePreview('test');

// Runs after usePreview's hook has closed the page; what the page recorded is still there.
afterEach(() => {
  expect(preview.problems).toEqual([]);
});

const drawnCells = () => preview.page.locator('td[data-cell]').count();

describe('the preview engine on the page', () => {
  it('shows an error for 1,500 nested parentheses, and the pane still inserts its sample data', async () => {
    await typeInto(preview.page, 'B2', `=${'('.repeat(1_500)}1${')'.repeat(1_500)}`);
    expect((await cell(preview.page, 'B2')).value).toBe('#NAME?');
    await insertSample(preview.page);
    expect(await message(preview.page).textContent()).toMatch(/^Inserted/);
  });

  it('sums A2:XFD1048576 from the cells that hold something', async () => {
    await typeInto(preview.page, 'A2', '40');
    await typeInto(preview.page, 'C9', '2');
    await typeInto(preview.page, 'B1', '=SUM(A2:XFD1048576)');
    expect((await cell(preview.page, 'B1')).value).toBe('42');
  });

  it('evaluates the README’s array-constant examples instead of showing #NAME?', async () => {
    await typeInto(
      preview.page,
      'A1',
      '=COLLAB.POOLEDPERHEAD({150000000;90000000}, {1000000;600000})',
    );
    await typeInto(preview.page, 'A2', '=COLLAB.APPORTION(100, {1,1,1})');
    expect((await cell(preview.page, 'A1')).value).toBe('150');
    expect((await cell(preview.page, 'A2')).value).toBe('33.34');
    expect((await cell(preview.page, 'C2')).value).toBe('33.33');
  });
});

describe('the grid', () => {
  it('draws one window of cells, not the whole sheet, when a value sits at XFD1048576', async () => {
    await typeInto(preview.page, 'XFD1048576', '7');
    await selectRange(preview.page, 'A1');
    expect(await drawnCells()).toBeLessThanOrEqual(100 * 26);
    expect(await preview.page.locator('[data-window]').textContent()).toMatch(/XFD1048576/);
  });

  it('moves its window to an address typed in the name box', async () => {
    await typeInto(preview.page, 'XFD1048576', '7');
    expect((await cell(preview.page, 'XFD1048576')).value).toBe('7');
    expect(await drawnCells()).toBeLessThanOrEqual(100 * 26);
    await selectRange(preview.page, 'B3');
    expect(await preview.page.locator('td[data-cell="XFD1048576"]').count()).toBe(0);
    expect(await preview.page.locator('td[data-cell="B3"]').count()).toBe(1);
  });
});
