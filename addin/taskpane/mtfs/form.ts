// The MTFS form's values as typed (text, by box path), turned into the core's MtfsInput: per-year
// lists, scenario overrides turned into per-scenario values, the horizon refit, and the box an
// error points at. Pure, so every rule is tested without a page; the illustrative starting figures.
import {
  CollabError,
  SHARING_BASES,
  type ContributionInput,
  type GrowthLineInput,
  type MtfsInput,
  type PerYear,
  type SharingBasis,
  type Unit,
  type Varies,
} from '@collab-finance/core';
import { planMtfs, type MtfsPlan } from './plan';
import { FIELDS, LISTS, listSpec, rowName, type Column, type ListKey } from './schema';

/** One row of a list: its boxes' text by column name. */
export type Row = Readonly<Record<string, string>>;

export interface MtfsFormValues {
  /** The single boxes' text, by path (`firstYear`, `councilTax.bandD`, `selected`). */
  readonly fields: Readonly<Record<string, string>>;
  /** The lists' rows. */
  readonly lists: Readonly<Record<ListKey, readonly Row[]>>;
}

/** A per-year field's items as typed, in order ("3%, 2.5%, 2%" gives three). */
function perYearItems(text: string): string[] {
  return (
    text
      .trim()
      .replace(/\s+%/g, '%')
      .replace(/£\s+/g, '£')
      // A comma ends an item when a space or a % sign comes before the next: a thousands comma
      // never does ("2,000,000, 0" is two items).
      .replace(/,(?=\s)|(?<=%),/g, ' ')
      .split(/[\s;]+/)
      .filter((item) => item !== '')
  );
}

/**
 * A per-year field as typed: one value for every year, or one per year separated by spaces,
 * semicolons or commas followed by a space ("3% 2.5% 2%", "3%, 2.5%, 2%"); "2.5 %" and "£ 1,000"
 * keep their space-separated sign.
 */
export function perYearText(text: string): PerYear {
  const items = perYearItems(text);
  return items.length === 1 ? (items[0] as string) : items.length === 0 ? '' : items;
}

/**
 * A per-year field fitted to a new horizon, so that changing 3 years to 7 is one action: a list
 * is trimmed, or extended by repeating its last year; one value for every year stays as it is.
 * Returns the text unchanged when it already fits.
 */
export function fitToHorizon(text: string, years: number): string {
  const items = perYearItems(text);
  if (items.length <= 1 || items.length === years) return text;
  const last = items.at(-1) as string;
  return Array.from({ length: years }, (_, i) => items[i] ?? last).join(' ');
}

/** One box of the form: its path, how it is typed, and its text. */
export interface Box {
  readonly path: string;
  readonly column: Column;
  readonly text: string;
  /** The list and row of a list's box. */
  readonly list?: ListKey;
  readonly row?: number;
}

/** Every box of the form, single fields first, then each list's rows. */
export function boxes(values: MtfsFormValues): Box[] {
  return [
    ...FIELDS.map((f) => ({ path: f.path, column: f, text: values.fields[f.path] ?? '' })),
    ...LISTS.flatMap((spec) =>
      values.lists[spec.key].flatMap((row, i) =>
        spec.columns.map((c) => ({
          path: `${spec.key}.${i}.${c.name}`,
          column: c,
          text: row[c.name] ?? '',
          list: spec.key,
          row: i,
        })),
      ),
    ),
  ];
}

/** The values with every box's text passed through `change`. */
function mapBoxes(
  values: MtfsFormValues,
  change: (column: Column, text: string) => string,
): MtfsFormValues {
  const fields = Object.fromEntries(
    FIELDS.map((f) => [f.path, change(f, values.fields[f.path] ?? '')]),
  );
  const lists = Object.fromEntries(
    LISTS.map((spec) => [
      spec.key,
      values.lists[spec.key].map((row) =>
        Object.fromEntries(spec.columns.map((c) => [c.name, change(c, row[c.name] ?? '')])),
      ),
    ]),
  ) as Record<ListKey, Row[]>;
  return { fields: { ...values.fields, ...fields }, lists };
}

