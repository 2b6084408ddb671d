// Plain SVG bar, column and line charts, built node by node (no markup strings): the pane's own
// results chart and the preview's drawing of the workbook's charts. Each bar or point carries its
// category and value as data attributes and a <title>, so screen readers and tests can read it.
import { CHART_COLOURS } from '../../workbook/port';
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
  /** Draw a dashed line at this value (columns only): the average a ski-slope's forces are held to. */
  readonly average?: number;
}

/** A line chart: every series drawn on one shared scale, named in a legend. */
export interface LineChartData {
  readonly title: string;
  readonly categories: readonly string[];
  /** One value per category in each series; null leaves a gap in the line. */
  readonly series: readonly {
    readonly name: string;
    readonly values: readonly (number | null)[];
  }[];
  readonly format?: string;
  readonly width: number;
}

const BAR = 18;
const GAP = 6;
const TITLE = 22;
/** Room above a column plot for the value written over a clipped outlier. */
const HEADROOM = 16;
/** Estimated width of one character of the 11 px chart text, to size margins without layout. */
const CHAR_PX = 6.5;
/** Least distance between rotated category labels (11 px text needs about 13 px of line). */
const LABEL_LINE = 13;
/** A value above this many times the median of the plotted values is an outlier (see below). */
export const OUTLIER_RATIO = 3;
const SERIES_COLOURS = ['#0f6cbd', '#c50f1f', '#107c10', '#8764b8', '#da3b01'];

/**
 * Round tick values covering min..max and zero: steps of 1, 2 or 5 times a power of ten, about
 * `target` of them, so an axis reads £5,000,000 rather than £4,273,119.
 */
export function niceTicks(min: number, max: number, target = 5): number[] {
  const lo = Math.min(0, min);
  const hi = Math.max(0, max);
  if (hi === lo) return [0];
  const raw = (hi - lo) / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  // Integer multiples of the step, rounded to shed float noise (0.30000000000000004).
  for (let k = Math.floor(lo / step); k <= Math.ceil(hi / step); k += 1) {
    ticks.push(Number((k * step).toPrecision(12)));
  }
  return ticks;
}

/**
 * The outlier rule: with five or more values whose median is positive, a value more than
 * OUTLIER_RATIO times that median is an outlier (the City of London at £903 a head among forces
 * near £200). Returns the largest value that is not an outlier, to fit the scale to, or undefined
 * when nothing stands out. Outlier bars are then drawn clipped at the top of that scale, with a
 * break mark and their value written above, so one force does not flatten the rest.
 */
export function outlierCap(values: readonly (number | null)[]): number | undefined {
  const present = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (present.length < 5) return undefined;
  const mid = present.length / 2;
  const median = Number.isInteger(mid)
    ? ((present[mid - 1] as number) + (present[mid] as number)) / 2
    : (present[Math.floor(mid)] as number);
  if (median <= 0) return undefined;
  const rest = present.filter((v) => v <= OUTLIER_RATIO * median);
  return rest.length === present.length ? undefined : rest[rest.length - 1];
}

/** How a column chart shows outliers: the top of its value axis, and the points cut off there. */
export interface OutlierScale {
  /** The top of the value axis: the round tick above the largest value that is not an outlier. */
  readonly axisMax: number;
  /** Indices of the values above the axis, drawn cut off at its top with their value written. */
  readonly points: readonly number[];
}

/**
 * The outlier rule applied to a column chart's values (see `outlierCap`): one function for the
 * preview's drawing and for the Excel chart the sheet gets, so the two cut off the same points at
 * the same axis top. Undefined when nothing stands out.
 */
export function outlierScale(values: readonly (number | null)[]): OutlierScale | undefined {
  const cap = outlierCap(values);
  if (cap === undefined) return undefined;
  const ticks = niceTicks(Math.min(0, ...values.filter((v): v is number => v !== null)), cap);
  const axisMax = ticks[ticks.length - 1] as number;
  return { axisMax, points: values.flatMap((v, i) => (v !== null && v > axisMax ? [i] : [])) };
}

/** Shows every `stride`-th label so rotated labels `step` px apart do not overlap. */
export function labelStride(step: number): number {
  return Math.max(1, Math.ceil(LABEL_LINE / step));
}

function textWidth(text: string): number {
  return text.length * CHAR_PX;
}

/** A vertical value axis: where each value sits, its round ticks, and the margin its labels need. */
function valueAxis(
  low: number,
  high: number,
  top: number,
  height: number,
  format: string | undefined,
): { y: (v: number) => number; ticks: number[]; labels: string[]; left: number } {
  const ticks = niceTicks(low, high);
  const min = ticks[0] as number;
  const max = ticks[ticks.length - 1] as number;
  const y = (v: number) => top + ((max - v) / (max - min || 1)) * height;
  const labels = ticks.map((t) => formatNumber(t, format));
  // Wide enough for the longest label, sign and £ included, so none is clipped.
  const left = Math.ceil(Math.max(...labels.map(textWidth))) + 10;
  return { y, ticks, labels, left };
}

