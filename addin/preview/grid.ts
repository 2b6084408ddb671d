// A simple view of an in-memory workbook for the preview page: sheet tabs, a name box and a
// formula bar (type to select a range or change a cell), the active sheet's cells with their
// values formatted as Excel would show them, and its charts drawn as SVG. It draws one window of
// at most WINDOW_ROWS × WINDOW_COLS cells, the one holding the cell being edited, so a value at
// XFD1048576 cannot make it draw the whole sheet.
import type { MemoryWorkbook } from '../workbook/memory';
import {
  MAX_COLS,
  MAX_ROWS,
  formatCell,
  parseQualified,
  parseRange,
  quoteSheetName,
  rangeOf,
  type CellAddress,
} from '../workbook/a1';
import { drawChart, drawLineChart } from '../taskpane/ui/chart';
import { h, replaceChildren, uniqueId } from '../taskpane/ui/dom';
import { formatNumber } from '../taskpane/ui/numberFormat';

const MIN_ROWS = 30;
const MIN_COLS = 8;
/** The most rows and columns drawn at once: a window onto the sheet. */
export const WINDOW_ROWS = 100;
export const WINDOW_COLS = 26;
/** Column widths are in points, as Office JS sets them; a point is 4/3 of a CSS pixel. */
const PX_PER_POINT = 4 / 3;
const DEFAULT_WIDTH_POINTS = 64;
const ROW_HEAD_PX = 40;

function columnLetter(col: number): string {
  return formatCell({ row: 0, col }).replace(/\d+$/, '');
}

