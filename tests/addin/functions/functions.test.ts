// The Excel adapters, called as Excel calls them: every argument a grid of cells.
import fc from 'fast-check';
import { SPECS } from '@collab-finance/core';
import { call } from '../../../addin/functions/adapters';
import * as f from '../../../addin/functions/functions';
import { excelFunctions } from '../../../addin/functions/registry';
import { anyFigure } from '../../core/generators';

type Cell = { code: string; message?: string } | number | boolean;
const code = (cell: unknown) => (cell as { code?: string }).code;
const message = (cell: unknown) => (cell as { message?: string }).message ?? '';
const errorCell = (c: string) => ({ code: c, message: 'from the sheet' });

describe('scalar functions', () => {
  it('returns the saving rate of the East Midlands serious and organised crime unit (18 %)', () => {
    const rate = f.savingRate([[4000]], [[22000]])[0]?.[0] as number;
    expect(rate).toBeCloseTo(0.181818, 6);
    expect(Math.round(rate * 100)).toBe(18);
  });

  it('reads numeric text as finance staff type it', () => {
    expect(f.savingRate([['£4,000']], [['22,000']])).toEqual(f.savingRate([[4000]], [[22000]]));
    expect(f.variancePct([['154']], [['100']])[0]?.[0]).toBeCloseTo(0.54, 12);
  });

  it.each([
    ['SAVING', () => f.saving([[22000]], [[18000]]), 4000],
    ['GAPSHARE', () => f.gapShare([[2500]], [[10000]]), 0.25],
    ['CONVERSIONSAVING', () => f.conversionSaving([[10]], [[55000]], [[38000]]), 170000],
    ['PERHEAD', () => f.perHead([[180000000]], [[1200000]]), 150],
    ['PERHEAD per 1,000', () => f.perHead([[180000000]], [[1200000]], [[1000]]), 150000],
    ['NREPERHEAD', () => f.nrePerHead([[200000000]], [[20000000]], [[1200000]]), 150],
    ['WORKFORCESHARE', () => f.workforceShare([[1]], [[4]]), 0.25],
    ['UNITCOST', () => f.unitCost([[5500000]], [[100]]), 55000],
    ['POSTSCOST', () => f.postsCost([[12]], [[5]], [[57.3]], [[34.1]], [[10]]), 860],
    ['POSTSCOST unrounded', () => f.postsCost([[12]], [[5]], [[57.3]], [[34.1]]), 858.1],
    ['GAP', () => f.gap([[250000]], [[243500]]), 6500],
  ])('%s gives the hand-worked result', (_, call, expected) => {
    expect(call()[0]?.[0]).toBeCloseTo(expected, 9);
  });

  it('treats a blank optional argument as left out', () => {
    expect(f.perHead([[300]], [[2]], [[null]])).toEqual([[150]]);
    expect(f.perHead([[300]], [[2]], [['']])).toEqual([[150]]);
  });
});

describe('broadcasting', () => {
  it('applies a single cell to every element of a range', () => {
    expect(f.savingRate([[1], [2], [3]], [[4]])).toEqual([[0.25], [0.5], [0.75]]);
  });

  it('spreads a row against a column into a grid', () => {
    expect(f.saving([[10, 20]], [[1], [2], [3]])).toEqual([
      [9, 19],
      [8, 18],
      [7, 17],
    ]);
  });

  it('refuses ranges that do not fit together, naming them', () => {
    const cell = f.savingRate([[1], [2]], [[1], [2], [3]])[0]?.[0];
    expect(code(cell)).toBe('#VALUE!');
    expect(message(cell)).toMatch(/saving 2×1, budget 3×1/);
  });

  it('refuses ragged and empty ranges', () => {
    expect(code(f.saving([[1, 2], [3]], [[1]])[0]?.[0])).toBe('#VALUE!');
    expect(f.saving([[1], [], [3]], [[1]])).toEqual([
      [expect.objectContaining({ code: '#VALUE!' })],
    ]);
    const notARow = [[1], null, [3]] as unknown as number[][];
    expect(f.saving(notARow, [[1]])).toEqual([
      [expect.objectContaining({ code: '#VALUE!', message: expect.stringMatching(/rectangular/) })],
    ]);
    expect(code(f.saving([], [[1]])[0]?.[0])).toBe('#VALUE!');
    expect(code(f.saving([[]], [[1]])[0]?.[0])).toBe('#VALUE!');
  });

  it('keeps an error in one element to that element', () => {
    const result = f.savingRate([[1], [2], [3], [4]], [[4], [0], ['abc'], [null]]) as Cell[][];
    expect(result[0]).toEqual([0.25]);
    expect(code(result[1]?.[0])).toBe('#DIV/0!');
    expect(code(result[2]?.[0])).toBe('#VALUE!');
    expect(message(result[2]?.[0])).toBe('budget must be a number, got "abc"');
    expect(code(result[3]?.[0])).toBe('#VALUE!');
    expect(message(result[3]?.[0])).toBe('budget is empty');
  });

  it('passes an error from a cell through unchanged', () => {
    const na = errorCell('#N/A');
    expect(f.savingRate([[na]], [[1]])).toEqual([[na]]);
  });
});

