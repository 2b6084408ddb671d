// The COLLAB custom functions: thin adapters over the core. Each converts Excel values to core
// inputs, calls the core, and converts back; every failure becomes an Excel error in its cell.
// Parameters typed any[][] accept a single value or a range; scalar parameters broadcast like
// Excel's operators. The JSDoc is the function wizard's text (functions.json is generated from it)
// and the README reference; tests/addin/functions/docs.test.ts keeps it in step with the core TSDoc.
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands adapters untyped cells. */
import * as core from '@collab-finance/core';
import type { Cell, NumberInput } from '@collab-finance/core';
import { excelError, fromCell, toExcelNumber } from './excelValues';
import { pence, quotient, rateOf } from './exact';
import {
  attempt,
  attemptRow,
  broadcast,
  cellsOf,
  dims,
  elementwise,
  guarded,
  omitted,
  orDefault,
  ShapeError,
  type Element,
  type Grid,
} from './grid';

const num = (v: unknown) => v as NumberInput;
const out = (d: core.Decimal): Element => toExcelNumber(d);
const cells = (name: string, grid: Grid) => cellsOf({ name, grid }) as Cell[];

/**
 * Saving from collaboration: the budget without collaboration minus the budget with it. A negative result means the collaboration costs more.
 * @example =COLLAB.SAVING(22000, 18000) → 4000
 * @customfunction SAVING
 * @helpurl https://localhost:3000/help.html#SAVING
 * @param before Budget without collaboration (zero or more).
 * @param after Budget with collaboration (zero or more).
 * @returns The saving, in the unit of the budgets.
 */
export function saving(before: any[][], after: any[][]): any[][] {
  return elementwise(
    [
      { name: 'before', grid: before },
      { name: 'after', grid: after },
    ],
    ([b, a]) => out(core.saving(num(b), num(a))),
    (b, a) => (b >= 0 && a >= 0 ? quotient(pence(b) - pence(a), 100) : NaN),
  );
}

/**
 * Saving rate: the saving divided by the budget without collaboration, as a fraction.
 * @example =COLLAB.SAVINGRATE(4000, 22000) → 0.1818…
 * @customfunction SAVINGRATE
 * @helpurl https://localhost:3000/help.html#SAVINGRATE
 * @param saving Saving from collaboration (may be negative).
 * @param budget Budget without collaboration (greater than zero).
 * @returns The saving rate as a fraction (format as %).
 */
export function savingRate(saving: any[][], budget: any[][]): any[][] {
  return elementwise(
    [
      { name: 'saving', grid: saving },
      { name: 'budget', grid: budget },
    ],
    ([s, b]) => out(core.savingRate(num(s), num(b))),
    (s, b) => rateOf(s, 0, b),
  );
}

/**
 * Pooled saving rate of a portfolio of collaborations: the sum of the savings divided by the sum of the budgets without collaboration (a weighted average, never the mean of the rates).
 * @example =COLLAB.POOLEDRATE({4000;830}, {22000;3300}) → 0.1909…
 * @customfunction POOLEDRATE
 * @helpurl https://localhost:3000/help.html#POOLEDRATE
 * @param savings Savings, one per collaboration.
 * @param budgets Budgets without collaboration, paired with the savings (zero or more each).
 * @returns The pooled saving rate as a fraction.
 */
export function pooledRate(savings: any[][], budgets: any[][]): any[][] {
  return guarded(() => [
    [out(core.pooledRate(cells('savings', savings), cells('budgets', budgets)))],
  ]);
}

/**
 * Share of the savings requirement: a collaboration's saving divided by the force's total savings requirement ("funding gap") over the same period.
 * @example =COLLAB.GAPSHARE(2500, 10000) → 0.25
 * @customfunction GAPSHARE
 * @helpurl https://localhost:3000/help.html#GAPSHARE
 * @param saving Saving from collaboration over the period (may be negative).
 * @param requirement The force's total savings requirement over the same period (greater than zero).
 * @returns The share as a fraction.
 */
export function gapShare(saving: any[][], requirement: any[][]): any[][] {
  return elementwise(
    [
      { name: 'saving', grid: saving },
      { name: 'requirement', grid: requirement },
    ],
    ([s, r]) => out(core.gapShare(num(s), num(r))),
    (s, r) => rateOf(s, 0, r),
  );
}

