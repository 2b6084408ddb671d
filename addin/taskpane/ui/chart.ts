// A plain SVG bar or column chart, built node by node (no markup strings): the pane's own results
// chart and the preview's drawing of the workbook's charts. Each bar carries its category and value
// as data attributes and a <title>, so it can be read by a screen reader tooltip and by tests.
import { svg } from './dom';
import { formatNumber } from './numberFormat';

export interface ChartData {
  readonly title: string;
  readonly categories: readonly string[];
  /** One value per category; null draws no bar. */
  readonly values: readonly (number | null)[];
  /** Indices of the bars drawn in the highlight colour. */
  readonly highlight?: readonly number[];
  /** Excel number format for value labels, e.g. "0.0%". */
  readonly format?: string;
  /** 'bars' run left to right (long labels read well in a narrow pane); 'columns' stand up. */
  readonly orientation: 'bars' | 'columns';
  readonly width: number;
}

const BAR = 18;
const GAP = 6;
const TITLE = 22;

/** The chart as an <svg> element, sized to its content. */
export function drawChart(data: ChartData): SVGSVGElement {
  return data.orientation === 'bars' ? bars(data) : columns(data);
}

function extent(values: readonly (number | null)[]): { min: number; max: number } {
  const present = values.filter((v): v is number => v !== null);
  return { min: Math.min(0, ...present), max: Math.max(0, ...present) };
}

function frame(data: ChartData, height: number): SVGSVGElement {
  return svg(
    'svg',
    {
      class: 'chart',
      width: data.width,
      height,
      viewBox: `0 0 ${data.width} ${height}`,
      role: 'img',
      'aria-label': data.title,
      'data-chart-title': data.title,
    },
    svg('text', { x: 0, y: 15, class: 'chart-title' }, data.title),
  );
}

function bar(data: ChartData, i: number, box: Readonly<Record<string, number>>): SVGRectElement {
  const value = data.values[i] ?? null;
  const category = data.categories[i] ?? '';
  const highlighted = data.highlight?.includes(i) ?? false;
  return svg(
    'rect',
    {
      ...box,
      class: highlighted
        ? 'bar bar-highlight'
        : value !== null && value < 0
          ? 'bar bar-negative'
          : 'bar',
      'data-category': category,
      'data-value': value ?? '',
      'data-highlighted': highlighted,
    },
    svg(
      'title',
      {},
      `${category}: ${value === null ? 'no value' : formatNumber(value, data.format)}`,
    ),
  );
}

function bars(data: ChartData): SVGSVGElement {
  const labelWidth = Math.min(120, Math.round(data.width * 0.38));
  const valueWidth = 52;
  const plot = data.width - labelWidth - valueWidth;
  const { min, max } = extent(data.values);
  const scale = (v: number) => ((v - min) / (max - min || 1)) * plot;
  const zero = labelWidth + scale(0);
  const height = TITLE + data.categories.length * (BAR + GAP) + 4;
  const chart = frame(data, height);
  data.categories.forEach((category, i) => {
    const y = TITLE + i * (BAR + GAP);
    const value = data.values[i] ?? null;
    chart.append(
      svg(
        'text',
        { x: labelWidth - 4, y: y + 13, class: 'chart-label', 'text-anchor': 'end' },
        category,
      ),
    );
    if (value === null) return;
    const end = labelWidth + scale(value);
    chart.append(
      bar(data, i, {
        x: Math.min(zero, end),
        y,
        width: Math.max(1, Math.abs(end - zero)),
        height: BAR,
      }),
      svg(
        'text',
        { x: labelWidth + plot + 4, y: y + 13, class: 'chart-value' },
        formatNumber(value, data.format),
      ),
    );
  });
  chart.append(svg('line', { x1: zero, x2: zero, y1: TITLE - 2, y2: height - 2, class: 'axis' }));
  return chart;
}

function columns(data: ChartData): SVGSVGElement {
  const plotHeight = 160;
  const labelHeight = 90;
  const left = 56;
  const count = Math.max(1, data.categories.length);
  const step = (data.width - left) / count;
  const { min, max } = extent(data.values);
  const scale = (v: number) => ((max - v) / (max - min || 1)) * plotHeight;
  const zero = TITLE + scale(0);
  const height = TITLE + plotHeight + labelHeight;
  const chart = frame(data, height);
  for (const tick of [max, min === 0 ? max / 2 : 0, min]) {
    chart.append(
      svg(
        'text',
        { x: left - 4, y: TITLE + scale(tick) + 4, class: 'chart-value', 'text-anchor': 'end' },
        formatNumber(tick, data.format),
      ),
    );
  }
  data.categories.forEach((category, i) => {
    const x = left + i * step;
    const value = data.values[i] ?? null;
    if (value !== null) {
      const top = TITLE + scale(value);
      chart.append(
        bar(data, i, {
          x: x + step * 0.15,
          y: Math.min(zero, top),
          width: Math.max(1, step * 0.7),
          height: Math.max(1, Math.abs(top - zero)),
        }),
      );
    }
    const lx = x + step / 2;
    const ly = TITLE + plotHeight + 8;
    chart.append(
      svg(
        'text',
        {
          x: lx,
          y: ly,
          class: 'chart-label',
          'text-anchor': 'end',
          transform: `rotate(-60 ${lx} ${ly})`,
        },
        category,
      ),
    );
  });
  chart.append(svg('line', { x1: left, x2: data.width, y1: zero, y2: zero, class: 'axis' }));
  return chart;
}