describe('error mapping', () => {
  it.each([
    ['division by zero is #DIV/0!', () => f.savingRate([[1]], [[0]]), '#DIV/0!'],
    ['an out-of-range value is #NUM!', () => f.perHead([[1]], [[-3]]), '#NUM!'],
    ['a part above its total is #NUM!', () => f.workforceShare([[5]], [[4]]), '#NUM!'],
    ['text is #VALUE!', () => f.gap([['lots']], [[1]]), '#VALUE!'],
    ['TRUE is #VALUE!', () => f.gap([[true]], [[1]]), '#VALUE!'],
    ['a blank is #VALUE!', () => f.gap([[null]], [[1]]), '#VALUE!'],
    ['a result too large for Excel is #NUM!', () => f.savingRate([[1e308]], [[1e-308]]), '#NUM!'],
  ])('%s', (_, call, expected) => {
    expect(code(call()[0]?.[0])).toBe(expected);
  });

  it('gives #VALUE! a message a finance officer understands', () => {
    expect(message(f.nrePerHead([[1]], [[1]], [['']])[0]?.[0])).toBe('population is empty');
  });

  it('gives no message with #DIV/0! and #NUM!, which Excel cannot show', () => {
    expect(message(f.savingRate([[1]], [[0]])[0]?.[0])).toBe('');
  });
});

describe('range functions', () => {
  it('POOLEDRATE divides total savings by total budgets, skipping blank pairs', () => {
    expect(f.pooledRate([[4000], [830], [null]], [[22000], [3300], [null]])[0]?.[0]).toBeCloseTo(
      4830 / 25300,
      15,
    );
  });

  it('POOLEDRATE names a saving without its budget', () => {
    const cell = f.pooledRate([[4000], [830]], [[22000], [null]])[0]?.[0];
    expect(message(cell)).toBe('budgets item 2 is empty');
  });

  it('NRE subtracts every income line, from several arguments and ranges', () => {
    expect(f.nre([[100]], [[[10, 20]], [[5]]])).toEqual([[65]]);
  });

  it('NRE over a column of expenditure takes each row its own income lines', () => {
    expect(
      f.nre(
        [[100], [200]],
        [
          [
            [10, 20],
            [1, 2],
          ],
          [[5]],
        ],
      ),
    ).toEqual([[65], [192]]);
  });

  it('NRE keeps a bad row to itself and refuses a row of expenditure', () => {
    const result = f.nre([[100], [200]], [[[10], ['x']]]);
    expect(result[0]).toEqual([90]);
    expect(code(result[1]?.[0])).toBe('#VALUE!');
    expect(code(f.nre([[100, 200]], [[[1]]])[0]?.[0])).toBe('#VALUE!');
    expect(code(f.nre([[100], [200]], [[[1], [2], [3]]])[0]?.[0])).toBe('#VALUE!');
  });

  it('POOLEDPERHEAD pools a region', () => {
    expect(f.pooledPerHead([[150e6], [90e6]], [[1e6], [0.6e6]])).toEqual([[150]]);
    expect(f.pooledPerHead([[150e6], [90e6]], [[1e6], [0.6e6]], [[1000]])).toEqual([[150000]]);
  });

  const values = [[150], [200], [400], [100], [null]];
  const forces = [['Kent'], ['Essex'], ['Metropolitan Police Service'], ['Surrey'], ['Sussex']];

  it('NATIONALAVERAGE leaves out the Met and non-reporters by default', () => {
    expect(f.nationalAverage(values, forces)).toEqual([[150]]);
  });

  it('NATIONALAVERAGE takes an exclusion list, or "none"', () => {
    expect(f.nationalAverage(values, forces, [['Kent']])).toEqual([[(200 + 400 + 100) / 3]]);
    expect(f.nationalAverage(values, forces, [['none']])).toEqual([[212.5]]);
  });

  it('NATIONALAVERAGE weights by population when asked', () => {
    const weights = [[1], [3], [5], [0.5], [2]];
    expect(f.nationalAverage(values, forces, undefined, weights)[0]?.[0]).toBeCloseTo(
      (150 + 600 + 50) / 4.5,
      12,
    );
  });

  it('NATIONALAVERAGE counts zeros only when told they are reports', () => {
    const v = [[150], [0]];
    const n = [['Kent'], ['Essex']];
    expect(f.nationalAverage(v, n)).toEqual([[150]]);
    expect(f.nationalAverage(v, n, undefined, undefined, [[true]])).toEqual([[75]]);
    expect(code(f.nationalAverage(v, n, undefined, undefined, [['yes']])[0]?.[0])).toBe('#VALUE!');
  });

  it('BENCHMARK spills value, average, variance, difference, rank, count per force', () => {
    const result = f.benchmark(values, forces, [['Essex'], ['Nowhere']]);
    // 200 ÷ 150 − 1 is exactly one third; the double expression 200 / 150 - 1 is not.
    expect(result[0]).toEqual([200, 150, 1 / 3, 50, 1, 3]);
    expect(result[1]).toHaveLength(6);
    expect(code(result[1]?.[0])).toBe('#VALUE!');
    expect(message(result[1]?.[0])).toMatch(/Nowhere/);
  });

  it('BENCHMARK compares against peers only when given', () => {
    expect(f.benchmark(values, forces, [['Kent']], [['Kent'], ['Surrey']])[0]).toEqual([
      150, 125, 0.2, 25, 1, 2,
    ]);
  });

  it('APPORTION shares £100 on equal bases to the penny, in the shape of the bases', () => {
    expect(f.apportion([[100]], [[1], [1], [1]])).toEqual([[33.34], [33.33], [33.33]]);
    expect(f.apportion([[100]], [[1, 1, 1]])).toEqual([[33.34, 33.33, 33.33]]);
    expect(f.apportion([[10]], [[1, 3]], [[0]])).toEqual([[3, 7]]); // 2.5 and 7.5: the tie goes to the first
  });

  it('APPORTION refuses a range as the total', () => {
    expect(code(f.apportion([[1, 2]], [[1]])[0]?.[0])).toBe('#VALUE!');
  });

  it('GROW spills a row per base line, one column per year', () => {
    expect(f.grow([[1000], [500]], [[0.1]], [[3]])).toEqual([
      [1100, 1210, 1331],
      [550, 605, 665.5],
    ]);
    expect(f.grow([[100]], [[0.1, 0.2]])).toEqual([[110, 132]]);
  });

  it('GROW refuses a grid of rates and a row of bases', () => {
    expect(
      code(
        f.grow(
          [[100]],
          [
            [0.1, 0.2],
            [0.1, 0.2],
          ],
        )[0]?.[0],
      ),
    ).toBe('#VALUE!');
    expect(code(f.grow([[100, 200]], [[0.1]])[0]?.[0])).toBe('#VALUE!');
  });

  it('RATIOBOUNDS spills min and max, a row per ratio', () => {
    const [min, max] = f.ratioBounds([[4000]], [[22000]], [[1000]])[0] as number[];
    expect(min).toBeCloseTo(3500 / 22500, 15);
    expect(max).toBeCloseTo(4500 / 21500, 15);
    expect(f.ratioBounds([[1], [2]], [[10]], [[1]], [[2]])).toHaveLength(2);
    expect(code(f.ratioBounds([[1, 2]], [[10]], [[1]])[0]?.[0])).toBe('#VALUE!');
  });

  it('CONSISTENT checks published rates against rounded inputs', () => {
    expect(f.isConsistent([[0.18], [0.2]], [[4000]], [[22000]], [[1]])).toEqual([[true], [false]]);
    expect(f.isConsistent([[0.074]], [[620]], [[8409]], [[1]], undefined, [[3]])).toEqual([[true]]);
  });
});