/**
 * Every per-year box (overrides included) fitted to `years`: changing the horizon is one action.
 * `changed` counts the boxes whose text changed.
 */
export function refit(
  values: MtfsFormValues,
  years: number,
): { values: MtfsFormValues; changed: number } {
  let changed = 0;
  const fitted = mapBoxes(values, (column, text) => {
    if (column.kind !== 'perYear') return text;
    const next = fitToHorizon(text, years);
    if (next !== text) changed += 1;
    return next;
  });
  return { values: fitted, changed };
}

/** The scenario names typed, trimmed, blanks left out. */
export function scenarioNames(values: MtfsFormValues): string[] {
  return values.lists.scenarios.map((r) => (r.name ?? '').trim()).filter((n) => n !== '');
}

/** What a box is called in the pane: its row's name (or number) and its column, for a list's box. */
function boxLabel(box: Box): string {
  if (box.list === undefined || box.row === undefined) return box.column.label;
  return `${rowName(listSpec(box.list), box.row)}: ${box.column.label}`;
}

/**
 * The assumptions a scenario may override: the per-year boxes and the one-value figures (base
 * amounts, tax base, Band D, pay bills, reserves…) that hold a value.
 */
export function assumptionChoices(
  values: MtfsFormValues,
): { readonly value: string; readonly label: string }[] {
  return boxes(values)
    .filter(
      (b) =>
        (b.column.kind === 'perYear' || b.column.varies === true) &&
        b.list !== 'overrides' &&
        b.text.trim() !== '',
    )
    .map((b) => {
      const named = b.list === undefined ? '' : (values.lists[b.list][b.row ?? 0]?.label ?? '');
      const label = named.trim() === '' ? boxLabel(b) : `${named.trim()}: ${b.column.label}`;
      return { value: b.path, label };
    });
}

/** The overrides as typed, checked: each names a per-year assumption and a scenario, once. */
function readOverrides(values: MtfsFormValues): Map<string, Map<string, string>> {
  const names = scenarioNames(values);
  const allowed = new Set(assumptionChoices(values).map((c) => c.value));
  const byPath = new Map<string, Map<string, string>>();
  values.lists.overrides.forEach((row, k) => {
    const path = row.assumption ?? '';
    const scenario = (row.scenario ?? '').trim();
    const given = row.values ?? '';
    if (path === '' && given.trim() === '') return;
    const at = (column: string) => ({ field: `overrides.${k}.${column}` });
    const param = `override ${k + 1}`;
    if (!allowed.has(path)) {
      throw new CollabError(
        'OUT_OF_RANGE',
        `${param} must name an assumption that has a value and may differ by scenario`,
        param,
        at('assumption'),
      );
    }
    if (!names.includes(scenario)) {
      throw new CollabError(
        'OUT_OF_RANGE',
        `${param} must name one of the scenarios (${names.join(', ')}), got ${JSON.stringify(scenario)}`,
        param,
        at('scenario'),
      );
    }
    const own = byPath.get(path) ?? new Map<string, string>();
    if (own.has(scenario)) {
      throw new CollabError(
        'DUPLICATE',
        `${param} overrides the same assumption in the ${scenario} scenario as an earlier override`,
        param,
        at('scenario'),
      );
    }
    byPath.set(path, own.set(scenario, given));
  });
  return byPath;
}

const isUnit = (value: string): value is Unit => value === 'pounds' || value === 'thousands';
const basisOf = (value: string): SharingBasis =>
  SHARING_BASES.find((b) => b === value) ?? 'Population';