/**
 * Officer-to-staff conversion saving: posts converted times the difference between the officer unit cost and the staff unit cost.
 * @example =COLLAB.CONVERSIONSAVING(10, 55000, 38000) → 170000
 * @customfunction CONVERSIONSAVING
 * @helpurl https://localhost:3000/help.html#CONVERSIONSAVING
 * @param posts Number of posts converted (zero or more; may be a fraction of FTE).
 * @param officerCost Unit cost of a police officer post (zero or more).
 * @param staffCost Unit cost of the police staff post that replaces it (zero or more).
 * @returns The annual saving, in the unit of the costs.
 */
export function conversionSaving(
  posts: any[][],
  officerCost: any[][],
  staffCost: any[][],
): any[][] {
  return elementwise(
    [
      { name: 'posts', grid: posts },
      { name: 'officerCost', grid: officerCost },
      { name: 'staffCost', grid: staffCost },
    ],
    ([p, o, s]) => out(core.conversionSaving(num(p), num(o), num(s))),
  );
}

/** The raw cells of an income argument for each row of a column of expenditure. */
function incomeRows(grid: Grid, name: string, rows: number): unknown[][] {
  const shape = dims(grid, name);
  if (rows === 1) return [grid.flat()];
  if (shape.rows === rows) return grid.map((row) => [...row]);
  if (shape.rows === 1 && shape.cols === 1) return Array.from({ length: rows }, () => grid.flat());
  throw new ShapeError(`${name} has ${shape.rows} rows but expenditure has ${rows}`);
}

/**
 * Net revenue expenditure (NRE): total expenditure minus earned income (partnership income; sales, fees, charges and rents; special police services; reimbursed income; interest). Blank income lines count as no income.
 * @example =COLLAB.NRE(120000, {8000,2000}, 500) → 109500
 * @customfunction NRE
 * @helpurl https://localhost:3000/help.html#NRE
 * @param expenditure Total expenditure (zero or more): one value, or a column with one value per force.
 * @param income Earned income lines (zero or more each); blanks are skipped. Against a column of expenditure, each row's cells are that row's income lines.
 * @returns NRE, in the unit of the inputs: one value, or a column.
 */
export function nre(expenditure: any[][], income: any[][][]): any[][] {
  return guarded(() => {
    const { rows, cols } = dims(expenditure, 'expenditure');
    if (cols !== 1) throw new ShapeError('expenditure must be a single value or a column');
    const lines = income.map((grid, i) => incomeRows(grid, `income ${i + 1}`, rows));
    return expenditure.map((row, r) => [
      attempt(() =>
        out(
          core.nre(num(fromCell(row[0])), lines.flatMap((l) => l[r] ?? []).map(fromCell) as Cell[]),
        ),
      ),
    ]);
  });
}

/**
 * Per head: an amount divided by the resident population of the force area, times per (1 for per person, 1,000 for per 1,000 population).
 * @example =COLLAB.PERHEAD(180000000, 1200000, 1000) → 150000
 * @customfunction PERHEAD
 * @helpurl https://localhost:3000/help.html#PERHEAD
 * @param amount The amount, e.g. NRE (may be negative).
 * @param population Resident population of the force area (greater than zero).
 * @param [per] Population scale: 1 for per person (default), 1000 for per 1,000 population.
 * @returns The amount per head.
 */
export function perHead(amount: any[][], population: any[][], per?: any[][]): any[][] {
  return elementwise(
    [
      { name: 'amount', grid: amount },
      { name: 'population', grid: population },
      { name: 'per', grid: orDefault(per, 1) },
    ],
    ([a, p, s]) => out(core.perHead(num(a), num(p), num(s))),
    (a, p, s) => (s > 0 ? quotient(pence(a) * pence(s), 100 * pence(p)) : NaN),
  );
}

/**
 * NRE per head: (total expenditure minus earned income) divided by the resident population of the force area, times per (1 for per person, 1,000 for per 1,000 population).
 * @example =COLLAB.NREPERHEAD(200000000, 20000000, 1200000) → 150
 * @customfunction NREPERHEAD
 * @helpurl https://localhost:3000/help.html#NREPERHEAD
 * @param expenditure Total expenditure (zero or more).
 * @param income Earned income (zero or more).
 * @param population Resident population of the force area (greater than zero).
 * @param [per] Population scale: 1 for per person (default), 1000 for per 1,000 population.
 * @returns NRE per head.
 */
