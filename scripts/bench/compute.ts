// The in-process part of `npm run bench`: every element-wise custom function against the plain
// double loop over the same number[][], per input class, side by side in one run; per-call
// overhead; whole-column calls; range functions against double versions. Prints one JSON object.
import { HyperFormula } from 'hyperformula';
import * as core from '@collab-finance/core';
import type { FunctionSpec } from '@collab-finance/core';
import * as f from '../../addin/functions/functions';
import { call } from '../../addin/functions/adapters';

type Grid = number[][];
const ROWS = 100_000;
const CALLS = 10_000;

/** Median wall time in ms of `runs` calls after `warm` unmeasured ones. */
function median(fn: () => unknown, runs = 7, warm = 2): number {
  for (let i = 0; i < warm; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(timed(fn).ms);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

/**
 * A young-generation collection before a timed run, so that each run starts with an empty young
 * generation and pays for its own garbage only, never for the other side's (bench.mjs runs this
 * file with `--expose-gc` and a fixed young generation). Not a full collection: that also empties
 * V8's caches of property lookups, and the next call then ran two to three times slower than any
 * call between ordinary collections, which would charge the functions for the measurement.
 */
const gc = (globalThis as { gc?: (options: { type: 'minor' }) => void }).gc;
const collect = () => gc?.({ type: 'minor' });

/** Minor page faults of this process so far: its first touches of memory fresh from the system. */
const faults = () => process.resourceUsage().minorPageFault;

/** One timed call: its wall time in ms and the page faults it took. */
function timed(fn: () => unknown): { ms: number; faults: number } {
  collect();
  const before = faults();
  const start = process.hrtime.bigint();
  fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, faults: faults() - before };
}

/** The cost of one page fault in ms, from each probe of `timings`, for the report's median. */
const perFaultMs: number[] = [];

/** A fresh array as large as a result of ROWS rows: what a page fault costs is measured on it. */
const freshArray = () => new Array<number[]>(ROWS);

/**
 * Times in ms of two calls timed alternately, run after run, so that load from other processes
 * falls on both alike and their ratio stays meaningful: the medians of the times, of the page
 * faults each run took, and of the times with the faults' time taken out. That is worked out run
 * by run: a run of the pair that faulted is followed by a fresh array (`freshArray`), whose time
 * over its faults is the cost of a fault just then (it drifts with the host's load).
 *
 * V8 maps every array of more than about 16,000 elements afresh, and the first touch of each 4 KB
 * page traps to the system. On the virtual machines this runs on a trap costs 12 to 40 µs; on an
 * ordinary computer around a microsecond. A result of 100,000 rows takes about 200 of them, on
 * both sides alike: most of the plain loop's time here, so the machine's cost, not the code's,
 * would otherwise set the ratio.
 *
 * Each is first called `warm` times unmeasured, so that both are measured once V8 has compiled
 * them: a call of a millisecond or two is otherwise still being compiled, on another thread,
 * during the first timed runs.
 */
function timings(
  a: () => unknown,
  b: () => unknown,
  runs = 9,
  warm = 1,
): { medians: [number, number]; faults: [number, number]; withoutFaults: [number, number] } {
  for (let i = 0; i < warm; i++) {
    a();
    b();
  }
  const times: [number[], number[]] = [[], []];
  const faulted: [number[], number[]] = [[], []];
  const net: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    const pair = [timed(a), timed(b)];
    // Only after a run that faulted: the probe's own faults cool the processor's caches for the
    // next run, which would charge calls of a millisecond or less for the measurement.
    const probe = pair.some((t) => t.faults > 0) ? timed(freshArray) : { ms: 0, faults: 0 };
    const perFault = probe.faults === 0 ? 0 : probe.ms / probe.faults;
    if (probe.faults > 0) perFaultMs.push(perFault);
    pair.forEach((t, k) => {
      times[k]?.push(t.ms);
      faulted[k]?.push(t.faults);
      net[k]?.push(t.ms - t.faults * perFault);
    });
  }
  const middle = (t: number[]) => t.sort((x, y) => x - y)[Math.floor(runs / 2)] ?? NaN;
  return {
    medians: times.map(middle) as [number, number],
    faults: faulted.map(middle) as [number, number],
    withoutFaults: net.map(middle) as [number, number],
  };
}

/** The function's and the plain version's medians from `timings`, as the report takes them. */
function sides(t: ReturnType<typeof timings>) {
  return {
    adapterMs: t.medians[0],
    plainMs: t.medians[1],
    adapterFaults: t.faults[0],
    plainFaults: t.faults[1],
    adapterNetMs: t.withoutFaults[0],
    plainNetMs: t.withoutFaults[1],
  };
}

/** The medians of `timings`. */
function medians(a: () => unknown, b: () => unknown, runs = 9, warm = 1): [number, number] {
  return timings(a, b, runs, warm).medians;
}

