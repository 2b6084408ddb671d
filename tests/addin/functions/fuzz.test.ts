// Every Excel entry point survives any input: it returns a grid of numbers, TRUE/FALSE or Excel
// errors (never throws, never NaN or Infinity), in the shape the broadcasting rule gives.
import fc from 'fast-check';
import * as functions from '../../../addin/functions/functions';

type Adapter = (...args: unknown[]) => unknown;
const adapters = Object.entries(functions as unknown as Record<string, Adapter>);

/** Functions whose result has the broadcast shape of all their arguments. */
const ELEMENTWISE: Readonly<Record<string, number>> = {
  saving: 2,
  savingRate: 2,
  gapShare: 2,
  conversionSaving: 3,
  variancePct: 2,
  workforceShare: 2,
  unitCost: 2,
  gap: 2,
};

const cell = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 0, 1e308, -1e308, 5e-324, 1, 100, 0.1),
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    '',
    ' ',
    '12',
    '1,234.50',
    '£1,234',
    '-£5',
    '(120)',
    '18%',
    'abc',
    '1,2,3',
    '£',
    '%',
    'NaN',
  ),
  fc.string(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom({ code: '#N/A', message: 'no data' }, { code: '#DIV/0!' }, {}, [], new Date(0)),
);

const shape = fc.record({
  rows: fc.integer({ min: 1, max: 4 }),
  cols: fc.integer({ min: 1, max: 4 }),
});
const rectangle = shape.chain(({ rows, cols }) =>
  fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), {
    minLength: rows,
    maxLength: rows,
  }),
);
const oddGrid = fc.oneof(
  fc.constant([]),
  fc.constant([[]]),
  fc.array(fc.array(cell, { maxLength: 3 }), { minLength: 2, maxLength: 3 }), // often ragged
  cell, // not a grid at all
);
const argument = fc.oneof({ weight: 4, arbitrary: rectangle }, { weight: 1, arbitrary: oddGrid });

function isExcelValue(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'boolean') return true;
  const error = value as { code?: unknown; message?: unknown };
  return (
    typeof error?.code === 'string' &&
    error.code.startsWith('#') &&
    (error.message === undefined || (typeof error.message === 'string' && error.message.length > 0))
  );
}

function checkGrid(result: unknown): { rows: number; cols: number } {
  expect(Array.isArray(result)).toBe(true);
  const rows = result as unknown[][];
  expect(rows.length).toBeGreaterThan(0);
  const cols = rows[0]?.length ?? 0;
  for (const row of rows) {
    expect(row).toHaveLength(cols);
    for (const value of row)
      if (!isExcelValue(value)) throw new Error(`not an Excel value: ${String(value)}`);
  }
  return { rows: rows.length, cols };
}

/** The broadcast shape of rectangular arguments (blank tail trimmed), or null where Excel's rule refuses them. */
function broadcastShape(args: unknown[]): { rows: number; cols: number } | null {
  const dims = args.map((a) =>
    Array.isArray(a) &&
    a.length > 0 &&
    Array.isArray(a[0]) &&
    (a[0] as unknown[]).length > 0 &&
    a.every((r) => Array.isArray(r) && r.length === (a[0] as unknown[]).length)
      ? { rows: a.length, cols: (a[0] as unknown[]).length }
      : null,
  );
  if (dims.some((d) => d === null)) return null;
  const rows = Math.max(...dims.map((d) => d?.rows ?? 0));
  const cols = Math.max(...dims.map((d) => d?.cols ?? 0));
  const fits = dims.every(
    (d) => (d?.rows === 1 || d?.rows === rows) && (d?.cols === 1 || d?.cols === cols),
  );
  if (!fits) return null;
  // Trailing rows blank in every argument that spans them are trimmed (whole-column references).
  const blank = (v: unknown) => v === null || v === undefined || v === '';
  const spanning = (args as unknown[][][]).filter((a) => a.length === rows);
  let used = rows;
  while (used > 1 && spanning.every((a) => (a[used - 1] as unknown[]).every(blank))) used -= 1;
  return { rows: used, cols };
}

describe('every custom function', () => {
  it('is exported, twenty in all', () => {
    expect(adapters).toHaveLength(20);
  });

  it.each(adapters)(
    '%s never throws and returns only Excel values, whatever it is given',
    (_, adapter) => {
      fc.assert(
        fc.property(fc.array(argument, { minLength: 0, maxLength: 7 }), (args) => {
          checkGrid(adapter(...args));
        }),
        { numRuns: 400 },
      );
    },
  );

  it.each(Object.entries(ELEMENTWISE))(
    '%s returns the broadcast shape, or one error where shapes clash',
    (name, arity) => {
      const adapter = (functions as unknown as Record<string, Adapter>)[name] as Adapter;
      fc.assert(
        fc.property(fc.array(argument, { minLength: arity, maxLength: arity }), (args) => {
          const got = checkGrid(adapter(...args));
          const expected = broadcastShape(args) ?? { rows: 1, cols: 1 };
          expect(got).toEqual(expected);
        }),
        { numRuns: 400 },
      );
    },
  );

  it('takes a range of a million cells', () => {
    const big = Array.from({ length: 1000 }, (_, r) =>
      Array.from({ length: 1000 }, (_, c) => r * 1000 + c),
    );
    const result = functions.savingRate(big, [[4]]);
    expect(result).toHaveLength(1000);
    expect(result[999]?.[999]).toBe(999999 / 4);
  });
});