export function nrePerHead(
  expenditure: any[][],
  income: any[][],
  population: any[][],
  per?: any[][],
): any[][] {
  return elementwise(
    [
      { name: 'expenditure', grid: expenditure },
      { name: 'income', grid: income },
      { name: 'population', grid: population },
      { name: 'per', grid: orDefault(per, 1) },
    ],
    ([e, i, p, s]) => out(core.nrePerHead(num(e), num(i), num(p), num(s))),
    (e, i, p, s) =>
      e >= 0 && i >= 0 && s > 0 ? quotient((pence(e) - pence(i)) * pence(s), 100 * pence(p)) : NaN,
  );
}

/**
 * Pooled per head for a group of forces (a region): the sum of the amounts divided by the sum of the populations, times per. Blank pairs are skipped; an amount without its population is an error.
 * @example =COLLAB.POOLEDPERHEAD({150000000;90000000}, {1000000;600000}) → 150
 * @customfunction POOLEDPERHEAD
 * @helpurl https://localhost:3000/help.html#POOLEDPERHEAD
 * @param amounts Amounts (e.g. NRE), one per force.
 * @param populations Resident populations, paired with the amounts (greater than zero each).
 * @param [per] Population scale: 1 for per person (default), 1000 for per 1,000 population.
 * @returns The pooled amount per head.
 */
export function pooledPerHead(amounts: any[][], populations: any[][], per?: any[][]): any[][] {
  return guarded(() => [
    [
      out(
        core.pooledPerHead(
          cells('amounts', amounts),
          cells('populations', populations),
          num(cells('per', orDefault(per, 1))[0]),
        ),
      ),
    ],
  ]);
}

/** Force names from a range: blanks skipped, anything else passed on as text for the core to judge. */
function names(name: string, grid: Grid): string[] {
  return (cellsOf({ name, grid }) as unknown[]).filter((v) => v !== null).map((v) => String(v));
}

/** The exclusion list: left out, the default (Met and City of London); the word "none", nobody. */
function exclusions(grid: Grid | undefined): string[] | undefined {
  if (omitted(grid)) return undefined;
  const list = names('exclude', grid as Grid);
  return list.length === 1 && list[0]?.trim().toLowerCase() === 'none' ? [] : list;
}

/** A TRUE/FALSE option; 1 and 0 are accepted as Excel does. */
function flag(grid: Grid | undefined, name: string): boolean {
  const value = cellsOf({ name, grid: orDefault(grid, false) })[0];
  if (value === true || value === 1) return true;
  if (value === false || value === 0) return false;
  throw new ShapeError(`${name} must be TRUE or FALSE`);
}

/**
 * England and Wales average: the simple (unweighted) mean of the forces' per-head values, excluding the Metropolitan Police and the City of London Police (or the forces in exclude) and forces that reported no spend (blank, or zero unless zeroIsReport). With weights (populations) it is the population-weighted mean instead. Force names match whatever their case, spacing or usual spelling.
 * @example =COLLAB.NATIONALAVERAGE({150;200;400}, {"Kent";"Essex";"Metropolitan Police"}) → 175
 * @customfunction NATIONALAVERAGE
 * @helpurl https://localhost:3000/help.html#NATIONALAVERAGE
 * @param values Per-head values, one per force (blank: did not report).
 * @param forces Force names, paired with the values.
 * @param [exclude] Forces left out of the average; omitted: Metropolitan Police and City of London Police. The word "none" leaves out nobody.
 * @param [weights] Population weights, paired with the values; omitted: a simple (unweighted) mean.
 * @param [zeroIsReport] Count a zero as a real report; by default a zero, like a blank, means the force did not report. TRUE or FALSE (default FALSE).
 * @returns The average.
 */
export function nationalAverage(
  values: any[][],
  forces: any[][],
  exclude?: any[][],
  weights?: any[][],
  zeroIsReport?: any[][],
): any[][] {
  return guarded(() => [
    [
      out(
        core.nationalAverage(cells('values', values), cellsOf({ name: 'forces', grid: forces }), {
          exclude: exclusions(exclude),
          weights: omitted(weights) ? undefined : cells('weights', weights as Grid),
          zeroIsReport: flag(zeroIsReport, 'zeroIsReport'),
        }).average,
      ),
    ],
  ]);
}