function drawAxis(chart: SVGSVGElement, axis: ReturnType<typeof valueAxis>, right: number): void {
  axis.ticks.forEach((tick, i) => {
    const y = axis.y(tick);
    chart.append(
      svg('line', {
        x1: axis.left,
        x2: right,
        y1: y,
        y2: y,
        stroke: '#e0e0e0',
        class: 'gridline',
        'data-tick': tick,
      }),
      svg(
        'text',
        { x: axis.left - 4, y: y + 4, class: 'chart-value axis-label', 'text-anchor': 'end' },
        axis.labels[i] ?? '',
      ),
    );
  });
}

/** The chart as an <svg> element, sized to its content. */
export function drawChart(data: ChartData): SVGSVGElement {
  return data.orientation === 'bars' ? bars(data) : columns(data);
}

function extent(values: readonly (number | null)[]): { min: number; max: number } {
  const present = values.filter((v): v is number => v !== null);
  return { min: Math.min(0, ...present), max: Math.max(0, ...present) };
}

function frame(
  data: { readonly title: string; readonly width: number },
  height: number,
): SVGSVGElement {
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
  // A labelled scale on round ticks, as the column charts have, so a bar's length can be read.
  const ticks = niceTicks(min, max, 3);
  const low = ticks[0] as number;
  const high = ticks[ticks.length - 1] as number;
  const scale = (v: number) => ((v - low) / (high - low || 1)) * plot;
  const zero = labelWidth + scale(0);
  const plotBottom = TITLE + data.categories.length * (BAR + GAP);
  const height = plotBottom + 18;
  const chart = frame(data, height);
  // Every gridline, but a label only on every `stride`-th tick (zero always among them) when
  // labels side by side would not fit between neighbouring ticks.
  const labels = ticks.map((t) => formatNumber(t, data.format));
  const room = plot / Math.max(1, ticks.length - 1);
  const stride = Math.max(1, Math.ceil((Math.max(...labels.map(textWidth)) + 8) / room));
  const zeroAt = ticks.indexOf(0);
  ticks.forEach((tick, i) => {
    const x = labelWidth + scale(tick);
    chart.append(
      svg('line', {
        x1: x,
        x2: x,
        y1: TITLE - 2,
        y2: plotBottom,
        stroke: '#e0e0e0',
        class: 'gridline',
        'data-tick': tick,
      }),
    );
    if ((i - zeroAt) % stride !== 0) return;
    chart.append(
      svg(
        'text',
        { x, y: plotBottom + 13, class: 'chart-value axis-label', 'text-anchor': 'middle' },
        labels[i] ?? '',
      ),
    );
  });
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
  chart.append(
    svg('line', { x1: zero, x2: zero, y1: TITLE - 2, y2: plotBottom, class: 'axis zero-line' }),
  );
  return chart;
}

function columns(data: ChartData): SVGSVGElement {
  const plotHeight = 160;
  const top = TITLE + HEADROOM;
  const outliers = outlierScale(data.values);
  const { min, max } = extent(data.values);
  const axis = valueAxis(min, outliers?.axisMax ?? max, top, plotHeight, data.format);
  const count = Math.max(1, data.categories.length);
  // Columns never narrower than a label line: the chart grows instead of squeezing labels.
  const step = Math.max(LABEL_LINE + 1, (data.width - axis.left) / count);
  const width = Math.ceil(axis.left + step * count);
  const stride = labelStride(step);
  const labelHeight = Math.max(0, ...data.categories.map(textWidth)) + 12;
  const height = top + plotHeight + labelHeight;
  const chart = frame({ ...data, width }, height);
  const scaleTop = axis.ticks[axis.ticks.length - 1] as number;
  const zero = axis.y(0);
  drawAxis(chart, axis, width);
  data.categories.forEach((category, i) => {
    const x = axis.left + i * step;
    const value = data.values[i] ?? null;
    if (value !== null) {
      const clipped = value > scaleTop;
      const y = axis.y(Math.min(value, scaleTop));
      const box = {
        x: x + step * 0.15,
        y: Math.min(zero, y),
        width: Math.max(1, step * 0.7),
        height: Math.max(1, Math.abs(y - zero)),
      };
      chart.append(bar(data, i, box));
      if (clipped) chart.append(...outlierMark(box, formatNumber(value, data.format), category));
    }
    if (i % stride !== 0) return;
    const lx = x + step / 2 + 4;
    const ly = top + plotHeight + 6;
    chart.append(
      svg(
        'text',
        {
          x: lx,
          y: ly,
          class: 'chart-label category-label',
          'text-anchor': 'end',
          transform: `rotate(-90 ${lx} ${ly})`,
        },
        category,
      ),
    );
  });
  chart.append(svg('line', { x1: axis.left, x2: width, y1: zero, y2: zero, class: 'axis' }));
  const average = data.average;
  if (average !== undefined) {
    const y = axis.y(average);
    const text = `Average ${formatNumber(average, data.format)}`;
    chart.append(
      svg('line', {
        x1: axis.left,
        x2: width,
        y1: y,
        y2: y,
        stroke: CHART_COLOURS.average,
        'stroke-dasharray': '4 3',
        class: 'average-line',
        'data-average': average,
      }),
      svg('text', { x: width - 2, y: y - 3, 'text-anchor': 'end', class: 'chart-value' }, text),
    );
  }
  return chart;
}

