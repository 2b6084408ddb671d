// The fast paths must give exactly what the core's decimal path gives, element for element.
import fc from 'fast-check';
import * as core from '../../../core/src/index';
import * as f from '../../../addin/functions/functions';
import { pence, quotient, rateOf } from '../../../addin/functions/exact';

/** Whole pence up to £10bn, negative ones included: the inputs the fast path is for. */
const money = fc.integer({ min: -1e12, max: 1e12 }).map((n) => n / 100);
const positiveMoney = fc.integer({ min: 1, max: 1e12 }).map((n) => n / 100);
/** Anything finite, to show the fall-back to the decimal path keeps results identical too. */
const anyNumber = fc.oneof(
  money,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/** The core's result as Excel shows it: no -0, and a result beyond a double's range is an error. */
function coreValue(run: () => core.Decimal): number | string {
  try {
    const n = run().toNumber();
    return Number.isFinite(n) ? n + 0 : 'OUT_OF_RANGE';
  } catch (e) {
    return (e as core.CollabError).code;
  }
}

function adapterValue(cell: unknown): number | string {
  return typeof cell === 'number'
    ? cell
    : (cell as { code: string }).code === '#DIV/0!'
      ? 'DIVIDE_BY_ZERO'
      : 'error';
}

describe('exact fast paths', () => {
  it('reads whole pence as integers and refuses anything finer', () => {
    expect(pence(1234.56)).toBe(123456);
    expect(pence(-0.01)).toBe(-1);
    expect(pence(0.125)).toBeNaN();
    expect(pence(1e15)).toBeNaN();
    expect(pence(Number.POSITIVE_INFINITY)).toBeNaN();
    expect(Object.is(pence(-0), 0)).toBe(true);
  });

  it('divides only integers below 2^53 by a positive divisor', () => {
    expect(quotient(1, 3)).toBe(1 / 3);
    expect(quotient(2 ** 53, 3)).toBeNaN();
    expect(quotient(1, 0)).toBeNaN();
    expect(quotient(1, -2)).toBeNaN();
  });

  it('is taken for whole pence, so the equality tests below test it', () => {
    fc.assert(fc.property(money, positiveMoney, (a, b) => !Number.isNaN(rateOf(a, 0, b))));
  });

  it.each([
    ['savingRate', f.savingRate, core.savingRate],
    ['gapShare', f.gapShare, core.gapShare],
    ['variancePct', f.variancePct, core.variancePct],
    ['unitCost', f.unitCost, core.unitCost],
    ['workforceShare', f.workforceShare, core.workforceShare],
    ['saving', f.saving, core.saving],
    ['gap', f.gap, core.gap],
  ] as const)('%s gives the decimal path result for every input', (_, adapter, exact) => {
    fc.assert(
      fc.property(fc.oneof(money, anyNumber), fc.oneof(positiveMoney, anyNumber), (a, b) => {
        const expected = coreValue(() => exact(a, b));
        const got = adapterValue(adapter([[a]], [[b]])[0]?.[0]);
        if (typeof expected === 'number') expect(Object.is(got, expected)).toBe(true);
        else expect(typeof got).toBe('string');
      }),
      { numRuns: 3000 },
    );
  });

  it('NREPERHEAD and PERHEAD give the decimal path result, per person and per 1,000', () => {
    const population = fc.oneof(fc.integer({ min: 1, max: 10_000_000 }), anyNumber);
    const per = fc.constantFrom(1, 1000, 100000, 0.5);
    fc.assert(
      fc.property(
        fc.oneof(positiveMoney, anyNumber),
        fc.oneof(positiveMoney, anyNumber),
        population,
        per,
        (e, i, p, s) => {
          const expected = coreValue(() => core.nrePerHead(e, i, p, s));
          const got = adapterValue(f.nrePerHead([[e]], [[i]], [[p]], [[s]])[0]?.[0]);
          if (typeof expected === 'number') expect(Object.is(got, expected)).toBe(true);
          else expect(typeof got).toBe('string');
          const expectedPerHead = coreValue(() => core.perHead(e, p, s));
          const gotPerHead = adapterValue(f.perHead([[e]], [[p]], [[s]])[0]?.[0]);
          if (typeof expectedPerHead === 'number')
            expect(Object.is(gotPerHead, expectedPerHead)).toBe(true);
          else expect(typeof gotPerHead).toBe('string');
        },
      ),
      { numRuns: 3000 },
    );
  });
});
