// What every end-to-end test needs: dist/ served on 127.0.0.1, headless Chromium, the preview page
// open with its problems recorded (console errors, CSP refusals, any request leaving the server),
// and small readers for the grid, the charts and the task pane.
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.cjs';
import { serveStatic } from '../../scripts/staticServer.cjs';

export const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');

/** dist/ served on 127.0.0.1 at a free port. */
export function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  return serveStatic(DIST);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

export interface PreviewPage {
  readonly page: Page;
  /** Console errors (CSP refusals among them) and uncaught exceptions. */
  readonly problems: string[];
  /** Requests to anywhere but the local server. */
  readonly offsite: string[];
}

/** Opens the preview page at a desktop size, recording anything that goes wrong. */
export async function openPreview(browser: Browser, base: string): Promise<PreviewPage> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  const problems: string[] = [];
  const offsite: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith(base)) offsite.push(r.url());
  });
  await page.goto(`${base}/preview.html`);
  await page.getByRole('button', { name: 'Insert sample data' }).waitFor();
  return { page, problems, offsite };
}

/**
 * Registers the hooks every end-to-end file needs: dist/ served and Chromium launched once for the
 * file, and the preview page opened either once for the whole file (`'file'`: its tests run in
 * order on the same page) or afresh for each test (`'test'`) and closed after it. Hooks the file
 * registers afterwards run after these. The result reads whichever page is open at the time, so
 * use it inside hooks and tests only.
 */
export function usePreview(per: 'file' | 'test'): PreviewPage {
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  let browser: Browser | undefined;
  let current: PreviewPage | undefined;
  const open = async () => {
    if (browser === undefined || server === undefined) throw new Error('Chromium did not start');
    current = await openPreview(browser, server.url);
  };

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchChromium();
    if (per === 'file') await open();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  if (per === 'test') {
    beforeEach(open);
    afterEach(async () => {
      await current?.page.close();
    });
  }

  const opened = (): PreviewPage => {
    if (current === undefined) throw new Error('No preview page is open outside hooks and tests');
    return current;
  };
  return {
    get page() {
      return opened().page;
    },
    get problems() {
      return opened().problems;
    },
    get offsite() {
      return opened().offsite;
    },
  };
}

/** A tab's message of progress or outcome, announced politely (by default the Benchmark tab's). */
export const message = (page: Page, panel = '#panel-benchmark') =>
  page.locator(`${panel} [role="status"]`);

/** A tab's error message, announced as an alert (by default the Benchmark tab's). */
export const errorMessage = (page: Page, panel = '#panel-benchmark') =>
  page.locator(`${panel} [role="alert"]`);

/** Clicks "Insert sample data" and waits until the data has been read back. */
export async function insertSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Insert sample data' }).click();
  await message(page).filter({ hasText: 'Inserted' }).waitFor();
}

export interface GridCell {
  readonly text: string;
  readonly value: string | null;
  readonly formula: string | null;
}

/** A cell of the active sheet as the grid shows it. */
export async function cell(page: Page, address: string): Promise<GridCell> {
  const td = page.locator(`td[data-cell="${address}"]`);
  return {
    text: (await td.textContent()) ?? '',
    value: await td.getAttribute('data-value'),
    formula: await td.getAttribute('data-formula'),
  };
}

/** Every cell value of the active sheet's grid in one read, by address. */
export async function gridValues(page: Page): Promise<Record<string, string>> {
  return page
    .locator('table.grid')
    .evaluate((table) =>
      Object.fromEntries(
        [...table.querySelectorAll('td[data-value]')].map((td) => [
          td.getAttribute('data-cell') ?? '',
          td.getAttribute('data-value') ?? '',
        ]),
      ),
    );
}

/** A cell's value as a number, failing loudly if it is not one. */
export async function numberAt(page: Page, address: string): Promise<number> {
  const { value } = await cell(page, address);
  const n = Number(value);
  if (value === null || !Number.isFinite(n))
    throw new Error(`${address} holds ${value}, not a number`);
  return n;
}

