// Recalculates a memory workbook in full: every formula evaluated once, its precedents first (in
// the order of an iterative depth-first walk, so long chains do not exhaust the stack); a cycle,
// found by that walk before anything is evaluated, shows #CYCLE! in every cell on it; an array
// result spills into the empty cells below and right, or is #SPILL!.

import { MAX_COLS, MAX_ROWS, type RangeAddress } from '../a1';
import { deref, type EvalContext, type FunctionRegistry } from '../formula/context';
import { evaluate } from '../formula/evaluate';
import { parseFormula, type Expr } from '../formula/parser';
import { FormulaSyntaxError } from '../formula/tokenizer';
import { CellError, isMatrix, type Matrix, type Scalar } from '../formula/values';
import { cellKey, keyAddress, type Sheet, type StoredCell } from './sheet';
import type { NameTarget } from './workbook';

export type { FunctionRegistry } from '../formula/context';

/** What the calculation needs to know of the workbook. */
export interface CalcBook {
  sheet(name: string): Sheet | undefined;
  /** What a name means in a formula on the sheet `from`. */
  name(name: string, from: string): NameTarget | undefined;
  sheets(): readonly Sheet[];
}

/** For each sheet (by upper-cased name): spilled-into cell key → key of the formula that fills it. */
export type SpillMap = ReadonlyMap<string, ReadonlyMap<number, number>>;

/** The values of every cell after a full recalculation. */
export interface Calculation {
  value(sheet: Sheet, key: number): Scalar;
  /** The key of the formula cell whose array result fills this (otherwise empty) cell. */
  spilledFrom(sheet: Sheet, key: number): number | undefined;
  spillKeys(sheet: Sheet): Iterable<number>;
  readonly spills: SpillMap;
}

/** Spills depend on values and values on spills: recalculate until the spill areas settle. */
const MAX_ROUNDS = 4;

export function calculate(
  book: CalcBook,
  functions: FunctionRegistry,
  previous: SpillMap = new Map(),
): Calculation {
  let guess = previous;
  let calc = new Calc(book, functions, guess);
  for (let round = 1; round < MAX_ROUNDS && !sameSpills(calc.spills, guess); round++) {
    guess = calc.spills;
    calc = new Calc(book, functions, guess);
  }
  return calc;
}

const parsed = new WeakMap<StoredCell, Expr | CellError>();

/** A formula's tree, parsed once per stored cell; unreadable text is #NAME? (Excel refuses it). */
function treeOf(cell: StoredCell, formula: string): Expr | CellError {
  let tree = parsed.get(cell);
  if (tree === undefined) {
    try {
      tree = parseFormula(formula);
    } catch (error) {
      if (!(error instanceof FormulaSyntaxError)) throw error;
      tree = new CellError('#NAME?', error.message);
    }
    parsed.set(cell, tree);
  }
  return tree;
}

interface SheetState {
  readonly sheet: Sheet;
  readonly ctx: EvalContext;
  /** Formula results, an array only where it spills. */
  readonly results: Map<number, Scalar | Matrix>;
  readonly busy: Set<number>;
  readonly cyclic: Set<number>;
  /** Formula cells the ordering walk has reached. */
  readonly visited: Set<number>;
  /** Formula cells on the walk's path now: meeting one again closes a cycle. */
  readonly open: Set<number>;
  /** Rows and columns from A1 to the last cell with contents or a spill, once asked. */
  extent?: { readonly rows: number; readonly cols: number };
  readonly guess: ReadonlyMap<number, number>;
}

class Calc implements Calculation {
  private readonly states = new Map<string, SheetState>();
  private readonly byName = new Map<string, SheetState>();
  private readonly stack: [SheetState, number][] = [];
  readonly spills: SpillMap;

  constructor(
    private readonly book: CalcBook,
    functions: FunctionRegistry,
    guess: SpillMap,
  ) {
    for (const sheet of book.sheets()) {
      const ctx: EvalContext = {
        sheet: sheet.name,
        functions,
        sheetName: (name) => this.states.get(name.toUpperCase())?.sheet.name,
        name: (name) => book.name(name, sheet.name),
        // Evaluation passes the sheet's own name, so no case folding on this hot path.
        cell: (name, row, col) =>
          this.cellValue(this.byName.get(name) ?? this.state(name), cellKey(row, col)),
        extent: (name) => this.extent(this.byName.get(name) ?? this.state(name)),
        contents: (name, range) => this.contents(this.byName.get(name) ?? this.state(name), range),
      };
      const upper = sheet.name.toUpperCase();
      const state: SheetState = {
        sheet,
        ctx,
        results: new Map(),
        busy: new Set(),
        cyclic: new Set(),
        visited: new Set(),
        open: new Set(),
        guess: guess.get(upper) ?? new Map(),
      };
      this.states.set(upper, state);
      this.byName.set(sheet.name, state);
    }
    for (const state of this.states.values()) this.calculateAll(state);
    this.spills = this.spillMap();
  }