/**
 * Unmeasured calls of each side before a short measurement is timed (a range function, 0.3 to 80 ms;
 * 10,000 one-cell calls, a few ms).
 */
const WARM_UP = 10;

/**
 * Timed runs per side of a range function: its calls are short (0.2 to 40 ms), and with nine the
 * median of APPORTION over 10,000 bases moved between 3.6× and 6.3× from one process to the next.
 */
const RANGE_RUNS = 15;

/** A seeded generator, so every run measures the same inputs. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pence = (r: () => number) => Math.round(1e5 + r() * 1e9) / 100;

/** The input classes of issue 12: how figures arrive from real workbooks. */
const CLASSES: readonly (readonly [string, (r: () => number, i: number) => number])[] = [
  ['typed pounds', (r) => Math.round(1e3 + r() * 1e7)],
  ['pounds and pence', (r) => pence(r)],
  // A formula's sum: 1123456.78 may arrive as 1123456.7799999998.
  ['computed sums', (r) => pence(r) + pence(r) + pence(r)],
  ['per-head quotients', (r) => pence(r) / Math.round(3e5 + r() * 3e6)],
  ['90/10 mix (one in ten computed)', (r, i) => (i % 10 === 0 ? pence(r) + pence(r) : pence(r))],
];

const FORMULAS = core.SPECS.filter((s) => s.formula !== undefined);

/** The required parameters' columns for one class (optional ones are left out, as in real use). */
function columnsFor(spec: FunctionSpec, make: (r: () => number, i: number) => number): Grid[] {
  const r = random(42);
  const required = spec.params.filter((p) => p.optional !== true);
  const columns = required.map(() => Array.from({ length: ROWS }, (_, i) => [make(r, i)]));
  if (spec.formula?.bounded) {
    // A part is at most its total: put the smaller of each pair first.
    const [left, over] = columns as [Grid, Grid];
    for (let i = 0; i < ROWS; i++) {
      const a = (left[i] as number[])[0] as number;
      const b = (over[i] as number[])[0] as number;
      if (a > b) [left[i], over[i]] = [[b], [a]];
    }
  }
  return columns;
}

/** The formula in plain doubles over the same columns: the floor every ratio is measured against. */
function plainLoop(spec: FunctionSpec, columns: Grid[]): () => Grid {
  const slots = [
    spec.formula?.left,
    spec.formula?.right,
    spec.formula?.times,
    spec.formula?.over,
  ].map((name) => spec.params.findIndex((p) => p.name === name));
  const [x, y, z, w] = slots.map((s) => (s >= 0 ? columns[s] : undefined));
  const at = (g: Grid | undefined, i: number, none: number) =>
    g === undefined ? none : ((g[i] as number[])[0] as number);
  return () => {
    const out: Grid = new Array<number[]>(ROWS);
    for (let i = 0; i < ROWS; i++) {
      out[i] = [((at(x, i, 0) - at(y, i, 0)) * at(z, i, 1)) / at(w, i, 1)];
    }
    return out;
  };
}

