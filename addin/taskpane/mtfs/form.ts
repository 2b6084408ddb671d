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

/** How many member rows the form offers. */
export const MEMBER_ROWS = 6;

/**
 * A per-year field as typed: one value for every year, or one per year separated by spaces or
 * semicolons ("3% 2.5% 2%"); "2.5 %" and "£ 1,000" keep their space-separated sign.
 */
export function perYearText(text: string): PerYear {
  const items = text
    .trim()
    .replace(/\s+%/g, '%')
    .replace(/£\s+/g, '£')
    .split(/[\s;]+/);
  return items.length === 1 ? (items[0] as string) : items;
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