  value(sheet: Sheet, key: number): Scalar {
    return this.cellValue(this.state(sheet.name), key);
  }

  spilledFrom(sheet: Sheet, key: number): number | undefined {
    return this.spills.get(sheet.name.toUpperCase())?.get(key);
  }

  spillKeys(sheet: Sheet): Iterable<number> {
    return this.spills.get(sheet.name.toUpperCase())?.keys() ?? [];
  }

  private state(name: string): SheetState {
    const state = this.states.get(name.toUpperCase());
    if (state === undefined) throw new TypeError(`no sheet "${name}" in this calculation`);
    return state;
  }

  private cellValue(state: SheetState, key: number): Scalar {
    const stored = state.sheet.cells.get(key);
    if (stored?.formula !== undefined) {
      const result = this.result(state, key);
      return isMatrix(result) ? (result[0]?.[0] ?? null) : result;
    }
    if (stored !== undefined && stored.input !== null) return stored.input;
    const anchor = state.guess.get(key);
    if (anchor === undefined) return null;
    const result = this.result(state, anchor);
    const at = keyAddress(key);
    const from = keyAddress(anchor);
    return isMatrix(result) ? (result[at.row - from.row]?.[at.col - from.col] ?? null) : null;
  }

  /** A formula cell's result, calculated on first use. */
  private result(state: SheetState, key: number): Scalar | Matrix {
    const done = state.results.get(key);
    if (done !== undefined) return done;
    if (state.busy.has(key)) {
      // Everything on the stack from this cell up is part of the cycle.
      for (let i = this.stack.length - 1; i >= 0; i--) {
        const [s, k] = this.stack[i] as [SheetState, number];
        s.cyclic.add(k);
        if (s === state && k === key) break;
      }
      return new CellError('#CYCLE!', 'the formula depends on its own value');
    }
    state.busy.add(key);
    this.stack.push([state, key]);
    const computed = this.compute(state, key);
    this.stack.pop();
    state.busy.delete(key);
    const result = state.cyclic.has(key)
      ? new CellError('#CYCLE!', 'circular reference')
      : computed;
    state.results.set(key, result);
    return result;
  }

  private compute(state: SheetState, key: number): Scalar | Matrix {
    const stored = state.sheet.cells.get(key) as StoredCell;
    const tree = treeOf(stored, stored.formula as string);
    if (tree instanceof CellError) return tree;
    const value = deref(evaluate(tree, state.ctx), state.ctx);
    if (!isMatrix(value)) return value ?? 0;
    // Blank cells read through a formula show 0, as in Excel.
    const grid = value.map((row) => row.map((v) => v ?? 0));
    if (grid.length === 1 && grid[0]?.length === 1) return grid[0][0] as Scalar;
    return this.blocked(state, key, grid)
      ? new CellError('#SPILL!', 'the cells it would fill are not empty')
      : grid;
  }

  private blocked(state: SheetState, anchor: number, grid: Matrix): boolean {
    const { row, col } = keyAddress(anchor);
    const cols = grid[0]?.length ?? 0;
    if (row + grid.length > MAX_ROWS || col + cols > MAX_COLS) return true;
    for (let r = 0; r < grid.length; r++) {
      for (let c = 0; c < cols; c++) {
        const cell = state.sheet.cells.get(cellKey(row + r, col + c));
        const filled = cell !== undefined && (cell.input !== null || cell.formula !== undefined);
        if ((r > 0 || c > 0) && filled) return true;
      }
    }
    return false;
  }

  /**
   * Calculates every formula of a sheet, each after the formulas it reads. A precedent already on
   * the walk's path closes a cycle: every cell from it to the top of the path is #CYCLE!, set
   * before evaluation so that evaluating them never recurses around the cycle.
   */
  private calculateAll(state: SheetState): void {
    for (const [key, cell] of state.sheet.cells) {
      if (cell.formula === undefined || state.visited.has(key)) continue;
      const walk: { state: SheetState; key: number; next: [SheetState, number][] }[] = [];
      const enter = (s: SheetState, k: number) => {
        s.visited.add(k);
        s.open.add(k);
        walk.push({ state: s, key: k, next: this.precedents(s, k) });
      };
      enter(state, key);
      for (let top = walk.at(-1); top !== undefined; top = walk.at(-1)) {
        const next = top.next.pop();
        if (next === undefined) {
          walk.pop();
          top.state.open.delete(top.key);
          this.result(top.state, top.key);
        } else if (next[0].open.has(next[1])) {
          this.markCycle(walk, next);
        } else if (!next[0].visited.has(next[1])) {
          enter(...next);
        }
      }
    }
  }