export interface DrawnChart {
  readonly categories: string[];
  readonly values: (number | null)[];
  readonly highlighted: string[];
}

/** The bars of the chart with this title on the workbook view (or in the pane). */
export async function chart(page: Page, scope: string, title: string): Promise<DrawnChart> {
  return page.locator(`${scope} svg[data-chart-title="${title}"]`).evaluate((svg) => {
    const bars = [...svg.querySelectorAll('rect[data-category]')];
    return {
      categories: bars.map((b) => b.getAttribute('data-category') ?? ''),
      values: bars.map((b) => {
        const v = b.getAttribute('data-value');
        return v === null || v === '' ? null : Number(v);
      }),
      highlighted: bars
        .filter((b) => b.getAttribute('data-highlighted') !== null)
        .map((b) => b.getAttribute('data-category') ?? ''),
    };
  });
}

export interface DrawnLineChart {
  /** Each series' name and its points' categories and values, in the order drawn. */
  readonly series: { name: string; categories: string[]; values: number[] }[];
  /** The names in the legend. */
  readonly legend: string[];
}

/** The series of the line chart with this title on the workbook view. */
export async function lineChart(page: Page, scope: string, title: string): Promise<DrawnLineChart> {
  return page.locator(`${scope} svg[data-chart-title="${title}"]`).evaluate((svg) => ({
    series: [...svg.querySelectorAll('g[data-series]')].map((g) => {
      const points = [...g.querySelectorAll('circle[data-category]')];
      return {
        name: g.getAttribute('data-series') ?? '',
        categories: points.map((p) => p.getAttribute('data-category') ?? ''),
        values: points.map((p) => Number(p.getAttribute('data-value'))),
      };
    }),
    legend: [...svg.querySelectorAll('[data-legend]')].map((t) => t.textContent ?? ''),
  }));
}

/** The names on the workbook view's sheet tabs. */
export async function sheetTabs(page: Page): Promise<string[]> {
  return page.locator('.sheet-tab').allTextContents();
}

/** Selects a range through the name box, as a user of the preview would. */
export async function selectRange(page: Page, address: string): Promise<void> {
  const nameBox = page.getByLabel('Cell or range (type an address and press Enter)');
  await nameBox.fill(address);
  await nameBox.press('Enter');
}

/** Types into a cell through the name box and the formula bar. */
export async function typeInto(page: Page, address: string, text: string): Promise<void> {
  await selectRange(page, address);
  const bar = page.getByLabel('Contents of the cell (type and press Enter)');
  await bar.fill(text);
  await bar.press('Enter');
}

/** The laptop screen the issue reports were made on: errors must be seen at this size. */
export const LAPTOP = { width: 1366, height: 768 } as const;

/**
 * Whether an element is wholly on screen: inside the window and inside every scrolling box around
 * it, so a message scrolled out of the pane's own scroll area does not count as seen.
 */
export function onScreen(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    let seen = r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
    for (let p = el.parentElement; p !== null; p = p.parentElement) {
      if (!/(auto|scroll|hidden)/.test(getComputedStyle(p).overflowY)) continue;
      const box = p.getBoundingClientRect();
      seen = seen && r.top >= box.top && r.bottom <= box.bottom;
    }
    return seen;
  });
}

/** The pane's error red (Fluent's colorPaletteRedForeground1, #bc2f32) as the browser reports it. */
const ERROR_RED = 'rgb(188, 47, 50)';

/** Whether a control is marked as at fault: aria-invalid for screen readers, a red outline for eyes. */
export function markedInvalid(locator: Locator): Promise<boolean> {
  return locator.evaluate((el, red) => {
    const style = getComputedStyle(el);
    return (
      el.getAttribute('aria-invalid') === 'true' &&
      style.outlineStyle === 'solid' &&
      style.outlineColor === red
    );
  }, ERROR_RED);
}
