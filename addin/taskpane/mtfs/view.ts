// The MTFS section of the task pane: the form of assumptions in collapsible sections, written through
// the WorkbookPort as a sheet of live formulas; a bad assumption is pointed at in its own box (section
// opened, box marked, scrolled to and focused) with the message announced, and nothing is written.
import { CollabError, MAX_YEARS } from '@collab-finance/core';
import type { WorkbookPort } from '../../workbook/port';
import { h, replaceChildren } from '../ui/dom';
import { failureMessage } from '../ui/failure';
import { formatNumber } from '../ui/numberFormat';
import { chooseTarget, createStatus, snapshotNote, WrittenSheets } from '../ui/status';
import { LineList, Register, type Choice, type Control } from './boxes';
import {
  assumptionChoices,
  boxes,
  EXAMPLE_FORM,
  errorPath,
  planForm,
  refit,
  scenarioNames,
} from './form';
import type { MtfsPlan } from './plan';
import { SECTIONS, type ChoiceSource } from './schema';

// The line lists' rows as compact cards that reflow from one column at 320 px to two or more wider;
// per-year boxes span the card so a seven-year list shows whole. A constructed stylesheet: the
// pages' CSP forbids inline styles.
const CSS = `
details.mtfs-section { border: 1px solid var(--colorNeutralStroke2); border-radius: var(--borderRadiusMedium); margin: 0 0 8px; padding: 0 10px; }
details.mtfs-section[open] { padding-bottom: 8px; }
details.mtfs-section > summary { font-weight: 600; cursor: pointer; padding: 6px 0; }
.line-row { display: grid; grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); column-gap: 8px;
  border-top: 1px solid var(--colorNeutralStroke2); padding: 4px 0; }
.line-row .wide, .line-row .line-head { grid-column: 1 / -1; }
.line-head { display: flex; justify-content: space-between; align-items: center; font-weight: 600; font-size: 12px; }
.line-head button.remove { min-height: 32px; padding: 0 8px; font-weight: 400; font-size: 12px; }
.line-list button.add { margin: 4px 0; }
.mtfs-results { overflow-x: auto; }
.mtfs-results table { table-layout: fixed; }
.mtfs-results th, .mtfs-results td { padding: 3px 2px; }
.mtfs-results thead th { width: 17.5%; }
.mtfs-results thead th:first-child { width: 17%; }
.mtfs-results thead th:last-child { width: 13%; }
.results td.below { color: var(--colorPaletteRedForeground1); }
`;

/** A figure of the snapshot in £ million: five columns of them fit the 320 px pane. */
export const millions = (pounds: number): string =>
  formatNumber(pounds / 1e6, '#,##0.0;-#,##0.0;0.0');

/** The columns of the results table: a line of the model by key, and its heading. */
const RESULT_LINES: readonly (readonly [string, string])[] = [
  // A soft hyphen: the word breaks there, not anywhere, in a column of a 320 px pane.
  ['requirement', 'Budget require\u00adment'],
  ['funding.total', 'Funding'],
  ['gap.after', 'Gap after savings'],
  ['reserves.general', 'General reserve'],
];
const BELOW_FLOOR_FLAG = 'reserves.belowFloor';