/** The core's input from the form, and the scenario the sheet shows first. */
export function readForm(values: MtfsFormValues): { input: MtfsInput; selected: string } {
  const overrides = readOverrides(values);
  const names = scenarioNames(values);
  const field = (path: string) => values.fields[path] ?? '';
  /** A box's value, read by `read`: per scenario where an override names the box. */
  const varies = <T>(path: string, text: string, read: (text: string) => T): Varies<T> => {
    const own = overrides.get(path);
    if (own === undefined) return read(text);
    return {
      byScenario: Object.fromEntries(names.map((s) => [s, read(own.get(s) ?? text)] as const)),
    };
  };
  const asTyped = (text: string) => text;
  const fieldPerYear = (path: string) => varies(path, field(path), perYearText);
  const fieldFigure = (path: string) => varies(path, field(path), asTyped);
  /** A list's rows, each with readers of its boxes by column. */
  const rows = (list: ListKey) =>
    values.lists[list].map((row, i) => ({
      text: (column: string) => row[column] ?? '',
      perYear: (column: string) => varies(`${list}.${i}.${column}`, row[column] ?? '', perYearText),
      figure: (column: string) => varies(`${list}.${i}.${column}`, row[column] ?? '', asTyped),
    }));
  const optional = (value: Varies<PerYear>) =>
    typeof value === 'string' && value === '' ? undefined : value;
  const growthLines = (list: ListKey): GrowthLineInput[] =>
    rows(list).map((r) => {
      const growth = optional(r.perYear('growth'));
      const amounts = optional(r.perYear('amounts'));
      return {
        label: r.text('label'),
        base: r.figure('base'),
        ...(growth !== undefined && { growth }),
        ...(amounts !== undefined && { amounts }),
      };
    });
  const items = (list: ListKey) =>
    rows(list).map((r) => ({ label: r.text('label'), amounts: r.perYear('amounts') }));

  const members = values.lists['collaborations.0.members'];
  const collaborationCost = field('collaborations.0.cost');
  const hasCollaboration =
    collaborationCost.trim() !== '' ||
    members.some((m) => (m.force ?? '').trim() !== '' || (m.basis ?? '').trim() !== '');
  const collaboration: ContributionInput = {
    label: field('collaborations.0.label'),
    cost: fieldFigure('collaborations.0.cost'),
    growth: fieldPerYear('collaborations.0.growth'),
    basis: basisOf(field('collaborations.0.basis')),
    members: members.map((m) => ({ force: m.force ?? '', basis: m.basis ?? '' })),
    force: field('collaborations.0.force'),
  };
  const unit = field('unit');
  const step = fieldFigure('sensitivityStep');

  const input: MtfsInput = {
    firstYear: field('firstYear'),
    years: field('years'),
    ...(isUnit(unit) && { unit }),
    ...(step !== '' && { sensitivityStep: step }),
    scenarios: values.lists.scenarios.map((r) => r.name ?? ''),
    funding: growthLines('funding'),
    councilTax: {
      taxBase: fieldFigure('councilTax.taxBase'),
      taxBaseGrowth: fieldPerYear('councilTax.taxBaseGrowth'),
      bandD: fieldFigure('councilTax.bandD'),
      risePounds: fieldPerYear('councilTax.risePounds'),
      risePercent: fieldPerYear('councilTax.risePercent'),
      limitPounds: fieldPerYear('councilTax.limitPounds'),
      limitPercent: fieldPerYear('councilTax.limitPercent'),
      collectionFund: fieldPerYear('councilTax.collectionFund'),
    },
    pay: rows('pay').map((r) => {
      const fte = optional(r.perYear('fte'));
      return {
        label: r.text('label'),
        cost: r.figure('cost'),
        ...(fte !== undefined && { fte }),
        award: r.perYear('award'),
        awardMonth: r.text('awardMonth'),
        increments: r.perYear('increments'),
        pension: r.perYear('pension'),
        nationalInsurance: r.perYear('nationalInsurance'),
      };
    }),
    nonPay: growthLines('nonPay'),
    capitalFinancing: growthLines('capitalFinancing'),
    growth: items('growth'),
    oneOff: items('oneOff'),
    collaborations: hasCollaboration ? [collaboration] : [],
    savings: rows('savings').map((r) => ({
      label: r.text('label'),
      category: r.text('category') === 'Collaboration' ? 'collaboration' : 'other',
      identified: r.text('identified') !== 'To be identified',
      recurring: r.text('recurring') !== 'One-off',
      amounts: r.perYear('amounts'),
    })),
    reserves: {
      generalOpening: fieldFigure('reserves.generalOpening'),
      floorPercent: fieldFigure('reserves.floorPercent'),
      floorAmount: fieldFigure('reserves.floorAmount'),
      useToBalance: fieldPerYear('reserves.useToBalance'),
      earmarked: rows('reserves.earmarked').map((r) => ({
        label: r.text('label'),
        opening: r.figure('opening'),
        movements: r.perYear('movements'),
      })),
    },
  };
  const selected = field('selected').trim();
  // The sheet would otherwise open on the first scenario without a word.
  if (!names.includes(selected)) {
    throw new CollabError(
      'OUT_OF_RANGE',
      `the scenario the sheet shows first must be one of ${names.join(', ')}, got ${JSON.stringify(selected)}`,
      'scenario shown first',
      { field: 'selected' },
    );
  }
  return { input, selected };
}

