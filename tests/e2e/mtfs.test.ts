// Building MTFS sheets on the preview page: a 3-year strategy from the form's starting figures and a
// 7-year one typed in, their formulas and the values the in-memory workbook computes from them,
// switching the scenario in the selector cell, and bad assumptions that write nothing.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Decimal, MtfsYear } from '../../core/src';
import {
  EXAMPLE_FORM,
  fitToHorizon,
  readForm,
  type MtfsFormValues,
} from '../../addin/taskpane/mtfs/form';
import {
  BELOW_FLOOR,
  planMtfs,
  SCENARIOS,
  type MtfsPlan,
  type ScenarioName,
} from '../../addin/taskpane/mtfs/plan';
import {
  LAPTOP,
  ROOT,
  cell,
  lineChart,
  markedInvalid,
  numberAt,
  onScreen,
  sheetTabs,
  typeInto,
  usePreview,
} from './harness';

const preview = usePreview('file');

const panel = () => preview.page.locator('#panel-mtfs');
const status = () => panel().locator('[role="status"]');

const SEVEN_YEARS: MtfsFormValues = {
  ...EXAMPLE_FORM,
  years: '7',
  baseBudget: '£200,000,000',
  payShare: '75%',
  grant: '£130,000,000',
  taxBase: '250,000',
  bandD: '£250',
  bandDCap: '',
  collaborationSavings: '2,000,000 0 1,000,000 0 0 0 0',
  otherSavings: '1,000,000',
  openingReserves: '£20,000,000',
  useOfReserves: '500,000',
  reservesFloor: '£8,000,000',
  scenarios: {
    Optimistic: {
      payAward: '1.5%',
      nonPayInflation: '2%',
      grantChange: '1%',
      taxBaseGrowth: '1%',
      bandDIncrease: '4.99%',
    },
    Central: {
      payAward: '2%',
      nonPayInflation: '3%',
      grantChange: '0',
      taxBaseGrowth: '0',
      bandDIncrease: '4%',
    },
    Pessimistic: {
      payAward: '4% 3.5% 3% 3% 2.5% 2.5% 2.5%',
      nonPayInflation: '4%',
      grantChange: '-1%',
      taxBaseGrowth: '0',
      bandDIncrease: '2.99%',
    },
  },
  selected: 'Pessimistic',
};

const FIELD_LABELS: Readonly<Record<string, string>> = {
  firstYear: 'First year',
  years: 'Horizon (years)',
  baseBudget: 'Base budget (base year, £)',
  payShare: 'Pay share (% of the base budget)',
  grant: 'Core grant (base year, £)',
  taxBase: 'Tax base (Band D equivalent properties)',
  bandD: 'Band D (base year, £ per property)',
  bandDCap: 'Band D cap (£ per property a year)',
  collaborationSavings: 'Collaboration savings, new each year (£)',
  otherSavings: 'Other savings, new each year (£)',
  openingReserves: 'Opening reserves (£)',
  useOfReserves: 'Use of reserves each year (£)',
  reservesFloor: 'Reserves floor (minimum, £)',
};
const RATE_LABELS: Readonly<Record<string, string>> = {
  payAward: 'Pay award (% a year)',
  nonPayInflation: 'Non-pay inflation (% a year)',
  grantChange: 'Grant change (% a year)',
  taxBaseGrowth: 'Tax base growth (% a year)',
  bandDIncrease: 'Band D increase (% a year)',
};

/** Types a whole set of form values into the pane, as a user would. */
async function fill(values: MtfsFormValues): Promise<void> {
  for (const [key, label] of Object.entries(FIELD_LABELS)) {
    await panel()
      .getByLabel(label, { exact: true })
      .fill(values[key as keyof typeof FIELD_LABELS & keyof MtfsFormValues] as string);
  }
  for (const s of SCENARIOS) {
    for (const [key, label] of Object.entries(RATE_LABELS)) {
      const text = values.scenarios[s][key as keyof (typeof values.scenarios)[ScenarioName]];
      await panel().getByLabel(`${label}, ${s}`, { exact: true }).fill(text);
    }
  }
  await panel().getByLabel('Scenario the sheet shows first').selectOption(values.selected);
}

async function write(): Promise<void> {
  await panel().getByRole('button', { name: 'Write MTFS sheet' }).click();
  await status()
    .filter({ hasText: /Wrote the sheet|Nothing was written/ })
    .waitFor();
}