/** Builds the MTFS section into `root`, writing through `port`. */
export function mountMtfs(root: HTMLElement, port: WorkbookPort): void {
  const styles = new CSSStyleSheet();
  styles.replaceSync(CSS);
  root.ownerDocument.adoptedStyleSheets = [...root.ownerDocument.adoptedStyleSheets, styles];

  const choices = (source: ChoiceSource): readonly Choice[] => {
    const values = register.values();
    return source === 'assumptions'
      ? assumptionChoices(values)
      : scenarioNames(values).map((s) => ({ value: s, label: s }));
  };
  const register: Register = new Register(choices);
  const initial = EXAMPLE_FORM;
  const changed = () => register.refreshChoices();

  const sections = SECTIONS.map((section, i) => {
    const fields = section.fields.map((f) =>
      register.box(f, f.path, '', initial.fields[f.path] ?? '', f.hint),
    );
    const lists = section.lists.map(
      (spec) => new LineList(spec, initial.lists[spec.key], register, changed),
    );
    return h(
      'details',
      { class: 'mtfs-section', 'data-section': section.id, open: i === 0 },
      h('summary', {}, section.title),
      ...fields,
      ...lists.map((l) => l.node),
    );
  });
  // Choices that come from the form (scenarios, assumptions) are known once every box exists.
  changed();

  const runButton = h('button', { type: 'submit', class: 'primary' }, 'Write MTFS sheet');
  const results = h('section', {
    class: 'results mtfs-results',
    'aria-label': 'MTFS results',
  });
  const form = h(
    'form',
    { 'aria-label': 'MTFS assumptions', novalidate: true },
    h(
      'p',
      { class: 'hint' },
      'The form starts with illustrative figures, not official ones: replace them with your own.',
    ),
    ...sections,
    h('div', { class: 'actions' }, runButton),
  );

  const controls = (): (Control | HTMLButtonElement)[] => [
    ...register.all(),
    ...form.querySelectorAll('button'),
  ];
  const status = createStatus(root, (busy) => {
    for (const control of controls()) control.disabled = busy;
  });
  const say = status.say;
  const written = new WrittenSheets();

  /** Plans and writes the sheet; returns the box to point at when an assumption is bad. */
  const write = async (): Promise<Control | undefined> => {
    let wroteSheet: string | undefined;
    const values = register.values();
    try {
      say('Checking the assumptions…', 'info');
      const target = await chooseTarget(status, await port.sheetNames(), written, (existing) =>
        planForm(values, existing),
      );
      if (target === undefined) {
        say('Nothing was written.', 'info');
        return undefined;
      }
      const { plan, replace } = target;
      say(`Writing "${plan.sheet.name}"…`, 'info');
      // The port's write is all or nothing and leaves the new sheet active.
      await port.writeSheet(plan.sheet, { replace });
      wroteSheet = plan.sheet.name;
      written.add(wroteSheet);
      showResults(plan);
      say(
        `Wrote the sheet "${plan.sheet.name}". Choose a scenario from the list in cell ${plan.layout.selector} to switch it: every figure recalculates.`,
        'success',
      );
    } catch (e) {
      // Figures from an earlier write beside this error would read as its outcome.
      replaceChildren(results);
      if (e instanceof CollabError && wroteSheet === undefined) {
        say(`${e.message}. Nothing was written.`, 'error');
        const path = errorPath(e, values);
        return path === undefined ? undefined : register.get(path);
      }
      say(failureMessage(e, wroteSheet), 'error');
    }
    return undefined;
  };

  const run = async () => {
    for (const control of register.all()) control.removeAttribute('aria-invalid');
    // Focus waits until the controls are enabled again: a disabled box cannot take it.
    const invalid = await status.run(write);
    if (invalid === undefined) return;
    const section = invalid.closest('details');
    if (section !== null) section.open = true;
    invalid.setAttribute('aria-invalid', 'true');
    invalid.scrollIntoView({ block: 'center' });
    invalid.focus({ preventScroll: true });
  };

  function showResults(plan: MtfsPlan): void {
    const { projection } = plan;
    const scenario = projection.scenarios[plan.selected];
    if (scenario === undefined) return;
    const below = scenario.flags.get(BELOW_FLOOR_FLAG) ?? [];
    replaceChildren(
      results,
      snapshotNote(plan.sheet.name),
      h(
        'table',
        { 'data-table': 'projection' },
        h('caption', {}, `${scenario.scenario} scenario (£m)`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Year'),
            ...RESULT_LINES.map(([, title]) => h('th', { scope: 'col' }, title)),
            h('th', { scope: 'col' }, 'Below floor?'),
          ),
        ),
        h(
          'tbody',
          {},
          ...projection.model.labels.map((label, t) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, label),
              ...RESULT_LINES.map(([key]) => {
                const value = scenario.lines.get(key)?.years[t];
                return h(
                  'td',
                  { 'data-line': key },
                  value === undefined ? '' : millions(value.toNumber()),
                );
              }),
              h('td', { class: below[t] === true ? 'below' : undefined }, below[t] ? 'Yes' : 'No'),
            ),
          ),
        ),
      ),
      h(
        'p',
        { class: 'notes' },
        'In £ million. Computed here by the add-in; the sheet computes the same figures with live formulas, to the pound.',
      ),
    );
  }

  // Changing the horizon refits every per-year box at once (trimmed, or its last year repeated),
  // rather than leaving one refusal per box to work through.
  register.get('years')?.addEventListener('change', (e) => {
    const years = Number((e.target as HTMLInputElement).value.trim());
    if (!Number.isInteger(years) || years < 1 || years > MAX_YEARS) return;
    const fitted = refit(register.values(), years);
    for (const box of boxes(fitted.values)) {
      const control = register.get(box.path);
      if (control !== undefined && control.value !== box.text) control.value = box.text;
    }
    if (fitted.changed > 0) {
      say(
        `Fitted ${fitted.changed} per-year ${fitted.changed === 1 ? 'list' : 'lists'} to ${years} years: longer lists repeat their last year, so check the new years.`,
        'info',
      );
    }
  });
  // Scenario names and the per-year boxes that hold a value are the overrides' choices.
  form.addEventListener('change', (e) => {
    if (!(e.target instanceof HTMLSelectElement)) changed();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });

  replaceChildren(root, form, status.node, results);
}
