// MTFS projection: hand-worked 3- and 7-year strategies, the conventions, laws, and the checks that
// name the field at fault (a percentage typed as a whole number above all).
import fc from 'fast-check';
import {
  apportion,
  Decimal,
  financialYearLabel,
  mtfsProjection,
  readMtfsAssumptions,
  type MtfsParams,
  type MtfsYear,
} from '../../../core/src';
import { collabError, expectCode, expectDecimal } from '../helpers';
import { SEVEN_YEARS, THREE_YEARS } from './examples';

const pick = (
  years: readonly MtfsYear[],
  field: keyof Omit<MtfsYear, 'label' | 'belowFloor' | 'sensitivity'>,
) => years.map((y) => y[field].toString());

describe('mtfsProjection', () => {
  describe('a hand-worked three-year strategy', () => {
    const { base, years, assumptions } = mtfsProjection(THREE_YEARS);

    it('labels the base year and the three financial years', () => {
      expect(base.label).toBe('2025/26');
      expect(years.map((y) => y.label)).toEqual(['2026/27', '2027/28', '2028/29']);
      expect(assumptions.years).toBe(3);
    });

    it('splits the base budget by the pay share and grows pay and non-pay from the base year', () => {
      // pay 100m × 0.8 = 80m; × 1.03 = 82.4m; × 1.025 = 84.46m; × 1.02 = 86,149,200
      // non-pay 20m × 1.02 = 20.4m; × 1.02 = 20,808,000; × 1.02 = 21,224,160
      expectDecimal(base.pay, 80_000_000);
      expectDecimal(base.nonPay, 20_000_000);
      expect(pick(years, 'pay')).toEqual(['82400000', '84460000', '86149200']);
      expect(pick(years, 'nonPay')).toEqual(['20400000', '20808000', '21224160']);
      // requirement: 102,800,000; 105,268,000; 107,373,360
      expect(pick(years, 'requirement')).toEqual(['102800000', '105268000', '107373360']);
    });

    it('grows grant and tax base, and caps the Band D rise at £14 per property', () => {
      // grant 60m × 1.01 = 60.6m; × 1 = 60.6m; × 0.99 = 59,994,000
      expect(pick(years, 'grant')).toEqual(['60600000', '60600000', '59994000']);
      // tax base 150,000 × 1.01 = 151,500; 153,015; 154,545.15
      expect(pick(years, 'taxBase')).toEqual(['151500', '153015', '154545.15']);
      // Band D: 260 + min(13, 14) = 273; 273 + min(13.65, 14) = 286.65; 286.65 + min(14.3325, 14) = 300.65
      expect(pick(years, 'bandD')).toEqual(['273', '286.65', '300.65']);
    });

    it('takes the precept as tax base × Band D and funding as grant plus precept', () => {
      // 151,500 × 273 = 41,359,500; 153,015 × 286.65 = 43,861,749.75; 154,545.15 × 300.65 = 46,463,999.3475
      expect(pick(years, 'precept')).toEqual(['41359500', '43861749.75', '46463999.3475']);
      // 60.6m + 41,359,500 = 101,959,500; 104,461,749.75; 59,994,000 + 46,463,999.3475 = 106,457,999.3475
      expect(pick(years, 'funding')).toEqual(['101959500', '104461749.75', '106457999.3475']);
    });

    it('counts savings as recurring and closes the gap with them', () => {
      // gap before: 102,800,000 − 101,959,500 = 840,500; 806,250.25; 915,360.6525
      expect(pick(years, 'gapBeforeSavings')).toEqual(['840500', '806250.25', '915360.6525']);
      // collaboration 200k, 200k + 100k, 300k + 0; other 300k, 300k, 500k
      expect(pick(years, 'collaborationSavings')).toEqual(['200000', '300000', '300000']);
      expect(pick(years, 'otherSavings')).toEqual(['300000', '300000', '500000']);
      expect(pick(years, 'savings')).toEqual(['500000', '600000', '800000']);
      // after: 340,500; 206,250.25; 115,360.6525; cumulative 340,500; 546,750.25; 662,110.9025
      expect(pick(years, 'gapAfterSavings')).toEqual(['340500', '206250.25', '115360.6525']);
      expect(pick(years, 'cumulativeGap')).toEqual(['340500', '546750.25', '662110.9025']);
    });

    it('draws the planned use and the gap from reserves and flags the years below the floor', () => {
      // 6,000,000 − 500,000 − 340,500 = 5,159,500; − 500,000 − 206,250.25 = 4,453,249.75;
      // − 0 − 115,360.6525 = 4,337,889.0975; floor 5,000,000
      expect(pick(years, 'reserves')).toEqual(['5159500', '4453249.75', '4337889.0975']);
      expect(years.map((y) => y.belowFloor)).toEqual([false, true, true]);
    });

    it('values 1 % more on each line by its effect on the gap', () => {
      // pay 82,400,000 × 1 % = 824,000 (wider gap); precept 41,359,500 × 1 % = 413,595 (narrower)
      const first = years[0] as MtfsYear;
      expectDecimal(first.sensitivity.pay, 824_000);
      expectDecimal(first.sensitivity.nonPay, 204_000);
      expectDecimal(first.sensitivity.precept, -413_595);
      expectDecimal(first.sensitivity.grant, -606_000);
    });
  });

  describe('a hand-worked seven-year strategy', () => {
    const { years } = mtfsProjection(SEVEN_YEARS);

    it('compounds pay at 2 % and non-pay at 3 % for seven years', () => {
      // pay 150m × 1.02^t: 153,000,000 … 150m × 1.02^7 = 172,302,850.147392
      // non-pay 50m × 1.03^t: 51,500,000 … 50m × 1.03^7 = 61,493,693.2712435
      expect(years).toHaveLength(7);
      expectDecimal((years[0] as MtfsYear).pay, 153_000_000);
      expectDecimal((years[6] as MtfsYear).pay, '172302850.147392');
      expectDecimal((years[6] as MtfsYear).nonPay, '61493693.2712435');
      expectDecimal((years[6] as MtfsYear).requirement, '233796543.4186355');
    });

    it('raises Band D by 4 % a year without a cap and keeps grant and tax base flat', () => {
      // Band D 250 × 1.04^t: 260; 270.4; 281.216; 292.46464; 304.1632256; 316.329754624; 328.98294480896
      expect(pick(years, 'bandD')).toEqual([
        '260',
        '270.4',
        '281.216',
        '292.46464',
        '304.1632256',
        '316.329754624',
        '328.98294480896',
      ]);
      expect(new Set(pick(years, 'grant'))).toEqual(new Set(['130000000']));
      // precept year 7: 250,000 × 328.98294480896 = 82,245,736.20224
      expectDecimal((years[6] as MtfsYear).precept, '82245736.20224');
    });

    it('works out the gaps and reserves year by year', () => {
      // year 1: 204,500,000 − (130m + 65m) = 9,500,000; savings 2m + 1m = 3m; after 6,500,000
      // year 2: 209,105,000 − 197,600,000 = 11,505,000; savings 2m + 2m; after 7,505,000
      // year 3: 213,817,550 − 200,304,000 = 13,513,550; savings 3m + 3m; after 7,513,550
      expect(pick(years, 'gapBeforeSavings').slice(0, 3)).toEqual([
        '9500000',
        '11505000',
        '13513550',
      ]);
      expect(pick(years, 'savings')).toEqual([
        '3000000',
        '4000000',
        '6000000',
        '7000000',
        '8000000',
        '9000000',
        '10000000',
      ]);
      // year 7: 233,796,543.4186355 − 212,245,736.20224 − 10m = 11,550,807.2163955
      expectDecimal((years[6] as MtfsYear).gapAfterSavings, '11550807.2163955');
      expectDecimal((years[6] as MtfsYear).cumulativeGap, '61673018.5714455');
      // reserves: 20m − 0.5m − 6.5m = 13m; 13m − 0.5m − 7,505,000 = 4,995,000 (below 8m); …
      // year 7: 20m − 7 × 0.5m − 61,673,018.5714455 = −45,173,018.5714455
      expect(pick(years, 'reserves').slice(0, 3)).toEqual(['13000000', '4995000', '-3018550']);
      expectDecimal((years[6] as MtfsYear).reserves, '-45173018.5714455');
      expect(years.map((y) => y.belowFloor)).toEqual([false, true, true, true, true, true, true]);
    });
  });

  describe('laws', () => {
    const rate = fc.integer({ min: -500, max: 900 }).map((n) => n / 10_000);
    const pounds = fc.integer({ min: 0, max: 1_000_000_000 });
    const strategy = fc.integer({ min: 1, max: 10 }).chain((years) =>
      fc.record({
        years: fc.constant(years),
        rates: fc.array(rate, { minLength: years, maxLength: years }),
        savings: fc.array(fc.integer({ min: 0, max: 5_000_000 }), {
          minLength: years,
          maxLength: years,
        }),
        use: fc.array(fc.integer({ min: -1_000_000, max: 5_000_000 }), {
          minLength: years,
          maxLength: years,
        }),
        budget: fc.integer({ min: 1, max: 1_000_000_000 }),
        grant: pounds,
        reserves: pounds,
      }),
    );
    const build = (s: {
      years: number;
      rates: number[];
      savings: number[];
      use: number[];
      budget: number;
      grant: number;
      reserves: number;
    }): MtfsParams => ({
      ...THREE_YEARS,
      years: s.years,
      baseBudget: s.budget,
      payAward: s.rates,
      nonPayInflation: s.rates.map((r) => r / 2),
      grant: s.grant,
      grantChange: s.rates.map((r) => -r),
      taxBaseGrowth: 0,
      bandDIncrease: s.rates.map(Math.abs),
      collaborationSavings: s.savings,
      otherSavings: 0,
      openingReserves: s.reserves,
      useOfReserves: s.use,
    });

    it('keeps the budget and funding flat when every rate is zero', () => {
      fc.assert(
        fc.property(strategy, (s) => {
          const { years } = mtfsProjection({
            ...build(s),
            payAward: 0,
            nonPayInflation: 0,
            grantChange: 0,
            taxBaseGrowth: 0,
            bandDIncrease: 0,
          });
          const funding = new Decimal(s.grant).plus(new Decimal(150_000).times(260));
          return years.every((y) => y.requirement.eq(s.budget) && y.funding.eq(funding));
        }),
      );
    });

    it('makes the cumulative gap the running sum of the yearly gaps after savings', () => {
      fc.assert(
        fc.property(strategy, (s) => {
          let sum = new Decimal(0);
          return mtfsProjection(build(s)).years.every((y) => {
            sum = sum.plus(y.gapAfterSavings);
            return y.cumulativeGap.eq(sum);
          });
        }),
      );
    });

    it('leaves reserves at the opening balance less the planned use and the cumulative gap', () => {
      fc.assert(
        fc.property(strategy, (s) => {
          let used = new Decimal(0);
          return mtfsProjection(build(s)).years.every((y) => {
            used = used.plus(y.useOfReserves);
            // Summed in another order, so equal to forty significant digits rather than exactly.
            const expected = new Decimal(s.reserves).minus(used).minus(y.cumulativeGap);
            return y.reserves.minus(expected).abs().lt('1e-20');
          });
        }),
      );
    });

    it('apportions a shared cost into parts that sum to the total to the penny', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 100_000_000_00 }),
          fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 12 }),
          (pence, bases) => {
            fc.pre(bases.some((b) => b > 0));
            const total = new Decimal(pence).div(100);
            return Decimal.sum(...apportion(total, bases)).eq(total);
          },
        ),
      );
    });
  });
});

