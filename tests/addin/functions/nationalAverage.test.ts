// COLLAB.NATIONALAVERAGE as Excel calls it: its one-pass fast path over the raw ranges must give,
// cell for cell, what the general path (the cells read one by one, then the core's decimal
// `nationalAverage`) gives, on every kind of range a workbook holds.
import fc from 'fast-check';
import { ENGLAND_AND_WALES_FORCES, nationalAverage, type Cell } from '@collab-finance/core';
import { toExcelError } from '../../../addin/functions/excelValues';
import * as f from '../../../addin/functions/functions';
import { cellsOfPaired } from '../../../addin/functions/grid';
import { anyFigure, pence, pounds, quotients, sums, thousands } from '../../core/generators';

type Range = unknown[][];
const names = ENGLAND_AND_WALES_FORCES;

/** The general path: the two ranges read cell by cell, averaged on decimals; a number or an error code. */
function generalPath(
  values: Range,
  forces: Range,
  exclude?: readonly string[],
  zeroIsReport = false,
): number | string {
  try {
    const [v, n] = cellsOfPaired([
      { name: 'values', grid: values },
      { name: 'forces', grid: forces },
    ]);
    return (
      nationalAverage(v as Cell[], n as unknown[], { exclude, zeroIsReport }).average.toNumber() + 0
    );
  } catch (failure) {
    return toExcelError(failure).code;
  }
}

/** What the add-in answers: the number, or the code of its error. */
function answer(result: unknown[][]): number | string {
  const cell = result[0]?.[0];
  return typeof cell === 'number' ? cell : (cell as { code: string }).code;
}

const asColumn = (list: readonly unknown[]): Range => list.map((cell) => [cell]);
const blankRow = fc.constantFrom<unknown>(null, '');

/**
 * The cells of the common case, which the fast path reads itself: figures (mostly everyday ones;
 * now and then any double, which it may leave to the general path), blanks and zeros.
 */
const plainCell = fc.oneof(
  { arbitrary: fc.oneof(pounds, pence, sums, thousands, quotients), weight: 20 },
  { arbitrary: anyFigure, weight: 1 },
  { arbitrary: fc.constantFrom<unknown>(null, '', 0, -0), weight: 1 },
);

/** Cells only the general path reads: numeric text, spaces, TRUE, error and data-type cells. */
const oddCell = fc.constantFrom<unknown>(
  '150',
  '£1,234.50',
  '  ',
  'n/a',
  true,
  { code: '#N/A' },
  { type: 'Double', basicValue: 12.5 },
  { type: 'Error', basicValue: '#DIV/0!' },
);

/** Value cells, mostly figures and blanks, now and then something only the general path reads. */
const valueCell = fc.oneof({ arbitrary: plainCell, weight: 30 }, { arbitrary: oddCell, weight: 1 });

/** Name cells, mostly the forces of England and Wales, now and then a blank, a number or a repeat. */
const nameCell = fc.oneof(
  { arbitrary: fc.constantFrom<unknown>(...names), weight: 1 },
  {
    arbitrary: fc.constantFrom<unknown>(null, '', '  ', 7, 'KENT  POLICE', ' metropolitan police '),
    weight: 1,
  },
);

/** A table of forces: the whole list (a sheet of categories), or a few rows of any names at all. */
const table = fc.oneof(
  ...[plainCell, valueCell].map((cell) =>
    fc.array(cell, { minLength: names.length, maxLength: names.length }).map((values) => ({
      values,
      forces: [...names] as unknown[],
    })),
  ),
  fc
    .array(fc.tuple(valueCell, nameCell), { minLength: 1, maxLength: 8 })
    .map((rows) => ({ values: rows.map(([v]) => v), forces: rows.map(([, n]) => n) })),
);

const exclusions = fc.option(fc.subarray(['Kent', 'Essex', 'Metropolitan Police', 'Surrey']), {
  nil: undefined,
});

/** The arguments of one call: the table as columns, with a blank tail of 0 to 3 rows. */
const call = fc.record({
  table,
  tail: fc.array(fc.tuple(blankRow, blankRow), { maxLength: 3 }),
  exclude: exclusions,
  zeroIsReport: fc.boolean(),
});

