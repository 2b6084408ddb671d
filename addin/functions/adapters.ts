// How each COLLAB function turns Excel's grids into core calls, built from the function specs. An
// element-wise spec (one with a formula or a compute) gets the one generic adapter: its parameters
// broadcast, optional ones take their declared defaults, the formula's exact fast path runs first.
// The functions that take whole ranges or spill rows have their own adapters below, by id.
import * as core from '@collab-finance/core';
import {
  nationalAverageOfColumns,
  type Cell,
  type FunctionSpec,
  type NumberInput,
} from '@collab-finance/core';
import { excelError, fromCell, toExcelNumber } from './excelValues';
import {
  attempt,
  attemptRow,
  broadcast,
  cellsOf,
  cellsOfPaired,
  checkResultSize,
  dims,
  elementwise,
  guarded,
  omitted,
  ShapeError,
  type Arg,
  type Element,
  type Grid,
  usedRows,
} from './grid';

/** An adapter: Excel's arguments in parameter order (a repeating one as a list of grids). */
export type Adapter = (args: readonly unknown[]) => Element[][];

const num = (v: unknown) => v as NumberInput;
const out = (d: core.Decimal): Element => toExcelNumber(d);

/**
 * The arguments of a call as the spec declares them: an omitted optional argument takes its
 * default, or another parameter's grid (`sameAs`), or stays out (null, which the core reads as
 * omitted).
 */
function argsOf(spec: FunctionSpec, given: readonly unknown[]): Arg[] {
  const args: Arg[] = [];
  const { params } = spec;
  for (let i = 0; i < params.length; i++) {
    const p = params[i] as core.ParamSpec;
    let grid = given[i] as Grid;
    if (p.optional && omitted(grid)) {
      const other = p.sameAs === undefined ? -1 : params.findIndex((q) => q.name === p.sameAs);
      grid = other >= 0 ? (given[other] as Grid) : [[p.default ?? null]];
    }
    args.push({ name: p.name, grid });
  }
  return args;
}

/** The generic adapter of an element-wise spec. */
function elementwiseAdapter(spec: FunctionSpec): Adapter {
  const fast = core.exactPath(spec);
  const formula = spec.formula;
  const compute = spec.compute;
  const calculate = formula
    ? (values: unknown[]) => out(core.evaluate(spec, values as NumberInput[]))
    : (values: unknown[]) => {
        const result = (compute as NonNullable<FunctionSpec['compute']>)(values as NumberInput[]);
        return typeof result === 'boolean' ? result : out(result);
      };
  if (fast === undefined) return (given) => elementwise(argsOf(spec, given), calculate);
  // A required argument has no default: NaN, which the fast path declines.
  const defaults = spec.params.map((p) =>
    p.optional && p.sameAs === undefined ? (p.default ?? NaN) : NaN,
  );
  return (given) => {
    const quick = scalarValue(fast, defaults, given);
    return quick === quick ? [[quick]] : elementwise(argsOf(spec, given), calculate, fast);
  };
}

/**
 * The exact result of a call whose every argument is one number (a formula filled down: one 1×1
 * call per cell), with omitted optional arguments at their defaults; NaN for anything else, which
 * then takes the general path. No grids, shapes or argument lists are built.
 */
function scalarValue(plan: core.ExactPlan, defaults: readonly number[], given: readonly unknown[]) {
  const n = defaults.length;
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const grid = given[i];
    let v: unknown;
    if (Array.isArray(grid)) {
      if (grid.length !== 1) return NaN;
      const row: unknown = grid[0];
      if (!Array.isArray(row) || row.length !== 1) return NaN;
      v = row[0];
    } else if (grid === null || grid === undefined) v = defaults[i];
    if (typeof v !== 'number') return NaN;
    if (i === 0) a = v;
    else if (i === 1) b = v;
    else if (i === 2) c = v;
    else d = v;
  }
  return core.exactValue(plan, a, b, c, d);
}

/** A range parameter's cells as core list items. */
const cells = (name: string, grid: Grid) => cellsOf({ name, grid }) as Cell[];

/** Force names from a range: blanks skipped, anything else passed on as text for the core to judge. */
function names(name: string, grid: Grid): string[] {
  return cellsOf({ name, grid })
    .filter((v) => v !== null)
    .map((v) => String(v));
}

/** The exclusion list: left out, the default (Met and City of London); the word "none", nobody. */
function exclusions(grid: Grid | undefined): string[] | undefined {
  if (omitted(grid)) return undefined;
  const list = names('exclude', grid);
  return list.length === 1 && list[0]?.trim().toLowerCase() === 'none' ? [] : list;
}