describe('readMtfsAssumptions', () => {
  it('repeats a single value over the horizon and reads percentages typed with a sign', () => {
    const a = readMtfsAssumptions(SEVEN_YEARS);
    expect(a.payAward.map(String)).toEqual(Array(7).fill('0.02'));
    expectDecimal(a.payShare, '0.75');
    expectDecimal(a.baseBudget, 200_000_000);
    expectDecimal(a.sensitivityStep, '0.01');
    expect(a.bandDCap).toBeNull();
  });

  it.each([
    ['2026/27', 2026],
    ['2026-27', 2026],
    ['2026/2027', 2026],
    [' 1999/00 ', 1999],
    [2030, 2030],
    ['2030', 2030],
  ])('reads the first year %p as the year starting in %p', (firstYear, start) => {
    expect(readMtfsAssumptions({ ...THREE_YEARS, firstYear }).firstYear).toBe(start);
  });

  it('labels financial years across a century', () => {
    expect(financialYearLabel(1999)).toBe('1999/00');
    expect(financialYearLabel(2026)).toBe('2026/27');
  });

  it.each([['2026/28'], ['2026/2026'], ['26/27'], [1066]])(
    'refuses %p as a first year',
    (firstYear) => {
      expect(collabError(() => readMtfsAssumptions({ ...THREE_YEARS, firstYear })).param).toBe(
        'first year',
      );
    },
  );

  it.each([[0], [11], [2.5], [-3]])('refuses a horizon of %p years', (years) => {
    expectCode(() => readMtfsAssumptions({ ...THREE_YEARS, years }), 'OUT_OF_RANGE', 'horizon');
  });

  it('accepts every horizon from 1 to 10 years', () => {
    for (let years = 1; years <= 10; years++) {
      const params: MtfsParams = {
        ...THREE_YEARS,
        years,
        payAward: 0.03,
        grantChange: 0,
        collaborationSavings: 0,
        otherSavings: 0,
        useOfReserves: 0,
      };
      expect(mtfsProjection(params).years.map((y) => y.label)).toHaveLength(years);
    }
  });

  it.each([
    ['payAward', 2.5, 'pay award 2026/27', '2.5%', '250%'],
    ['payAward', [0.03, 250, 0.02], 'pay award 2027/28', '250%', '25000%'],
    ['nonPayInflation', -2, 'non-pay inflation 2026/27', '-2%', '-200%'],
    ['grantChange', 1, 'grant change 2026/27', '1%', '100%'],
    ['taxBaseGrowth', '0.5', 'tax base growth 2026/27', '0.5%', '50%'],
    ['bandDIncrease', '-0.2', 'Band D increase 2026/27', '-0.2%', '-20%'],
    ['payShare', 80, 'pay share', '80%', '8000%'],
    ['payShare', '0.8', 'pay share', '0.8%', '80%'],
    ['sensitivityStep', 1, 'sensitivity step', '1%', '100%'],
  ])(
    'refuses %s given as %p, which reads two ways, giving both readings as the fix',
    (field, value, param, small, large) => {
      const error = collabError(() => readMtfsAssumptions({ ...THREE_YEARS, [field]: value }));
      expect(error).toMatchObject({ code: 'OUT_OF_RANGE', param });
      // The message is the feature here: it must give both readings, each typed as it would be.
      expect(error.message).toContain(`could mean ${small} or ${large}: type ${small} or ${large}`);
    },
  );

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
    'reads the rate %p as the fraction %s: text is a percentage, a number a fraction',
    (payAward, fraction) => {
      const a = readMtfsAssumptions({ ...THREE_YEARS, payAward });
      expect(a.payAward.map((r) => r.toString())).toEqual([fraction, fraction, fraction]);
    },
  );

  it('reads a bare text rate as the percentage it states, for any value of 1 or more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 100_000 }), (hundredths) => {
        const text = new Decimal(hundredths).div(100).toString();
        const a = readMtfsAssumptions({ ...THREE_YEARS, payAward: text });
        return a.payAward.every((r) => r.eq(new Decimal(text).div(100)));
      }),
    );
  });

  it.each([
    ['payShare', '120%', 'pay share', 'from 0% to 100%'],
    ['payShare', '-5', 'pay share', 'from 0% to 100%'],
    ['grantChange', '-100%', 'grant change 2026/27', 'more than -100%'],
    ['sensitivityStep', '0%', 'sensitivity step', 'more than 0%'],
  ])('refuses %s of %p as out of its range, in percent', (field, value, param, words) => {
    const error = collabError(() => readMtfsAssumptions({ ...THREE_YEARS, [field]: value }));
    expect(error).toMatchObject({ code: 'OUT_OF_RANGE', param });
    expect(error.message).toContain(`must be ${words}`);
  });

  it.each([
    ['taxBase', -150_000, 'tax base'],
    ['grant', -1, 'core grant'],
    ['bandD', '-£5', 'Band D'],
    ['bandDCap', -14, 'Band D cap'],
    ['openingReserves', -1, 'opening reserves'],
    ['reservesFloor', -1, 'reserves floor'],
    ['baseBudget', 0, 'base budget'],
    ['otherSavings', [1, -1, 1], 'other savings 2027/28'],
    ['payShare', -0.1, 'pay share'],
    ['grantChange', -1, 'grant change 2026/27'],
  ])('refuses %s of %p', (field, value, param) => {
    expectCode(
      () => readMtfsAssumptions({ ...THREE_YEARS, [field]: value }),
      'OUT_OF_RANGE',
      param,
    );
  });

  it.each([
    ['baseBudget', null, 'base budget'],
    ['taxBase', '', 'tax base'],
    ['payAward', [0.03, null, 0.02], 'pay award 2027/28'],
    ['useOfReserves', [0, 0, undefined], 'use of reserves 2028/29'],
    ['firstYear', undefined, 'first year'],
    ['years', null, 'horizon'],
  ])('names the missing %s', (field, value, param) => {
    expectCode(() => readMtfsAssumptions({ ...THREE_YEARS, [field]: value }), 'EMPTY', param);
  });

  it('names a value that is not a number', () => {
    expectCode(
      () => readMtfsAssumptions({ ...THREE_YEARS, grantChange: [0, 'flat', 0] }),
      'INVALID_NUMBER',
      'grant change 2027/28',
    );
  });

  it('refuses a per-year list that does not fit the horizon', () => {
    expectCode(
      () => readMtfsAssumptions({ ...THREE_YEARS, payAward: [0.03, 0.02] }),
      'SHAPE_MISMATCH',
      'pay award',
    );
  });

  it('treats a blank Band D cap as no cap and allows a contribution to reserves', () => {
    const a = readMtfsAssumptions({ ...THREE_YEARS, bandDCap: ' ', useOfReserves: -250_000 });
    expect(a.bandDCap).toBeNull();
    expect(a.useOfReserves.map(String)).toEqual(['-250000', '-250000', '-250000']);
  });
});
