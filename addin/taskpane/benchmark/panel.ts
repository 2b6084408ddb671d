// The Benchmark section of the task pane: choose the data and the comparison, write the
// formula-driven sheet through the WorkbookPort, and show the same results (from the core) here.
import {
  AVERAGE_CONVENTIONS,
  DEFAULT_CONVENTION,
  type AverageConvention,
} from '@collab-finance/core';
import { quoteSheetName } from '../../workbook/a1';
import type { RangeData, WorkbookPort } from '../../workbook/port';
import { drawChart } from '../ui/chart';
import { field, h, replaceChildren, uniqueId } from '../ui/dom';
import { failureMessage } from '../ui/failure';
import { formatNumber } from '../ui/numberFormat';
import { chooseTarget, createStatus, snapshotNote, WrittenSheets } from '../ui/status';
import { readBenchmarkData, type BenchmarkData } from './data';
import { BenchmarkInputError } from './errors';
import { numberFormats, planBenchmark, type BenchmarkChoices, type BenchmarkPlan } from './plan';
import { sampleRange, sampleSheet, SAMPLE_SHEET } from './sample';
import { freeSheetName } from '../ui/sheetName';

type Source = 'selection' | 'table' | 'address';

/** A radio button or checkbox with its label beside it. */
function check(input: HTMLInputElement, label: string): HTMLElement {
  const id = uniqueId('check');
  input.id = id;
  return h('div', { class: 'check' }, input, h('label', { for: id }, label));
}

function radios<T extends string>(name: string, options: readonly [T, string][], initial: T) {
  const inputs = options.map(([value]) =>
    h('input', { type: 'radio', name, value, checked: value === initial }),
  );
  const nodes = options.map(([, label], i) => check(inputs[i] as HTMLInputElement, label));
  const value = () => (inputs.find((i) => i.checked)?.value ?? initial) as T;
  const set = (v: T) => inputs.forEach((i) => (i.checked = i.value === v));
  return { inputs, nodes, value, set };
}

function setOptions(select: HTMLSelectElement, labels: readonly string[], keep: boolean): void {
  const chosen = new Set([...select.selectedOptions].map((o) => o.value));
  replaceChildren(
    select,
    ...labels.map((label) => {
      const option = h('option', { value: label }, label);
      option.selected = keep && chosen.has(label);
      return option;
    }),
  );
}

const chosenOf = (select: HTMLSelectElement) => [...select.selectedOptions].map((o) => o.value);

