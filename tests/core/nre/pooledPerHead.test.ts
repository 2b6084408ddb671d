// Pooled per head for a region: Σ amounts ÷ Σ populations.
import fc from 'fast-check';
import { Decimal, perHead, pooledPerHead } from '../../../core/src';
import {
  expectCode,
  expectDecimal,
  itRefusesNonNumberItems,
  itRefusesNonNumbers,
} from '../helpers';

describe('pooledPerHead', () => {
  it.each([
    // documented example: (150,000,000 + 90,000,000) ÷ (1,000,000 + 600,000) = 150
    [[150000000, 90000000], [1000000, 600000], undefined, '150'],
    // a region of three, per 1,000: (100 + 200 + 300) × 1,000 ÷ (1,000 + 1,000 + 2,000) = 150
    [[100, 200, 300], [1000, 1000, 2000], 1000, '150'],
    // not the mean of per-head values: 100/1 = 100 and 100/99 ≈ 1 pool to 200 ÷ 100 = 2
    [[100, 100], [1, 99], undefined, '2'],
  ])('pools %j over %j (per %p) to %s', (amounts, populations, per, expected) => {
    expectDecimal(pooledPerHead(amounts, populations, per), expected);
  });

  it('equals perHead for a single force', () => {
    expectDecimal(
      pooledPerHead([264500], [1850000], 1000),
      perHead(264500, 1850000, 1000).toString(),
    );
  });

  it('skips forces blank on both sides', () => {
    expectDecimal(pooledPerHead([300, null, ''], [100, undefined, '  ']), '3');
  });

  it('refuses an amount without its population and a population without its amount', () => {
    expectCode(() => pooledPerHead([1, 2], [10, null]), 'EMPTY', 'populations item 2');
    expectCode(() => pooledPerHead([1, null], [10, 20]), 'EMPTY', 'amounts item 2');
  });

  it('refuses a zero or negative population in any force', () => {
    expectCode(() => pooledPerHead([1, 2], [10, 0]), 'DIVIDE_BY_ZERO', 'populations item 2');
    expectCode(() => pooledPerHead([1, 2], [10, -3]), 'OUT_OF_RANGE', 'populations item 2');
  });

  it('refuses empty or unpaired lists', () => {
    expectCode(() => pooledPerHead([], []), 'EMPTY', 'amounts');
    expectCode(() => pooledPerHead([1, 2], [10]), 'SHAPE_MISMATCH', 'populations');
  });

  itRefusesNonNumberItems('amounts', (bad) => pooledPerHead([1, bad], [10, 20]));
  itRefusesNonNumberItems('populations', (bad) => pooledPerHead([1, 2], [10, bad]));
  itRefusesNonNumbers('per', (bad) => pooledPerHead([1], [10], bad), true);

  it('lies between the lowest and highest per-head value of the region', () => {
    const force = fc.record({
      amount: fc.integer({ min: -1e9, max: 1e9 }),
      population: fc.integer({ min: 1, max: 1e7 }),
    });
    fc.assert(
      fc.property(fc.array(force, { minLength: 1, maxLength: 10 }), (forces) => {
        const pooled = pooledPerHead(
          forces.map((f) => f.amount),
          forces.map((f) => f.population),
        );
        const each = forces.map((f) => perHead(f.amount, f.population));
        return pooled.gte(Decimal.min(...each)) && pooled.lte(Decimal.max(...each));
      }),
    );
  });
});
