// The hand-worked MTFS strategies of the projection tests, also the central scenarios of the add-in's
// plan tests (tests/addin/taskpane/mtfs/examples.ts).
import type { MtfsParams } from '../../../core/src';

/** A three-year strategy from 2026/27, base year 2025/26; money in £. */
export const THREE_YEARS: MtfsParams = {
  firstYear: '2026/27',
  years: 3,
  baseBudget: 100_000_000,
  payShare: 0.8,
  payAward: [0.03, 0.025, 0.02],
  nonPayInflation: 0.02,
  grant: 60_000_000,
  grantChange: [0.01, 0, -0.01],
  taxBase: 150_000,
  taxBaseGrowth: '1%',
  bandD: 260,
  bandDIncrease: 0.05,
  bandDCap: 14,
  collaborationSavings: [200_000, 100_000, 0],
  otherSavings: [300_000, 0, 200_000],
  openingReserves: 6_000_000,
  useOfReserves: [500_000, 500_000, 0],
  reservesFloor: 5_000_000,
};

/** A seven-year strategy with flat grant and tax base, no Band D cap and steady rates. */
export const SEVEN_YEARS: MtfsParams = {
  firstYear: 2026,
  years: 7,
  baseBudget: '£200,000,000',
  payShare: '75%',
  payAward: 0.02,
  nonPayInflation: 0.03,
  grant: 130_000_000,
  grantChange: 0,
  taxBase: 250_000,
  taxBaseGrowth: 0,
  bandD: 250,
  bandDIncrease: 0.04,
  bandDCap: null,
  collaborationSavings: [2_000_000, 0, 1_000_000, 0, 0, 0, 0],
  otherSavings: 1_000_000,
  openingReserves: 20_000_000,
  useOfReserves: 500_000,
  reservesFloor: 8_000_000,
};
