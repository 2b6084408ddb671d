// The MTFS form as data: its sections, their single fields and their repeatable lists, each box
// named by its path in MtfsInput (`funding.2.growth`), so the pane renders, reads, refits and points
// errors at the same boxes from one description.
import { SHARING_BASES } from '@collab-finance/core';

/** How a box is typed: plain text, a per-year list ("3% 2.5% 2%"), or a choice. */
export type Kind = 'text' | 'perYear' | 'select';

/** The form's own lists a choice may offer: its scenarios, or the assumptions they may override. */
export type ChoiceSource = 'scenarios' | 'assumptions';

/** Where a choice's options come from: fixed here, or the form itself. */
export type Options = readonly { readonly value: string; readonly label: string }[] | ChoiceSource;

export interface Column {
  /** The last part of the box's path. */
  readonly name: string;
  readonly label: string;
  readonly kind: Kind;
  readonly hint?: string;
  readonly options?: Options;
  /** A one-value figure that may differ by scenario: an override may name it (per-year boxes may). */
  readonly varies?: boolean;
}

/** A single box, by its whole path. */
export interface Field extends Column {
  readonly path: string;
}

export const LIST_KEYS = [
  'scenarios',
  'overrides',
  'funding',
  'pay',
  'nonPay',
  'capitalFinancing',
  'growth',
  'oneOff',
  'collaborations.0.members',
  'savings',
  'reserves.earmarked',
] as const;
export type ListKey = (typeof LIST_KEYS)[number];

/** A repeatable list: a row of boxes per item, paths `${key}.${row}.${column}`. */
export interface ListSpec {
  readonly key: ListKey;
  /** What one row is called, numbered in its labels: "Pay group 2". */
  readonly item: string;
  readonly columns: readonly Column[];
}

export interface Section {
  readonly id: string;
  readonly title: string;
  readonly fields: readonly Field[];
  readonly lists: readonly ListSpec[];
}

const PER_YEAR = 'One value for every year, or one per year: 3% 2.5% 2%.';
const RATE = `In %: 2.5 and 2.5% both mean 2.5 %; 0.5 is refused (type 0.5% or 50%); 0% is flat cash. ${PER_YEAR}`;

const choice = (...values: readonly string[]) => values.map((value) => ({ value, label: value }));

const text = (name: string, label: string, hint?: string): Column => ({
  name,
  label,
  kind: 'text',
  ...(hint !== undefined && { hint }),
});
/** A one-value figure (an amount, a count, a rate) that a scenario may override. */
const figure = (name: string, label: string, hint?: string): Column => ({
  ...text(name, label, hint),
  varies: true,
});
const perYear = (name: string, label: string, hint = PER_YEAR): Column => ({
  name,
  label,
  kind: 'perYear',
  hint,
});
const rate = (name: string, label: string) => perYear(name, label, RATE);
const at = (prefix: string, column: Column): Field => ({
  ...column,
  path: prefix === '' ? column.name : `${prefix}.${column.name}`,
});

/** A line that grows from its base year by a rate, or follows amounts typed per year. */
const growthColumns = (base: string): readonly Column[] => [
  text('label', 'Name'),
  figure('base', base),
  rate('growth', 'Growth (% a year)'),
  perYear('amounts', 'Or the amount each year', `Instead of a growth rate. ${PER_YEAR}`),
];

