import fc from 'fast-check';
import {
  OUTLIER_RATIO,
  labelStride,
  niceTicks,
  outlierCap,
  outlierScale,
} from '../../../../addin/taskpane/ui/chart';

// Figures as charts show them: pounds and pence, or rates to four places.
const finite = fc.integer({ min: -1e11, max: 1e11 }).map((n) => n / 100);

describe('niceTicks', () => {
  it('covers the values and zero with equal steps of 1, 2 or 5 times a power of ten', () => {
    fc.assert(
      fc.property(finite, finite, (a, b) => {
        const [min, max] = a < b ? [a, b] : [b, a];
        const ticks = niceTicks(min, max);
        if (Math.min(0, min) === Math.max(0, max)) return;
        expect(ticks[0]).toBeLessThanOrEqual(Math.min(0, min));
        expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(Math.max(0, max));
        expect(ticks).toContain(0);
        const step = (ticks[1] as number) - (ticks[0] as number);
        const mantissa = step / 10 ** Math.floor(Math.log10(step));
        expect([1, 2, 5, 10].some((m) => Math.abs(mantissa - m) < 1e-6)).toBe(true);
        for (let i = 1; i < ticks.length; i += 1) {
          expect((ticks[i] as number) - (ticks[i - 1] as number)).toBeCloseTo(step, 3);
        }
        expect(ticks.length).toBeLessThanOrEqual(12);
      }),
    );
  });

  it('puts a gap of −£17,091,162 on round ticks below zero', () => {
    expect(niceTicks(-17091162, 4000000)).toEqual([
      -20000000, -15000000, -10000000, -5000000, 0, 5000000,
    ]);
  });
});

describe('outlierCap', () => {
  it('fits the scale to the other forces when one is far above them', () => {
    const perHead = [903, 210, 195, 240, 188, 205, 199];
    expect(outlierCap(perHead)).toBe(240);
  });

  it('finds no outlier among values of one size, or in too few values to judge', () => {
    expect(outlierCap([210, 195, 240, 188, 205])).toBeUndefined();
    expect(outlierCap([903, 200, 210])).toBeUndefined();
  });

  it('keeps every value within the ratio of the median and drops only those beyond it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(null), fc.double({ min: 0.01, max: 1e6, noNaN: true })), {
          minLength: 5,
          maxLength: 40,
        }),
        (values) => {
          const present = values.filter((v): v is number => v !== null);
          const cap = outlierCap(values);
          if (cap === undefined) return;
          expect(present).toContain(cap);
          const sorted = [...present].sort((a, b) => a - b);
          const n = sorted.length;
          const median =
            n % 2 === 1
              ? (sorted[(n - 1) / 2] as number)
              : ((sorted[n / 2 - 1] as number) + (sorted[n / 2] as number)) / 2;
          // The cap is the largest value within the ratio; everything above it is beyond it.
          expect(cap).toBeLessThanOrEqual(OUTLIER_RATIO * median);
          const above = sorted.filter((v) => v > cap);
          expect(above.length).toBeGreaterThan(0);
          for (const v of above) expect(v).toBeGreaterThan(OUTLIER_RATIO * median);
        },
      ),
    );
  });
});

describe('outlierScale', () => {
  const values = fc.array(
    fc.oneof(fc.constant(null), fc.double({ min: 0.01, max: 1e6, noNaN: true })),
    { minLength: 5, maxLength: 40 },
  );

  it('tops the axis at a round tick over every other value, cutting off only outliers', () => {
    fc.assert(
      fc.property(values, (list) => {
        const scale = outlierScale(list);
        const cap = outlierCap(list);
        if (cap === undefined) return expect(scale).toBeUndefined();
        expect(scale?.axisMax).toBeGreaterThanOrEqual(cap);
        expect(niceTicks(0, cap)).toContain(scale?.axisMax);
        // Cut off: exactly the values above the axis top, each of them above the cap.
        const above = list.flatMap((v, i) => (v !== null && v > (scale?.axisMax ?? 0) ? [i] : []));
        expect(scale?.points).toEqual(above);
        for (const i of above) expect(list[i]).toBeGreaterThan(cap);
      }),
    );
  });

  it('cuts the City of London off a slope of forces near £200 a head', () => {
    const scale = outlierScale([903, 240, 210, 205, 199, 195, 188]);
    expect(scale?.points).toEqual([0]);
    expect(scale?.axisMax).toBeGreaterThanOrEqual(240);
    expect(scale?.axisMax).toBeLessThan(903);
  });
});

describe('labelStride', () => {
  it('spaces the labels it shows at least a line of text apart', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 200, noNaN: true }), (step) => {
        const stride = labelStride(step);
        expect(stride * step).toBeGreaterThanOrEqual(13);
        expect(stride === 1 || (stride - 1) * step < 13).toBe(true);
      }),
    );
  });
});
