// Projects a medium-term financial strategy year by year: budget requirement, funding, the gap before
// and after savings, the cumulative gap and the reserves against their floor, with a sensitivity table.
import { Decimal } from '../lib/decimal.js';
import { readMtfsAssumptions, type MtfsAssumptions, type MtfsParams } from './assumptions.js';
import { gap } from './gap.js';
import { grow } from './grow.js';

/** The lines that grow from the base year. */
export interface MtfsLines {
  readonly label: string;
  readonly pay: Decimal;
  readonly nonPay: Decimal;
  /** Pay plus non-pay. */
  readonly requirement: Decimal;
  readonly grant: Decimal;
  readonly taxBase: Decimal;
  readonly bandD: Decimal;
  /** Tax base × Band D. */
  readonly precept: Decimal;
  /** Grant plus precept. */
  readonly funding: Decimal;
}

/** What 1 % more (the sensitivity step) on a line does to the year's gap: positive widens it. */
export interface MtfsSensitivity {
  readonly pay: Decimal;
  readonly nonPay: Decimal;
  readonly precept: Decimal;
  readonly grant: Decimal;
}

export interface MtfsYear extends MtfsLines {
  /** Requirement minus funding. */
  readonly gapBeforeSavings: Decimal;
  /** Collaboration savings made this year and in every earlier year (they recur). */
  readonly collaborationSavings: Decimal;
  /** Other savings made this year and in every earlier year. */
  readonly otherSavings: Decimal;
  readonly savings: Decimal;
  readonly gapAfterSavings: Decimal;
  /** Running sum of the gaps after savings, from the first year. */
  readonly cumulativeGap: Decimal;
  readonly useOfReserves: Decimal;
  /** End-of-year reserves: last year's balance less the planned use and the gap after savings. */
  readonly reserves: Decimal;
  readonly belowFloor: boolean;
  readonly sensitivity: MtfsSensitivity;
}

export interface MtfsProjection {
  readonly assumptions: MtfsAssumptions;
  /** The base year, the year before the first. */
  readonly base: MtfsLines;
  readonly years: readonly MtfsYear[];
}

/** Running sums: [a, a + b, a + b + c, …]. */
function runningSum(values: readonly Decimal[]): Decimal[] {
  let total = new Decimal(0);
  return values.map((v) => (total = total.plus(v)));
}

/** Band D rises by its rate each year, but by no more than the cap per property when there is one. */
function bandDs(a: MtfsAssumptions): Decimal[] {
  let value = a.bandD;
  return a.bandDIncrease.map((rate) => {
    const rise = value.times(rate);
    value = value.plus(a.bandDCap === null ? rise : Decimal.min(rise, a.bandDCap));
    return value;
  });
}

/**
 * MTFS projection. Conventions: the base-year figures (budget, grant, tax base, Band D) are those of
 * the year before the first, so the first year already grows by its rates; the base budget splits
 * into pay and non-pay by the pay share, each growing by its own rate; savings entered for a year are
 * new and recurring, so a year counts its own and every earlier year's; reserves fall each year by
 * the planned use of reserves and by the gap after savings (a surplus adds to them), and a year is
 * flagged when its closing balance is below the floor. Nothing is rounded.
 *
 * @param params - The assumptions; see MtfsParams. Checked by readMtfsAssumptions.
 * @returns The base year and one entry per year of the horizon.
 * @example mtfsProjection({ firstYear: 2026, years: 1, baseBudget: 1000, payShare: 0.8, payAward: 0.03, nonPayInflation: 0.02, grant: 600, grantChange: 0, taxBase: 1, taxBaseGrowth: 0, bandD: 380, bandDIncrease: 0.05, collaborationSavings: 10, otherSavings: 5, openingReserves: 100, useOfReserves: 0, reservesFloor: 50 }).years[0].gapAfterSavings //=> 14 (1,028 requirement − 999 funding − 15 savings)
 */
export function mtfsProjection(params: MtfsParams): MtfsProjection {
  const a = readMtfsAssumptions(params);
  const payBase = a.baseBudget.times(a.payShare);
  const nonPayBase = a.baseBudget.minus(payBase);
  const base: MtfsLines = {
    label: a.baseLabel,
    pay: payBase,
    nonPay: nonPayBase,
    requirement: a.baseBudget,
    grant: a.grant,
    taxBase: a.taxBase,
    bandD: a.bandD,
    precept: a.taxBase.times(a.bandD),
    funding: a.grant.plus(a.taxBase.times(a.bandD)),
  };
  const pay = grow(payBase, a.payAward);
  const nonPay = grow(nonPayBase, a.nonPayInflation);
  const grant = grow(a.grant, a.grantChange);
  const taxBase = grow(a.taxBase, a.taxBaseGrowth);
  const bandD = bandDs(a);
  const collaboration = runningSum(a.collaborationSavings);
  const other = runningSum(a.otherSavings);

  let cumulativeGap = new Decimal(0);
  let reserves = a.openingReserves;
  const years = a.labels.map((label, i): MtfsYear => {
    const at = <T>(list: readonly T[]) => list[i] as T;
    const requirement = at(pay).plus(at(nonPay));
    const precept = at(taxBase).times(at(bandD));
    const funding = at(grant).plus(precept);
    const gapBeforeSavings = gap(requirement, funding);
    const savings = at(collaboration).plus(at(other));
    const gapAfterSavings = gapBeforeSavings.minus(savings);
    cumulativeGap = cumulativeGap.plus(gapAfterSavings);
    reserves = reserves.minus(at(a.useOfReserves)).minus(gapAfterSavings);
    return {
      label,
      pay: at(pay),
      nonPay: at(nonPay),
      requirement,
      grant: at(grant),
      taxBase: at(taxBase),
      bandD: at(bandD),
      precept,
      funding,
      gapBeforeSavings,
      collaborationSavings: at(collaboration),
      otherSavings: at(other),
      savings,
      gapAfterSavings,
      cumulativeGap,
      useOfReserves: at(a.useOfReserves),
      reserves,
      belowFloor: reserves.lt(a.reservesFloor),
      sensitivity: {
        pay: at(pay).times(a.sensitivityStep),
        nonPay: at(nonPay).times(a.sensitivityStep),
        precept: precept.times(a.sensitivityStep).neg(),
        grant: at(grant).times(a.sensitivityStep).neg(),
      },
    };
  });
  return { assumptions: a, base, years };
}