/**
 * Variance from average: a value divided by its benchmark, minus one (+0.54 means 54 % above the benchmark, -0.1 means 10 % below).
 * @example =COLLAB.VARIANCEPCT(154, 100) → 0.54
 * @customfunction VARIANCEPCT
 * @helpurl https://localhost:3000/help.html#VARIANCEPCT
 * @param value The value compared, e.g. a force's NRE per head.
 * @param benchmark The benchmark, e.g. the England and Wales average (greater than zero).
 * @returns The variance as a fraction (format as %).
 */
export function variancePct(value: any[][], benchmark: any[][]): any[][] {
  return elementwise(
    [
      { name: 'value', grid: value },
      { name: 'benchmark', grid: benchmark },
    ],
    ([v, b]) => out(core.variancePct(num(v), num(b))),
    (v, b) => rateOf(v, b, b),
  );
}

/**
 * Benchmark: a force's value against the average of all forces (or of a peer group such as its most similar group), with the variance (value ÷ average − 1), the difference (value − average), its rank (1 = highest) among the compared forces and itself, and how many forces were compared. Spills one row per force: value, average, variance, difference, rank, count.
 * @example =COLLAB.BENCHMARK({150;200;100}, {"Kent";"Essex";"Surrey"}, "Essex") → {200, 150, 0.3333…, 50, 1, 3}
 * @customfunction BENCHMARK
 * @helpurl https://localhost:3000/help.html#BENCHMARK
 * @param values Per-head values, one per force.
 * @param forces Force names, paired with the values.
 * @param force The force to benchmark, or a column of forces (one result row each).
 * @param [peers] Compare against these forces only (e.g. the most similar group); omitted: all forces.
 * @param [exclude] Forces left out of the average; omitted: Metropolitan Police and City of London Police. The word "none" leaves out nobody.
 * @returns One row per force: value, average, variance, difference, rank, count.
 */
export function benchmark(
  values: any[][],
  forces: any[][],
  force: any[][],
  peers?: any[][],
  exclude?: any[][],
): any[][] {
  return guarded(() => {
    const data = cells('values', values);
    const forceNames = cellsOf({ name: 'forces', grid: forces });
    const options = {
      peers: omitted(peers) ? undefined : names('peers', peers as Grid),
      exclude: exclusions(exclude),
    };
    if (dims(force, 'force').cols !== 1)
      throw new ShapeError('force must be a single force or a column of forces');
    return force.map((row) =>
      attemptRow(6, () => {
        const name = fromCell(row[0]);
        if (typeof name !== 'string')
          throw excelError('#VALUE!', `force must be a force name, got ${String(name)}`);
        const r = core.benchmark(data, forceNames, name, options);
        return [...[r.value, r.average, r.variance, r.difference].map(out), r.rank, r.count];
      }),
    );
  });
}

/**
 * Workforce share: people (FTE) in collaborated functions divided by the total workforce, for officers, staff or both. A part larger than its total is a data error, not a share above 1.
 * @example =COLLAB.WORKFORCESHARE(620, 8409) → 0.0737…
 * @customfunction WORKFORCESHARE
 * @helpurl https://localhost:3000/help.html#WORKFORCESHARE
 * @param part FTE in collaborated functions (zero or more, at most the total).
 * @param total Total workforce FTE (greater than zero).
 * @returns The share as a fraction.
 */
export function workforceShare(part: any[][], total: any[][]): any[][] {
  return elementwise(
    [
      { name: 'part', grid: part },
      { name: 'total', grid: total },
    ],
    ([p, t]) => out(core.workforceShare(num(p), num(t))),
    (p, t) => (p >= 0 && p <= t ? rateOf(p, 0, t) : NaN),
  );
}

/**
 * Cost of posts: officers times the officer unit cost plus staff times the staff unit cost, rounded half up to the nearest roundTo when given (published tables round to the nearest ten).
 * @example =COLLAB.POSTSCOST(12, 5, 57.3, 34.1, 10) → 860
 * @customfunction POSTSCOST
 * @helpurl https://localhost:3000/help.html#POSTSCOST
 * @param officers Officer posts (FTE, zero or more).
 * @param staff Staff posts (FTE, zero or more).
 * @param officerCost Unit cost of an officer post (zero or more).
 * @param staffCost Unit cost of a staff post (zero or more).
 * @param [roundTo] Round the result to the nearest multiple of this (e.g. 10); omitted: no rounding.
 * @returns The cost, in the unit of the unit costs.
 */
