// Real workbooks: whole-column references, oversized requests, data-type cells. Each call must
// answer with a bounded result and a clear error, never a freeze or a stack overflow.
import * as f from '../../../addin/functions/functions';
import { MAX_RESULT_CELLS } from '../../../addin/functions/grid';

const code = (cell: unknown) => (cell as { code?: string }).code;
const message = (cell: unknown) => (cell as { message?: string }).message ?? '';

/** A whole column as Excel desktop passes it: 1,048,576 rows, the first few filled. */
function column(filled: readonly unknown[]): unknown[][] {
  return Array.from({ length: 1_048_576 }, (_, r) => [r < filled.length ? filled[r] : null]);
}

describe('whole-column references', () => {
  it('trims the rows where every argument is blank from an element-wise result', () => {
    const result = f.saving(column([10, 20, 30]), column([1, 2, 3]));
    expect(result).toEqual([[9], [18], [27]]);
  });

  it('keeps a row where only one argument is blank, as that row’s error', () => {
    const result = f.savingRate(column([1, 2, 3]), column([4, 8]));
    expect(result).toHaveLength(3);
    expect(result.slice(0, 2)).toEqual([[0.25], [0.25]]);
    expect(code(result[2]?.[0])).toBe('#VALUE!');
    expect(message(result[2]?.[0])).toBe('budget is empty');
  });

  it('trims against a single value broadcast down the column', () => {
    expect(f.perHead(column([300, 600]), [[3]])).toEqual([[100], [200]]);
  });

  it('ignores the blank tail in aggregates, keeping paired columns paired', () => {
    expect(f.pooledRate(column([4000, 830]), column([22000, 3300]))[0]?.[0]).toBeCloseTo(
      4830 / 25300,
      15,
    );
    const average = f.nationalAverage(
      column([150, 200, 400]),
      column(['Kent', 'Essex', 'Metropolitan Police']),
    );
    expect(average).toEqual([[175]]);
  });

  it('trims NRE, BENCHMARK, APPORTION, GROW and RATIOBOUNDS over whole columns too', () => {
    expect(f.nre(column([100, 200]), [column([10, 20])])).toEqual([[90], [180]]);
    expect(
      f.benchmark(column([150, 200]), column(['Kent', 'Essex']), column(['Kent'])),
    ).toHaveLength(1);
    expect(f.apportion([[100]], column([1, 1, 1]))).toEqual([[33.34], [33.33], [33.33]]);
    expect(f.grow(column([1000, 2000]), [[0.1]], [[2]])).toHaveLength(2);
    expect(f.ratioBounds(column([4000]), column([22000]), [[1000]])).toHaveLength(1);
  });
});

describe('bounded results', () => {
  it('refuses a result over the cap as one error, before building it', () => {
    const row = [Array.from({ length: 2000 }, () => 1)];
    const col = Array.from({ length: 1000 }, () => [1]);
    const result = f.saving(row, col);
    expect(2000 * 1000).toBeGreaterThan(MAX_RESULT_CELLS);
    expect(result).toHaveLength(1);
    expect(code(result[0]?.[0])).toBe('#VALUE!');
    expect(message(result[0]?.[0])).toMatch(/2000000 cells/);
  });

  it('refuses GROW over a hundred million years as one quick error', () => {
    const result = f.grow([[1]], [[0.05]], [[100000000]]);
    expect(result).toHaveLength(1);
    expect(result[0]).toHaveLength(1);
    expect(code(result[0]?.[0])).toBe('#NUM!');
  });

  it('refuses GROW over a fraction of a year with a clear error', () => {
    expect(code(f.grow([[1000]], [[0.1]], [[2.5]])[0]?.[0])).toBe('#NUM!');
    expect(code(f.grow([[1000]], [[0.1]], [[2030]])[0]?.[0])).toBe('#NUM!');
    expect(f.grow([[1000]], [[0.1]], [[2030]])[0]).toHaveLength(1);
  });

  it('apportions over a quarter of a million bases, to the penny', () => {
    const bases = Array.from({ length: 250_000 }, (_, i) => [(i % 7) + 1]);
    const parts = f.apportion([[1_000_000]], bases) as number[][];
    expect(parts).toHaveLength(250_000);
    const pennies = parts.reduce((sum, [p]) => sum + Math.round((p as number) * 100), 0);
    expect(pennies).toBe(100_000_000);
  });
});

describe('data-type cells', () => {
  it('reads a formatted number or an entity by its basic value', () => {
    const formatted = { type: 'FormattedNumber', basicValue: 22000, numberFormat: '£#,##0' };
    const double = { type: 'Double', basicValue: 4000 };
    expect(f.savingRate([[double]], [[formatted]])).toEqual(f.savingRate([[4000]], [[22000]]));
    const entity = { type: 'Entity', basicValue: 'Kent', text: 'Kent', properties: {} };
    expect(f.nationalAverage([[150], [200]], [[entity], ['Essex']])).toEqual([[175]]);
  });

  it('keeps an error cell passed as a data type to its own element', () => {
    const error = { type: 'Error', basicValue: '#DIV/0!', errorType: 'Div0' };
    const result = f.saving([[10], [error]], [[1]]);
    expect(result[0]).toEqual([9]);
    expect(code(result[1]?.[0])).toBe('#DIV/0!');
  });
});