  private markCycle(
    walk: readonly { state: SheetState; key: number }[],
    [s, k]: [SheetState, number],
  ): void {
    for (let i = walk.length - 1; i >= 0; i--) {
      const { state, key } = walk[i] as { state: SheetState; key: number };
      state.results.set(key, new CellError('#CYCLE!', 'circular reference'));
      if (state === s && key === k) return;
    }
  }

  /** The formula cells a formula reads by reference or name, including spills it reads. */
  private precedents(state: SheetState, key: number): [SheetState, number][] {
    const stored = state.sheet.cells.get(key) as StoredCell;
    const tree = treeOf(stored, stored.formula as string);
    const found: [SheetState, number][] = [];
    // A loop over a stack of subtrees: an operator chain makes a tree as deep as it is long.
    const pending: (Expr | undefined)[] = tree instanceof CellError ? [] : [tree];
    for (let expr = pending.pop(); pending.length > 0 || expr !== undefined; expr = pending.pop()) {
      if (expr === undefined) continue;
      switch (expr.kind) {
        case 'ref': {
          const target = this.states.get((expr.sheet ?? state.sheet.name).toUpperCase());
          if (target !== undefined) this.formulasIn(target, expr.range, found);
          break;
        }
        case 'name': {
          const named = this.book.name(expr.name, state.sheet.name);
          if (named === undefined || named === '#REF!') break;
          const target = this.states.get(named.sheet.toUpperCase());
          if (target !== undefined) this.formulasIn(target, named.range, found);
          break;
        }
        case 'negate':
        case 'percent':
          pending.push(expr.operand);
          break;
        case 'binary':
          pending.push(expr.right, expr.left);
          break;
        case 'call':
          pending.push(...expr.args);
          break;
        default:
          break;
      }
    }
    return found;
  }

  /** The used extent of a sheet, counted once per calculation. */
  private extent(state: SheetState): { readonly rows: number; readonly cols: number } {
    if (state.extent === undefined) {
      let rows = 0;
      let cols = 0;
      for (const k of [...state.sheet.cells.keys(), ...state.guess.keys()]) {
        const { row, col } = keyAddress(k);
        rows = Math.max(rows, row + 1);
        cols = Math.max(cols, col + 1);
      }
      state.extent = { rows, cols };
    }
    return state.extent;
  }

  /** The values of the non-empty cells (constants, formulas, spills) of a range. */
  private *contents(state: SheetState, range: RangeAddress): Iterable<Scalar> {
    const { start, end } = range;
    for (const k of new Set([...state.sheet.cells.keys(), ...state.guess.keys()])) {
      const { row, col } = keyAddress(k);
      if (row < start.row || row > end.row || col < start.col || col > end.col) continue;
      const value = this.cellValue(state, k);
      if (value !== null) yield value;
    }
  }

  private formulasIn(state: SheetState, range: RangeAddress, into: [SheetState, number][]): void {
    const { start, end } = range;
    const area = (end.row - start.row + 1) * (end.col - start.col + 1);
    const add = (k: number) => {
      if (state.sheet.cells.get(k)?.formula !== undefined) into.push([state, k]);
      const anchor = state.guess.get(k);
      if (anchor !== undefined) into.push([state, anchor]);
    };
    if (area <= state.sheet.cells.size + state.guess.size) {
      for (let row = start.row; row <= end.row; row++) {
        for (let col = start.col; col <= end.col; col++) add(cellKey(row, col));
      }
      return;
    }
    // A range larger than the sheet's contents: look at the contents instead of every position.
    for (const k of new Set([...state.sheet.cells.keys(), ...state.guess.keys()])) {
      const { row, col } = keyAddress(k);
      if (row >= start.row && row <= end.row && col >= start.col && col <= end.col) add(k);
    }
  }

  private spillMap(): SpillMap {
    const map = new Map<string, Map<number, number>>();
    for (const [upper, state] of this.states) {
      const covered = new Map<number, number>();
      for (const [anchor, result] of state.results) {
        if (!isMatrix(result)) continue;
        const { row, col } = keyAddress(anchor);
        result.forEach((line, r) =>
          line.forEach((_, c) => {
            if (r > 0 || c > 0) covered.set(cellKey(row + r, col + c), anchor);
          }),
        );
      }
      if (covered.size > 0) map.set(upper, covered);
    }
    return map;
  }
}

function sameSpills(a: SpillMap, b: SpillMap): boolean {
  if (a.size !== b.size) return false;
  for (const [sheet, covered] of a) {
    const other = b.get(sheet);
    if (other === undefined || other.size !== covered.size) return false;
    for (const [k, anchor] of covered) if (other.get(k) !== anchor) return false;
  }
  return true;
}
