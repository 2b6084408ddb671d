// The MTFS pane on the preview page at a laptop's 1366×768, its task pane 320 px wide: the default
// strategy written as a sheet whose figures are the core's, the scenario switched in the selector
// cell, a bad value pointed at in exactly its box, 3 to 7 years in one action, the line lists'
// rows added and removed, and the Replace / write beside / Cancel choice.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { boxes, EXAMPLE_FORM, planForm, refit } from '../../addin/taskpane/mtfs/form';
import type { MtfsPlan } from '../../addin/taskpane/mtfs/plan';
import { millions } from '../../addin/taskpane/mtfs/view';
import {
  errorMessage,
  LAPTOP,
  markedInvalid,
  message,
  onScreen,
  ROOT,
  sheetTabs,
  typeInto,
  usePreview,
} from './harness';

const preview = usePreview('file');

const panel = () => preview.page.locator('#panel-mtfs');
const status = () => message(preview.page, '#panel-mtfs');
const alert = () => errorMessage(preview.page, '#panel-mtfs');
const box = (label: string) => panel().getByLabel(label, { exact: true });
const writeButton = () => panel().getByRole('button', { name: 'Write MTFS sheet' });

/** The override row (1-based, as labelled) for an assumption in a scenario, in the starting form. */
function overrideRow(assumption: string, scenario: string): number {
  const k = EXAMPLE_FORM.lists.overrides.findIndex(
    (o) => o.assumption === assumption && o.scenario === scenario,
  );
  if (k < 0) throw new Error(`no override of ${assumption} in ${scenario}`);
  return k + 1;
}

/** Opens or closes every section of the form. */
async function openSections(open: boolean): Promise<void> {
  await panel()
    .locator('details.mtfs-section')
    .evaluateAll((all, on) => all.forEach((d) => ((d as HTMLDetailsElement).open = on)), open);
}

/** Writes, and waits for the outcome: a sheet written, or an error (which ends "Nothing was written."). */
async function write(): Promise<void> {
  await writeButton().click();
  await status()
    .or(alert())
    .filter({ hasText: /Wrote the sheet|Nothing was written/ })
    .waitFor();
}