describe('registry', () => {
  it('lists every catalogue function by its Excel id', () => {
    expect(Object.keys(excelFunctions).sort()).toEqual(
      [
        'APPORTION',
        'BENCHMARK',
        'CONSISTENT',
        'CONVERSIONSAVING',
        'GAP',
        'GAPSHARE',
        'GROW',
        'NATIONALAVERAGE',
        'NRE',
        'NREPERHEAD',
        'PERHEAD',
        'POOLEDPERHEAD',
        'POOLEDRATE',
        'POSTSCOST',
        'RATIOBOUNDS',
        'SAVING',
        'SAVINGRATE',
        'UNITCOST',
        'VARIANCEPCT',
        'WORKFORCESHARE',
      ].sort(),
    );
  });
});

describe('registry for formula engines', () => {
  it('gathers NRE income arguments into one list, as Excel passes a repeating parameter', () => {
    expect(excelFunctions.NRE?.([[120000]], [[8000, 2000]], [[500]])).toEqual([[109500]]);
  });
});

describe('one-cell calls (a formula filled down)', () => {
  const formulas = SPECS.filter((s) => s.formula !== undefined);
  const value = fc.oneof(
    anyFigure,
    fc.constantFrom(null, '', '1,234.50', 'abc', true, 0, -1, Number.NaN, Infinity),
  );

  it.each(formulas.map((s) => [s.id, s] as const))(
    '%s answers a single cell exactly as the same cell within a range',
    (id, spec) => {
      fc.assert(
        fc.property(
          fc.array(value, { minLength: spec.params.length, maxLength: spec.params.length }),
          fc.integer({ min: 0, max: spec.params.length }),
          (values, given) => {
            // Optional parameters after `given` are left out, as Excel passes them (undefined).
            const args = values.map((v, i) =>
              i < given || spec.params[i]?.optional !== true ? [[v]] : undefined,
            );
            const inRange = args.map((a) => (a === undefined ? a : [a[0] as unknown[], [1]]));
            const [single] = call(id, ...args);
            const [first] = call(id, ...inRange);
            expect(single).toEqual([first?.[0]]);
          },
        ),
        { numRuns: 300 },
      );
    },
  );
});
