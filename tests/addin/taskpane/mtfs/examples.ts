// Illustrative MTFS inputs (not a real force's figures) that use every kind of line: the sheet tests
// write them and check the sheet against the core, cell by cell.
import type { MtfsInput } from '@collab-finance/core';

const SCENARIOS = ['Optimistic', 'Central', 'Pessimistic'];

/** A force of about £300m over three years, with three scenarios. */
export const THREE_YEARS: MtfsInput = {
  firstYear: '2026/27',
  years: 3,
  scenarios: SCENARIOS,
  funding: [
    {
      label: 'Police core grant',
      base: 120_000_000,
      growth: { byScenario: { Optimistic: '3%', Central: ['2%', '1%', '0%'], Pessimistic: '-1%' } },
    },
    { label: 'Former formula grant (RSG)', base: 60_000_000, growth: '1%' },
    { label: 'Legacy council tax grants', base: 9_000_000, growth: '0%' },
    { label: 'Pension grant', base: 3_500_000, amounts: [3_500_000, 3_500_000, 0] },
    { label: 'Officer numbers grant', base: 6_000_000, growth: '0%' },
    { label: 'Fees, charges and specific grants', base: 12_000_000, growth: '2%' },
  ],
  councilTax: {
    taxBase: 420_000.5,
    taxBaseGrowth: { byScenario: { Optimistic: '1.5%', Central: '1%', Pessimistic: '0.5%' } },
    bandD: 280.5,
    limitPounds: 14,
    limitPercent: '2.99%',
    collectionFund: [250_000, 0, -100_000],
  },
  pay: [
    {
      label: 'Police officers',
      cost: 52_000,
      fte: [3_000, 3_020, 3_020],
      award: { byScenario: { Optimistic: '2.5%', Central: '3%', Pessimistic: '4%' } },
      awardMonth: 'September',
      increments: '1%',
      pension: '35.3%',
      nationalInsurance: '11%',
    },
    {
      label: 'Police staff',
      cost: 60_000_000,
      award: '3%',
      awardMonth: 9,
      increments: '0.5%',
      pension: '18%',
      nationalInsurance: '10%',
    },
    {
      label: 'PCSOs',
      cost: 8_000_000,
      award: '3%',
      pension: '18%',
      nationalInsurance: '9%',
    },
  ],
  nonPay: [
    { label: 'General supplies and services', base: 30_000_000, growth: '2%' },
    { label: 'Energy', base: 4_000_000, growth: ['5%', '3%', '2%'] },
    { label: 'ICT', base: 9_000_000, growth: '4%' },
  ],
  capitalFinancing: [
    {
      label: 'Minimum revenue provision',
      base: 3_000_000,
      amounts: [3_200_000, 3_500_000, 3_900_000],
    },
    { label: 'Interest', base: 1_000_000, amounts: [1_100_000, 1_250_000, 1_400_000] },
    { label: 'Revenue contribution to capital', base: 1_500_000, amounts: 1_000_000 },
  ],
  growth: [{ label: 'Digital forensics investment', amounts: [400_000, 200_000, 0] }],
  oneOff: [{ label: 'Estate rationalisation costs', amounts: [750_000, 0, 0] }],
  collaborations: [
    {
      label: 'Regional organised crime unit',
      cost: 10_000_000,
      growth: '2%',
      basis: 'Population',
      members: [
        { force: 'Derbyshire', basis: '1,070,000' },
        { force: 'Leicestershire', basis: '1,100,000' },
        { force: 'Lincolnshire', basis: '770,000' },
        { force: 'Northamptonshire', basis: '760,000' },
        { force: 'Nottinghamshire', basis: '1,160,000' },
      ],
      force: 'Leicestershire',
    },
  ],
  savings: [
    {
      label: 'Regional procurement',
      category: 'collaboration',
      identified: true,
      recurring: true,
      amounts: [1_000_000, 500_000, 0],
    },
    {
      label: 'Estate disposals',
      category: 'other',
      identified: true,
      recurring: false,
      amounts: [600_000, 0, 0],
    },
    {
      label: 'Savings still to be found',
      category: 'other',
      identified: false,
      recurring: true,
      amounts: [0, 2_000_000, 2_000_000],
    },
  ],
  reserves: {
    generalOpening: 12_000_000,
    floorPercent: '3%',
    floorAmount: 8_000_000,
    useToBalance: [1_000_000, 500_000, 0],
    earmarked: [
      { label: 'Change programme', opening: 5_000_000, movements: [-1_500_000, -1_000_000, 0] },
      { label: 'Insurance', opening: 2_000_000, movements: 0 },
    ],
  },
};

/** The same force over seven years in £000, with per-year Band D rises in £ and in %. */
export const SEVEN_YEARS: MtfsInput = {
  ...THREE_YEARS,
  years: 7,
  unit: 'thousands',
  funding: THREE_YEARS.funding.map((f) => ({
    label: f.label,
    base: Number(f.base) / 1000,
    growth:
      f.label === 'Police core grant'
        ? { byScenario: { Optimistic: '2%', Central: '1%', Pessimistic: '-1%' } }
        : '1%',
  })),
  councilTax: {
    taxBase: 420_000.5,
    taxBaseGrowth: '1%',
    bandD: 280.5,
    risePounds: [14, 14, null, null, 10, 10, 10],
    risePercent: [null, null, '2.99%', '2.99%', null, null, null],
    limitPounds: 14,
    limitPercent: '2.99%',
  },
  pay: [
    {
      label: 'Police officers',
      cost: 52,
      fte: 3_000,
      award: {
        byScenario: {
          Optimistic: '2%',
          Central: ['3%', '2.5%', '2%', '2%', '2%', '2%', '2%'],
          Pessimistic: '4%',
        },
      },
      pension: '35.3%',
      nationalInsurance: '11%',
    },
    {
      label: 'Police staff',
      cost: 60_000,
      award: '2.5%',
      awardMonth: 4,
      pension: '18%',
      nationalInsurance: '10%',
    },
  ],
  nonPay: [{ label: 'Non-pay', base: 43_000, growth: '2%' }],
  capitalFinancing: [{ label: 'Capital financing', base: 5_500, growth: '3%' }],
  growth: [],
  oneOff: [],
  collaborations: [
    {
      label: 'Forensic services',
      cost: 4_000,
      basis: 'Agreed %',
      members: [
        { force: 'Kent', basis: '60%' },
        { force: 'Essex', basis: '40%' },
      ],
      force: 'Kent',
    },
  ],
  savings: [
    {
      label: 'Collaboration savings',
      category: 'collaboration',
      identified: true,
      recurring: true,
      amounts: 500,
    },
    {
      label: 'Other savings',
      category: 'other',
      identified: false,
      recurring: true,
      amounts: [1_000, 1_000, 500, 500, 500, 0, 0],
    },
  ],
  reserves: { generalOpening: 12_000, floorPercent: '3%', useToBalance: 0 },
};
