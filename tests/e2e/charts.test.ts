// The workbook view's charts at a laptop's 1366×768, read from their SVG: the MTFS line chart as
// one chart of all its series on one scale with a legend, axis labels whole and signed, and the
// ski-slope's average line, unclipped labels and the outlier drawn clipped with its value.
import type { Page } from 'playwright-core';
import { LAPTOP, insertSample, lineChart, message, numberAt, usePreview } from './harness';

const preview = usePreview('file');
const MTFS_CHART = '.workbook svg[data-chart-title="Gap after savings and general reserve"]';
const SLOPE_CHART = '.workbook svg[data-chart-title="Local policing: all forces (£ per head)"]';

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** The on-screen boxes of the chart's elements matching `selector`, and the chart's own box. */
async function boxes(
  page: Page,
  chart: string,
  selector: string,
): Promise<{ svg: Box; items: Box[] }> {
  return page.locator(chart).evaluate((svg, sel) => {
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    return { svg: box(svg), items: [...svg.querySelectorAll(sel)].map(box) };
  }, selector);
}

/** The value→y map read off the axis' gridlines: the scale every mark of the chart must share. */
async function scale(
  page: Page,
  chart: string,
): Promise<{ ticks: number[]; y: (v: number) => number }> {
  const lines = await page
    .locator(`${chart} line[data-tick]`)
    .evaluateAll((ls) =>
      ls.map((l) => [Number(l.getAttribute('data-tick')), Number(l.getAttribute('y1'))]),
    );
  const [v0, y0] = lines[0] as number[];
  const [v1, y1] = lines[lines.length - 1] as number[];
  return {
    ticks: lines.map(([v]) => v as number),
    y: (v: number) =>
      (y0 as number) +
      ((v - (v0 as number)) * ((y1 as number) - (y0 as number))) /
        ((v1 as number) - (v0 as number)),
  };
}

function isRound(tick: number): boolean {
  if (tick === 0) return true;
  const mantissa = Math.abs(tick) / 10 ** Math.floor(Math.log10(Math.abs(tick)));
  return [1, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9, 10].some((m) => Math.abs(mantissa - m) < 1e-9);
}

beforeAll(async () => {
  await preview.page.setViewportSize(LAPTOP);
});

describe('the MTFS chart on the preview page', () => {
  beforeAll(async () => {
    await preview.page.getByRole('tab', { name: 'MTFS' }).click();
    const panel = preview.page.locator('#panel-mtfs');
    // Savings beyond the gap, so the gap after savings runs below zero and the axis must show it.
    await panel
      .locator('details.mtfs-section')
      .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await panel.locator('[data-path="savings.1.amounts"]').fill('40,000,000');
    await panel.getByRole('button', { name: 'Write MTFS sheet' }).click();
    await panel.locator('[role="status"]').filter({ hasText: 'Wrote the sheet' }).waitFor();
  });

  it('is one chart with every series as a line on one shared scale, named in a legend', async () => {
    const figures = preview.page.locator('.workbook figure.chart-box');
    expect(await figures.count()).toBe(1);
    expect(await figures.locator('svg').count()).toBe(1);
    const drawn = await lineChart(
      preview.page,
      '.workbook',
      'Gap after savings and general reserve',
    );
    const names = ['Gap after savings', 'General reserve', 'Reserves floor'];
    expect(drawn.series.map((s) => s.name)).toEqual(names);
    expect(drawn.legend).toEqual(names);
    expect(await preview.page.locator(`${MTFS_CHART} polyline`).count()).toBe(names.length);

    const { y } = await scale(preview.page, MTFS_CHART);
    const points = await preview.page
      .locator(`${MTFS_CHART} circle[data-value]`)
      .evaluateAll((cs) =>
        cs.map((c) => [Number(c.getAttribute('data-value')), Number(c.getAttribute('cy'))]),
      );
    expect(points.length).toBe(3 * names.length);
    for (const [value, cy] of points) expect(cy as number).toBeCloseTo(y(value as number), 6);
  });

  it('labels its axis on round ticks, negatives with their sign and £, none clipped', async () => {
    const { ticks } = await scale(preview.page, MTFS_CHART);
    expect(ticks.every(isRound)).toBe(true);
    const labels = await preview.page.locator(`${MTFS_CHART} .axis-label`).allTextContents();
    expect(labels).toHaveLength(ticks.length);
    for (const [i, tick] of ticks.entries()) {
      const label = labels[i] ?? '';
      expect(label.startsWith(tick < 0 ? '-£' : '£')).toBe(true);
      expect(Number(label.replace(/[£,]/g, ''))).toBe(tick);
    }
    expect(ticks.some((t) => t < 0)).toBe(true);
    const drawn = await lineChart(
      preview.page,
      '.workbook',
      'Gap after savings and general reserve',
    );
    expect(Math.min(...(drawn.series[0]?.values ?? []))).toBeLessThan(0);
    const { svg, items } = await boxes(preview.page, MTFS_CHART, 'text');
    for (const item of items) {
      expect(item.left).toBeGreaterThanOrEqual(svg.left);
      expect(item.right).toBeLessThanOrEqual(svg.right);
    }
  });
});