/** Builds the Benchmark section into `root`. */
export function mountBenchmark(root: HTMLElement, port: WorkbookPort): void {
  const source = radios<Source>(
    'benchmark-source',
    [
      ['selection', 'Current selection'],
      ['table', 'A named table'],
      ['address', 'A range address'],
    ],
    'selection',
  );
  const table = h('select', { disabled: true });
  const address = h('input', {
    type: 'text',
    disabled: true,
    spellcheck: false,
    autocomplete: 'off',
  });
  const readButton = h('button', { type: 'button' }, 'Read data');
  const sampleButton = h('button', { type: 'button' }, 'Insert sample data');

  const forces = h('select', { multiple: true, size: 6, disabled: true });
  // A long list scrolls its choices out of sight; this line keeps them in view.
  const chosenNote = h('p', { class: 'hint', 'aria-live': 'polite' });
  const noteChosen = () => {
    const names = chosenOf(forces);
    chosenNote.textContent =
      names.length === 0
        ? 'None chosen yet.'
        : `Chosen: ${names.join(', ')}${names.length > 1 ? ' (pooled as a region)' : ''}.`;
  };
  const group = radios<'all' | 'peers'>(
    'benchmark-group',
    [
      ['all', 'All England and Wales forces'],
      ['peers', 'A peer group (e.g. most similar forces)'],
    ],
    'all',
  );
  const peers = h('select', { multiple: true, size: 6, disabled: true });
  // One choice of named convention, not separate switches: each option is an average some
  // publication uses, and its description says exactly what is averaged.
  const average = h(
    'select',
    {},
    ...Object.entries(AVERAGE_CONVENTIONS).map(([value, rule]) =>
      h('option', { value, selected: value === DEFAULT_CONVENTION }, rule.name),
    ),
  );
  const averageNote = h('p', { class: 'hint', id: uniqueId('hint'), 'aria-live': 'polite' });
  average.setAttribute('aria-describedby', averageNote.id);
  const noteAverage = () => {
    averageNote.textContent = `${AVERAGE_CONVENTIONS[average.value as AverageConvention].description}.`;
  };
  noteAverage();
  const scale = radios<'1' | '1000'>(
    'benchmark-scale',
    [
      ['1', '£ per head'],
      ['1000', '£ per 1,000 population'],
    ],
    '1',
  );
  const slope = h('select', { disabled: true });
  const runButton = h(
    'button',
    { type: 'button', class: 'primary', disabled: true },
    'Write benchmark sheet',
  );

  const results = h('section', { class: 'results', 'aria-label': 'Benchmark results' });

  let data: BenchmarkData | undefined;
  /** The range last read from the selection, so a later run reads the same cells. */
  let selectionRead: string | undefined;

  const syncEnabled = (busy = false) => {
    const chosenSource = source.value();
    table.disabled = busy || chosenSource !== 'table';
    address.disabled = busy || chosenSource !== 'address';
    readButton.disabled = busy;
    sampleButton.disabled = busy;
    for (const control of [forces, slope, average, ...group.inputs, ...scale.inputs]) {
      control.disabled = busy || data === undefined;
    }
    peers.disabled = busy || data === undefined || group.value() !== 'peers';
    runButton.disabled = busy || data === undefined;
  };
  const status = createStatus(root, syncEnabled);
  const say = status.say;
  const written = new WrittenSheets();

  const refreshTables = async () => {
    const names = await port.tableNames();
    setOptions(table, names, true);
    if (names.length === 0)
      table.append(h('option', { value: '', disabled: true }, 'No tables in this workbook'));
  };

  async function readSource(forRun: boolean): Promise<RangeData> {
    const where = source.value();
    try {
      if (where === 'table') {
        if (table.value === '') throw new Error('choose a table');
        return await port.readTable(table.value);
      }
      if (where === 'address') {
        if (address.value.trim() === '') throw new Error('type a range address, e.g. Data!A1:J44');
        return await port.readRange(address.value.trim());
      }
      if (forRun && selectionRead !== undefined) return await port.readRange(selectionRead);
      const range = await port.readSelection();
      selectionRead = `${quoteSheetName(range.sheet)}!${range.address}`;
      return range;
    } catch (e) {
      if (e instanceof BenchmarkInputError) throw e;
      throw new BenchmarkInputError(
        'BAD_SOURCE',
        `The data could not be read: ${(e as Error).message}`,
      );
    }
  }

  const showData = (read: BenchmarkData) => {
    const keep = data !== undefined;
    data = read;
    const names = read.forces.map((f) => f.name);
    setOptions(forces, names, keep);
    noteChosen();
    setOptions(peers, names, keep);
    const slopeChoice = slope.value;
    setOptions(
      slope,
      read.categories.map((c) => c.name),
      false,
    );
    if (read.categories.some((c) => c.name === slopeChoice)) slope.value = slopeChoice;
  };

  /**
   * Runs a piece of work with the pane busy (one at a time); any error becomes the one message
   * shown. The job calls `wrote` once its sheet is in the workbook, so a later failure does not
   * claim otherwise.
   */
  const work = (job: (wrote: (sheet: string) => void) => Promise<void>) =>
    status.run(async () => {
      let wroteSheet: string | undefined;
      try {
        await job((sheet) => {
          wroteSheet = sheet;
          written.add(sheet);
        });
      } catch (e) {
        say(
          e instanceof BenchmarkInputError && wroteSheet === undefined
            ? `${e.message} Nothing was written.`
            : failureMessage(e, wroteSheet),
          'error',
        );
      }
    });

  /** Forgets the data read, so a failed read leaves no force list from an earlier one. */
  const forgetData = () => {
    data = undefined;
    for (const select of [forces, peers, slope]) setOptions(select, [], false);
    noteChosen();
    replaceChildren(results);
  };

  const readData = () =>
    work(async () => {
      say('Reading the data…', 'info');
      address.removeAttribute('aria-invalid');
      let range: RangeData;
      let read: BenchmarkData;
      try {
        range = await readSource(false);
        read = readBenchmarkData(range);
      } catch (e) {
        forgetData();
        if (source.value() === 'address') address.setAttribute('aria-invalid', 'true');
        throw e;
      }
      showData(read);
      say(
        `Read ${read.forces.length} forces and ${read.categories.length} categories from ${quoteSheetName(range.sheet)}!${range.address}. Now choose the force or forces to benchmark.`,
        'success',
      );
    });

  const insertSample = () =>
    work(async (wrote) => {
      const name = freeSheetName(SAMPLE_SHEET, await port.sheetNames());
      say(`Writing the sheet "${name}"…`, 'info');
      // The port's write is all or nothing and leaves the new sheet active.
      await port.writeSheet(sampleSheet(name));
      wrote(name);
      source.set('address');
      address.value = sampleRange(name);
      const read = readBenchmarkData(await readSource(false));
      showData(read);
      say(
        `Inserted "${name}": ${read.forces.length} forces with illustrative (not official) figures. Choose a force and write the benchmark.`,
        'success',
      );
    });

  const choices = (): BenchmarkChoices => ({
    forces: chosenOf(forces),
    peers: group.value() === 'peers' ? chosenOf(peers) : undefined,
    convention: average.value as AverageConvention,
    per: scale.value() === '1' ? 1 : 1000,
    slopeCategory: slope.value,
  });

  const run = () =>
    work(async (wrote) => {
      // Old results beside a new error would read as the outcome of this run.
      replaceChildren(results);
      say('Reading and checking the data…', 'info');
      const read = readBenchmarkData(await readSource(true));
      showData(read);
      const chosen = choices();
      const target = await chooseTarget(status, await port.sheetNames(), written, (existing) =>
        planBenchmark(read, chosen, existing),
      );
      if (target === undefined) {
        say('Nothing was written.', 'info');
        return;
      }
      const { plan, replace } = target;
      const cells = plan.sheet.blocks.reduce(
        (n, b) => n + b.rows.reduce((m, r) => m + r.filter((c) => c !== null).length, 0),
        0,
      );
      say(
        `Writing "${plan.sheet.name}": ${cells} cells and ${plan.sheet.charts?.length ?? 0} charts…`,
        'info',
      );
      await port.writeSheet(plan.sheet, { replace });
      wrote(plan.sheet.name);
      showResults(plan, chosen);
      say(`Wrote the sheet "${plan.sheet.name}".`, 'success');
    });

  function showResults(plan: BenchmarkPlan, chosen: BenchmarkChoices): void {
    const f = numberFormats(chosen.per);
    const show = (d: { toNumber(): number } | null, format: string) =>
      d === null ? 'not reported' : formatNumber(d.toNumber(), format);
    const body = plan.results.map((r) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, r.category),
        h('td', {}, show(r.value, f.perHead)),
        h('td', {}, show(r.average, f.perHead)),
        h('td', {}, show(r.variance, f.variance)),
        h('td', {}, r.rank === null ? '–' : String(r.rank)),
      ),
    );
    const compared = plan.results[0]?.compared ?? 0;
    replaceChildren(
      results,
      snapshotNote(plan.sheet.name),
      h(
        'table',
        {},
        h('caption', {}, `${plan.label} against the average (${f.unit})`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Category'),
            h('th', { scope: 'col' }, plan.region ? 'Region' : plan.label),
            h('th', { scope: 'col' }, 'Average'),
            h('th', { scope: 'col' }, 'Variance'),
            h('th', { scope: 'col' }, 'Rank'),
          ),
        ),
        h('tbody', {}, ...body),
      ),
      h(
        'p',
        { class: 'notes' },
        `${AVERAGE_CONVENTIONS[chosen.convention].name}: average of ${compared} forces${plan.excluded.length > 0 ? `, excluding ${plan.excluded.join(' and ')}` : ''}. Rank 1 is the highest spend; rank counts the compared forces and ${plan.label}.`,
      ),
      drawChart({
        title: 'Variance from average by category',
        categories: plan.results.map((r) => r.category),
        values: plan.results.map((r) => (r.variance === null ? null : r.variance.toNumber())),
        format: f.variance,
        orientation: 'bars',
        width: 296,
      }),
    );
  }

  for (const input of source.inputs) {
    input.addEventListener('change', () => {
      syncEnabled();
      if (source.value() === 'table') void refreshTables();
    });
  }
  for (const input of group.inputs) input.addEventListener('change', () => syncEnabled());
  forces.addEventListener('change', noteChosen);
  average.addEventListener('change', noteAverage);
  readButton.addEventListener('click', () => void readData());
  sampleButton.addEventListener('click', () => void insertSample());
  runButton.addEventListener('click', () => void run());
  address.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') void readData();
  });

  replaceChildren(
    root,
    h(
      'fieldset',
      {},
      h('legend', {}, 'Data'),
      source.nodes[0],
      source.nodes[1],
      field('Table', table),
      source.nodes[2],
      field(
        'Range address',
        address,
        "e.g. 'Sample data'!A4:J47, or whole columns 'Sample data'!A:J",
      ),
      h(
        'p',
        { class: 'hint' },
        'A header row "Force | Population | …" then, per category, one NRE column or an "… expenditure" and "… income" pair.',
      ),
      h('div', { class: 'actions' }, readButton, sampleButton),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Benchmark'),
      field('Force or forces', forces, 'Choose several (Ctrl or Shift) to pool them as a region.'),
      chosenNote,
      h(
        'fieldset',
        {},
        h('legend', {}, 'Compare with'),
        ...group.nodes,
        field('Peer group', peers),
      ),
      field('Average to compare against', average),
      averageNote,
      h('fieldset', {}, h('legend', {}, 'Show figures'), ...scale.nodes),
      field('Ski-slope chart category', slope),
    ),
    h('div', { class: 'actions' }, runButton),
    status.node,
    results,
  );
  syncEnabled();
}
