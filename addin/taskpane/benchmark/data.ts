// Reads benchmarking data (a force, its population and per-category figures per row) out of a
// RangeData, checking every cell, so that a planning step only ever sees clean numbers. Numbers are
// read by the core's one rule (as COLLAB functions read them: "£1,234" is 1234), NRE is the core's.
//
// Header convention (the first row whose first cell says "Force"; rows above it are titles):
//   Force | Population | <category> ... where a category is either one column of NRE, headed
//   with the category's name (an optional trailing "NRE" is dropped), or two columns headed
//   "<category> expenditure" and "<category> income" (in that order), from which NRE is computed.
// Blank rows are skipped; a blank figure means the force did not report that category.
import {
  CollabError,
  matchForce,
  nre,
  readTableCell,
  type Decimal,
  type NumberKind,
} from '@collab-finance/core';
import type { CellValue, RangeData } from '../../workbook/port';
import { formatCell, parseRange, type CellAddress } from '../../workbook/a1';
import { BenchmarkInputError, cellsOn, type CellsAt } from './errors';

/** Where a category's figures are: one NRE column, or expenditure and income columns. */
export type CategoryColumns =
  | { readonly kind: 'nre'; readonly nre: number }
  | { readonly kind: 'pair'; readonly expenditure: number; readonly income: number };

export interface Category {
  readonly name: string;
  /** 0-based columns within the data's values. */
  readonly columns: CategoryColumns;
}

export interface ForceRow {
  /** As spelled in the data. */
  readonly name: string;
  /** The England and Wales force it names, by its common short name (one per force). */
  readonly key: string;
  /** 0-based row within the data's values. */
  readonly row: number;
  readonly population: Decimal;
  /** NRE per category, in category order; null when the force did not report it. */
  readonly nre: readonly (Decimal | null)[];
}

export interface BenchmarkData {
  readonly sheet: string;
  /** The data's top-left cell on its sheet. */
  readonly origin: CellAddress;
  /** 0-based row of the header within the data's values. */
  readonly headerRow: number;
  readonly categories: readonly Category[];
  readonly forces: readonly ForceRow[];
}

/**
 * More used rows under the header than any list of police forces needs: a range this long is a wrong
 * selection (a whole column, a transaction list), refused before any cell is checked.
 */
export const MAX_DATA_ROWS = 1000;

const FORCE_COLUMN = 0;
const POPULATION_COLUMN = 1;

const text = (value: CellValue | undefined): string =>
  value === null || value === undefined ? '' : String(value).trim();

const isBlank = (value: CellValue | undefined): boolean => text(value) === '';

/** Cell name of (row, col) within the data, e.g. "B12". */
export function dataCell(data: Pick<BenchmarkData, 'origin'>, row: number, col: number): string {
  return formatCell({ row: data.origin.row + row, col: data.origin.col + col });
}

function readCategories(header: readonly CellValue[], at: (col: number) => CellsAt): Category[] {
  const categories: Category[] = [];
  for (let col = POPULATION_COLUMN + 1; col < header.length; col += 1) {
    const title = text(header[col]);
    if (title === '') continue;
    const spend = /^(.*\S)\s+expenditure$/i.exec(title);
    if (spend) {
      const name = spend[1] as string;
      const next = text(header[col + 1]);
      if (next.toLowerCase() !== `${name} income`.toLowerCase()) {
        throw new BenchmarkInputError(
          'BAD_HEADER',
          `The column after "${title}" must be headed "${name} income"`,
          at(col + 1),
        );
      }
      categories.push({ name, columns: { kind: 'pair', expenditure: col, income: col + 1 } });
      col += 1;
    } else if (/\sincome$/i.test(title)) {
      throw new BenchmarkInputError(
        'BAD_HEADER',
        `"${title}" needs an expenditure column just before it`,
        at(col),
      );
    } else {
      categories.push({ name: title.replace(/\s+NRE$/i, ''), columns: { kind: 'nre', nre: col } });
    }
  }
  if (categories.length === 0) {
    throw new BenchmarkInputError(
      'BAD_HEADER',
      'The data has no category columns after Force and Population',
      at(POPULATION_COLUMN + 1),
    );
  }
  const seen = new Set<string>();
  for (const c of categories) {
    const key = c.name.toLowerCase();
    if (seen.has(key)) {
      throw new BenchmarkInputError(
        'BAD_HEADER',
        `The category "${c.name}" appears twice`,
        at(c.columns.kind === 'nre' ? c.columns.nre : c.columns.expenditure),
      );
    }
    seen.add(key);
  }
  return categories;
}

/**
 * Reads and checks benchmarking data. Throws one BenchmarkInputError naming the first bad cell(s):
 * no header, more than MAX_DATA_ROWS used rows under it, a duplicate or unknown force, an expenditure
 * without its income (or the reverse); and, with the core's codes (EMPTY, DIVIDE_BY_ZERO,
 * OUT_OF_RANGE, INVALID_NUMBER), a missing or non-positive population, text that is not a number, or
 * a negative expenditure or income.
 */