describe('the ski-slope on the preview page', () => {
  beforeAll(async () => {
    await preview.page.getByRole('tab', { name: 'Benchmark' }).click();
    await insertSample(preview.page);
    await preview.page.getByLabel('Force or forces').selectOption(['Kent']);
    await preview.page.getByRole('button', { name: 'Write benchmark sheet' }).click();
    await message(preview.page).filter({ hasText: 'Wrote the sheet' }).waitFor();
  });

  const bars = () =>
    preview.page.locator(`${SLOPE_CHART} rect[data-category]`).evaluateAll((rs) =>
      rs.map((r) => ({
        category: r.getAttribute('data-category') ?? '',
        value: Number(r.getAttribute('data-value')),
        top: Number(r.getAttribute('y')),
        height: Number(r.getAttribute('height')),
      })),
    );

  it("draws a line at the benchmark's average, the figure the summary holds for the category", async () => {
    const drawn = await bars();
    expect(drawn).toHaveLength(43);
    // The slope's category is the first, Local policing: the summary's first row.
    const average = await numberAt(preview.page, 'C11');
    const line = preview.page.locator(`${SLOPE_CHART} line.average-line`);
    expect(await line.count()).toBe(1);
    expect(Number(await line.getAttribute('data-average'))).toBeCloseTo(average, 9);
    const { y } = await scale(preview.page, SLOPE_CHART);
    expect(Number(await line.getAttribute('y1'))).toBeCloseTo(y(average), 6);
    await expect(preview.page.locator(`${SLOPE_CHART} text`).allTextContents()).resolves.toContain(
      `Average £${average.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`,
    );
  });

  it("gives the pane's variance bars a zero line and a labelled scale of signed rates", async () => {
    const pane = '#panel-benchmark svg[data-chart-title="Variance from average by category"]';
    const ticks = await preview.page.locator(`${pane} line[data-tick]`).evaluateAll((ls) =>
      ls.map((l) => ({
        tick: Number(l.getAttribute('data-tick')),
        x: Number(l.getAttribute('x1')),
      })),
    );
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (const { tick } of ticks) expect(isRound(tick)).toBe(true);
    const labels = await preview.page
      .locator(`${pane} text.axis-label`)
      .evaluateAll((ts) =>
        ts.map((t) => ({ text: t.textContent ?? '', x: Number(t.getAttribute('x')) })),
      );
    expect(labels.length).toBeGreaterThanOrEqual(2);
    // Each label sits on its tick and reads its value, signed, as a per cent.
    for (const label of labels) {
      const at = ticks.find((t) => Math.abs(t.x - label.x) < 1e-6);
      expect(at).toBeDefined();
      expect(Number(label.text.replace('%', '')) / 100).toBeCloseTo(at?.tick ?? NaN, 9);
      if (at?.tick !== 0) expect(label.text.startsWith((at?.tick ?? 0) < 0 ? '-' : '+')).toBe(true);
    }
    const { items } = await boxes(preview.page, pane, 'text.axis-label');
    const sorted = [...items].sort((a, b) => a.left - b.left);
    for (let i = 1; i < sorted.length; i++) {
      expect((sorted[i] as Box).left).toBeGreaterThanOrEqual((sorted[i - 1] as Box).right);
    }
    const zeroAt = ticks.find((t) => t.tick === 0)?.x;
    expect(labels.some((l) => l.x === zeroAt)).toBe(true);
    const zero = preview.page.locator(`${pane} line.zero-line`);
    expect(Number(await zero.getAttribute('x1'))).toBeCloseTo(zeroAt ?? NaN, 6);
  });

  it('shows category labels that do not overlap and stay inside the chart', async () => {
    const { svg, items } = await boxes(preview.page, SLOPE_CHART, '.category-label');
    expect(items.length).toBeGreaterThan(0);
    const sorted = [...items].sort((a, b) => a.left - b.left);
    for (let i = 1; i < sorted.length; i++) {
      expect((sorted[i] as Box).left).toBeGreaterThanOrEqual((sorted[i - 1] as Box).right - 0.5);
    }
    for (const item of items) {
      expect(item.bottom).toBeLessThanOrEqual(svg.bottom);
      expect(item.left).toBeGreaterThanOrEqual(svg.left);
    }
  });

  it('clips the City of London at the top of a scale fitted to the other forces, marked with its value', async () => {
    const drawn = await bars();
    const city = drawn.find((b) => b.category === 'City of London');
    const others = drawn.filter((b) => b.category !== 'City of London');
    const { ticks } = await scale(preview.page, SLOPE_CHART);
    const top = ticks[ticks.length - 1] as number;
    expect(city?.value).toBeGreaterThan(top);
    expect(Math.max(...others.map((b) => b.value))).toBeLessThanOrEqual(top);
    // The tallest of the rest fills most of the plot rather than a fifth of it.
    expect(Math.max(...others.map((b) => b.height))).toBeGreaterThan(0.6 * (city?.height ?? 0));
    const marks = preview.page.locator(`${SLOPE_CHART} [data-outlier="City of London"]`);
    expect(await marks.count()).toBe(2);
    await expect(
      preview.page.locator(`${SLOPE_CHART} text.outlier-value`).textContent(),
    ).resolves.toBe(
      `£${(city?.value ?? 0).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`,
    );
  });
});
