// The task pane by keyboard alone: Tab to each control, Enter or Space to act, arrows in radio
// groups, typing to pick a force; every control labelled, focus visible, nothing wider than the pane.
import { cell, errorMessage, message, sheetTabs, usePreview } from './harness';
import { AVERAGE_CONVENTIONS } from '@collab-finance/core';

const preview = usePreview('file');

/** What the focused element is called: its label, or its text for a button. */
const focusedName = () =>
  preview.page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (el === null) return '';
    return (el.labels?.[0]?.textContent ?? el.textContent ?? '').trim();
  });

/** Presses Tab until the control called `name` has focus (at most 80 presses). */
async function tabTo(name: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await preview.page.keyboard.press('Tab');
    if ((await focusedName()) === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

describe('keyboard-only use of the task pane', () => {
  it('labels every control of the pane', async () => {
    const unlabelled = await preview.page
      .locator('.taskpane-column')
      .evaluate((pane) =>
        [...pane.querySelectorAll('input, select')]
          .filter((el) => ((el as HTMLInputElement).labels?.length ?? 0) === 0)
          .map((el) => el.outerHTML),
      );
    expect(unlabelled).toEqual([]);
  });

  it('inserts the sample data, picks a force and writes a weighted benchmark without a mouse', async () => {
    await preview.page.locator('body').focus();
    await tabTo('Insert sample data');
    await preview.page.keyboard.press('Enter');
    await message(preview.page).filter({ hasText: 'Inserted' }).waitFor();

    await tabTo('Force or forces');
    await preview.page.keyboard.type('Kent');
    expect(
      await preview.page
        .getByLabel('Force or forces')
        .evaluate((s) => [...(s as HTMLSelectElement).selectedOptions].map((o) => o.value)),
    ).toEqual(['Kent']);

    await tabTo('Average to compare against');
    await preview.page.keyboard.press('ArrowDown');
    await preview.page.keyboard.press('ArrowDown');
    expect(await preview.page.getByLabel('Average to compare against').inputValue()).toBe(
      'weightedExcludingLondon',
    );

    await tabTo('Write benchmark sheet');
    const outline = await preview.page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe('none');
    await preview.page.keyboard.press('Space');
    await message(preview.page).filter({ hasText: 'Wrote the sheet' }).waitFor();

    expect(await sheetTabs(preview.page)).toContain('Benchmark – Kent');
    expect((await cell(preview.page, 'B5')).text).toBe(
      AVERAGE_CONVENTIONS.weightedExcludingLondon.description,
    );
    expect((await cell(preview.page, 'C11')).formula).toBe(
      '=COLLAB.NATIONALAVERAGE($G$71:$G$113,$A$71:$A$113,$B$4:$C$4,$B$71:$B$113)',
    );
  });

  it('moves between tabs with the arrow keys and keeps focus on the selected tab', async () => {
    const tab = preview.page.getByRole('tab', { name: 'Benchmark' });
    await tab.focus();
    await preview.page.keyboard.press('ArrowRight');
    expect(await preview.page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe(
      'tab',
    );
    expect(await preview.page.getByRole('tab', { selected: true }).count()).toBe(1);
  });

  it('fits the 320 px pane without a horizontal scroll bar', async () => {
    const pane = preview.page.locator('.taskpane-column');
    const { width, scroll, client } = await pane.evaluate((el) => ({
      width: el.getBoundingClientRect().width,
      scroll: el.scrollWidth,
      client: el.clientWidth,
    }));
    expect(width).toBe(320);
    expect(scroll).toBeLessThanOrEqual(client);
  });

  it('writes one MTFS sheet when its form is submitted twice before the first write ends', async () => {
    await preview.page.getByRole('tab', { name: 'MTFS' }).click();
    const panel = preview.page.locator('#panel-mtfs');
    const before = await sheetTabs(preview.page);
    // Two submits in one go, before the pane has finished the first: only one may run.
    await panel.locator('form').evaluate((form: HTMLFormElement) => {
      form.requestSubmit();
      form.requestSubmit();
    });
    const status = message(preview.page, '#panel-mtfs');
    const alert = errorMessage(preview.page, '#panel-mtfs');
    await status
      .or(alert)
      .filter({ hasText: /Wrote the sheet|Nothing was written|went wrong/ })
      .waitFor();
    // Let a second write, were one running, finish too.
    await preview.page.waitForTimeout(500);
    expect(await alert.textContent()).toBe('');
    expect(await status.textContent()).toMatch(/^Wrote the sheet "MTFS"/);
    expect(await sheetTabs(preview.page)).toEqual([...before, 'MTFS']);
  });
});