/** Writes the form over the sheet the pane last wrote, answering Replace; returns the sheet's name. */
async function rewrite(): Promise<string> {
  await panel().getByRole('button', { name: 'Write MTFS sheet' }).click();
  const replace = panel().getByRole('button', { name: /^Replace "/ });
  await replace.waitFor();
  const sheet = ((await replace.textContent()) ?? '').slice('Replace "'.length, -1);
  await replace.click();
  await status().filter({ hasText: 'Wrote the sheet' }).waitFor();
  return sheet;
}

const close = (actual: number, expected: Decimal) =>
  expect(Math.abs(actual - expected.toNumber())).toBeLessThan(
    1e-9 * Math.max(1, Math.abs(expected.toNumber())),
  );

/** Checks the active sheet's projection against the core's figures for `scenario`. */
async function expectProjection(plan: MtfsPlan, scenario: ScenarioName): Promise<void> {
  const { rows, yearColumns } = plan.layout;
  const years = plan.projections[scenario].years;
  for (const [t, col] of yearColumns.entries()) {
    const year = years[t] as MtfsYear;
    for (const field of [
      'requirement',
      'funding',
      'gapAfterSavings',
      'cumulativeGap',
      'reserves',
    ] as const) {
      close(await numberAt(preview.page, `${col}${rows[field]}`), year[field]);
    }
    close(await numberAt(preview.page, `${col}${rows.payPlus}`), year.sensitivity.pay);
    expect((await cell(preview.page, `${col}${rows.belowFloor}`)).value ?? '').toBe(
      year.belowFloor ? BELOW_FLOOR : '',
    );
  }
}

beforeAll(async () => {
  await preview.page.getByRole('tab', { name: 'MTFS' }).click();
});

describe('the MTFS section of the preview page', () => {
  it('builds a 3-year MTFS of live formulas from the starting figures, matching the pane', async () => {
    const expected = planMtfs(readForm(EXAMPLE_FORM), ['Sheet1']);
    await write();
    await expect(status().textContent()).resolves.toMatch(/^Wrote the sheet "MTFS"/);
    expect(await sheetTabs(preview.page)).toEqual(['Sheet1', 'MTFS']);

    const { rows, yearColumns } = expected.layout;
    expect((await cell(preview.page, `C${rows.pay}`)).formula).toBe(
      `=COLLAB.GROW(B${rows.pay},PayAward)`,
    );
    expect((await cell(preview.page, `C${rows.gapBeforeSavings}`)).formula).toMatch(
      /^=COLLAB\.GAP\(/,
    );
    const { first } = expected.layout.shares as { first: number };
    expect((await cell(preview.page, `D${first}`)).formula).toMatch(
      /^=COLLAB\.APPORTION\(SharedCost,/,
    );
    await expectProjection(expected, 'Central');

    // The pane shows the same gaps, from the core.
    const paneRows = panel().locator('table[data-table="projection"] tbody tr');
    expect(await paneRows.count()).toBe(3);
    for (const [t, col] of yearColumns.entries()) {
      const shown = await paneRows.nth(t).locator('td').first().textContent();
      expect(shown).toBe((await cell(preview.page, `${col}${rows.gapAfterSavings}`)).text);
    }
    const parts = await panel().locator('table[data-table="sharing"] tbody td').allTextContents();
    expect(parts).toEqual(
      expected.shares?.map(
        (s) =>
          `£${Number(s.part.toFixed(2)).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`,
      ),
    );

    // The chart of the gap and the reserves draws every series from the sheet's own figures.
    const drawn = await lineChart(preview.page, '.workbook', 'Gap after savings and reserves');
    for (const [series, row] of [
      ['Gap after savings', rows.gapAfterSavings],
      ['Reserves', rows.reserves],
    ] as const) {
      const line = drawn.series.find((s) => s.name === series);
      expect(line?.categories).toEqual(['2026/27', '2027/28', '2028/29']);
      for (const [t, col] of yearColumns.entries()) {
        expect(line?.values[t]).toBeCloseTo(await numberAt(preview.page, `${col}${row}`), 6);
      }
    }

    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    mkdirSync(join(ROOT, 'docs', 'images'), { recursive: true });
    const shot = join(ROOT, 'test-output', 'mtfs.png');
    await preview.page.screenshot({ path: shot });
    copyFileSync(shot, join(ROOT, 'docs', 'images', 'mtfs.png'));
  });

  it('follows the scenario typed into the selector cell', async () => {
    const expected = planMtfs(readForm(EXAMPLE_FORM), ['Sheet1']);
    for (const scenario of ['Pessimistic', 'Optimistic', 'Central'] as const) {
      await typeInto(preview.page, expected.layout.selector, scenario);
      await expectProjection(expected, scenario);
    }
  });

  it('builds a 7-year MTFS on a new sheet, leaving the first one as it was', async () => {
    const expected = planMtfs(readForm(SEVEN_YEARS), ['Sheet1', 'MTFS']);
    await fill(SEVEN_YEARS);
    // "MTFS" is the pane's own sheet, so it asks first; writing beside it keeps it.
    await panel().getByRole('button', { name: 'Write MTFS sheet' }).click();
    await panel().getByRole('button', { name: 'Write "MTFS (2)"' }).click();
    await status().filter({ hasText: 'Wrote the sheet' }).waitFor();
    expect(await sheetTabs(preview.page)).toEqual(['Sheet1', 'MTFS', 'MTFS (2)']);
    expect((await cell(preview.page, `C${expected.layout.rows.pay}`)).formula).toBe(
      `=COLLAB.GROW(B${expected.layout.rows.pay},PayAward)`,
    );
    await expectProjection(expected, 'Pessimistic');
    await typeInto(preview.page, expected.layout.selector, 'Central');
    await expectProjection(expected, 'Central');
    expect(await panel().locator('table[data-table="projection"] tbody tr').count()).toBe(7);
  });

  it.each([
    [{ taxBaseGrowth: '0.5' }, 'Pessimistic', /is "0\.5", which could mean 0\.5% or 50%/],
    [{ grantChange: '-120%' }, 'Optimistic', /grant change 2026\/27 must be more than -100%/],
  ])('refuses the scenario rate %p, writing nothing', async (change, scenario, text) => {
    const [[key, value]] = Object.entries(change) as [[string, string]];
    const before = await sheetTabs(preview.page);
    const input = panel().getByLabel(`${RATE_LABELS[key] as string}, ${scenario}`, { exact: true });
    const old = await input.inputValue();
    await input.fill(value);
    await write();
    await expect(status().textContent()).resolves.toMatch(text);
    await expect(status().textContent()).resolves.toMatch(/Nothing was written\.$/);
    expect(await sheetTabs(preview.page)).toEqual(before);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await input.evaluate((node) => node === document.activeElement)).toBe(true);
    await input.fill(old);
  });

  it.each([
    ['Horizon (years)', '12', /horizon must be a whole number from 1 to 10/],
    ['Tax base (Band D equivalent properties)', '-250,000', /tax base must be zero or more/],
    ['Base budget (base year, £)', '', /base budget is empty/],
  ])('refuses %s of %p, writing nothing', async (label, value, text) => {
    const before = await sheetTabs(preview.page);
    const input = panel().getByLabel(label, { exact: true });
    const old = await input.inputValue();
    await input.fill(value);
    await write();
    await expect(status().textContent()).resolves.toMatch(text);
    expect(await sheetTabs(preview.page)).toEqual(before);
    await input.fill(old);
  });

  it('points at the member row at fault in the cost-sharing table, writing nothing', async () => {
    const before = await sheetTabs(preview.page);
    const input = panel().getByLabel('Member 2 figure', { exact: true });
    const old = await input.inputValue();
    await input.fill('n/a');
    await write();
    await expect(status().textContent()).resolves.toMatch(
      /^Cost sharing: .*Nothing was written\.$/,
    );
    expect(await sheetTabs(preview.page)).toEqual(before);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await input.evaluate((node) => node === document.activeElement)).toBe(true);
    await input.fill(old);
  });

  it('switches 3 to 7 years in one action, in boxes wide enough for seven-year lists', async () => {
    await preview.page.setViewportSize(LAPTOP);
    await fill(EXAMPLE_FORM);
    const central = panel().getByLabel('Pay award (% a year), Central', { exact: true });
    await central.fill('3%, 2.5%, 2%');
    const horizon = panel().getByLabel('Horizon (years)', { exact: true });
    await horizon.fill('7');
    await horizon.press('Tab');
    expect(await central.inputValue()).toBe('3% 2.5% 2% 2% 2% 2% 2%');
    const savings = panel().getByLabel('Collaboration savings, new each year (£)', { exact: true });
    expect(await savings.inputValue()).toBe('200,000 100,000 0 0 0 0 0');
    const pessimistic = panel().getByLabel('Pay award (% a year), Pessimistic', { exact: true });
    expect(await pessimistic.inputValue()).toBe('4% 3.5% 3% 3% 3% 3% 3%');
    // The whole list shows: the box is at least as wide as its text.
    expect(await pessimistic.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await rewrite();
    // The strategy written is the starting figures with each list fitted to seven years.
    const fit = (text: string) => fitToHorizon(text, 7);
    const typed: MtfsFormValues = {
      ...EXAMPLE_FORM,
      years: '7',
      collaborationSavings: fit(EXAMPLE_FORM.collaborationSavings),
      otherSavings: fit(EXAMPLE_FORM.otherSavings),
      useOfReserves: fit(EXAMPLE_FORM.useOfReserves),
      scenarios: Object.fromEntries(
        SCENARIOS.map((sc) => [
          sc,
          Object.fromEntries(
            Object.entries(EXAMPLE_FORM.scenarios[sc]).map(([k, v]) => [
              k,
              k === 'payAward' && sc === 'Central' ? fit('3% 2.5% 2%') : fit(v),
            ]),
          ),
        ]),
      ) as MtfsFormValues['scenarios'],
    };
    const years = planMtfs(readForm(typed), []).projections.Central.years;
    const shown = panel().locator('[data-table="projection"] tbody th');
    expect(await shown.allTextContents()).toEqual(years.map((y) => y.label));
    expect(years).toHaveLength(7);
    await horizon.fill('3');
    await horizon.press('Tab');
    expect(await central.inputValue()).toBe('3% 2.5% 2%');
    await preview.page.setViewportSize({ width: 1360, height: 900 });
  });

  it('says its results are a snapshot of the last write', async () => {
    const sheet = await rewrite();
    expect(await panel().locator('.results .snapshot').textContent()).toMatch(
      new RegExp(`^A snapshot of the last write, to "${sheet.replace(/[()]/g, '\\$&')}"`),
    );
  });

  it.each([
    ['Pay award (% a year), Central', '0.5'],
    ['Member 2 figure', 'n/a'],
    ['Horizon (years)', '12'],
  ])(
    'on a laptop screen, shows the error for %s, marks the field and clears the old results',
    async (label, value) => {
      await preview.page.setViewportSize(LAPTOP);
      const input = panel().getByLabel(label, { exact: true });
      const old = await input.inputValue();
      await rewrite();
      expect(await panel().locator('.results table').count()).toBeGreaterThan(0);
      await input.fill(value);
      await write();
      const error = status().and(panel().locator('.error'));
      expect(await onScreen(error)).toBe(true);
      expect(await error.getAttribute('aria-live')).toBe('assertive');
      expect(await onScreen(input)).toBe(true);
      expect(await markedInvalid(input)).toBe(true);
      expect(await input.evaluate((node) => node === document.activeElement)).toBe(true);
      // Figures from an earlier write would read as this one's.
      expect(await panel().locator('.results table').count()).toBe(0);
      await input.fill(old);
      await preview.page.setViewportSize({ width: 1360, height: 900 });
    },
  );

  it('replaces a sheet it wrote only when asked to, and writes nothing on Cancel', async () => {
    await fill(EXAMPLE_FORM);
    const tabs = await sheetTabs(preview.page);
    await panel().getByRole('button', { name: 'Write MTFS sheet' }).click();
    await panel().getByRole('button', { name: 'Cancel' }).click();
    await status().filter({ hasText: 'Nothing was written.' }).waitFor();
    expect(await sheetTabs(preview.page)).toEqual(tabs);

    await panel().getByRole('button', { name: 'Write MTFS sheet' }).click();
    await panel().getByRole('button', { name: 'Replace "MTFS"' }).click();
    await status().filter({ hasText: 'Wrote the sheet "MTFS"' }).waitFor();
    expect(await sheetTabs(preview.page)).toEqual(tabs);
    // The replaced sheet is the 3-year strategy now, its names still its own.
    const expected = planMtfs(readForm(EXAMPLE_FORM), ['Sheet1']);
    await expectProjection(expected, 'Central');
    expect((await cell(preview.page, `C${expected.layout.rows.pay}`)).formula).toBe(
      `=COLLAB.GROW(B${expected.layout.rows.pay},PayAward)`,
    );
  });

  it('raised no console errors and made no request off the local server', () => {
    expect(preview.problems).toEqual([]);
    expect(preview.offsite).toEqual([]);
  });
});
