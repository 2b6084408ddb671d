// Strategies for the MTFS model's tests: a blank strategy that each convention's example fills in
// with only what it needs, a full three-scenario strategy that uses every assumption, and the helpers
// that read a projection's lines as text.
import {
  mtfsProjection,
  type Decimal,
  type MtfsInput,
  type MtfsProjection,
  type ScenarioProjection,
} from '../../../core/src';

/**
 * A three-year strategy from 2026/27 in which every line is zero: no pay, no non-pay, a grant of
 * nothing, no tax base and no reserves. An example adds the assumptions of the convention it shows,
 * so every figure it checks comes from those alone.
 */
export const BLANK: MtfsInput = {
  firstYear: '2026/27',
  years: 3,
  funding: [],
  councilTax: { taxBase: 0, taxBaseGrowth: 0, bandD: 0, risePounds: 0 },
  pay: [],
  nonPay: [],
  reserves: { generalOpening: 0, floorAmount: 0 },
};

/**
 * A full strategy over three scenarios that uses every kind of assumption, each varying by scenario
 * where it may (all but the award month and the members' figures), so that every assumption the
 * model reads can be made bad in every year and scenario.
 */
export const FULL: MtfsInput = {
  firstYear: 2026,
  years: 3,
  scenarios: ['Optimistic', 'Central', 'Pessimistic'],
  funding: [
    {
      label: 'Police core grant',
      base: {
        byScenario: { Optimistic: 60_500_000, Central: 60_000_000, Pessimistic: 59_500_000 },
      },
      growth: { byScenario: { Optimistic: '3%', Central: ['2%', '1%', '1%'], Pessimistic: 0 } },
    },
    {
      label: 'Pension grant',
      base: { byScenario: { Optimistic: 2_000_000, Central: 2_000_000, Pessimistic: 1_950_000 } },
      amounts: {
        byScenario: {
          Optimistic: [2_100_000, 2_100_000, 2_100_000],
          Central: 2_000_000,
          Pessimistic: [1_900_000, 1_800_000, 1_700_000],
        },
      },
    },
  ],
  councilTax: {
    taxBase: { byScenario: { Optimistic: 151_000, Central: 150_000, Pessimistic: 149_000 } },
    taxBaseGrowth: { byScenario: { Optimistic: '1.5%', Central: '1%', Pessimistic: '0.5%' } },
    bandD: { byScenario: { Optimistic: 260, Central: 260, Pessimistic: 259.5 } },
    risePercent: { byScenario: { Optimistic: '5%', Central: '4%', Pessimistic: '3%' } },
    risePounds: { byScenario: { Optimistic: 0, Central: [1, 0, 0], Pessimistic: 0 } },
    limitPounds: { byScenario: { Optimistic: 14, Central: [14, 12, 10], Pessimistic: 10 } },
    limitPercent: { byScenario: { Optimistic: '2.99%', Central: '2.99%', Pessimistic: '1.99%' } },
    collectionFund: {
      byScenario: { Optimistic: 250_000, Central: [100_000, 0, 0], Pessimistic: -200_000 },
    },
  },
  pay: [
    {
      label: 'Police officers',
      cost: { byScenario: { Optimistic: 47_500, Central: 48_000, Pessimistic: 48_500 } },
      fte: { byScenario: { Optimistic: 1_000, Central: [1_000, 1_010, 1_020], Pessimistic: 990 } },
      award: { byScenario: { Optimistic: '2%', Central: ['3%', '2.5%', '2%'], Pessimistic: '4%' } },
      awardMonth: 'September',
      increments: { byScenario: { Optimistic: '0.5%', Central: '1%', Pessimistic: '1.5%' } },
      pension: { byScenario: { Optimistic: '31%', Central: '35.3%', Pessimistic: '37%' } },
      nationalInsurance: {
        byScenario: { Optimistic: '13.8%', Central: '15%', Pessimistic: '15%' },
      },
    },
    {
      label: 'Police staff',
      cost: {
        byScenario: { Optimistic: 19_800_000, Central: 20_000_000, Pessimistic: 20_200_000 },
      },
      award: { byScenario: { Optimistic: '2%', Central: '3%', Pessimistic: '4%' } },
      awardMonth: 9,
      pension: { byScenario: { Optimistic: '18%', Central: '19%', Pessimistic: '20%' } },
      nationalInsurance: {
        byScenario: { Optimistic: '13.8%', Central: '15%', Pessimistic: '15%' },
      },
    },
  ],
  nonPay: [
    {
      label: 'General',
      base: { byScenario: { Optimistic: 9_900_000, Central: 10_000_000, Pessimistic: 10_100_000 } },
      growth: { byScenario: { Optimistic: '2%', Central: '2.5%', Pessimistic: '3%' } },
    },
    {
      label: 'Energy',
      base: { byScenario: { Optimistic: 1_400_000, Central: 1_500_000, Pessimistic: 1_600_000 } },
      growth: { byScenario: { Optimistic: '5%', Central: '10%', Pessimistic: '120%' } },
    },
  ],
  capitalFinancing: [
    {
      label: 'Minimum revenue provision',
      base: { byScenario: { Optimistic: 1_100_000, Central: 1_200_000, Pessimistic: 1_300_000 } },
      growth: { byScenario: { Optimistic: 0, Central: '2%', Pessimistic: '4%' } },
    },
  ],
  growth: [
    {
      label: 'Digital forensics',
      amounts: {
        byScenario: { Optimistic: [100_000, 0, 0], Central: [200_000, 0, 0], Pessimistic: 100_000 },
      },
    },
  ],
  oneOff: [
    {
      label: 'Estates survey',
      amounts: { byScenario: { Optimistic: 0, Central: [50_000, 0, 0], Pessimistic: 80_000 } },
    },
  ],
  collaborations: [
    {
      label: 'Regional organised crime unit',
      cost: { byScenario: { Optimistic: 4_900_000, Central: 5_000_000, Pessimistic: 5_100_000 } },
      growth: { byScenario: { Optimistic: '1%', Central: '2%', Pessimistic: '3%' } },
      basis: 'Population',
      members: [
        { force: 'Derbyshire', basis: 1_070_000 },
        { force: 'Leicestershire', basis: 1_100_000 },
        { force: 'Nottinghamshire', basis: 1_160_000 },
      ],
      force: 'Derbyshire',
    },
  ],
  savings: [
    {
      label: 'Shared forensic service',
      category: 'collaboration',
      identified: true,
      recurring: true,
      amounts: {
        byScenario: { Optimistic: [300_000, 0, 0], Central: [200_000, 100_000, 0], Pessimistic: 0 },
      },
    },
    {
      label: 'Vacancy factor',
      category: 'other',
      identified: false,
      recurring: false,
      amounts: { byScenario: { Optimistic: 400_000, Central: 300_000, Pessimistic: 100_000 } },
    },
  ],
  reserves: {
    generalOpening: {
      byScenario: { Optimistic: 6_500_000, Central: 6_000_000, Pessimistic: 5_500_000 },
    },
    floorPercent: { byScenario: { Optimistic: '2.5%', Central: '3%', Pessimistic: '3.5%' } },
    floorAmount: {
      byScenario: { Optimistic: 3_500_000, Central: 4_000_000, Pessimistic: 4_500_000 },
    },
    useToBalance: {
      byScenario: { Optimistic: 0, Central: [500_000, 250_000, 0], Pessimistic: 1_000_000 },
    },
    earmarked: [
      {
        label: 'Change programme',
        opening: {
          byScenario: { Optimistic: 2_100_000, Central: 2_000_000, Pessimistic: 1_900_000 },
        },
        movements: {
          byScenario: {
            Optimistic: [-500_000, 0, 0],
            Central: [-500_000, -500_000, 250_000],
            Pessimistic: -400_000,
          },
        },
      },
    ],
  },
  sensitivityStep: { byScenario: { Optimistic: '1%', Central: '1%', Pessimistic: '2%' } },
};

/** The projection of a strategy's only (or first) scenario. */
export function central(input: MtfsInput): ScenarioProjection {
  return scenario(mtfsProjection(input), 0);
}

/** One scenario of a projection, by its index. */
export function scenario(p: MtfsProjection, s: number): ScenarioProjection {
  const found = p.scenarios[s];
  if (found === undefined) throw new Error(`no scenario ${s}`);
  return found;
}

/** A line's projected years; a line the model did not make is a test failure, not zero. */
export function yearsOf(p: ScenarioProjection, key: string): readonly Decimal[] {
  const found = p.lines.get(key);
  if (found === undefined) throw new Error(`the projection has no line ${key}`);
  return found.years;
}

/** A line's projected years as text, to compare with hand-worked figures. */
export const text = (p: ScenarioProjection, key: string): string[] =>
  yearsOf(p, key).map((v) => v.toString());

/** A line's base-year value as text. */
export function baseText(p: ScenarioProjection, key: string): string {
  const found = p.lines.get(key);
  if (found === undefined) throw new Error(`the projection has no line ${key}`);
  return found.base.toString();
}
