import type { FunctionRegistry } from '../../../../addin/workbook/memory';
import { bookWith, SHEET, valueOf } from './helpers';

const first = (arg: unknown): unknown => (arg as unknown[][])[0]?.[0];

/** A fake registry shaped like the real one: Excel ids, 2-D arguments, error objects. */
const registry: FunctionRegistry = {
  NREPERHEAD: (expenditure, income, population, per) => {
    const [e, i, p] = [first(expenditure), first(income), first(population)] as number[];
    if (p === 0) return { code: '#DIV/0!', message: 'population is zero' };
    return (
      (((e as number) - (i as number)) / (p as number)) *
      ((per === undefined ? 1 : first(per)) as number)
    );
  },
  GROW: (base, rate, years) => [
    Array.from(
      { length: first(years) as number },
      (_, y) => (first(base) as number) * (1 + (first(rate) as number)) ** (y + 1),
    ),
  ],
  ECHO: (...args) => JSON.stringify(args),
  FAIL: () => {
    throw new Error('boom');
  },
  ODD: () => ({ code: 'NOT_AN_EXCEL_ERROR' }),
  RAGGED: () => [[1, 2], [3]],
  NOTHING: () => null,
};

describe('COLLAB custom functions', () => {
  it('passes every argument as a 2-D array, blanks as null and an omitted argument as undefined', () => {
    const cells = { A1: 5, A2: 'x', B1: 7 };
    expect(valueOf('=COLLAB.ECHO(A1:B2,3,,"t")', cells, registry)).toBe(
      JSON.stringify([
        [
          [5, 7],
          ['x', null],
        ],
        [[3]],
        null,
        [['t']],
      ]),
    );
  });

  it('calls functions by Excel id, in any case', () => {
    const cells = { B5: 1000, C5: 200, D5: 400 };
    expect(valueOf('=collab.nreperhead(B5,C5,D5,1000)', cells, registry)).toBe(2000);
    expect(valueOf('=COLLAB.NREPERHEAD(B5,C5,D5)', cells, registry)).toBe(2);
  });

  it('shows an error object as its Excel error', () => {
    expect(valueOf('=COLLAB.NREPERHEAD(1,0,0)', {}, registry)).toBe('#DIV/0!');
  });

  it('is #VALUE! when the function throws or returns something that is not a value', () => {
    expect(valueOf('=COLLAB.FAIL()', {}, registry)).toBe('#VALUE!');
    expect(valueOf('=COLLAB.ODD()', {}, registry)).toBe('#VALUE!');
    expect(valueOf('=COLLAB.RAGGED()', {}, registry)).toBe('#VALUE!');
  });

  it('shows a null result as 0', () => {
    expect(valueOf('=COLLAB.NOTHING()', {}, registry)).toBe(0);
  });

  it('is #NAME? for an id the registry does not have', () => {
    expect(valueOf('=COLLAB.MISSING(1)', {}, registry)).toBe('#NAME?');
  });

  it('gives an error in an argument as the result without calling the function', () => {
    const calls: unknown[] = [];
    const spy: FunctionRegistry = { SPY: (...args) => calls.push(args) };
    expect(valueOf('=COLLAB.SPY(A1:A2)', { A2: '#N/A' }, spy)).toBe('#N/A');
    expect(calls).toHaveLength(0);
  });

  it('spills an array result to the right, and recalculates it when an input changes', () => {
    const book = bookWith({ 'MTFS!B1': 100, 'MTFS!B2': 0.1 }, registry);
    book.defineName('Base', 'MTFS', 'B1');
    book.defineName('PayAward', 'MTFS', 'B2');
    book.setCell(SHEET, 'C10', { formula: '=COLLAB.GROW(Base,PayAward,3)' });
    const row = () => book.values(SHEET, { start: { row: 9, col: 2 }, end: { row: 9, col: 5 } });
    expect(row()[0]?.map((v) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v))).toEqual([
      110,
      121,
      133.1,
      null,
    ]);
    expect(book.cell(SHEET, 'E10')).toMatchObject({ spilledFrom: 'C10' });
    book.setCell('MTFS', 'B1', { value: 200 });
    expect(book.cell(SHEET, 'D10').value).toBeCloseTo(242, 9);
  });
});
