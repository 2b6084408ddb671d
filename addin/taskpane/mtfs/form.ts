// The MTFS form's values as typed (text), turned into the planner's input; and the illustrative
// figures the form starts with. Pure, so the reading rules are tested without a page.
import type { PerYear } from '@collab-finance/core';
import {
  SCENARIO_FIELDS,
  SCENARIOS,
  type MtfsInput,
  type ScenarioField,
  type ScenarioName,
  type SharingBasis,
} from './plan';

export interface MemberValues {
  readonly force: string;
  readonly basis: string;
}

export interface MtfsFormValues {
  readonly firstYear: string;
  readonly years: string;
  readonly baseBudget: string;
  readonly payShare: string;
  readonly grant: string;
  readonly taxBase: string;
  readonly bandD: string;
  readonly bandDCap: string;
  readonly collaborationSavings: string;
  readonly otherSavings: string;
  readonly openingReserves: string;
  readonly useOfReserves: string;
  readonly reservesFloor: string;
  readonly scenarios: Readonly<Record<ScenarioName, Readonly<Record<ScenarioField, string>>>>;
  readonly selected: ScenarioName;
  readonly sharing: {
    readonly collaboration: string;
    readonly cost: string;
    readonly basis: SharingBasis;
    readonly members: readonly MemberValues[];
  };
}

/** The form's own per-year fields (the scenario rates are per-year too). */
export const PER_YEAR_FIELDS = ['collaborationSavings', 'otherSavings', 'useOfReserves'] as const;

/** How many member rows the form offers. */
export const MEMBER_ROWS = 6;

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

/** The planner's input from the form; the cost-sharing table is left out when it is all blank. */
export function readForm(values: MtfsFormValues): MtfsInput {
  const scenarios = Object.fromEntries(
    SCENARIOS.map((s) => [
      s,
      Object.fromEntries(SCENARIO_FIELDS.map((f) => [f, perYearText(values.scenarios[s][f])])),
    ]),
  ) as MtfsInput['scenarios'];
  const { sharing } = values;
  const sharingBlank =
    sharing.cost.trim() === '' &&
    sharing.members.every((m) => m.force.trim() === '' && m.basis.trim() === '');
  return {
    assumptions: {
      firstYear: values.firstYear,
      years: values.years,
      baseBudget: values.baseBudget,
      payShare: values.payShare,
      grant: values.grant,
      taxBase: values.taxBase,
      bandD: values.bandD,
      bandDCap: values.bandDCap,
      collaborationSavings: perYearText(values.collaborationSavings),
      otherSavings: perYearText(values.otherSavings),
      openingReserves: values.openingReserves,
      useOfReserves: perYearText(values.useOfReserves),
      reservesFloor: values.reservesFloor,
    },
    scenarios,
    selected: values.selected,
    ...(!sharingBlank && {
      costSharing: {
        collaboration: sharing.collaboration,
        cost: sharing.cost,
        basis: sharing.basis,
        members: sharing.members,
      },
    }),
  };
}

/** Illustrative figures, not official: a force of about £100m over three years. */
export const EXAMPLE_FORM: MtfsFormValues = {
  firstYear: '2026/27',
  years: '3',
  baseBudget: '£100,000,000',
  payShare: '80%',
  grant: '£60,000,000',
  taxBase: '150,000',
  bandD: '£260.00',
  bandDCap: '£14',
  collaborationSavings: '200,000 100,000 0',
  otherSavings: '300,000 0 200,000',
  openingReserves: '£6,000,000',
  useOfReserves: '500,000 500,000 0',
  reservesFloor: '£5,000,000',
  scenarios: {
    Optimistic: {
      payAward: '2%',
      nonPayInflation: '2%',
      grantChange: '2%',
      taxBaseGrowth: '1%',
      bandDIncrease: '5%',
    },
    Central: {
      payAward: '3% 2.5% 2%',
      nonPayInflation: '2%',
      grantChange: '1% 0% -1%',
      taxBaseGrowth: '1%',
      bandDIncrease: '5%',
    },
    Pessimistic: {
      payAward: '4% 3.5% 3%',
      nonPayInflation: '3.5%',
      grantChange: '-2%',
      taxBaseGrowth: '0.5%',
      bandDIncrease: '3%',
    },
  },
  selected: 'Central',
  sharing: {
    collaboration: 'Regional organised crime unit',
    cost: '£1,000,000.00',
    basis: 'Population',
    members: [
      { force: 'Derbyshire', basis: '1,070,000' },
      { force: 'Leicestershire', basis: '1,100,000' },
      { force: 'Lincolnshire', basis: '770,000' },
      { force: 'Northamptonshire', basis: '760,000' },
      { force: 'Nottinghamshire', basis: '1,160,000' },
      { force: '', basis: '' },
    ],
  },
};
