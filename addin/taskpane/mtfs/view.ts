// The MTFS section of the task pane: a form of assumptions, scenarios and cost sharing; one clear
// message on bad assumptions before anything is written; the sheet written through the WorkbookPort
// and the same figures (from the core) shown here.
import { MAX_YEARS } from '@collab-finance/core';
import type { WorkbookPort } from '../../workbook/port';
import { field, h, replaceChildren, uniqueId } from '../ui/dom';
import { failureMessage } from '../ui/failure';
import { formatNumber, MONEY, PENCE } from '../ui/numberFormat';
import { chooseTarget, createStatus, snapshotNote, WrittenSheets } from '../ui/status';
import {
  EXAMPLE_FORM,
  fitToHorizon,
  MEMBER_ROWS,
  PER_YEAR_FIELDS,
  readForm,
  type MemberValues,
  type MtfsFormValues,
} from './form';
import {
  isScenarioField,
  MtfsInputError,
  planMtfs,
  SCENARIO_FIELDS,
  SCENARIOS,
  SHARING_BASES,
  type MtfsField,
  type MtfsPlan,
  type ScenarioField,
  type ScenarioName,
  type SharingBasis,
} from './plan';

type SharedKey = Exclude<keyof MtfsFormValues, 'scenarios' | 'selected' | 'sharing'>;

// The form's two tables of text boxes, kept compact for a narrow pane (a constructed stylesheet:
// the pages' CSP forbids inline styles).
const CSS = `
.scenario-rates, .members { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 12px; }
.scenario-rates th, .members th { font-weight: 600; text-align: left; padding: 2px; line-height: 14px; }
.scenario-rates td, .members td { padding: 2px; }
.scenario-rates col.scenario { width: 30%; }
.scenario-rates th.scenario { font-weight: 400; padding-left: 8px; }
.scenario-rates input { width: 100%; }
.scenario-rates input, .members input { min-height: 28px; padding: 2px 4px; font-size: 12px; }
`;

const PER_YEAR_HINT = 'One value for every year, or one per year separated by spaces: 3% 2.5% 2%.';
// The rule the core's readRate applies, said where the rates are typed (docs/MTFS.md says the same).
const RATE_HINT =
  'In %: 2.5 and 2.5% both mean 2.5 %. A value under 1, such as 0.5, is refused: type 0.5% or 50%.';

/** A text box with its label above and an optional hint, laid out as every field of the pane. */
function textField(label: string, value: string, hint?: string) {
  const input = h('input', { type: 'text', value, spellcheck: false, autocomplete: 'off' });
  return { input, node: field(label, input, hint) };
}

/** A text box for a table cell; hiddenLabel gives it a label for screen readers only. */
function cellInput(value: string): HTMLInputElement {
  const input = h('input', { type: 'text', value, spellcheck: false, autocomplete: 'off' });
  input.id = uniqueId('mtfs');
  return input;
}

const hiddenLabel = (input: HTMLInputElement, text: string) =>
  h('label', { for: input.id, class: 'visually-hidden' }, text);

function selectField<T extends string>(label: string, options: readonly T[], initial: T) {
  const select = h(
    'select',
    {},
    ...options.map((o) => h('option', { value: o, selected: o === initial }, o)),
  );
  select.id = uniqueId('mtfs');
  const node = h('div', { class: 'field' }, h('label', { for: select.id }, label), select);
  return { select, node, value: () => select.value as T };
}

const SHARED_FIELDS: readonly [SharedKey, string, string?][] = [
  ['firstYear', 'First year', 'e.g. 2026/27; the base year is the one before.'],
  ['years', 'Horizon (years)', '3 for the medium term, 7 for the longer term; 1 to 10.'],
  ['baseBudget', 'Base budget (base year, £)'],
  ['payShare', 'Pay share (% of the base budget)', RATE_HINT],
  ['grant', 'Core grant (base year, £)'],
  ['taxBase', 'Tax base (Band D equivalent properties)'],
  ['bandD', 'Band D (base year, £ per property)'],
  ['bandDCap', 'Band D cap (£ per property a year)', 'Largest rise allowed; leave blank for none.'],
  ['collaborationSavings', 'Collaboration savings, new each year (£)', PER_YEAR_HINT],
  ['otherSavings', 'Other savings, new each year (£)', PER_YEAR_HINT],
  ['openingReserves', 'Opening reserves (£)'],
  ['useOfReserves', 'Use of reserves each year (£)', PER_YEAR_HINT],
  ['reservesFloor', 'Reserves floor (minimum, £)'],
];

