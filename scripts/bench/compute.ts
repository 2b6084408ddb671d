// The in-process part of `npm run bench`: custom functions against the plain double loop and
// HyperFormula, side by side in one run, and context.sync() counts. Prints one JSON object.
import { HyperFormula } from 'hyperformula';
import { Decimal } from '../../core/src/index';
import * as core from '../../core/src/index';
import * as f from '../../addin/functions/functions';
import { syncsToWrite } from '../../tests/addin/workbook/office/fakeExcel';

type Grid = number[][];
const ROWS = 100_000;

/** Median wall time in ms of `runs` calls after `warm` unmeasured ones. */
function median(fn: () => unknown, runs = 9, warm = 3): number {
  for (let i = 0; i < warm; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

/** A seeded generator, so every run measures the same inputs. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const column = (n: number, make: (i: number) => number): Grid =>
  Array.from({ length: n }, (_, i) => [make(i)]);

/** Whole pounds and pence, as budgets hold them; populations are whole people. */
function penceData() {
  const r = random(42);
  return {
    expenditure: column(ROWS, () => Math.round(1e8 + r() * 4e10) / 100),
    income: column(ROWS, () => Math.round(r() * 1e9) / 100),
    population: column(ROWS, () => Math.round(3e5 + r() * 3e6)),
  };
}

/** Values with many decimals (e.g. per-head figures that are themselves quotients). */
function decimalData() {
  const r = random(7);
  return {
    value: column(ROWS, () => 100 + r() * 200),
    benchmark: column(ROWS, () => 150 + r() / 3),
  };
}

interface Case {
  name: string;
  inputs: string;
  adapter: () => unknown[][];
  plain: () => Grid;
  naive: () => Grid;
  formula: string;
  columns: Grid[];
  exact: (row: number) => number;
}

function plainLoop(n: number, cell: (i: number) => number): Grid {
  const out: Grid = new Array<number[]>(n);
  for (let i = 0; i < n; i++) out[i] = [cell(i)];
  return out;
}

function cases(): Case[] {
  const d = penceData();
  const v = decimalData();
  const at = (g: Grid, i: number) => (g[i] as number[])[0] as number;
  const e = (i: number) => at(d.expenditure, i);
  const inc = (i: number) => at(d.income, i);
  const p = (i: number) => at(d.population, i);
  const val = (i: number) => at(v.value, i);
  const bm = (i: number) => at(v.benchmark, i);
  return [
    {
      name: 'NREPERHEAD',
      inputs: 'pounds and pence, whole populations',
      adapter: () => f.nrePerHead(d.expenditure, d.income, d.population),
      plain: () => plainLoop(ROWS, (i) => (e(i) - inc(i)) / p(i)),
      naive: () => plainLoop(ROWS, (i) => new Decimal(e(i)).minus(inc(i)).div(p(i)).toNumber()),
      formula: '=(A{r}-B{r})/C{r}',
      columns: [d.expenditure, d.income, d.population],
      exact: (i) => core.nrePerHead(e(i), inc(i), p(i)).toNumber(),
    },
    {
      name: 'SAVINGRATE',
      inputs: 'pounds and pence',
      adapter: () => f.savingRate(d.income, d.expenditure),
      plain: () => plainLoop(ROWS, (i) => inc(i) / e(i)),
      naive: () => plainLoop(ROWS, (i) => new Decimal(inc(i)).div(e(i)).toNumber()),
      formula: '=A{r}/B{r}',
      columns: [d.income, d.expenditure],
      exact: (i) => core.savingRate(inc(i), e(i)).toNumber(),
    },
    {
      name: 'VARIANCEPCT',
      inputs: 'pounds and pence',
      adapter: () => f.variancePct(d.income, d.expenditure),
      plain: () => plainLoop(ROWS, (i) => inc(i) / e(i) - 1),
      naive: () => plainLoop(ROWS, (i) => new Decimal(inc(i)).div(e(i)).minus(1).toNumber()),
      formula: '=A{r}/B{r}-1',
      columns: [d.income, d.expenditure],
      exact: (i) => core.variancePct(inc(i), e(i)).toNumber(),
    },
    {
      name: 'VARIANCEPCT',
      inputs: 'up to 17 significant digits (per-head quotients): the decimal path',
      adapter: () => f.variancePct(v.value, v.benchmark),
      plain: () => plainLoop(ROWS, (i) => val(i) / bm(i) - 1),
      naive: () => plainLoop(ROWS, (i) => new Decimal(val(i)).div(bm(i)).minus(1).toNumber()),
      formula: '=A{r}/B{r}-1',
      columns: [v.value, v.benchmark],
      exact: (i) => core.variancePct(val(i), bm(i)).toNumber(),
    },
  ];
}

/** HyperFormula builds a sheet of the inputs with the native formula on every row, and evaluates it. */
function hyperFormula(c: Case): number {
  const sheet = Array.from({ length: ROWS }, (_, i) => [
    ...c.columns.map((g) => (g[i] as number[])[0] as number),
    c.formula.replace(/\{r\}/g, String(i + 1)),
  ]);
  return median(
    () => {
      const hf = HyperFormula.buildFromArray(sheet, { licenseKey: 'gpl-v3', maxRows: ROWS });
      hf.getSheetValues(0);
      hf.destroy();
    },
    3,
    1,
  );
}

function scalarCase(c: Case) {
  const result = c.adapter();
  let mismatches = 0;
  for (let i = 0; i < ROWS; i++) if (!Object.is(result[i]?.[0], c.exact(i))) mismatches += 1;
  const adapter = median(c.adapter);
  const plain = median(c.plain);
  const naive = median(c.naive, 3, 1);
  return {
    name: c.name,
    inputs: c.inputs,
    adapterMs: adapter,
    plainMs: plain,
    naiveDecimalMs: naive,
    hyperFormulaMs: hyperFormula(c),
    mismatchesWithDecimalPath: mismatches,
  };
}

function rangeCases() {
  const r = random(3);
  const bases = column(10_000, () => Math.round(r() * 1e6));
  const forces = core.ENGLAND_AND_WALES_FORCES.map((name) => [name]);
  const categories = Array.from({ length: 1000 }, () =>
    forces.map(() => [Math.round(r() * 30000) / 100]),
  );
  const lines = column(10_000, () => Math.round(r() * 1e8) / 100);
  const rates = [Array.from({ length: 10 }, (_, y) => 0.02 + y / 1000)];
  const plainGrow = () =>
    lines.map(([base]) => {
      let v = base as number;
      return (rates[0] as number[]).map((rate) => (v *= 1 + rate));
    });
  return [
    {
      name: 'APPORTION',
      what: '£1,234,567.89 over 10,000 bases',
      adapterMs: median(() => f.apportion([[1234567.89]], bases)),
      plainMs: median(() => {
        const sum = bases.reduce((a, [b]) => a + (b as number), 0);
        return bases.map(([b]) => [(1234567.89 * (b as number)) / sum]);
      }),
    },
    {
      name: 'NATIONALAVERAGE',
      what: '43 forces × 1,000 categories (1,000 calls)',
      adapterMs: median(() => categories.map((values) => f.nationalAverage(values, forces)), 5, 1),
      plainMs: median(() =>
        categories.map((values) => values.slice(2).reduce((a, [v]) => a + (v as number), 0) / 41),
      ),
    },
    {
      name: 'BENCHMARK',
      what: '43 forces × 1,000 categories (1,000 calls)',
      adapterMs: median(
        () => categories.map((values) => f.benchmark(values, forces, [['Kent']])),
        5,
        1,
      ),
      plainMs: null,
    },
    {
      name: 'GROW',
      what: '10 years × 10,000 lines',
      adapterMs: median(() => f.grow(lines, rates), 5, 1),
      plainMs: median(plainGrow),
    },
  ];
}

async function main(): Promise<void> {
  const scalar = cases().map(scalarCase);
  const ranges = rangeCases();
  const syncs = { rows10: await syncsToWrite(10), rows5000: await syncsToWrite(5000) };
  process.stdout.write(JSON.stringify({ rows: ROWS, scalar, ranges, syncs }));
}

void main();
