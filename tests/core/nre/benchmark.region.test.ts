// A region (several forces, pooled) or one force against the average of its comparison group, from
// each force's NRE and population: the figures the task pane's benchmark sheet shows.
import fc from 'fast-check';
import {
  AVERAGE_CONVENTIONS,
  benchmark,
  benchmarkRegion,
  Decimal,
  nationalAverage,
  perHead,
  pooledPerHead,
} from '../../../core/src';
import { collabError, expectDecimal } from '../helpers';

const FORCES = ['Kent', 'Essex', 'Surrey', 'Metropolitan Police'];
// Per head 150, 200, 100 and 400; the Met is left out of the average by default.
const AMOUNTS = [150_000, 400_000, 100_000, 4_000_000];
const POPULATIONS = [1_000, 2_000, 1_000, 10_000];

describe('benchmarkRegion', () => {
  it('matches its documented example', () => {
    const result = benchmarkRegion(
      [150, 50, 100],
      [1, 1, 1],
      ['Kent', 'Essex', 'Surrey'],
      ['Kent', 'Essex'],
    );
    expectDecimal(result.value as Decimal, 100);
  });

  it('pools a region as total NRE over total population, not a mean of per-head values', () => {
    // (150,000 + 400,000) ÷ (1,000 + 2,000) = 183.33…; the mean of 150 and 200 would be 175
    const result = benchmarkRegion(AMOUNTS, POPULATIONS, FORCES, ['Kent', 'Essex']);
    expect(result.value?.eq(pooledPerHead([150_000, 400_000], [1_000, 2_000]))).toBe(true);
    expectDecimal(result.average, 150);
    // Essex (200) is higher than the region; Kent and Surrey are not
    expect(result.rank).toBe(2);
    expect(result.count).toBe(3);
    expect(result.excluded).toEqual(['Metropolitan Police']);
    expect(result.perHead.map(String)).toEqual(['150', '200', '100', '400']);
  });

  it('benchmarks one member exactly as benchmark does on the per-head values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 2, maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 3_000_000 }), { minLength: 12, maxLength: 12 }),
        fc.nat(),
        (amounts, pops, pick) => {
          const forces = amounts.map((_, i) => `Force ${i + 1}`);
          const populations = pops.slice(0, amounts.length);
          const force = forces[pick % forces.length] as string;
          const values = amounts.map((a, i) => perHead(a, populations[i] as number, 1000));
          const expected = benchmark(values, forces, force);
          const actual = benchmarkRegion(amounts, populations, forces, [force], { per: 1000 });
          return (
            actual.value !== null &&
            actual.value.eq(expected.value) &&
            actual.average.eq(expected.average) &&
            actual.rank === expected.rank &&
            actual.count === expected.count &&
            actual.variance !== null &&
            actual.variance.eq(expected.variance)
          );
        },
      ),
    );
  });

  it('gives the average but no value when a member reported nothing', () => {
    const result = benchmarkRegion(
      [150_000, null, 100_000],
      [1_000, 2_000, 1_000],
      FORCES.slice(0, 3),
      ['Kent', 'Essex'],
    );
    expect(result).toMatchObject({ value: null, variance: null, difference: null, rank: null });
    expectDecimal(result.average, 125);
    expect(result.nonReporting).toEqual(['Essex']);
  });

  describe('average conventions', () => {
    it('takes the simple mean without the Met and City by default, as the seed review did', () => {
      const result = benchmarkRegion(AMOUNTS, POPULATIONS, FORCES, ['Surrey']);
      expectDecimal(result.average, 150);
      expect(result.excluded).toEqual(['Metropolitan Police']);
    });

    it('weights by population without London: total NRE ÷ total population of the rest', () => {
      // (150,000 + 400,000 + 100,000) ÷ 4,000 = 162.5
      const result = benchmarkRegion(AMOUNTS, POPULATIONS, FORCES, ['Surrey'], {
        convention: 'weightedExcludingLondon',
      });
      expectDecimal(result.average, '162.5');
      expect(result.excluded).toEqual(['Metropolitan Police']);
    });

    it('weights by population with London: England and Wales per head', () => {
      // 4,650,000 ÷ 14,000
      const result = benchmarkRegion(AMOUNTS, POPULATIONS, FORCES, ['Surrey'], {
        convention: 'weightedIncludingLondon',
      });
      expect(result.average.minus(new Decimal(4_650_000).div(14_000)).abs().lt('1e-30')).toBe(true);
      expect(result.excluded).toEqual([]);
    });

    it('refuses a convention that does not exist as a programming error', () => {
      const convention = 'median' as unknown as 'weightedIncludingLondon';
      expect(() => benchmarkRegion(AMOUNTS, POPULATIONS, FORCES, ['Kent'], { convention })).toThrow(
        TypeError,
      );
    });

    const LONDON = ['Metropolitan Police', 'City of London'];
    const table = fc
      .array(
        fc.record({
          amount: fc.option(fc.integer({ min: 1, max: 500_000_000 }), { nil: null }),
          population: fc.integer({ min: 1, max: 9_000_000 }),
        }),
        { minLength: 2, maxLength: 10 },
      )
      .map((rows) =>
        rows.map((row, i) => ({
          ...row,
          force: i < LONDON.length ? (LONDON[i] as string) : `Force ${i}`,
        })),
      );

    it.each(Object.entries(AVERAGE_CONVENTIONS))(
      'the %s average is, whatever the data, its definition on the reporting forces',
      (convention, rule) => {
        fc.assert(
          fc.property(table, (rows) => {
            const compared = rows.filter(
              (r) => r.amount !== null && !(rule.exclude.length > 0 && LONDON.includes(r.force)),
            );
            fc.pre(compared.length > 0);
            const member = (rows[rows.length - 1] as { force: string }).force;
            const result = benchmarkRegion(
              rows.map((r) => r.amount),
              rows.map((r) => r.population),
              rows.map((r) => r.force),
              [member],
              { convention: convention as keyof typeof AVERAGE_CONVENTIONS },
            );
            const expected = rule.weighted
              ? pooledPerHead(
                  compared.map((r) => r.amount),
                  compared.map((r) => r.population),
                )
              : nationalAverage(
                  compared.map((r) => perHead(r.amount as number, r.population)),
                  compared.map((r) => r.force),
                  { exclude: [] },
                ).average;
            // Weighting per-head figures by population gives Σ NRE ÷ Σ population up to the
            // rounding of each 40-digit per head.
            return result.average.minus(expected).abs().lte(expected.abs().times('1e-30'));
          }),
        );
      },
    );
  });

  it.each([
    [['Atlantis'], 'UNKNOWN_FORCE'],
    [['Kent', 'kent police'], 'DUPLICATE'],
    [[], 'EMPTY'],
  ])('refuses the members %p with %s', (members, code) => {
    expect(collabError(() => benchmarkRegion(AMOUNTS, POPULATIONS, FORCES, members)).code).toBe(
      code,
    );
  });

  it('refuses a missing or non-positive population, naming its item', () => {
    expect(
      collabError(() => benchmarkRegion(AMOUNTS, [1, null, 1, 1], FORCES, ['Kent'])),
    ).toMatchObject({ code: 'EMPTY', param: 'populations item 2' });
    expect(
      collabError(() => benchmarkRegion(AMOUNTS, [1, 1, 0, 1], FORCES, ['Kent'])),
    ).toMatchObject({ code: 'DIVIDE_BY_ZERO', param: 'populations item 3' });
  });
});