/** The sheet the form's values plan, beside the sheets `existing`; throws as readForm and planMtfs. */
export function planForm(values: MtfsFormValues, existing: readonly string[]): MtfsPlan {
  const { input, selected } = readForm(values);
  return planMtfs(input, selected, existing);
}

/** Where an error is, as the core and readForm report it. */
export type ErrorAt = Pick<CollabError, 'field' | 'index' | 'scenario'>;

/**
 * The path of the box an error points at: the override box for a value that differs by scenario, a
 * scenario's name; otherwise the box of the error's path (the core names a list's box by its row and
 * column, e.g. `collaborations.0.members.2.force`) or, failing that, the nearest box above it (a list
 * row's name). Undefined when no box fits.
 */
export function errorPath(error: ErrorAt, values: MtfsFormValues): string | undefined {
  const { field, index, scenario } = error;
  if (field === undefined) return undefined;
  const known = new Set(boxes(values).map((b) => b.path));
  const found = (path: string) => (known.has(path) ? path : undefined);
  if (field === 'scenarios') return found(`scenarios.${index ?? 0}.name`);
  if (scenario !== undefined) {
    const k = values.lists.overrides.findIndex(
      (o) => o.assumption === field && (o.scenario ?? '').trim() === scenario,
    );
    if (k >= 0) return `overrides.${k}.values`;
  }
  for (let parts = field.split('.'); parts.length > 0; parts = parts.slice(0, -1)) {
    const path = parts.join('.');
    const box = found(path) ?? found(`${path}.label`);
    if (box !== undefined) return box;
  }
  return undefined;
}

const row = (list: ListKey, given: Row): Row => ({
  ...Object.fromEntries(listSpec(list).columns.map((c) => [c.name, ''])),
  ...given,
});

/** A new, blank row of a list: its fixed choices at their first option. */
export function blankRow(list: ListKey): Row {
  return Object.fromEntries(
    listSpec(list).columns.map((c) => [
      c.name,
      Array.isArray(c.options) ? (c.options[0]?.value ?? '') : '',
    ]),
  );
}

const growthRow = (label: string, base: string, growth: string): Row =>
  row('funding', { label, base, growth });

/**
 * Illustrative figures, not official: a force of about £300m, with 2025-style employer pension
 * (officers 35.3 %, LGPS staff about 19 %) and National Insurance rates, a £14 Band D limit.
 */