/** Writes over the sheet the pane last wrote, answering Replace; returns the sheet's name. */
async function rewrite(): Promise<string> {
  await writeButton().click();
  const replace = panel().getByRole('button', { name: /^Replace "/ });
  await replace.waitFor();
  const sheet = ((await replace.textContent()) ?? '').slice('Replace "'.length, -1);
  await replace.click();
  await status().filter({ hasText: 'Wrote the sheet' }).waitFor();
  return sheet;
}

/** The lines the checks compare, sheet against core. */
const CHECKED = [
  'pay.total',
  'nonPay.total',
  'councilTax.precept',
  'requirement',
  'funding.total',
  'gap.after',
  'gap.cumulative',
  'reserves.general',
] as const;

interface SheetCell {
  readonly value: unknown;
  readonly formula: string | undefined;
  readonly format: string | undefined;
}

/**
 * Cells of a sheet as the in-memory workbook holds them, in one read: the grid draws only the
 * first 100 rows, and the projection runs below them.
 */
function sheetCells(sheet: string, addresses: readonly string[]): Promise<SheetCell[]> {
  return preview.page.evaluate(
    ([name, list]) => {
      const book = window.collabPreview?.workbook;
      if (book === undefined) throw new Error('the preview exposes no workbook');
      return list.map((address) => {
        const { value, formula, format } = book.cell(name, address);
        return { value, formula, format };
      });
    },
    [sheet, addresses] as const,
  );
}

/** Each year's cell of a line, by its key. */
const yearCells = (plan: MtfsPlan, key: string) =>
  plan.layout.yearColumns.map((col) => `${col}${plan.layout.rows.get(key) ?? 0}`);

/** Checks the written sheet's figures against the core's projection of scenario `s`. */
async function expectSheet(plan: MtfsPlan, s: number): Promise<void> {
  const scenario = plan.projection.scenarios[s];
  for (const key of CHECKED) {
    expect(plan.layout.rows.has(key)).toBe(true);
    const cells = await sheetCells(plan.sheet.name, yearCells(plan, key));
    const years = scenario?.lines.get(key)?.years ?? [];
    cells.forEach((c, t) => {
      const expected = years[t]?.toNumber() ?? NaN;
      expect(typeof c.value).toBe('number');
      expect(Math.abs((c.value as number) - expected)).toBeLessThan(
        1e-6 * Math.max(1, Math.abs(expected)),
      );
    });
  }
}

beforeAll(async () => {
  await preview.page.setViewportSize(LAPTOP);
  await preview.page.getByRole('tab', { name: 'MTFS' }).click();
});

describe('the MTFS pane on the preview page', () => {
  it('fits every section of the form in the 320 px pane without a horizontal scroll bar', async () => {
    await openSections(true);
    expect((await preview.page.locator('.taskpane-column').boundingBox())?.width).toBe(320);
    // Each open section within its own width, the widest of them no wider than the pane's form.
    const overflowing = await panel()
      .locator('details.mtfs-section')
      .evaluateAll((all) =>
        all
          .filter(
            (d) => d.scrollWidth > d.clientWidth || d.getBoundingClientRect().right > innerWidth,
          )
          .map((d) => d.getAttribute('data-section')),
      );
    expect(overflowing).toEqual([]);
    // A seven-year list shows whole in its box.
    const values = box(
      `Override ${overrideRow('pay.1.award', 'Pessimistic')}: Values in that scenario`,
    );
    await values.fill('4% 3.5% 3% 3% 2.5% 2.5% 2.5%');
    expect(await values.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await values.fill('4% 3.5% 3%');
    await openSections(false);
  });

  it('has on the page one box for each box of the form, under its path and unique label', async () => {
    const shown = await panel()
      .locator('[data-path]')
      .evaluateAll((all) =>
        all.map((el) => ({
          path: el.getAttribute('data-path') ?? '',
          label: (el as HTMLInputElement).labels?.[0]?.textContent ?? '',
        })),
      );
    expect(shown.map((b) => b.path).sort()).toEqual(
      boxes(EXAMPLE_FORM)
        .map((b) => b.path)
        .sort(),
    );
    expect(new Set(shown.map((b) => b.label)).size).toBe(shown.length);
  });

  it('writes the starting figures as a sheet of the figures the core projects, shown in the pane', async () => {
    const expected = planForm(EXAMPLE_FORM, ['Sheet1']);
    await write();
    await expect(status().textContent()).resolves.toMatch(/^Wrote the sheet "MTFS"/);
    expect(await sheetTabs(preview.page)).toEqual(['Sheet1', 'MTFS']);
    expect(expected.projection.model.scenarios[expected.selected]).toBe('Central');
    await expectSheet(expected, expected.selected);
    // Every projected year is a formula, not a pasted number.
    for (const c of await sheetCells('MTFS', yearCells(expected, 'gap.after'))) {
      expect(c.formula).toMatch(/^=/);
    }

    // The pane's snapshot shows the same figures as the sheet, year by year.
    expect(await panel().locator('.results .snapshot').textContent()).toMatch(
      /^A snapshot of the last write, to "MTFS"/,
    );
    const rows = panel().locator('table[data-table="projection"] tbody tr');
    expect(await rows.count()).toBe(3);
    for (const key of ['requirement', 'funding.total', 'gap.after', 'reserves.general'] as const) {
      const shown = await panel().locator(`td[data-line="${key}"]`).allTextContents();
      const sheet = await sheetCells('MTFS', yearCells(expected, key));
      expect(shown).toEqual(sheet.map((c) => millions(c.value as number)));
    }

    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    mkdirSync(join(ROOT, 'docs', 'images'), { recursive: true });
    // The snapshot fits the pane: no column hidden behind a scroll bar.
    expect(
      await panel()
        .locator('.mtfs-results')
        .evaluate((el) => el.scrollWidth <= el.clientWidth),
    ).toBe(true);
    const floor =
      expected.projection.scenarios[expected.selected]?.flags.get('reserves.belowFloor');
    expect(
      await panel().locator('table[data-table="projection"] tbody td:last-child').allTextContents(),
    ).toEqual(floor?.map((b) => (b ? 'Yes' : 'No')));

    // The user guide's picture: the sheet beside the pane's snapshot of it.
    await panel().locator('table[data-table="projection"]').scrollIntoViewIfNeeded();
    const shot = join(ROOT, 'test-output', 'mtfs.png');
    await preview.page.screenshot({ path: shot });
    copyFileSync(shot, join(ROOT, 'docs', 'images', 'mtfs.png'));
  });

  it('follows the scenario chosen in the selector cell', async () => {
    const expected = planForm(EXAMPLE_FORM, ['Sheet1']);
    const { scenarios } = expected.projection.model;
    for (const name of ['Pessimistic', 'Optimistic', 'Central']) {
      await typeInto(preview.page, expected.layout.selector, name);
      await expectSheet(expected, scenarios.indexOf(name));
    }
  });

  it('points a bad rate of pay group 2 in the Pessimistic override at exactly that box, in view', async () => {
    const label = `Override ${overrideRow('pay.1.award', 'Pessimistic')}: Values in that scenario`;
    const input = box(label);
    const before = await sheetTabs(preview.page);
    await rewrite();
    expect(await panel().locator('.results table').count()).toBe(1);
    // The box is typed into, then its section closed, as a user who moves on would.
    await openSections(true);
    await input.fill('4% 0.5 3%');
    await openSections(false);
    await write();

    const error = alert();
    await expect(error.textContent()).resolves.toMatch(/Pessimistic.*Nothing was written\.$/);
    // Announced as an alert, the only message: the polite status beside it is empty.
    expect(await status().textContent()).toBe('');
    expect(await onScreen(error)).toBe(true);
    expect(await input.evaluate((el) => el.closest('details')?.open)).toBe(true);
    expect(await input.evaluate((node) => node === document.activeElement)).toBe(true);
    expect(await markedInvalid(input)).toBe(true);
    expect(await onScreen(input)).toBe(true);
    // Only that box: the same award typed for every scenario, and pay group 1's override, are fine.
    expect(await panel().locator('[aria-invalid="true"]').count()).toBe(1);
    expect(await sheetTabs(preview.page)).toEqual(before);
    // Figures from an earlier write would read as this one's.
    expect(await panel().locator('.results table').count()).toBe(0);

    await input.fill('4% 3.5% 3%');
    await rewrite();
    expect(await panel().locator('[aria-invalid="true"]').count()).toBe(0);
    // The outcome replaces the alert, and is announced politely.
    expect(await alert().textContent()).toBe('');
    expect(await status().getAttribute('aria-live')).toBe('polite');
  });

  it.each([
    ['Member 2: Basis figure', 'n/a', /must be a number/],
    ['Member 3: Force', 'derbyshire', /lists "derbyshire" more than once/],
    ['Band D rise (£ a year)', '-300 0 0', /^Band D 2026\/27 must be zero or more/],
    ['Horizon (years)', '12', /horizon must be a whole number from 1 to 10/],
    ['Tax base (Band D equivalents, base year)', '-390,000', /must be zero or more/],
  ])('points %s of %p at its box, writing nothing', async (label, value, text) => {
    const before = await sheetTabs(preview.page);
    await openSections(true);
    const input = box(label);
    const old = await input.inputValue();
    await input.fill(value);
    await openSections(false);
    await write();
    await expect(alert().textContent()).resolves.toMatch(text);
    expect(await sheetTabs(preview.page)).toEqual(before);
    expect(await markedInvalid(input)).toBe(true);
    expect(await input.evaluate((node) => node === document.activeElement)).toBe(true);
    await input.fill(old);
  });

  it('fits every per-year list to 7 years in one action, and writes the 7-year strategy', async () => {
    await openSections(true);
    const horizon = box('Horizon (years)');
    await horizon.fill('7');
    await horizon.press('Tab');
    await expect(status().textContent()).resolves.toMatch(/^Fitted \d+ per-year lists to 7 years/);
    expect(await box('Funding line 1: Growth (% a year)').inputValue()).toBe(
      '2% 1.5% 1.5% 1.5% 1.5% 1.5% 1.5%',
    );
    expect(await box('Tax base growth (% a year)').inputValue()).toBe('1%');
    expect(
      await box(
        `Override ${overrideRow('pay.1.award', 'Pessimistic')}: Values in that scenario`,
      ).inputValue(),
    ).toBe('4% 3.5% 3% 3% 3% 3% 3%');

    await rewrite();
    // The strategy written is the starting figures with every list fitted to seven years.
    const seven = refit({ ...EXAMPLE_FORM, fields: { ...EXAMPLE_FORM.fields, years: '7' } }, 7);
    const expected = planForm(seven.values, ['Sheet1']);
    expect(expected.layout.yearColumns).toHaveLength(7);
    await expectSheet(expected, expected.selected);
    const shown = panel().locator('[data-table="projection"] tbody th');
    expect(await shown.allTextContents()).toEqual(expected.projection.model.labels);

    await horizon.fill('3');
    await horizon.press('Tab');
    expect(await box('Funding line 1: Growth (% a year)').inputValue()).toBe('2% 1.5% 1.5%');
    await openSections(false);
  });

  it('adds a row to a list, points its blank box out, and removes it', async () => {
    await openSections(true);
    await panel().getByRole('button', { name: 'Add pay group' }).click();
    const name = box('Pay group 4: Name');
    expect(await name.evaluate((node) => node === document.activeElement)).toBe(true);
    await name.fill('Detention officers');
    await write();
    const cost = box('Pay group 4: Pay bill, or average pay per FTE (base year-end rates)');
    expect(await markedInvalid(cost)).toBe(true);
    await expect(alert().textContent()).resolves.toMatch(/^Detention officers: .*is empty/);
    await panel().getByRole('button', { name: 'Remove pay group 4' }).click();
    expect(await panel().getByRole('group', { name: 'Pay group 4' }).count()).toBe(0);
    await rewrite();
    await openSections(false);
  });

  it('offers the overrides the scenarios as typed', async () => {
    await openSections(true);
    const scenario = box('Scenario 3: Name');
    await scenario.fill('Stress');
    await scenario.press('Tab');
    // The first override of the old name is the one refused.
    const choice = box(`Override ${overrideRow('pay.0.award', 'Pessimistic')}: Scenario`);
    const options = await choice.locator('option').allTextContents();
    expect(options).toContain('Stress');
    // The override keeps the name it was given, marked, so the user sees what to change.
    expect(options).toContain('Pessimistic (no longer in the form)');
    // An override left on the old name is refused at that override.
    await write();
    expect(await markedInvalid(choice)).toBe(true);
    await scenario.fill('Pessimistic');
    await scenario.press('Tab');
    expect(await choice.inputValue()).toBe('Pessimistic');
    await openSections(false);
  });

  it('replaces a sheet it wrote only when asked to, writes beside it, and nothing on Cancel', async () => {
    const tabs = await sheetTabs(preview.page);
    await writeButton().click();
    await panel().getByRole('button', { name: 'Cancel' }).click();
    await status().filter({ hasText: 'Nothing was written.' }).waitFor();
    expect(await sheetTabs(preview.page)).toEqual(tabs);

    await writeButton().click();
    await panel().getByRole('button', { name: 'Write "MTFS (2)"' }).click();
    await status().filter({ hasText: 'Wrote the sheet "MTFS (2)"' }).waitFor();
    expect(await sheetTabs(preview.page)).toEqual([...tabs, 'MTFS (2)']);
    await expectSheet(planForm(EXAMPLE_FORM, tabs), 1);
  });

  it('raised no console errors and made no request off the local server', () => {
    expect(preview.problems).toEqual([]);
    expect(preview.offsite).toEqual([]);
  });
});