/** The break drawn across a clipped outlier bar and its true value written above it. */
function outlierMark(
  box: { x: number; y: number; width: number },
  value: string,
  category: string,
): SVGElement[] {
  const y = box.y + 8;
  return [
    svg('path', {
      d: `M${box.x - 2} ${y + 3} L${box.x + box.width + 2} ${y - 3} M${box.x - 2} ${y + 7} L${box.x + box.width + 2} ${y + 1}`,
      stroke: '#ffffff',
      'stroke-width': 2,
      class: 'outlier-break',
      'data-outlier': category,
    }),
    svg(
      'text',
      {
        x: box.x + box.width / 2,
        y: box.y - 4,
        'text-anchor': 'middle',
        class: 'chart-value outlier-value',
        'data-outlier': category,
      },
      value,
    ),
  ];
}

/** The line chart as an <svg> element: one scale for all series, a legend below the axis. */
export function drawLineChart(data: LineChartData): SVGSVGElement {
  const plotHeight = 180;
  const top = TITLE + 6;
  const all = data.series.flatMap((s) => s.values);
  const { min, max } = extent(all);
  const axis = valueAxis(min, max, top, plotHeight, data.format);
  const count = Math.max(1, data.categories.length);
  const step = (data.width - axis.left - 8) / count;
  const x = (i: number) => axis.left + step * (i + 0.5);
  const legendTop = top + plotHeight + 30;
  const height = legendTop + data.series.length * 18 + 4;
  const chart = frame(data, height);
  drawAxis(chart, axis, data.width - 8);
  chart.append(
    svg('line', {
      x1: axis.left,
      x2: data.width - 8,
      y1: axis.y(0),
      y2: axis.y(0),
      class: 'axis',
    }),
  );
  // Labels of equal width: show as many as fit side by side.
  const widest = Math.max(0, ...data.categories.map(textWidth)) + 8;
  const stride = Math.max(1, Math.ceil(widest / step));
  data.categories.forEach((category, i) => {
    if (i % stride !== 0) return;
    chart.append(
      svg(
        'text',
        { x: x(i), y: top + plotHeight + 16, 'text-anchor': 'middle', class: 'chart-label' },
        category,
      ),
    );
  });
  data.series.forEach((series, s) => {
    const colour = SERIES_COLOURS[s % SERIES_COLOURS.length] as string;
    // A null value breaks the line, as Excel leaves a gap for an empty cell.
    const runs: string[][] = [[]];
    series.values.forEach((v, i) => {
      if (v === null) runs.push([]);
      else runs[runs.length - 1]?.push(`${x(i)},${axis.y(v)}`);
    });
    const group = svg('g', { class: 'series', 'data-series': series.name });
    for (const run of runs.filter((r) => r.length > 0)) {
      group.append(
        svg('polyline', {
          points: run.join(' '),
          fill: 'none',
          stroke: colour,
          'stroke-width': 2,
        }),
      );
    }
    series.values.forEach((v, i) => {
      if (v === null) return;
      const category = data.categories[i] ?? '';
      group.append(
        svg(
          'circle',
          {
            cx: x(i),
            cy: axis.y(v),
            r: 3,
            fill: colour,
            'data-category': category,
            'data-value': v,
          },
          svg('title', {}, `${series.name}, ${category}: ${formatNumber(v, data.format)}`),
        ),
      );
    });
    const ly = legendTop + s * 18;
    chart.append(
      group,
      svg('line', {
        x1: axis.left,
        x2: axis.left + 20,
        y1: ly - 4,
        y2: ly - 4,
        stroke: colour,
        'stroke-width': 2,
      }),
      svg(
        'text',
        { x: axis.left + 26, y: ly, class: 'chart-label legend', 'data-legend': series.name },
        series.name,
      ),
    );
  });
  return chart;
}