export const EXAMPLE_FORM: MtfsFormValues = {
  fields: {
    firstYear: '2026/27',
    years: '3',
    unit: 'pounds',
    sensitivityStep: '1%',
    selected: 'Central',
    'councilTax.taxBase': '390,000',
    'councilTax.taxBaseGrowth': '1%',
    'councilTax.bandD': '£280.00',
    'councilTax.risePounds': '£14',
    'councilTax.risePercent': '',
    'councilTax.limitPounds': '£14',
    'councilTax.limitPercent': '',
    'councilTax.collectionFund': '500,000 0 0',
    'collaborations.0.label': 'Regional organised crime unit',
    'collaborations.0.cost': '£12,000,000',
    'collaborations.0.growth': '2%',
    'collaborations.0.basis': 'Population',
    'collaborations.0.force': 'Nottinghamshire',
    'reserves.generalOpening': '£12,000,000',
    'reserves.floorPercent': '3%',
    'reserves.floorAmount': '',
    'reserves.useToBalance': '1,000,000 500,000 0',
  },
  lists: {
    scenarios: [{ name: 'Optimistic' }, { name: 'Central' }, { name: 'Pessimistic' }],
    overrides: [
      { assumption: 'pay.0.award', scenario: 'Optimistic', values: '2%' },
      { assumption: 'pay.0.award', scenario: 'Pessimistic', values: '4% 3.5% 3%' },
      { assumption: 'pay.1.award', scenario: 'Pessimistic', values: '4% 3.5% 3%' },
      { assumption: 'funding.0.growth', scenario: 'Pessimistic', values: '0%' },
      { assumption: 'councilTax.taxBaseGrowth', scenario: 'Pessimistic', values: '0.5%' },
      { assumption: 'nonPay.1.growth', scenario: 'Pessimistic', values: '8% 5% 3%' },
    ],
    funding: [
      growthRow('Police core grant', '£120,000,000', '2% 1.5% 1.5%'),
      growthRow('Former formula grant (RSG and NNDR)', '£45,000,000', '2% 1.5% 1.5%'),
      growthRow('Legacy council tax grants', '£9,500,000', '0%'),
      growthRow('Police pension grant', '£4,000,000', '0%'),
      growthRow('Officer numbers grant', '£6,500,000', '0%'),
      growthRow('Specific grants, fees and charges', '£8,000,000', '2%'),
    ],
    pay: [
      {
        label: 'Police officers',
        cost: '£53,000',
        fte: '2,000',
        award: '2.8% 2.5% 2.5%',
        awardMonth: 'September',
        increments: '0.5%',
        pension: '35.3%',
        nationalInsurance: '12.5%',
      },
      {
        label: 'Police staff',
        cost: '£70,000,000',
        fte: '',
        award: '3% 2.5% 2.5%',
        awardMonth: 'September',
        increments: '0.8%',
        pension: '19%',
        nationalInsurance: '12%',
      },
      {
        label: 'PCSOs',
        cost: '£32,000',
        fte: '150',
        award: '3% 2.5% 2.5%',
        awardMonth: 'September',
        increments: '0.5%',
        pension: '19%',
        nationalInsurance: '10.5%',
      },
    ],
    nonPay: [
      row('nonPay', { label: 'General', base: '£26,000,000', growth: '2%' }),
      row('nonPay', { label: 'Energy', base: '£4,000,000', growth: '3%' }),
      row('nonPay', { label: 'ICT', base: '£12,000,000', growth: '4%' }),
    ],
    capitalFinancing: [
      row('capitalFinancing', {
        label: 'Minimum revenue provision',
        base: '£5,000,000',
        amounts: '5,400,000 5,800,000 6,100,000',
      }),
      row('capitalFinancing', { label: 'Interest', base: '£1,500,000', growth: '0%' }),
      row('capitalFinancing', {
        label: 'Revenue contributions to capital',
        base: '£2,000,000',
        growth: '0%',
      }),
    ],
    growth: [row('growth', { label: 'Neighbourhood policing', amounts: '1,000,000 500,000 0' })],
    oneOff: [row('oneOff', { label: 'Estates rationalisation', amounts: '750,000 0 0' })],
    'collaborations.0.members': [
      { force: 'Derbyshire', basis: '1,070,000' },
      { force: 'Leicestershire', basis: '1,100,000' },
      { force: 'Lincolnshire', basis: '770,000' },
      { force: 'Northamptonshire', basis: '760,000' },
      { force: 'Nottinghamshire', basis: '1,160,000' },
    ],
    savings: [
      {
        label: 'Regional procurement',
        category: 'Collaboration',
        identified: 'Identified',
        recurring: 'Recurring',
        amounts: '400,000 300,000 200,000',
      },
      {
        label: 'Estate review',
        category: 'Other',
        identified: 'Identified',
        recurring: 'Recurring',
        amounts: '600,000 400,000 0',
      },
      {
        label: 'Savings still to find',
        category: 'Other',
        identified: 'To be identified',
        recurring: 'Recurring',
        amounts: '0 2,000,000 2,000,000',
      },
    ],
    'reserves.earmarked': [
      row('reserves.earmarked', { label: 'Insurance', opening: '£3,000,000', movements: '0' }),
      row('reserves.earmarked', {
        label: 'Change programme',
        opening: '£5,000,000',
        movements: '-1,000,000',
      }),
    ],
  },
};