/** A TRUE/FALSE option; 1 and 0 are accepted as Excel does. Omitted: FALSE. */
function flag(grid: Grid | undefined, name: string): boolean {
  if (omitted(grid)) return false;
  const value = cellsOf({ name, grid })[0];
  if (value === true || value === 1) return true;
  if (value === false || value === 0) return false;
  throw new ShapeError(`${name} must be TRUE or FALSE`);
}

/**
 * NATIONALAVERAGE in the core's one pass over the two ranges as Excel passes them (a whole column's
 * blank tail trimmed first), without weights; NaN for anything else. Any failure here is also NaN:
 * the general path then reads the arguments afresh and gives every error in its own order.
 */
function quickAverage(values: G, forces: G, exclude?: G, weights?: G, zeroIsReport?: G): number {
  try {
    if (!omitted(weights) || values.length !== forces.length) return NaN;
    return nationalAverageOfColumns(values, forces, usedRows([values, forces], values.length), {
      exclude: exclusions(exclude),
      zeroIsReport: flag(zeroIsReport, 'zeroIsReport'),
    });
  } catch {
    return NaN;
  }
}

/** The one value of a single-cell parameter (an optional one may be left out: null). */
function single(name: string, grid: Grid | undefined): unknown {
  if (omitted(grid)) return null;
  const list = cellsOf({ name, grid });
  if (list.length !== 1) throw new ShapeError(`${name} must be a single value`);
  return list[0];
}

/** APPORTION's decimals as one value (null when left out), or undefined where that is an error. */
function decimalsOf(grid: Grid | undefined): NumberInput | null | undefined {
  try {
    return num(single('decimals', grid)) ?? null;
  } catch {
    return undefined;
  }
}

/**
 * The raw cells of an income argument for each of the `used` rows of a column of `rows`
 * expenditures (a single expenditure takes every cell).
 */
function incomeRows(grid: Grid, name: string, rows: number, used: number): unknown[][] {
  const shape = dims(grid, name);
  if (rows === 1) return [grid.flat()];
  if (shape.rows === 1 && shape.cols === 1) return Array.from({ length: used }, () => grid.flat());
  if (shape.rows === rows) return grid.slice(0, used).map((row) => [...row]);
  throw new ShapeError(`${name} has ${shape.rows} rows but expenditure has ${rows}`);
}

type G = Grid;