/** Mounts the workbook view into `root` and keeps it in step with the workbook. */
export function mountGrid(root: HTMLElement, book: MemoryWorkbook): void {
  const tabs = h('div', { class: 'sheet-tabs', role: 'toolbar', 'aria-label': 'Sheets' });
  const nameBox = h('input', {
    type: 'text',
    class: 'name-box',
    spellcheck: false,
    autocomplete: 'off',
  });
  const formulaBar = h('input', {
    type: 'text',
    class: 'formula-bar',
    spellcheck: false,
    autocomplete: 'off',
  });
  const nameId = uniqueId('name-box');
  const formulaId = uniqueId('formula-bar');
  nameBox.id = nameId;
  formulaBar.id = formulaId;
  const grid = h('div', { class: 'grid-scroll' });
  const charts = h('div', { class: 'charts', 'aria-label': 'Charts on this sheet' });
  const error = h('p', { class: 'message error', role: 'alert' });
  /** Says which part of a large sheet is drawn, when not all of it is. */
  const extentNote = h('p', { class: 'hint', 'data-window': '' });
  /** The cell the formula bar edits, on the active sheet. */
  let active: CellAddress = { row: 0, col: 0 };

  const sheet = () => book.activeSheet;

  /** Selects a range; the formula bar then edits its first cell, or keeps the anchor of a Shift+click. */
  const selectAddress = (text: string, keepActive = false) => {
    const previous = active;
    const target = parseQualified(text);
    // Set before selecting: selecting notifies the view, which renders from `active`.
    if (target !== undefined && !keepActive) active = target.range.start;
    try {
      error.textContent = '';
      book.select(text);
    } catch (e) {
      active = previous;
      error.textContent = (e as Error).message;
    }
  };

  const render = () => {
    const name = sheet();
    replaceChildren(
      tabs,
      ...book.sheetNames().map((n) => {
        const tab = h(
          'button',
          { type: 'button', class: 'sheet-tab', 'aria-pressed': String(n === name) },
          n,
        );
        tab.addEventListener('click', () => {
          active = { row: 0, col: 0 };
          book.activateSheet(n);
        });
        return tab;
      }),
    );
    if (name === undefined) {
      replaceChildren(
        grid,
        h(
          'p',
          { class: 'hint' },
          'The workbook is empty: insert the sample data from the task pane.',
        ),
      );
      replaceChildren(charts);
      return;
    }
    const selection = book.selection.sheet === name ? book.selection.range : rangeOf(active);
    const selected = (row: number, col: number) =>
      row >= selection.start.row &&
      row <= selection.end.row &&
      col >= selection.start.col &&
      col <= selection.end.col;
    const used = book.usedRange(name);
    // The window holding the edited cell; within it, the used cells and a margin of blank ones.
    const top = Math.floor(active.row / WINDOW_ROWS) * WINDOW_ROWS;
    const left = Math.floor(active.col / WINDOW_COLS) * WINDOW_COLS;
    const rowEnd = Math.min(
      Math.max(top + MIN_ROWS, (used?.end.row ?? 0) + 3),
      top + WINDOW_ROWS,
      MAX_ROWS,
    );
    const colEnd = Math.min(
      Math.max(left + MIN_COLS, (used?.end.col ?? 0) + 2),
      left + WINDOW_COLS,
      MAX_COLS,
    );
    const widths = book.columnWidths(name);
    const beyond =
      used !== undefined && (used.end.row >= rowEnd || used.end.col >= colEnd || top + left > 0);
    extentNote.textContent = beyond
      ? `Showing ${formatCell({ row: top, col: left })}:${formatCell({ row: rowEnd - 1, col: colEnd - 1 })} of cells up to ${formatCell(used.end)}: type an address in the box on the left to see others.`
      : '';

    const colgroup = h('colgroup', {}, h('col', { class: 'row-head' }));
    let tableWidth = ROW_HEAD_PX;
    for (let c = left; c < colEnd; c++) {
      const col = h('col');
      const px = Math.round((widths[c] ?? DEFAULT_WIDTH_POINTS) * PX_PER_POINT);
      // CSSOM, not a style attribute in markup: the page's CSP allows the one, not the other.
      col.style.width = `${px}px`;
      tableWidth += px;
      colgroup.append(col);
    }
    const head = h('tr', {}, h('th', { class: 'corner' }));
    for (let c = left; c < colEnd; c++) head.append(h('th', { scope: 'col' }, columnLetter(c)));
    const body = h('tbody');
    for (let r = top; r < rowEnd; r++) {
      const tr = h('tr', {}, h('th', { scope: 'row' }, String(r + 1)));
      for (let c = left; c < colEnd; c++) {
        const cell = book.cell(name, { row: r, col: c });
        const value = cell.value;
        const shown =
          typeof value === 'number'
            ? formatNumber(value, cell.format)
            : typeof value === 'boolean'
              ? String(value).toUpperCase()
              : (value ?? '');
        const classes = [
          typeof value === 'number' ? 'num' : '',
          typeof value === 'string' && value.startsWith('#') ? 'err' : '',
          cell.bold ? 'bold' : '',
          selected(r, c) ? 'selected' : '',
        ].filter(Boolean);
        const td = h(
          'td',
          {
            class: classes.join(' ') || undefined,
            'data-cell': cell.address,
            'data-value': value === null ? undefined : String(value),
            'data-formula': cell.formula,
            title: cell.formula,
          },
          shown,
        );
        tr.append(td);
      }
      body.append(tr);
    }
    const table = h(
      'table',
      { class: 'grid', 'aria-label': `Cells of ${name}` },
      colgroup,
      h('thead', {}, head),
      body,
    );
    table.style.width = `${tableWidth}px`;
    table.addEventListener('click', (e) => {
      const td = (e.target as Element).closest('td[data-cell]');
      const address = td?.getAttribute('data-cell');
      if (address == null) return;
      const range = e.shiftKey ? `${formatCell(active)}:${address}` : address;
      selectAddress(`${quoteSheetName(name)}!${range}`, e.shiftKey);
    });
    replaceChildren(grid, table);

    const current = book.cell(name, active);
    nameBox.value =
      formatCell(selection.start) === formatCell(selection.end)
        ? current.address
        : `${formatCell(selection.start)}:${formatCell(selection.end)}`;
    formulaBar.value = current.formula ?? (current.value === null ? '' : String(current.value));

    replaceChildren(
      charts,
      ...book.charts(name).map((chart) => {
        // Excel's axis takes the number format of the source cells; so does this drawing.
        const source = parseRange(chart.source);
        const format =
          source &&
          book.cell(name, { row: source.start.row + 1, col: source.start.col + 1 }).format;
        // One drawing per Excel chart: a line chart keeps all its series on one scale.
        const drawing =
          chart.kind === 'line'
            ? drawLineChart({
                title: chart.title,
                categories: chart.categories,
                series: chart.series,
                format,
                width: 560,
              })
            : drawChart({
                title: chart.title,
                categories: chart.categories,
                values: chart.series[0]?.values ?? [],
                highlight: chart.highlightPoints,
                format,
                orientation: chart.kind === 'barClustered' ? 'bars' : 'columns',
                width: 560,
                // Excel draws the source's second series as a line: the average, one per row.
                average:
                  chart.averageLine === true
                    ? (chart.series[1]?.values.find((v) => v !== null) ?? undefined)
                    : undefined,
              });
        return h(
          'figure',
          { class: 'chart-box' },
          drawing,
          h(
            'figcaption',
            { class: 'hint' },
            `Chart from ${chart.source}, placed at ${chart.at} in Excel.`,
          ),
        );
      }),
    );
  };

  nameBox.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    const text = nameBox.value.trim();
    const current = sheet();
    selectAddress(
      text.includes('!') || current === undefined ? text : `${quoteSheetName(current)}!${text}`,
    );
  });
  formulaBar.addEventListener('keydown', (e) => {
    const name = sheet();
    if (e.key !== 'Enter' || name === undefined) return;
    try {
      book.enter(name, formatCell(active), formulaBar.value);
      error.textContent = '';
    } catch (err) {
      error.textContent = (err as Error).message;
    }
  });

  root.append(
    h('h1', {}, 'Workbook preview (in memory, no Excel)'),
    tabs,
    h(
      'div',
      { class: 'bars' },
      h(
        'label',
        { for: nameId, class: 'visually-hidden' },
        'Cell or range (type an address and press Enter)',
      ),
      nameBox,
      h(
        'label',
        { for: formulaId, class: 'visually-hidden' },
        'Contents of the cell (type and press Enter)',
      ),
      formulaBar,
    ),
    error,
    extentNote,
    grid,
    charts,
  );
  // A view that cannot draw says so in its own error line; the change it was told of stands.
  const draw = () => {
    try {
      render();
    } catch (e) {
      error.textContent = `The preview could not draw the workbook: ${(e as Error).message}`;
    }
  };
  book.subscribe(draw);
  draw();
}
