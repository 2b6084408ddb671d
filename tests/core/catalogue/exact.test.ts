// The fast path must give exactly what the decimal path gives, for every formula function and every
// kind of figure a workbook holds: typed pounds and pence, formula results (sums carrying binary
// noise, £000 × 1000, per-head quotients), mixes, negatives, the tiny and the huge.
import fc from 'fast-check';
import {
  CollabError,
  evaluate,
  exactColumn,
  exactPath,
  exactRows,
  exactValue,
  scaled,
  SPECS,
  type ExactPlan,
  type FunctionSpec,
  type Rows,
} from '../../../core/src';
import { BLOCK, ExactMean } from '../../../core/src/catalogue/exact';
import { Decimal } from '../../../core/src/lib/decimal';
import { midway } from '../doubles';
import { partsOf } from './parts';
import {
  quotients,
  FIGURE_CLASSES as CLASSES,
  anyFigure as mixed,
  pence,
  pounds,
  sums,
  thousands,
} from '../generators';

const FORMULAS = SPECS.filter((s) => s.formula !== undefined);

/** The decimal path's answer as Excel would show it, or the error code. */
function decimal(spec: FunctionSpec, args: readonly number[]): number | string {
  try {
    return evaluate(spec, args).toNumber() + 0;
  } catch (e) {
    if (e instanceof CollabError) return e.code;
    throw e;
  }
}