export function readBenchmarkData(range: RangeData): BenchmarkData {
  const parsed = parseRange(range.address);
  if (parsed === undefined) throw new TypeError(`not an A1 range: ${range.address}`);
  const origin = parsed.start;
  const where = (row: number, col: number) => dataCell({ origin }, row, col);
  const on = cellsOn(range.sheet);

  const headerRow = range.values.findIndex((r) => text(r[FORCE_COLUMN]).toLowerCase() === 'force');
  if (headerRow < 0) {
    throw new BenchmarkInputError(
      'BAD_HEADER',
      `No header row found: the first column needs a cell reading "Force", with "Population" beside it`,
      on([where(0, FORCE_COLUMN)]),
    );
  }
  const header = range.values[headerRow] ?? [];
  if (text(header[POPULATION_COLUMN]).toLowerCase() !== 'population') {
    throw new BenchmarkInputError(
      'BAD_HEADER',
      'The column after Force must be headed "Population"',
      on([where(headerRow, POPULATION_COLUMN)]),
    );
  }
  // A range is judged by the rows it uses: blank rows below the last force (a generous selection,
  // a table with room to grow) are not data.
  let lastUsed = range.values.length - 1;
  while (lastUsed > headerRow && (range.values[lastUsed] ?? []).every(isBlank)) lastUsed -= 1;
  const dataRows = lastUsed - headerRow;
  if (dataRows > MAX_DATA_ROWS) {
    throw new BenchmarkInputError(
      'TOO_MANY_ROWS',
      `The data has ${dataRows.toLocaleString('en-GB')} used rows under the header; a benchmark compares police forces, so it reads at most ${MAX_DATA_ROWS.toLocaleString('en-GB')}: choose just the rows of the forces`,
      on([`${where(headerRow + 1, FORCE_COLUMN)}:${where(lastUsed, FORCE_COLUMN)}`]),
    );
  }
  const categories = readCategories(header, (col) => on([where(headerRow, col)]));

  const forces: ForceRow[] = [];
  const firstRowOf = new Map<string, number>();
  range.values.forEach((cells, row) => {
    if (row <= headerRow || cells.every(isBlank)) return;
    const name = text(cells[FORCE_COLUMN]);
    if (name === '') {
      throw new BenchmarkInputError(
        'MISSING_FORCE',
        'A row has figures but no force name',
        on([where(row, FORCE_COLUMN)]),
      );
    }
    const key = matchForce(name);
    if (key === undefined) {
      throw new BenchmarkInputError(
        'UNKNOWN_FORCE',
        `"${name}" is not one of the 43 England and Wales forces`,
        on([where(row, FORCE_COLUMN)]),
      );
    }
    const earlier = firstRowOf.get(key);
    if (earlier !== undefined) {
      throw new BenchmarkInputError(
        'DUPLICATE_FORCE',
        `${name} appears twice`,
        on([where(earlier, FORCE_COLUMN), where(row, FORCE_COLUMN)]),
      );
    }
    firstRowOf.set(key, row);

    /** A cell's number under the core's rule; its error keeps the core's code and names the cell. */
    const number = (col: number, what: string, kind: NumberKind): Decimal | null => {
      try {
        return readTableCell(cells[col], { name: `${what} for ${name}`, kind });
      } catch (e) {
        if (!(e instanceof CollabError)) throw e;
        throw new BenchmarkInputError(e.code, e.message, on([where(row, col)]));
      }
    };

    const population = number(POPULATION_COLUMN, 'Population', 'divisor');
    if (population === null) {
      throw new BenchmarkInputError(
        'EMPTY',
        `Population is missing for ${name}`,
        on([where(row, POPULATION_COLUMN)]),
      );
    }
    const figures = categories.map((category): Decimal | null => {
      const c = category.columns;
      if (c.kind === 'nre') return number(c.nre, `${category.name} NRE`, 'signed');
      const spend = number(c.expenditure, `${category.name} expenditure`, 'nonNegative');
      const income = number(c.income, `${category.name} income`, 'nonNegative');
      if (spend === null && income === null) return null;
      if (spend === null || income === null) {
        throw new BenchmarkInputError(
          'INCOMPLETE_PAIR',
          `${category.name} ${spend === null ? 'expenditure' : 'income'} is missing for ${name} (give both figures, or leave both blank if it did not report)`,
          on([where(row, spend === null ? c.expenditure : c.income)]),
        );
      }
      return nre(spend, [income]);
    });
    forces.push({ name, key, row, population, nre: figures });
  });
  if (forces.length === 0) {
    throw new BenchmarkInputError(
      'NO_FORCES',
      'The data has a header but no forces under it',
      on([where(headerRow, FORCE_COLUMN)]),
    );
  }
  return { sheet: range.sheet, origin, headerRow, categories, forces };
}