export function postsCost(
  officers: any[][],
  staff: any[][],
  officerCost: any[][],
  staffCost: any[][],
  roundTo?: any[][],
): any[][] {
  const args = [
    { name: 'officers', grid: officers },
    { name: 'staff', grid: staff },
    { name: 'officerCost', grid: officerCost },
    { name: 'staffCost', grid: staffCost },
  ];
  const rounded = !omitted(roundTo);
  return elementwise(
    rounded ? [...args, { name: 'roundTo', grid: roundTo as Grid }] : args,
    ([o, s, oc, sc, r]) =>
      out(
        core.postsCost({
          officers: num(o),
          staff: num(s),
          officerCost: num(oc),
          staffCost: num(sc),
          roundTo: rounded ? num(r) : undefined,
        }),
      ),
  );
}

/**
 * Unit cost: a cost divided by the full-time-equivalent posts it pays for.
 * @example =COLLAB.UNITCOST(5500000, 100) → 55000
 * @customfunction UNITCOST
 * @helpurl https://localhost:3000/help.html#UNITCOST
 * @param cost The cost (zero or more).
 * @param fte Full-time-equivalent posts (greater than zero).
 * @returns The cost per FTE.
 */
export function unitCost(cost: any[][], fte: any[][]): any[][] {
  return elementwise(
    [
      { name: 'cost', grid: cost },
      { name: 'fte', grid: fte },
    ],
    ([c, f]) => out(core.unitCost(num(c), num(f))),
    (c, f) => (c >= 0 ? rateOf(c, 0, f) : NaN),
  );
}

/**
 * Apportionment: the total shared in proportion to the bases (population, NRE, officers, agreed percentages), each part rounded to decimals places by the largest-remainder method so that the parts add up to the total exactly. Each part is within one unit (e.g. a penny) of its exact share; equal remainders go to the earlier basis. Blank bases get nothing.
 * @example =COLLAB.APPORTION(100, {1,1,1}) → {33.34, 33.33, 33.33}
 * @customfunction APPORTION
 * @helpurl https://localhost:3000/help.html#APPORTION
 * @param total The amount to share; it must not have more decimal places than decimals.
 * @param bases The basis of each share (zero or more each; not all zero).
 * @param [decimals] Decimal places of the parts, 0 to 10 (default 2: pennies).
 * @returns The parts, in the same shape as the bases.
 */
export function apportion(total: any[][], bases: any[][], decimals?: any[][]): any[][] {
  return guarded(() => {
    const amount = cellsOf({ name: 'total', grid: total });
    if (amount.length !== 1) throw new ShapeError('total must be a single value');
    const places = cellsOf({ name: 'decimals', grid: orDefault(decimals, 2) })[0];
    const parts = core.apportion(num(amount[0]), cells('bases', bases), num(places)).map(out);
    const width = dims(bases, 'bases').cols;
    return bases.map((_, r) => parts.slice(r * width, (r + 1) * width));
  });
}

/**
 * Growth projection: the base compounded by each year's rate, base × (1 + r1) × … × (1 + rn), one value per year. Give one rate and years to repeat it, or a row of rates, one per year.
 * @example =COLLAB.GROW(1000, 0.1, 3) → {1100, 1210, 1331}
 * @customfunction GROW
 * @helpurl https://localhost:3000/help.html#GROW
 * @param base The line's value in the base year: one value, or a column of lines (one result row each).
 * @param rates One rate, or a rate per year (fractions: 0.025 for 2.5 %; more than -100 %).
 * @param [years] How many years to repeat a single rate (1 to 100).
 * @returns A row of projected values per base line, one column per year.
 */
export function grow(base: any[][], rates: any[][], years?: any[][]): any[][] {
  return guarded(() => {
    const { rows, cols } = dims(rates, 'rates');
    if (rows !== 1 && cols !== 1)
      throw new ShapeError('rates must be a single value, a row or a column');
    if (dims(base, 'base').cols !== 1)
      throw new ShapeError('base must be a single value or a column');
    const list = cellsOf({ name: 'rates', grid: rates }) as Cell[];
    const count = omitted(years)
      ? undefined
      : num(cellsOf({ name: 'years', grid: years as Grid })[0]);
    const width = count === undefined || list.length > 1 ? list.length : Number(count) || 1;
    return base.map((row) =>
      attemptRow(width, () =>
        core.grow(num(fromCell(row[0])), list.length === 1 ? num(list[0]) : list, count).map(out),
      ),
    );
  });
}