const SCENARIO_ROWS: Readonly<Record<ScenarioField, string>> = {
  payAward: 'Pay award (% a year)',
  nonPayInflation: 'Non-pay inflation (% a year)',
  grantChange: 'Grant change (% a year)',
  taxBaseGrowth: 'Tax base growth (% a year)',
  bandDIncrease: 'Band D increase (% a year)',
};

/** Builds the MTFS section into `root`, writing through `port`. */
export function mountMtfs(root: HTMLElement, port: WorkbookPort): void {
  const styles = new CSSStyleSheet();
  styles.replaceSync(CSS);
  root.ownerDocument.adoptedStyleSheets = [...root.ownerDocument.adoptedStyleSheets, styles];
  const initial = EXAMPLE_FORM;
  const shared = Object.fromEntries(
    SHARED_FIELDS.map(([key, label, hint]) => [key, textField(label, initial[key], hint)]),
  ) as Record<SharedKey, ReturnType<typeof textField>>;
  const rates = Object.fromEntries(
    SCENARIOS.map((s) => [
      s,
      Object.fromEntries(SCENARIO_FIELDS.map((f) => [f, cellInput(initial.scenarios[s][f])])),
    ]),
  ) as Record<ScenarioName, Record<ScenarioField, HTMLInputElement>>;
  const selected = selectField('Scenario the sheet shows first', SCENARIOS, initial.selected);
  const collaboration = textField('Collaboration', initial.sharing.collaboration);
  const cost = textField('Annual cost (£)', initial.sharing.cost, 'Shared to the penny.');
  const basis = selectField<SharingBasis>('Share on', SHARING_BASES, initial.sharing.basis);
  const members = Array.from({ length: MEMBER_ROWS }, (_, i) => {
    const given: MemberValues = initial.sharing.members[i] ?? { force: '', basis: '' };
    return {
      force: cellInput(given.force),
      basis: cellInput(given.basis),
    };
  });

  const runButton = h('button', { type: 'submit', class: 'primary' }, 'Write MTFS sheet');
  const results = h('section', { class: 'results', 'aria-label': 'MTFS results' });

  const values = (): MtfsFormValues => ({
    ...(Object.fromEntries(SHARED_FIELDS.map(([key]) => [key, shared[key].input.value])) as Record<
      SharedKey,
      string
    >),
    scenarios: Object.fromEntries(
      SCENARIOS.map((s) => [
        s,
        Object.fromEntries(SCENARIO_FIELDS.map((f) => [f, rates[s][f].value])),
      ]),
    ) as MtfsFormValues['scenarios'],
    selected: selected.value(),
    sharing: {
      collaboration: collaboration.input.value,
      cost: cost.input.value,
      basis: basis.value(),
      members: members.map((m) => ({ force: m.force.value, basis: m.basis.value })),
    },
  });

  const controls = (): (HTMLInputElement | HTMLSelectElement | HTMLButtonElement)[] => [
    ...Object.values(shared).map((f) => f.input),
    ...SCENARIOS.flatMap((s) => Object.values(rates[s])),
    selected.select,
    collaboration.input,
    cost.input,
    basis.select,
    ...members.flatMap((m) => [m.force, m.basis]),
    runButton,
  ];

  /** The control an error points at: the field, in the scenario's column for a scenario rate. */
  const controlFor = (error: MtfsInputError): HTMLInputElement => {
    const field: MtfsField = error.field;
    const member = members[error.index ?? 0] ?? (members[0] as (typeof members)[number]);
    if (field === 'costSharing.cost') return cost.input;
    if (field === 'costSharing.members' || field === 'costSharing.force') return member.force;
    if (field === 'costSharing.basis') return member.basis;
    if (isScenarioField(field)) return rates[error.scenario ?? 'Central'][field];
    return shared[field as SharedKey].input;
  };

  const status = createStatus(root, (busy) => {
    for (const control of controls()) control.disabled = busy;
  });
  const say = status.say;
  const written = new WrittenSheets();

  /** Plans and writes the sheet; returns the control to point at when an assumption is bad. */
  const write = async (): Promise<HTMLInputElement | undefined> => {
    let wroteSheet: string | undefined;
    try {
      say('Checking the assumptions…', 'info');
      const input = readForm(values());
      const target = await chooseTarget(status, await port.sheetNames(), written, (existing) =>
        planMtfs(input, existing),
      );
      if (target === undefined) {
        say('Nothing was written.', 'info');
        return undefined;
      }
      const { plan, replace } = target;
      const cells = plan.sheet.blocks.reduce(
        (n, b) => n + b.rows.reduce((m, r) => m + r.filter((c) => c !== null).length, 0),
        0,
      );
      say(`Writing "${plan.sheet.name}": ${cells} cells and a chart…`, 'info');
      // The port's write is all or nothing and leaves the new sheet active.
      await port.writeSheet(plan.sheet, { replace });
      wroteSheet = plan.sheet.name;
      written.add(wroteSheet);
      showResults(plan);
      say(
        `Wrote the sheet "${plan.sheet.name}". Choose Optimistic, Central or Pessimistic from the list in cell ${plan.layout.selector} to switch the scenario: every figure recalculates.`,
        'success',
      );
    } catch (e) {
      // Figures from an earlier write beside this error would read as its outcome.
      replaceChildren(results);
      if (e instanceof MtfsInputError) {
        say(`${e.message}. Nothing was written.`, 'error');
        return controlFor(e);
      }
      say(failureMessage(e, wroteSheet), 'error');
    }
    return undefined;
  };

  const run = async () => {
    for (const control of controls()) control.removeAttribute('aria-invalid');
    // Focus waits until the controls are enabled again: a disabled box cannot take it.
    const invalid = await status.run(write);
    invalid?.setAttribute('aria-invalid', 'true');
    invalid?.focus();
  };

  function showResults(plan: MtfsPlan): void {
    const projection = plan.projections[plan.selected];
    const money = (d: { toNumber(): number }, format = MONEY) => formatNumber(d.toNumber(), format);
    const headers = ['Year', 'Gap after savings', 'Cumulative gap', 'Reserves'];
    const last = (s: ScenarioName) => plan.projections[s].years.at(-1);
    replaceChildren(
      results,
      snapshotNote(plan.sheet.name),
      h(
        'table',
        { 'data-table': 'projection' },
        h('caption', {}, `${plan.selected} scenario (£)`),
        h('thead', {}, h('tr', {}, ...headers.map((t) => h('th', { scope: 'col' }, t)))),
        h(
          'tbody',
          {},
          ...projection.years.map((y) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, y.label),
              h('td', {}, money(y.gapAfterSavings)),
              h('td', {}, money(y.cumulativeGap)),
              h('td', {}, `${money(y.reserves)}${y.belowFloor ? ' (below floor)' : ''}`),
            ),
          ),
        ),
      ),
      h(
        'table',
        { 'data-table': 'scenarios' },
        h('caption', {}, `By ${projection.assumptions.labels.at(-1) ?? ''}, each scenario`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...['Scenario', 'Cumulative gap', 'Reserves'].map((t) => h('th', { scope: 'col' }, t)),
          ),
        ),
        h(
          'tbody',
          {},
          ...SCENARIOS.map((s) => {
            const y = last(s);
            return h(
              'tr',
              {},
              h('th', { scope: 'row' }, s),
              h('td', {}, y === undefined ? '' : money(y.cumulativeGap)),
              h('td', {}, y === undefined ? '' : money(y.reserves)),
            );
          }),
        ),
      ),
      plan.shares &&
        h(
          'table',
          { 'data-table': 'sharing' },
          h('caption', {}, 'Cost sharing'),
          h(
            'thead',
            {},
            h('tr', {}, ...['Force', 'Contribution'].map((t) => h('th', { scope: 'col' }, t))),
          ),
          h(
            'tbody',
            {},
            ...plan.shares.map((s) =>
              h('tr', {}, h('th', { scope: 'row' }, s.force), h('td', {}, money(s.part, PENCE))),
            ),
          ),
        ),
      h(
        'p',
        { class: 'notes' },
        'Computed here by the add-in; the sheet computes the same figures with live formulas.',
      ),
    );
  }

  // One body per rate, its scenarios one under another, so each box spans the pane and shows a
  // whole seven-year list; three boxes side by side cut their values off at 320 px.
  const rateTable = h(
    'table',
    { class: 'scenario-rates' },
    h('caption', { class: 'hint' }, `${RATE_HINT} ${PER_YEAR_HINT}`),
    h('colgroup', {}, h('col', { class: 'scenario' }), h('col')),
    ...SCENARIO_FIELDS.map((f) =>
      h(
        'tbody',
        {},
        h('tr', {}, h('th', { scope: 'colgroup', colspan: 2 }, SCENARIO_ROWS[f])),
        ...SCENARIOS.map((s) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row', class: 'scenario' }, s),
            h('td', {}, hiddenLabel(rates[s][f], `${SCENARIO_ROWS[f]}, ${s}`), rates[s][f]),
          ),
        ),
      ),
    ),
  );
  const memberTable = h(
    'table',
    { class: 'members' },
    h(
      'thead',
      {},
      h('tr', {}, h('th', { scope: 'col' }, 'Member force'), h('th', { scope: 'col' }, 'Figure')),
    ),
    h(
      'tbody',
      {},
      ...members.map((m, i) =>
        h(
          'tr',
          {},
          h('td', {}, hiddenLabel(m.force, `Member ${i + 1} force`), m.force),
          h('td', {}, hiddenLabel(m.basis, `Member ${i + 1} figure`), m.basis),
        ),
      ),
    ),
  );

  const form = h(
    'form',
    { 'aria-label': 'MTFS assumptions', novalidate: true },
    h(
      'p',
      { class: 'hint' },
      'The form starts with illustrative figures, not official ones: replace them with your own.',
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Strategy and base year'),
      ...(
        [
          'firstYear',
          'years',
          'baseBudget',
          'payShare',
          'grant',
          'taxBase',
          'bandD',
          'bandDCap',
        ] as const
      ).map((k) => shared[k].node),
    ),
    h('fieldset', {}, h('legend', {}, 'Scenario rates'), rateTable, selected.node),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Savings and reserves'),
      ...(
        [
          'collaborationSavings',
          'otherSavings',
          'openingReserves',
          'useOfReserves',
          'reservesFloor',
        ] as const
      ).map((k) => shared[k].node),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Cost sharing'),
      collaboration.node,
      cost.node,
      basis.node,
      memberTable,
      h('p', { class: 'hint' }, 'Leave the cost and members blank to leave the table out.'),
    ),
    h('div', { class: 'actions' }, runButton),
  );
  // Changing the horizon refits every per-year list at once (trimmed, or its last year repeated),
  // rather than leaving one refusal per field to work through.
  shared.years.input.addEventListener('change', () => {
    const years = Number(shared.years.input.value.trim());
    if (!Number.isInteger(years) || years < 1 || years > MAX_YEARS) return;
    const lists = [
      ...PER_YEAR_FIELDS.map((k) => shared[k].input),
      ...SCENARIOS.flatMap((s) => Object.values(rates[s])),
    ];
    const changed = lists.filter((input) => {
      const fitted = fitToHorizon(input.value, years);
      if (fitted === input.value) return false;
      input.value = fitted;
      return true;
    });
    if (changed.length > 0) {
      say(
        `Fitted ${changed.length} per-year ${changed.length === 1 ? 'list' : 'lists'} to ${years} years: longer lists repeat their last year, so check the new years.`,
        'info',
      );
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });

  replaceChildren(root, form, status.node, results);
}