/** HyperFormula builds a sheet of the inputs with the native formula on every row, and evaluates it. */
function hyperFormula(spec: FunctionSpec, columns: Grid[]): number {
  const letter = (name: string | undefined) => {
    const i = spec.params.findIndex((p) => p.name === name);
    return i < 0 ? undefined : `${String.fromCharCode(65 + i)}{r}`;
  };
  const fm = spec.formula;
  const [x, y, z, w] = [fm?.left, fm?.right, fm?.times, fm?.over].map(letter);
  const formula = `=((${x}${y ? `-${y}` : ''})${z ? `*${z}` : ''})${w ? `/${w}` : ''}`;
  const sheet = Array.from({ length: ROWS }, (_, i) => [
    ...columns.map((g) => (g[i] as number[])[0] as number),
    formula.replace(/\{r\}/g, String(i + 1)),
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

function scalarCases() {
  return FORMULAS.flatMap((spec) =>
    CLASSES.map(([label, make]) => {
      const columns = columnsFor(spec, make);
      const adapter = () => call(spec.id, ...columns);
      const result = adapter();
      let mismatches = 0;
      for (let i = 0; i < ROWS; i++) {
        const args = columns.map((g) => (g[i] as number[])[0] as number);
        const exact = core.evaluate(spec, args).toNumber() + 0;
        if (!Object.is(result[i]?.[0], exact)) mismatches += 1;
      }
      return {
        name: spec.id,
        inputs: label,
        ...sides(timings(adapter, plainLoop(spec, columns), 15)),
        hyperFormulaMs: label === 'pounds and pence' ? hyperFormula(spec, columns) : null,
        mismatchesWithDecimalPath: mismatches,
      };
    }),
  );
}

/** One 1×1 call per cell, as `=COLLAB.SAVINGRATE(B2,C2)` filled down makes them. */
function perCallCases() {
  return FORMULAS.map((spec) => {
    const r = random(9);
    const cells = Array.from({ length: CALLS }, () =>
      spec.params.filter((p) => p.optional !== true).map(() => [[pence(r)]]),
    );
    if (spec.formula?.bounded)
      for (const c of cells) c.sort((a, b) => (a[0]?.[0] as number) - (b[0]?.[0] as number));
    const [adapter, plain] = medians(
      () => {
        for (const c of cells) call(spec.id, ...c);
      },
      () => {
        const out: Grid[] = new Array<Grid>(CALLS);
        for (let i = 0; i < CALLS; i++) {
          const c = cells[i] as Grid[];
          out[i] = [[((c[0]?.[0]?.[0] as number) - 0) / ((c[1]?.[0]?.[0] as number) || 1)]];
        }
        return out;
      },
      9,
      WARM_UP,
    );
    return { name: spec.id, callUs: (adapter * 1000) / CALLS, plainUs: (plain * 1000) / CALLS };
  });
}

/** `=COLLAB.X(A:A, B:B)` on Excel desktop: 1,048,576 rows per argument, ten of them filled. */
function wholeColumnCases() {
  const r = random(5);
  const column = () =>
    Array.from({ length: 1_048_576 }, (_, i) => [i < 10 ? Math.round(1e3 + r() * 1e6) : null]);
  const [a, b, c] = [column(), column(), column()];
  const names = column().map((row, i) => [row[0] === null ? null : `Force ${i}`]);
  const calls: readonly (readonly [string, () => unknown[][]])[] = [
    ['SAVING', () => f.saving(a, b)],
    ['SAVINGRATE', () => f.savingRate(a, b)],
    ['PERHEAD', () => f.perHead(a, b)],
    ['VARIANCEPCT', () => f.variancePct(a, b)],
    ['RATIOBOUNDS', () => f.ratioBounds(a, b, [[1]])],
    ['POOLEDRATE', () => f.pooledRate(a, b)],
    ['NREPERHEAD', () => f.nrePerHead(a, b, c)],
    ['BENCHMARK', () => f.benchmark(a, names, [['Force 3']])],
  ];
  return calls.map(([name, run]) => ({
    name,
    ms: median(run, 5, 1),
    resultBytes: JSON.stringify(run()).length,
  }));
}

function rangeCases() {
  const r = random(3);
  const forces = core.ENGLAND_AND_WALES_FORCES.map((name) => [name]);
  const categories = Array.from({ length: 1000 }, () =>
    forces.map(() => [Math.round(r() * 30000) / 100]),
  );
  const lines = Array.from({ length: 10_000 }, () => [Math.round(r() * 1e8) / 100]);
  const rates = [Array.from({ length: 10 }, (_, y) => 0.02 + y / 1000)];
  const apportion = (n: number) => {
    const bases = Array.from({ length: n }, () => [Math.round(r() * 1e6)]);
    const measured = timings(
      () => f.apportion([[1234567.89]], bases),
      () => {
        let sum = 0;
        for (const [b] of bases) sum += b as number;
        return bases.map(([b]) => [Math.round((123456789 * (b as number)) / sum) / 100]);
      },
      RANGE_RUNS,
      WARM_UP,
    );
    return {
      name: 'APPORTION',
      what: `£1,234,567.89 over ${n.toLocaleString('en-GB')} bases`,
      ...sides(measured),
    };
  };
  const average = timings(
    () => categories.map((values) => f.nationalAverage(values, forces)),
    () => categories.map((values) => values.slice(2).reduce((a, [v]) => a + (v as number), 0) / 41),
    RANGE_RUNS,
    WARM_UP,
  );
  const grow = timings(
    () => f.grow(lines, rates),
    () =>
      lines.map(([base]) => {
        let v = base as number;
        return (rates[0] as number[]).map((rate) => (v *= 1 + rate));
      }),
    RANGE_RUNS,
    WARM_UP,
  );
  return [
    apportion(10_000),
    apportion(250_000),
    {
      name: 'NATIONALAVERAGE',
      what: '43 forces × 1,000 categories (1,000 calls)',
      ...sides(average),
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
    { name: 'GROW', what: '10 years × 10,000 lines', ...sides(grow) },
  ];
}

// `node .bench/scripts/bench/compute.js scalar perCall` measures only those parts (while tuning);
// with no names, every part, as `npm run bench` runs it.
const PARTS = {
  scalar: scalarCases,
  perCall: perCallCases,
  wholeColumn: wholeColumnCases,
  ranges: rangeCases,
};
const only = process.argv.slice(2);
const results = Object.fromEntries(
  Object.entries(PARTS)
    .filter(([name]) => only.length === 0 || only.includes(name))
    .map(([name, part]) => [name, part()]),
);
process.stdout.write(
  JSON.stringify({
    rows: ROWS,
    calls: CALLS,
    faultMs: perFaultMs.sort((x, y) => x - y)[perFaultMs.length >> 1] ?? 0,
    ...results,
  }),
);