/** The adapters of the functions that take whole ranges or spill rows, by Excel id. */
const RANGE_ADAPTERS: Readonly<Record<string, Adapter>> = {
  POOLEDRATE: ([savings, budgets]) =>
    guarded(() => {
      const [s, b] = cellsOfPaired([
        { name: 'savings', grid: savings as G },
        { name: 'budgets', grid: budgets as G },
      ]);
      return [[out(core.pooledRate(s as Cell[], b as Cell[]))]];
    }),

  NRE: ([expenditure, income]) =>
    guarded(() => {
      const spend = expenditure as G;
      const { rows, cols } = dims(spend, 'expenditure');
      if (cols !== 1) throw new ShapeError('expenditure must be a single value or a column');
      const lines = income as readonly G[];
      const used = rows === 1 ? 1 : usedRows([spend, ...lines], rows);
      checkResultSize(used, 1);
      const incomes = lines.map((grid, i) => incomeRows(grid, `income ${i + 1}`, rows, used));
      return spend
        .slice(0, used)
        .map((row, r) => [
          attempt(() =>
            out(
              core.nre(
                num(fromCell(row[0])),
                incomes.flatMap((l) => l[r] ?? []).map(fromCell) as Cell[],
              ),
            ),
          ),
        ]);
    }),

  POOLEDPERHEAD: ([amounts, populations, per]) =>
    guarded(() => {
      const [a, p] = cellsOfPaired([
        { name: 'amounts', grid: amounts as G },
        { name: 'populations', grid: populations as G },
      ]);
      const scale = single('per', per as G | undefined);
      return [[out(core.pooledPerHead(a as Cell[], p as Cell[], num(scale)))]];
    }),

  NATIONALAVERAGE: ([values, forces, exclude, weights, zeroIsReport]) =>
    guarded(() => {
      const quick = quickAverage(
        values as G,
        forces as G,
        exclude as G,
        weights as G,
        zeroIsReport as G,
      );
      if (quick === quick) return [[quick]];
      const [v, f] = cellsOfPaired([
        { name: 'values', grid: values as G },
        { name: 'forces', grid: forces as G },
      ]);
      const average = core.nationalAverage(v as Cell[], f as unknown[], {
        exclude: exclusions(exclude as G | undefined),
        weights: omitted(weights as G | undefined) ? undefined : cells('weights', weights as G),
        zeroIsReport: flag(zeroIsReport as G | undefined, 'zeroIsReport'),
      }).average;
      return [[out(average)]];
    }),

  BENCHMARK: ([values, forces, force, peers, exclude]) =>
    guarded(() => {
      const [data, forceNames] = cellsOfPaired([
        { name: 'values', grid: values as G },
        { name: 'forces', grid: forces as G },
      ]);
      const options = {
        peers: omitted(peers as G | undefined) ? undefined : names('peers', peers as G),
        exclude: exclusions(exclude as G | undefined),
      };
      const asked = force as G;
      if (dims(asked, 'force').cols !== 1)
        throw new ShapeError('force must be a single force or a column of forces');
      const rows = broadcast([{ name: 'force', grid: asked }]).rows;
      return asked.slice(0, rows).map((row) =>
        attemptRow(6, () => {
          const name = fromCell(row[0]);
          if (typeof name !== 'string')
            throw excelError('#VALUE!', `force must be a force name, got ${String(name)}`);
          const r = core.benchmark(data as Cell[], forceNames as unknown[], name, options);
          return [...[r.value, r.average, r.variance, r.difference].map(out), r.rank, r.count];
        }),
      );
    }),

  APPORTION: ([total, bases, decimals]) =>
    guarded(() => {
      const amount = cellsOf({ name: 'total', grid: total as G });
      if (amount.length !== 1) throw new ShapeError('total must be a single value');
      const grid = bases as G;
      const { rows, cols } = dims(grid, 'bases');
      if (cols === 1) {
        // A column of numbers (the usual case) is read where it lies; anything else in it, or a
        // decimals argument that is not one value, takes the path below, which gives each error in
        // its turn.
        const used = usedRows([grid], rows);
        checkResultSize(used, 1);
        const places = decimalsOf(decimals as G | undefined);
        const parts =
          places === undefined
            ? undefined
            : core.apportionColumn(num(amount[0]), grid, used, places);
        if (parts !== undefined) {
          const out: number[][] = new Array<number[]>(used);
          for (let r = 0; r < used; r++) out[r] = [parts[r] as number];
          return out;
        }
      }
      // A whole column's blank tail is trimmed: the parts are as many as the rows in use.
      const list = cells('bases', grid);
      const used = Math.ceil(list.length / cols);
      checkResultSize(used, cols);
      const parts = core.apportionNumbers(
        num(amount[0]),
        list,
        num(single('decimals', decimals as G)),
      );
      const out: number[][] = new Array<number[]>(used);
      for (let r = 0; r < used; r++) out[r] = parts.slice(r * cols, (r + 1) * cols);
      return out;
    }),

  GROW: ([base, rates, years]) =>
    guarded(() => {
      const { rows, cols } = dims(rates, 'rates');
      if (rows !== 1 && cols !== 1)
        throw new ShapeError('rates must be a single value, a row or a column');
      const bases = base as G;
      if (dims(bases, 'base').cols !== 1)
        throw new ShapeError('base must be a single value or a column');
      const list = cellsOf({ name: 'rates', grid: rates as G }) as Cell[];
      const count = single('years', years as G | undefined) as NumberInput | null;
      // The width is checked (a whole number of years, 1 to 100) before any row is built.
      const width = core.growthYears(list.length, count);
      const lines = broadcast([{ name: 'base', grid: bases }]).rows;
      checkResultSize(lines, width);
      return bases
        .slice(0, lines)
        .map((row) =>
          attemptRow(
            width,
            () =>
              core.growNumbers(row[0], list, width) ??
              core
                .grow(num(fromCell(row[0])), list.length === 1 ? num(list[0]) : list, count)
                .map(out),
          ),
        );
    }),

  RATIOBOUNDS: (given) => {
    const spec = core.SPEC_BY_ID.get('RATIOBOUNDS') as FunctionSpec;
    const args = argsOf(spec, given);
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
  },
};

/** Every function's adapter by its Excel id. */
export const ADAPTERS: ReadonlyMap<string, Adapter> = new Map(
  core.SPECS.map((spec) => {
    const own = RANGE_ADAPTERS[spec.id];
    const adapter =
      spec.formula !== undefined || spec.compute !== undefined ? elementwiseAdapter(spec) : own;
    if (adapter === undefined) throw new TypeError(`${spec.id} has no adapter`);
    return [spec.id, adapter];
  }),
);

/** Calls the function `id` as Excel does; the generated functions.ts is one line of this each. */
export function call(id: string, ...args: unknown[]): Element[][] {
  return (ADAPTERS.get(id) as Adapter)(args);
}