/**
 * Gap: budget requirement minus funding; positive means a shortfall to close with savings or reserves, negative a surplus.
 * @example =COLLAB.GAP(250000, 243500) → 6500
 * @customfunction GAP
 * @helpurl https://localhost:3000/help.html#GAP
 * @param requirement Budget requirement (zero or more).
 * @param funding Total funding: grant plus precept (zero or more).
 * @returns The gap.
 */
export function gap(requirement: any[][], funding: any[][]): any[][] {
  return elementwise(
    [
      { name: 'requirement', grid: requirement },
      { name: 'funding', grid: funding },
    ],
    ([r, f]) => out(core.gap(num(r), num(f))),
    (r, f) => (r >= 0 && f >= 0 ? quotient(pence(r) - pence(f), 100) : NaN),
  );
}

/**
 * Ratio bounds: the smallest and largest true ratio that inputs rounded to step allow. With the numerator n and denominator d each off by up to half a step, the true ratio lies between (n − step/2) ÷ (d + dStep/2) and (n + step/2) ÷ (d − dStep/2).
 * @example =COLLAB.RATIOBOUNDS(4000, 22000, 1000) → {0.1555…, 0.2093…}
 * @customfunction RATIOBOUNDS
 * @helpurl https://localhost:3000/help.html#RATIOBOUNDS
 * @param numerator The published numerator.
 * @param denominator The published denominator (more than half its step).
 * @param step The rounding step of the numerator (e.g. 1, 10, 0.1; greater than zero).
 * @param [denominatorStep] The rounding step of the denominator; omitted: the same as step.
 * @returns A row per ratio: min, max.
 */
export function ratioBounds(
  numerator: any[][],
  denominator: any[][],
  step: any[][],
  denominatorStep?: any[][],
): any[][] {
  const args = [
    { name: 'numerator', grid: numerator },
    { name: 'denominator', grid: denominator },
    { name: 'step', grid: step },
    { name: 'denominatorStep', grid: orDefault(denominatorStep, step) },
  ];
  return guarded(() => {
    const { rows, cols } = broadcast(args);
    if (cols !== 1) throw new ShapeError('ratioBounds takes single values or columns');
    return Array.from({ length: rows }, (_, r) =>
      attemptRow(2, () => {
        const [n, d, s, ds] = args.map((a) =>
          num(fromCell(a.grid[a.grid.length === 1 ? 0 : r]?.[0])),
        );
        const bounds = core.ratioBounds(n as NumberInput, d as NumberInput, s as NumberInput, ds);
        return [out(bounds.min), out(bounds.max)];
      }),
    );
  });
}

/**
 * Rounding-consistency check: true where some true ratio allowed by the rounded inputs (see RATIOBOUNDS) rounds to the published rate at decimals places (2 = whole per cent, 3 = one decimal of a per cent).
 * @example =COLLAB.CONSISTENT(0.18, 4000, 22000, 1) → TRUE
 * @customfunction CONSISTENT
 * @helpurl https://localhost:3000/help.html#CONSISTENT
 * @param published The published rate as a fraction (0.18 or "18%").
 * @param numerator The published numerator.
 * @param denominator The published denominator.
 * @param step The rounding step of the numerator.
 * @param [denominatorStep] The rounding step of the denominator; omitted: the same as step.
 * @param [decimals] Decimal places the published rate was rounded to, as a fraction: 2 = whole per cent (default).
 * @returns TRUE where the published rate can arise from the rounded inputs.
 */
export function isConsistent(
  published: any[][],
  numerator: any[][],
  denominator: any[][],
  step: any[][],
  denominatorStep?: any[][],
  decimals?: any[][],
): any[][] {
  return elementwise(
    [
      { name: 'published', grid: published },
      { name: 'numerator', grid: numerator },
      { name: 'denominator', grid: denominator },
      { name: 'step', grid: step },
      { name: 'denominatorStep', grid: orDefault(denominatorStep, step) },
      { name: 'decimals', grid: orDefault(decimals, 2) },
    ],
    ([p, n, d, s, ds, dp]) =>
      core.isConsistent({
        published: num(p),
        numerator: num(n),
        denominator: num(d),
        step: num(s),
        denominatorStep: num(ds),
        decimals: num(dp),
      }),
  );
}
