// How the MTFS reads what a finance officer types: financial years, the horizon, and rates read one
// way only (a rate that could be read two ways is refused with both readings as the fix).
import fc from 'fast-check';
import { Decimal, financialYearLabel, mtfsProjection, readRate } from '../../../core/src';
import { collabError, expectCode } from '../helpers';
import { BLANK } from './examples';

describe('financial years', () => {
  it('labels financial years across a century', () => {
    expect(financialYearLabel(1999)).toBe('1999/00');
    expect(financialYearLabel(2026)).toBe('2026/27');
  });

  it.each([
    ['2026/27', 2026],
    ['2026-27', 2026],
    ['2026/2027', 2026],
    [' 1999/00 ', 1999],
    [2030, 2030],
    ['2030', 2030],
  ])('reads the first year %p as the year starting in %p', (firstYear, start) => {
    expect(mtfsProjection({ ...BLANK, firstYear }).model.firstYear).toBe(start);
  });

  it.each([
    ['2026/28', 'OUT_OF_RANGE'],
    ['2026/2026', 'OUT_OF_RANGE'],
    ['26/27', 'INVALID_NUMBER'],
    [1066, 'OUT_OF_RANGE'],
  ])('refuses %p as a first year, at the first year', (firstYear, code) => {
    const error = collabError(() => mtfsProjection({ ...BLANK, firstYear }));
    expect(error).toMatchObject({ code, field: 'firstYear' });
  });

  it.each([[0], [11], [2.5], [-3]])('refuses a horizon of %p years, at the horizon', (years) => {
    const error = collabError(() => mtfsProjection({ ...BLANK, years }));
    expect(error).toMatchObject({ code: 'OUT_OF_RANGE', field: 'years' });
  });
});

describe('readRate', () => {
  it.each([
    ['2.5', '0.025'],
    ['2.5%', '0.025'],
    [' 2.5 % ', '0.025'],
    ['120%', '1.2'],
    ['1', '0.01'],
    ['-1.5', '-0.015'],
    ['(2%)', '-0.02'],
    ['0', '0'],
    ['0.5%', '0.005'],
    [0.025, '0.025'],
    [-0.5, '-0.5'],
  ])(
    'reads %p as the fraction %s: text is a percentage, a number a fraction',
    (typed, fraction) => {
      expect(readRate(typed, 'pay award', 'growth').toString()).toBe(fraction);
    },
  );

  it('reads a bare text rate as the percentage it states, for any value of 1 or more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 100_000 }), (hundredths) => {
        const text = new Decimal(hundredths).div(100).toString();
        return readRate(text, 'pay award', 'growth').eq(new Decimal(text).div(100));
      }),
    );
  });

  it.each([
    [2.5, '2.5%', '250%'],
    [-2, '-2%', '-200%'],
    [1, '1%', '100%'],
    ['0.5', '0.5%', '50%'],
    ['-0.2', '-0.2%', '-20%'],
  ])('refuses %p, which reads two ways, giving both readings as the fix', (typed, small, large) => {
    const error = collabError(() => readRate(typed, 'pay award', 'growth'));
    expect(error).toMatchObject({ code: 'OUT_OF_RANGE', param: 'pay award' });
    // The message is the feature here: it must give both readings, each typed as it would be.
    expect(error.message).toContain(`could mean ${small} or ${large}: type ${small} or ${large}`);
  });

  it.each([
    ['120%', 'share'],
    ['-5', 'share'],
    ['-100%', 'growth'],
    ['0%', 'step'],
  ] as const)('refuses %p as a %s rate, out of its range', (typed, kind) => {
    expectCode(() => readRate(typed, 'rate', kind), 'OUT_OF_RANGE', 'rate');
  });

  it('accepts a growth rate of 100 % or more where a line may double, never a share above 100 %', () => {
    const doubling = mtfsProjection({
      ...BLANK,
      nonPay: [{ label: 'Energy', base: 1_000, growth: ['100%', '150%', 0] }],
    });
    expect(doubling.scenarios[0]?.lines.get('nonPay.0')?.years.map(String)).toEqual([
      '2000',
      '5000',
      '5000',
    ]);
    const pension = collabError(() =>
      mtfsProjection({
        ...BLANK,
        pay: [{ label: 'Officers', cost: 1, award: 0, pension: '120%', nationalInsurance: 0 }],
      }),
    );
    expect(pension).toMatchObject({ code: 'OUT_OF_RANGE', field: 'pay.0.pension' });
  });
});