describe('reading a double as Excel shows it', () => {
  it('reads the same 15-digit decimal as the core reads, for any double', () => {
    fc.assert(
      fc.property(mixed, (x) => {
        const read = scaled(x);
        if (read === undefined) return;
        const [m, k] = read;
        expect(Number.isInteger(m) && Math.abs(m) < 1e15).toBe(true);
        expect(new Decimal(m).div(new Decimal(10).pow(k)).eq(x.toPrecision(15))).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it.each([
    [0.1 + 0.2, [30, 2]],
    [1123456.7799999998, [112345678, 2]],
    [22000, [22000, 0]],
    [-0.05, [-5, 2]],
    [0.5, [50, 2]],
    [0.125, [125, 3]],
    [145.8000123456789, [145800012345679, 12]],
    [999999999999999.9, undefined],
    [1e15, undefined],
    [1e-9, undefined],
    [Infinity, undefined],
    [NaN, undefined],
  ])('reads %p as units and scale %p', (x, expected) => {
    expect(scaled(x)).toEqual(expected);
  });

  it('reads doubles a few steps from a whole number of pence as their 15 digits show them', () => {
    // The pence reading takes x when x × 100 lies within |x × 100| × 2^-52 of a whole number: the
    // doubles either side of that bound, and of the double nearest p ÷ 100, are the ones to test.
    const bits = new Float64Array(1);
    const word = new BigInt64Array(bits.buffer);
    const step = (x: number, k: number) => {
      bits[0] = x;
      word[0] = (word[0] as bigint) + BigInt(k);
      return bits[0] as number;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: -(1e15 - 1), max: 1e15 - 1 }),
        fc.integer({ min: -40, max: 40 }),
        (p, k) => {
          const x = step(p / 100, p < 0 ? -k : k);
          const read = scaled(x);
          if (read === undefined) return;
          const [m, e] = read;
          expect(new Decimal(m).div(new Decimal(10).pow(e)).eq(x.toPrecision(15))).toBe(true);
        },
      ),
      { numRuns: 20000 },
    );
  });

  it('rounds half up at the 15th digit, as Excel and toPrecision do', () => {
    // Doubles next to a 15th-digit midpoint, written as the quotients that make them.
    for (const x of [
      1234567890123455 / 1e16,
      1 + 2 ** -52,
      2 + 2 ** -51,
      Number('123.45678901234549'),
    ]) {
      const [m, k] = scaled(x) as [number, number];
      expect(new Decimal(m).div(new Decimal(10).pow(k)).toString()).toBe(
        new Decimal(x.toPrecision(15)).toString(),
      );
    }
  });
});

describe.each(FORMULAS.map((s) => [s.id, s] as const))('%s fast path', (_, spec) => {
  const plan = exactPath(spec) as ExactPlan;
  const arity = spec.params.length;
  const call = (args: number[]) =>
    exactValue(plan, args[0] ?? 0, args[1] ?? 0, args[2] ?? 0, args[3] ?? 0);

  it.each(CLASSES)('equals the decimal path on %s', (_label, cls) => {
    fc.assert(
      fc.property(fc.array(cls, { minLength: arity, maxLength: arity }), (args) => {
        const quick = call(args) as number;
        if (quick === quick) expect(quick).toBe(decimal(spec, args));
      }),
      { numRuns: 400 },
    );
  });

  it('equals the decimal path on a mix of every class', () => {
    fc.assert(
      fc.property(fc.array(mixed, { minLength: arity, maxLength: arity }), (args) => {
        const quick = call(args) as number;
        if (quick === quick) expect(quick).toBe(decimal(spec, args));
      }),
      { numRuns: 2000 },
    );
  });

  it('declines (NaN) wherever the decimal path gives an error', () => {
    fc.assert(
      fc.property(fc.array(mixed, { minLength: arity, maxLength: arity }), (args) => {
        if (typeof decimal(spec, args) === 'string') expect(call(args)).toBeNaN();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('exactColumn, the fast path over a range', () => {
  const ROWS = 6;
  const COLS = 2;
  /** A cell as Excel passes one: mostly figures, sometimes blank, text, TRUE or an error object. */
  const cell = fc.oneof(
    { weight: 8, arbitrary: mixed },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(null, '', '12', true, { error: '#N/A' }) },
  );
  /** A parameter's grid: a whole range, a column or a row broadcast across it, or one cell. */
  const grid = fc.oneof(
    fc.array(fc.array(cell, { minLength: COLS, maxLength: COLS }), {
      minLength: ROWS,
      maxLength: ROWS,
    }),
    fc.array(fc.array(cell, { minLength: 1, maxLength: 1 }), { minLength: ROWS, maxLength: ROWS }),
    fc.array(fc.array(cell, { minLength: COLS, maxLength: COLS }), { minLength: 1, maxLength: 1 }),
    cell.map((v) => [[v]]),
  );
  const at = (g: Rows, r: number, c: number): unknown => {
    const row = g[g.length === 1 ? 0 : r] as readonly unknown[];
    return row[row.length === 1 ? 0 : c];
  };

  it.each(FORMULAS.map((s) => [s.id, s] as const))(
    'gives %s, cell by cell, what exactValue gives on numbers and NaN on anything else',
    (_, spec) => {
      const plan = exactPath(spec) as ExactPlan;
      const arity = spec.params.length;
      fc.assert(
        fc.property(fc.array(grid, { minLength: arity, maxLength: arity }), (given) => {
          // A part left out is its constant, as the adapter passes it.
          const parts = partsOf(plan, given as Rows[]);
          const into = new Float64Array(ROWS * COLS);
          for (let c = 0; c < COLS; c++) exactColumn(plan, parts, c, ROWS, into, COLS);
          for (let r = 0; r < ROWS; r++)
            for (let c = 0; c < COLS; c++) {
              const args = given.map((g) => at(g as Rows, r, c));
              const [a = 0, b = 0, c3 = 0, d = 0] = args as number[];
              const one = args.every((v) => typeof v === 'number')
                ? exactValue(plan, a, b, c3, d)
                : NaN;
              expect(into[r * COLS + c]).toBe(one);
            }
        }),
        { numRuns: 300 },
      );
    },
  );
});

describe('exactColumn over columns longer than its block of rows', () => {
  // Columns cross the block boundary; each is mostly one kind of figure (so that blocks of one
  // scale, and pence read first after pence, are met) with others, blanks and text mixed in.
  const ROWS = 2 * BLOCK + 3;
  const kinds = [pounds, pence, sums, quotients, mixed] as const;
  const column = fc
    .tuple(
      fc.integer({ min: 0, max: kinds.length - 1 }),
      fc.array(fc.tuple(fc.nat(ROWS - 1), fc.oneof(mixed, fc.constantFrom<unknown>(null, 'x'))), {
        maxLength: 30,
      }),
      fc.integer(),
    )
    .map(([kind, odd, seed]) => {
      const cells = fc.sample(kinds[kind] as fc.Arbitrary<number>, { numRuns: ROWS, seed });
      const rows: unknown[][] = cells.map((v) => [v]);
      for (const [r, v] of odd) rows[r] = [v];
      return rows as Rows;
    });

  it.each(FORMULAS.map((s) => [s.id, s] as const))(
    'gives %s row by row what exactValue gives',
    (_, spec) => {
      const plan = exactPath(spec) as ExactPlan;
      fc.assert(
        fc.property(
          fc.array(column, { minLength: spec.params.length, maxLength: spec.params.length }),
          (given) => {
            const parts = partsOf(plan, given);
            const into = new Float64Array(ROWS);
            exactColumn(plan, parts, 0, ROWS, into, 1);
            // exactRows makes the same results into rows, leaving a hole for each NaN.
            const out = new Array<number[]>(ROWS);
            const holes = exactRows(plan, parts, ROWS, out);
            expect(holes).toBe(into.filter((v) => v !== v).length);
            for (let r = 0; r < ROWS; r++)
              expect(out[r]).toEqual(into[r] === into[r] ? [into[r]] : undefined);
            for (let r = 0; r < ROWS; r++) {
              const args = given.map((g) => (g[r] as unknown[])[0]);
              const [a = 0, b = 0, c = 0, d = 0] = args as number[];
              const one = args.every((v) => typeof v === 'number')
                ? exactValue(plan, a, b, c, d)
                : NaN;
              if (!Object.is(into[r], one)) expect([r, into[r]]).toEqual([r, one]);
            }
          },
        ),
        { numRuns: 8 },
      );
    },
  );
});

describe('fast path coverage', () => {
  const byId = (id: string) => FORMULAS.find((s) => s.id === id) as FunctionSpec;
  const positive = (a: fc.Arbitrary<number>) => a.filter((x) => x > 0);

  it.each([
    ['typed pounds', pounds],
    ['pounds and pence', pence],
    ['computed sums', sums],
    ['£000 × 1000', thousands],
  ])('answers SAVING, SAVINGRATE and VARIANCEPCT on %s without the decimal path', (_label, cls) => {
    fc.assert(
      fc.property(positive(cls), positive(cls), (a, b) => {
        for (const id of ['SAVING', 'SAVINGRATE', 'VARIANCEPCT']) {
          expect(exactValue(exactPath(byId(id)) as ExactPlan, a, b, 0, 0)).not.toBeNaN();
        }
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['pounds and pence', pence],
    ['computed sums', sums],
    ['per-head quotients', quotients],
  ])(
    'answers every formula on %s, even where scaling passes 2^53 (CONVERSIONSAVING in pence)',
    (_label, cls) => {
      // A part-of-total function may refuse a part above its total: those take the decimal path.
      for (const spec of FORMULAS.filter((s) => s.formula?.bounded !== true)) {
        const plan = exactPath(spec) as ExactPlan;
        fc.assert(
          fc.property(fc.array(positive(cls), { minLength: 4, maxLength: 4 }), (args) => {
            const [a = 0, b = 0, c = 0, d = 0] = args;
            // Only a result exactly halfway between two doubles cannot be certified (PERHEAD of
            // 488281.25 per 0.01 people × 69082868.07 is 3373186917480468.75, where doubles are
            // 0.5 apart): the decimal path rounds it.
            if (!midway(evaluate(spec, args.slice(0, spec.params.length))))
              expect(exactValue(plan, a, b, c, d)).not.toBeNaN();
          }),
          { numRuns: 300 },
        );
      }
    },
  );

  it('declines a result exactly halfway between two doubles, which the decimal path rounds', () => {
    const spec = byId('PERHEAD');
    const args = [488281.25, 0.01, 69082868.07];
    const exact = evaluate(spec, args);
    expect(exact.toString()).toBe('3373186917480468.75');
    expect(midway(exact)).toBe(true);
    expect(midway(evaluate(spec, [488281.25, 0.01, 69082868]))).toBe(false);
    expect(exactValue(exactPath(spec) as ExactPlan, args[0] ?? 0, 0.01, 69082868.07, 0)).toBeNaN();
    // Past 2^53, where doubles are 8 apart: CONVERSIONSAVING's product ending in …764.
    const conversion = evaluate(
      byId('CONVERSIONSAVING'),
      [297732832.64, 299623374.17, 136934992.92000002, 0.01],
    );
    expect(conversion.toString()).toBe('48437672587178764');
    expect(midway(conversion)).toBe(true);
  });

  it('leaves out a function without a formula', () => {
    expect(exactPath(SPECS.find((s) => s.id === 'APPORTION') as FunctionSpec)).toBeUndefined();
  });
});

describe('ExactMean', () => {
  /** The mean of a list, a figure at a time; NaN where a figure has no reading or it declines. */
  const exactMean = (xs: readonly number[]) => {
    const mean = new ExactMean();
    return xs.every((x) => mean.add(x)) ? mean.value() : NaN;
  };
  /** The decimal path's mean: the 15-digit readings summed exactly, divided once. */
  const decimalMean = (xs: readonly number[]) =>
    xs
      .reduce((sum, x) => sum.plus(x.toPrecision(15)), new Decimal(0))
      .div(xs.length)
      .toNumber() + 0;

  it.each(CLASSES)('equals the decimal mean on %s', (_label, cls) => {
    fc.assert(
      fc.property(fc.array(cls, { minLength: 1, maxLength: 50 }), (xs) => {
        const quick = exactMean(xs);
        if (quick === quick) expect(quick).toBe(decimalMean(xs));
      }),
      { numRuns: 300 },
    );
  });

  it('answers for figures of every everyday class, mixed', () => {
    const everyday = fc.oneof(pounds, pence, sums, thousands, quotients);
    fc.assert(
      fc.property(fc.array(everyday, { minLength: 1, maxLength: 50 }), (xs) => {
        expect(exactMean(xs)).toBe(decimalMean(xs));
      }),
      { numRuns: 1000 },
    );
  });

  it('carries on past 2^53 when figures of very different scales meet', () => {
    // 999,999,999,999,999 × 10^10 at the small figure's scale of 10^-11 is past 2^53.
    for (const xs of [
      [99999999999999.9, 0.00000001234],
      [0.00000001234, 99999999999999.9, 3.5],
      [-99999999999999.9, 0.1 + 0.2, 12345678901.2345, 0.00000001234],
    ]) {
      expect(exactMean(xs)).toBe(decimalMean(xs));
    }
  });

  it('declines an empty list and a figure with no 15-digit reading', () => {
    expect(exactMean([])).toBeNaN();
    expect(exactMean([1, Infinity])).toBeNaN();
    expect(exactMean([1, 1e300])).toBeNaN();
  });
});