export const SECTIONS: readonly Section[] = [
  {
    id: 'years',
    title: 'Years and unit',
    fields: [
      at('', text('firstYear', 'First year', 'e.g. 2026/27; the base year is the one before.')),
      at('', text('years', 'Horizon (years)', '3 for the medium term, 7 for the longer term.')),
      at('', {
        name: 'unit',
        label: 'Amounts typed in',
        kind: 'select',
        options: [
          { value: 'pounds', label: '£' },
          { value: 'thousands', label: '£000' },
        ],
        hint: 'Band D is always in pounds.',
      }),
      at(
        '',
        figure(
          'sensitivityStep',
          'Sensitivity step (%)',
          'What the sensitivity lines move each assumption by; blank for 1%.',
        ),
      ),
    ],
    lists: [],
  },
  {
    id: 'scenarios',
    title: 'Scenarios',
    fields: [
      at('', {
        name: 'selected',
        label: 'Scenario the sheet shows first',
        kind: 'select',
        options: 'scenarios',
      }),
    ],
    lists: [
      { key: 'scenarios', item: 'Scenario', columns: [text('name', 'Name')] },
      {
        key: 'overrides',
        item: 'Override',
        columns: [
          { name: 'assumption', label: 'Assumption', kind: 'select', options: 'assumptions' },
          { name: 'scenario', label: 'Scenario', kind: 'select', options: 'scenarios' },
          perYear('values', 'Values in that scenario', `Replaces the value typed above. ${RATE}`),
        ],
      },
    ],
  },
  {
    id: 'funding',
    title: 'Funding',
    fields: [],
    lists: [{ key: 'funding', item: 'Funding line', columns: growthColumns('Base year amount') }],
  },
  {
    id: 'councilTax',
    title: 'Council tax',
    fields: [
      figure('taxBase', 'Tax base (Band D equivalents, base year)'),
      rate('taxBaseGrowth', 'Tax base growth (% a year)'),
      figure('bandD', 'Band D (base year, £)'),
      perYear('risePounds', 'Band D rise (£ a year)'),
      rate('risePercent', 'Band D rise (% a year)'),
      perYear(
        'limitPounds',
        'Referendum limit (£ a year)',
        `With a % limit too, the higher applies. ${PER_YEAR}`,
      ),
      rate('limitPercent', 'Referendum limit (% a year)'),
      perYear('collectionFund', 'Collection fund surplus (deficit −)'),
    ].map((c) => at('councilTax', c)),
    lists: [],
  },
  {
    id: 'pay',
    title: 'Pay',
    fields: [],
    lists: [
      {
        key: 'pay',
        item: 'Pay group',
        columns: [
          text('label', 'Name'),
          figure('cost', 'Pay bill, or average pay per FTE (base year-end rates)'),
          perYear('fte', 'FTE (blank: the figure above is the pay bill)'),
          rate('award', 'Pay award (% a year)'),
          text(
            'awardMonth',
            'Award month',
            'Default September: 7/12 in the year, 5/12 in the next.',
          ),
          rate('increments', 'Increments (% a year)'),
          rate('pension', 'Employer pension (% of pay)'),
          rate('nationalInsurance', 'Employer NI (% of pay)'),
        ],
      },
    ],
  },
  {
    id: 'nonPay',
    title: 'Non-pay and capital financing',
    fields: [],
    lists: [
      { key: 'nonPay', item: 'Non-pay category', columns: growthColumns('Base year budget') },
      {
        key: 'capitalFinancing',
        item: 'Capital financing line',
        columns: growthColumns('Base year budget'),
      },
    ],
  },
  {
    id: 'items',
    title: 'Growth and one-off items',
    fields: [],
    lists: [
      {
        key: 'growth',
        item: 'Growth item',
        columns: [text('label', 'Name'), perYear('amounts', 'New each year (recurring)')],
      },
      {
        key: 'oneOff',
        item: 'One-off item',
        columns: [text('label', 'Name'), perYear('amounts', 'Amount each year')],
      },
    ],
  },
  {
    id: 'collaboration',
    title: 'Shared collaboration',
    fields: [
      text('label', 'Collaboration', 'Leave the cost and members blank to leave it out.'),
      figure('cost', 'Whole cost (base year)'),
      rate('growth', 'Growth in cost (% a year)'),
      { name: 'basis', label: 'Shared on', kind: 'select', options: choice(...SHARING_BASES) },
      text('force', 'This force', 'The member whose share is in this MTFS.'),
    ].map((c) => at('collaborations.0', c as Column)),
    lists: [
      {
        key: 'collaborations.0.members',
        item: 'Member',
        columns: [text('force', 'Force'), text('basis', 'Basis figure')],
      },
    ],
  },
  {
    id: 'savings',
    title: 'Savings',
    fields: [],
    lists: [
      {
        key: 'savings',
        item: 'Saving',
        columns: [
          text('label', 'Name'),
          {
            name: 'category',
            label: 'Category',
            kind: 'select',
            options: choice('Collaboration', 'Other'),
          },
          {
            name: 'identified',
            label: 'Status',
            kind: 'select',
            options: choice('Identified', 'To be identified'),
          },
          {
            name: 'recurring',
            label: 'Type',
            kind: 'select',
            options: choice('Recurring', 'One-off'),
          },
          perYear('amounts', 'New each year'),
        ],
      },
    ],
  },
  {
    id: 'reserves',
    title: 'Reserves',
    fields: [
      figure('generalOpening', 'General reserve at the start of the first year'),
      figure(
        'floorPercent',
        'Floor (% of the budget requirement)',
        'With an amount too, the higher applies.',
      ),
      figure('floorAmount', 'Floor (amount)'),
      perYear('useToBalance', 'Use of general reserve to balance (− adds to it)'),
    ].map((c) => at('reserves', c)),
    lists: [
      {
        key: 'reserves.earmarked',
        item: 'Earmarked reserve',
        columns: [
          text('label', 'Name'),
          figure('opening', 'Balance at the start'),
          perYear('movements', 'Planned movement (+ in, − drawn)'),
        ],
      },
    ],
  },
];

export const LISTS: readonly ListSpec[] = SECTIONS.flatMap((s) => s.lists);
export const FIELDS: readonly Field[] = SECTIONS.flatMap((s) => s.fields);

/** The list spec of a key. */
export function listSpec(key: ListKey): ListSpec {
  const spec = LISTS.find((l) => l.key === key);
  if (spec === undefined) throw new TypeError(`No MTFS list ${key}`);
  return spec;
}

/** A list row's label prefix as the user reads it: "Pay group 2". */
export const rowName = (spec: ListSpec, row: number): string => `${spec.item} ${row + 1}`;
