// Example MTFS inputs shared by the plan tests: a 3-year and a 7-year strategy with three scenarios
// (the central ones are the hand-worked core examples) and a cost-sharing table.
import type { MtfsInput, ScenarioRates } from '../../../../addin/taskpane/mtfs/plan';

const threeYearCentral: ScenarioRates = {
  payAward: [0.03, 0.025, 0.02],
  nonPayInflation: 0.02,
  grantChange: [0.01, 0, -0.01],
  taxBaseGrowth: '1%',
  bandDIncrease: 0.05,
};

export const THREE_YEARS: MtfsInput = {
  assumptions: {
    firstYear: '2026/27',
    years: 3,
    baseBudget: 100_000_000,
    payShare: 0.8,
    grant: 60_000_000,
    taxBase: 150_000,
    bandD: 260,
    bandDCap: 14,
    collaborationSavings: [200_000, 100_000, 0],
    otherSavings: [300_000, 0, 200_000],
    openingReserves: 6_000_000,
    useOfReserves: [500_000, 500_000, 0],
    reservesFloor: 5_000_000,
  },
  scenarios: {
    Optimistic: { ...threeYearCentral, payAward: 0.02, grantChange: 0.02 },
    Central: threeYearCentral,
    Pessimistic: {
      payAward: [0.04, 0.035, 0.03],
      nonPayInflation: '3.5%',
      grantChange: -0.02,
      taxBaseGrowth: 0.005,
      bandDIncrease: 0.03,
    },
  },
  selected: 'Central',
  costSharing: {
    collaboration: 'Regional organised crime unit',
    cost: '£1,000,000.00',
    basis: 'Population',
    members: [
      { force: 'Derbyshire', basis: 1_070_000 },
      { force: 'Leicestershire', basis: 1_100_000 },
      { force: '', basis: null },
      { force: 'Lincolnshire', basis: 770_000 },
      { force: 'Northamptonshire', basis: 760_000 },
      { force: 'Nottinghamshire', basis: 1_160_000 },
    ],
  },
};

export const SEVEN_YEARS: MtfsInput = {
  assumptions: {
    firstYear: 2026,
    years: 7,
    baseBudget: '£200,000,000',
    payShare: '75%',
    grant: 130_000_000,
    taxBase: 250_000,
    bandD: 250,
    bandDCap: null,
    collaborationSavings: [2_000_000, 0, 1_000_000, 0, 0, 0, 0],
    otherSavings: 1_000_000,
    openingReserves: 20_000_000,
    useOfReserves: 500_000,
    reservesFloor: 8_000_000,
  },
  scenarios: {
    Optimistic: {
      payAward: 0.015,
      nonPayInflation: 0.02,
      grantChange: 0.01,
      taxBaseGrowth: 0.01,
      bandDIncrease: 0.0499,
    },
    Central: {
      payAward: 0.02,
      nonPayInflation: 0.03,
      grantChange: 0,
      taxBaseGrowth: 0,
      bandDIncrease: 0.04,
    },
    Pessimistic: {
      payAward: [0.04, 0.035, 0.03, 0.03, 0.025, 0.025, 0.025],
      nonPayInflation: 0.04,
      grantChange: -0.01,
      taxBaseGrowth: 0,
      bandDIncrease: 0.0299,
    },
  },
  selected: 'Pessimistic',
  costSharing: {
    collaboration: 'Forensic services',
    cost: 100,
    basis: 'Agreed %',
    members: [
      { force: 'Force A', basis: '1%' },
      { force: 'Force B', basis: '1%' },
      { force: 'Force C', basis: '1%' },
    ],
  },
};
