// Example MTFS inputs shared by the plan tests: a 3-year and a 7-year strategy with three scenarios
// (the central ones are the hand-worked core examples, split here into shared assumptions and
// rates) and a cost-sharing table.
import type {
  MtfsInput,
  ScenarioRates,
  SharedAssumptions,
} from '../../../../addin/taskpane/mtfs/plan';
import type { MtfsParams } from '../../../../core/src';
import * as core from '../../../core/mtfs/examples';

/** A core example as the assumptions every scenario shares and its own rates. */
function split(params: MtfsParams): { shared: SharedAssumptions; rates: ScenarioRates } {
  const { payAward, nonPayInflation, grantChange, taxBaseGrowth, bandDIncrease, ...shared } =
    params;
  return {
    shared,
    rates: { payAward, nonPayInflation, grantChange, taxBaseGrowth, bandDIncrease },
  };
}

const threeYears = split(core.THREE_YEARS);

export const THREE_YEARS: MtfsInput = {
  assumptions: threeYears.shared,
  scenarios: {
    Optimistic: { ...threeYears.rates, payAward: 0.02, grantChange: 0.02 },
    Central: threeYears.rates,
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

const sevenYears = split(core.SEVEN_YEARS);

export const SEVEN_YEARS: MtfsInput = {
  assumptions: sevenYears.shared,
  scenarios: {
    Optimistic: {
      payAward: 0.015,
      nonPayInflation: 0.02,
      grantChange: 0.01,
      taxBaseGrowth: 0.01,
      bandDIncrease: 0.0499,
    },
    Central: sevenYears.rates,
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
      { force: 'Force A', basis: '34%' },
      { force: 'Force B', basis: '33%' },
      { force: 'Force C', basis: '33%' },
    ],
  },
};