type Call = typeof call extends fc.Arbitrary<infer C> ? C : never;

function argsOf({ table: t, tail, exclude, zeroIsReport }: Call) {
  const values = [...asColumn(t.values), ...tail.map(([v]) => [v])];
  const forces = [...asColumn(t.forces), ...tail.map(([, n]) => [n])];
  // An empty exclusion list is the word "none" on the sheet.
  const excludeRange =
    exclude === undefined ? undefined : exclude.length === 0 ? [['none']] : asColumn(exclude);
  return { values, forces, exclude, excludeRange, zeroIsReport };
}

describe('NATIONALAVERAGE on the ranges Excel passes', () => {
  it('gives what the general path gives, on any values, names, blank tails, exclusions and zeros', () => {
    fc.assert(
      fc.property(fc.array(call, { minLength: 1, maxLength: 4 }), (calls) => {
        // Several calls in a row, so that the remembered forces column meets changed ones.
        for (const c of calls) {
          const { values, forces, exclude, excludeRange, zeroIsReport } = argsOf(c);
          const got = answer(
            f.nationalAverage(values, forces, excludeRange, undefined, [[zeroIsReport]]),
          );
          expect(got).toBe(generalPath(values, forces, exclude, zeroIsReport));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('gives what the general path gives on a whole column of a million rows', () => {
    const column = (list: readonly unknown[]): Range =>
      Array.from({ length: 1_048_576 }, (_, r) => [r < list.length ? list[r] : null]);
    const values = column([150, 200, 400, 0, null]);
    const forces = column(['Kent', 'Essex', 'Metropolitan Police', 'Surrey', 'Sussex']);
    expect(answer(f.nationalAverage(values, forces))).toBe(175);
    expect(generalPath(values, forces)).toBe(175);
    // A figure below the names, with no name beside it, is the general path's error.
    (values[10] as unknown[])[0] = 5;
    expect(answer(f.nationalAverage(values, forces))).toBe(generalPath(values, forces));
    expect(generalPath(values, forces)).toBe('#VALUE!');
  });

  it('reads the names afresh when the same range is changed between calls', () => {
    const values = asColumn([150, 200, 400]);
    const forces = asColumn(['Kent', 'Essex', 'Surrey']);
    expect(answer(f.nationalAverage(values, forces))).toBe(250);
    (forces[2] as unknown[])[0] = 'City of London Police';
    expect(answer(f.nationalAverage(values, forces))).toBe(175);
    (forces[2] as unknown[])[0] = 'essex';
    expect(answer(f.nationalAverage(values, forces))).toBe(generalPath(values, forces));
    expect(generalPath(values, forces)).toBe('#VALUE!');
  });

  it('gives the general path’s error, in its order, when the options are wrong too', () => {
    const values: Range = [[{ code: '#N/A' }], [200]];
    const forces: Range = [['Kent'], ['Essex']];
    // The error cell comes first, before the refused zeroIsReport.
    expect(answer(f.nationalAverage(values, forces, undefined, undefined, [['yes']]))).toBe('#N/A');
    expect(answer(f.nationalAverage([[150], [200]], forces, undefined, undefined, [['yes']]))).toBe(
      '#VALUE!',
    );
  });

  it('reads a row of forces, or a block, cell by cell as a column', () => {
    const values = [150, 200, 400, null, 100, 0];
    const forces = ['Kent', 'Essex', 'Metropolitan Police', 'Sussex', 'Surrey', 'Norfolk'];
    const block = (list: readonly unknown[]) => [list.slice(0, 3), list.slice(3)];
    expect(answer(f.nationalAverage([values], [forces]))).toBe(150);
    expect(answer(f.nationalAverage(block(values), block(forces)))).toBe(150);
    expect(answer(f.nationalAverage(asColumn(values), asColumn(forces)))).toBe(150);
  });

  it('weights by population on the general path', () => {
    const weights: Range = [[1], [3]];
    const result = f.nationalAverage([[150], [200]], [['Kent'], ['Essex']], undefined, weights);
    expect(result).toEqual([[(150 + 600) / 4]]);
  });
});
