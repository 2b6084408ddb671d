// The MTFS model's conventions, one hand-worked example each: every example starts from a strategy
// whose lines are all zero and adds only the assumptions of the convention it shows, so the figures
// in its comments are the whole arithmetic.
import { mtfsProjection, type MtfsInput, type PayGroupInput } from '../../../core/src';
import { collabError } from '../helpers';
import { BLANK, baseText, central, scenario, text } from './examples';

/** Police officers: a £1,000,000 pay bill, 30 % employer pension, 10 % National Insurance. */
const OFFICERS: PayGroupInput = {
  label: 'Police officers',
  cost: 1_000_000,
  award: ['3%', '2.4%', '1.2%'],
  pension: '30%',
  nationalInsurance: '10%',
};

const withPay = (...pay: PayGroupInput[]): MtfsInput => ({ ...BLANK, pay });

describe('MTFS conventions', () => {
  describe('pay', () => {
    it('pays an award from September for 7/12 of its first year and the rest in the next', () => {
      const p = central(withPay(OFFICERS));
      // 2026/27: 1,000,000 × (1 + 7/12 × 3 %) = 1,000,000 × 1.0175 = 1,017,500
      // 2027/28: last year's award in full, 7/12 of 2.4 % (1.4 %): 1,030,000 × 1.014 = 1,044,420
      // 2028/29: 1,030,000 × 1.024 = 1,054,720 at year-end rates; × (1 + 7/12 × 1.2 %) = × 1.007
      //          = 1,062,103.04
      expect(text(p, 'pay.0.salaries')).toEqual(['1017500', '1044420', '1062103.04']);
      expect(text(p, 'pay.0.rate')).toEqual(['1030000', '1054720', '1067376.64']);
      expect(baseText(p, 'pay.0.rate')).toBe('1000000');
    });

    it('adds employer pension and National Insurance as shares of pay', () => {
      const p = central(withPay(OFFICERS));
      // pension 1,017,500 × 30 % = 305,250; NI × 10 % = 101,750; total 1,424,500
      expect(text(p, 'pay.0.pension')[0]).toBe('305250');
      expect(text(p, 'pay.0.ni')[0]).toBe('101750');
      expect(text(p, 'pay.0.total')[0]).toBe('1424500');
      expect(text(p, 'pay.total')[0]).toBe('1424500');
    });

    it.each([
      ['September', 7, '1284000'],
      ['Sep', 7, '1284000'],
      [9, 7, '1284000'],
      ['April', 12, '1344000'],
      ['October', 6, '1272000'],
      ['Dec', 4, '1248000'],
      ['january', 3, '1236000'],
      ['3', 1, '1212000'],
    ])('pays an award from %p for %p twelfths of its first year', (awardMonth, twelfths, first) => {
      // 1,200,000 × (1 + twelfths/12 × 12 %) = 1,200,000 + twelfths × 12,000; the next year, with
      // no award, pays the whole award whatever its month: 1,200,000 × 1.12 = 1,344,000.
      const p = central(
        withPay({ ...OFFICERS, cost: 1_200_000, award: ['12%', 0, 0], awardMonth }),
      );
      expect(text(p, 'pay.0.salaries')).toEqual([first, '1344000', '1344000']);
      expect(1_200_000 + twelfths * 12_000).toBe(Number(first));
    });

    it('takes a pay line as FTE × average pay, with increments from April before the award', () => {
      // 100 FTE, then 110 and 105, at £45,000; increments 2 %, award 2.4 % from September.
      // 2026/27: 100 × 45,000 × 1.02 × (1 + 7/12 × 2.4 %) = 4,590,000 × 1.014 = 4,654,260
      // year-end rate 45,000 × 1.02 × 1.024 = 47,001.6
      // 2027/28: 110 × 47,001.6 = 5,170,176; × 1.02 = 5,273,579.52; × 1.014 = 5,347,409.63328
      const p = central(
        withPay({
          label: 'Police staff',
          cost: 45_000,
          fte: [100, 110, 105],
          award: '2.4%',
          increments: '2%',
          pension: 0,
          nationalInsurance: 0,
        }),
      );
      expect(text(p, 'pay.0.salaries').slice(0, 2)).toEqual(['4654260', '5347409.63328']);
      expect(text(p, 'pay.0.rate')[0]).toBe('47001.6');
    });

    it('keeps officers, staff and PCSOs as separate lines adding up to total pay', () => {
      const p = central(
        withPay(
          OFFICERS,
          { ...OFFICERS, label: 'Police staff', cost: 500_000, pension: '20%' },
          { ...OFFICERS, label: 'PCSOs', cost: 100_000, award: 0, pension: 0 },
        ),
      );
      // officers 1,424,500; staff 500,000 × 1.0175 × 1.3 = 661,375; PCSOs 100,000 × 1.1 = 110,000
      expect(text(p, 'pay.1.total')[0]).toBe('661375');
      expect(text(p, 'pay.2.total')[0]).toBe('110000');
      expect(text(p, 'pay.total')[0]).toBe('2195875');
    });
  });

  describe('council tax', () => {
    const surrey: MtfsInput['councilTax'] = {
      taxBase: 526_600.4,
      taxBaseGrowth: 0,
      bandD: 323.57,
      limitPounds: [14, 5, 5],
      limitPercent: '2.99%',
    };

    it('raises Band D by "£X or Y %, whichever is higher", rounded down to the penny', () => {
      const p = central({ ...BLANK, councilTax: surrey });
      // 2026/27: max(£14, 2.99 % × 323.57 = 9.674743) = 14 → 337.57
      // 2027/28: max(£5, 2.99 % × 337.57 = 10.093343) → 347.663343 → 347.66
      // 2028/29: max(£5, 2.99 % × 347.66 = 10.395034) → 358.055034 → 358.05 (never up to .06)
      expect(text(p, 'councilTax.bandD')).toEqual(['337.57', '347.66', '358.05']);
      expect(baseText(p, 'councilTax.bandD')).toBe('323.57');
    });

    it('takes the precept as tax base × Band D, unrounded', () => {
      const p = central({ ...BLANK, councilTax: surrey });
      // 526,600.4 × 337.57 = 177,764,497.028 (Surrey's 2025/26 precept is this to the pound)
      expect(text(p, 'councilTax.precept')[0]).toBe('177764497.028');
      // the base year: 526,600.4 × 323.57 = 170,392,091.428
      expect(baseText(p, 'councilTax.precept')).toBe('170392091.428');
    });

    it('raises Band D by the planned rise where it is within the limit, by the limit where not', () => {
      const p = central({
        ...BLANK,
        councilTax: {
          ...surrey,
          risePercent: ['5%', '1%', 0],
          risePounds: [0, 0, 2.5],
          limitPercent: undefined,
          limitPounds: 14,
        },
      });
      // 5 % × 323.57 = 16.1785 > £14 → 337.57; 1 % × 337.57 = 3.3757 → 340.9457 → 340.94;
      // £2.50 → 343.44
      expect(text(p, 'councilTax.bandD')).toEqual(['337.57', '340.94', '343.44']);
    });

    it('adds a rise in pounds and one in per cent, and takes the limit as the rise when none is planned', () => {
      const both = central({
        ...BLANK,
        councilTax: {
          taxBase: 0,
          taxBaseGrowth: 0,
          bandD: 323.57,
          risePounds: 1,
          risePercent: '1%',
        },
      });
      // 323.57 + 1 + 3.2357 = 327.8057 → 327.80
      expect(text(both, 'councilTax.bandD')[0]).toBe('327.8');
      const limitOnly = central({
        ...BLANK,
        councilTax: { taxBase: 0, taxBaseGrowth: 0, bandD: 323.57, limitPounds: 13.95 },
      });
      expect(text(limitOnly, 'councilTax.bandD')).toEqual(['337.52', '351.47', '365.42']);
    });

    describe('a planned fall in Band D', () => {
      const falling = (councilTax: Partial<MtfsInput['councilTax']>): MtfsInput => ({
        ...BLANK,
        councilTax: { taxBase: 1_000, taxBaseGrowth: 0, bandD: 30, ...councilTax },
      });

      it('lets Band D fall by £ or %, as far as zero but not below', () => {
        // £30.00 − £10 = 20.00, − £15 = 5.00, − £5 = 0.00: a precept of nothing in the last year
        const pounds = central(falling({ risePounds: [-10, -15, -5] }));
        expect(text(pounds, 'councilTax.bandD')).toEqual(['20', '5', '0']);
        expect(text(pounds, 'councilTax.precept')).toEqual(['20000', '5000', '0']);
        expect(pounds.flags.get('councilTax.bandD.belowZero')).toEqual([false, false, false]);
        // £0.01 − 50 % = 0.005 → 0.00 (rounded down), and 0 − 50 % stays 0
        const percent = central(falling({ bandD: 0.01, risePercent: '-50%' }));
        expect(text(percent, 'councilTax.bandD')).toEqual(['0', '0', '0']);
      });

      it.each<[string, Partial<MtfsInput['councilTax']>, number]>([
        // 30 − 10 = 20, − 15 = 5, − 10 = −5
        ['a fall in £ in its third year', { risePounds: [-10, -15, -10] }, 2],
        // 100 − 60 − 50 % × 100 = −10
        ['falls in £ and % that add up', { bandD: 100, risePounds: -60, risePercent: '-50%' }, 0],
        // the limit caps a rise, never a fall: MIN(−40, £5) = −40 → −10
        ['a fall within the referendum limit', { risePounds: -40, limitPounds: 5 }, 0],
      ])(
        'refuses %s that takes Band D below zero, naming the £ rise and the year',
        (_, tax, year) => {
          const error = collabError(() => mtfsProjection(falling(tax)));
          expect(error).toMatchObject({
            code: 'OUT_OF_RANGE',
            field: 'councilTax.risePounds',
            index: year,
            scenario: undefined,
          });
        },
      );

      it('names the scenario whose Band D falls below zero, whichever assumption differs', () => {
        const scenarios = ['Optimistic', 'Central', 'Pessimistic'];
        // Pessimistic: 30 − 10 = 20, − 10 = 10, − 15 = −5; Central ends at exactly 0
        const byRise = falling({
          risePounds: { byScenario: { Optimistic: 0, Central: -10, Pessimistic: [-10, -10, -15] } },
        });
        expect(collabError(() => mtfsProjection({ ...byRise, scenarios }))).toMatchObject({
          field: 'councilTax.risePounds',
          index: 2,
          scenario: 'Pessimistic',
        });
        // The same fall of £10 a year in every scenario, from a Pessimistic Band D of £25: 15, 5, −5
        const byBase = falling({
          bandD: { byScenario: { Optimistic: 30, Central: 30, Pessimistic: 25 } },
          risePounds: -10,
        });
        expect(collabError(() => mtfsProjection({ ...byBase, scenarios }))).toMatchObject({
          field: 'councilTax.risePounds',
          index: 2,
          scenario: 'Pessimistic',
        });
      });
    });

    it('grows the tax base by its own rate each year', () => {
      const p = central({
        ...BLANK,
        councilTax: {
          taxBase: 150_000,
          taxBaseGrowth: ['1%', '0.5%', 0],
          bandD: 200,
          risePounds: 0,
        },
      });
      // 150,000 × 1.01 = 151,500; × 1.005 = 152,257.5; flat
      expect(text(p, 'councilTax.taxBase')).toEqual(['151500', '152257.5', '152257.5']);
      expect(text(p, 'councilTax.precept')).toEqual(['30300000', '30451500', '30451500']);
    });

    it('adds the collection fund surplus to funding and takes a deficit off it', () => {
      const p = central({
        ...BLANK,
        funding: [{ label: 'Police grant', base: 50_000_000, growth: 0 }],
        councilTax: {
          taxBase: 100_000,
          taxBaseGrowth: 0,
          bandD: 250,
          risePounds: 0,
          collectionFund: [500_000, -250_000, null],
        },
      });
      // grant 50,000,000 + precept 25,000,000 + 500,000 surplus; − 250,000 deficit; blank is none
      expect(text(p, 'councilTax.collectionFund')).toEqual(['500000', '-250000', '0']);
      expect(text(p, 'funding.total')).toEqual(['75500000', '74750000', '75000000']);
    });
  });

  describe('funding lines', () => {
    it('moves each line on its own: by a rate, flat cash, or stated amounts', () => {
      const p = central({
        ...BLANK,
        funding: [
          { label: 'Police core grant', base: 60_000_000, growth: ['2%', '1%', '-1%'] },
          { label: 'Legacy council tax grants', base: 8_000_000, growth: '0%' },
          { label: 'Officer numbers grant', base: 5_000_000, amounts: [5_200_000, 5_200_000, 0] },
          { label: 'Doubling income', base: 100_000, growth: '100%' },
        ],
      });
      // 60m × 1.02 = 61.2m; × 1.01 = 61,812,000; × 0.99 = 61,193,880
      expect(text(p, 'funding.0')).toEqual(['61200000', '61812000', '61193880']);
      expect(text(p, 'funding.1')).toEqual(['8000000', '8000000', '8000000']);
      expect(text(p, 'funding.2')).toEqual(['5200000', '5200000', '0']);
      expect(text(p, 'funding.3')).toEqual(['200000', '400000', '800000']);
      // 61.2m + 8m + 5.2m + 0.2m = 74.6m
      expect(text(p, 'funding.grants')[0]).toBe('74600000');
    });
  });

  describe('other spend', () => {
    it('grows non-pay by category and capital financing by its own rate', () => {
      const p = central({
        ...BLANK,
        nonPay: [
          { label: 'General', base: 10_000_000, growth: '2%' },
          { label: 'Energy', base: 1_000_000, growth: ['10%', '-5%', 0] },
        ],
        capitalFinancing: [
          { label: 'Interest', base: 400_000, amounts: [450_000, 500_000, 500_000] },
        ],
      });
      // general 10,200,000; 10,404,000; 10,612,080. energy 1,100,000; 1,045,000; 1,045,000
      expect(text(p, 'nonPay.total')).toEqual(['11300000', '11449000', '11657080']);
      // spend = non-pay + capital financing
      expect(text(p, 'spend.total')).toEqual(['11750000', '11949000', '12157080']);
    });

    it('keeps a growth item in every later year and a one-off item in its own year only', () => {
      const p = central({
        ...BLANK,
        growth: [{ label: 'Digital forensics', amounts: [100_000, 50_000, 0] }],
        oneOff: [{ label: 'Estates survey', amounts: [100_000, null, 20_000] }],
      });
      expect(text(p, 'growth.0')).toEqual(['100000', '150000', '150000']);
      expect(text(p, 'oneOff.0')).toEqual(['100000', '0', '20000']);
      expect(text(p, 'spend.total')).toEqual(['200000', '150000', '170000']);
    });
  });

  describe('savings', () => {
    const savings: MtfsInput['savings'] = [
      {
        label: 'Shared forensics',
        category: 'collaboration',
        identified: true,
        recurring: true,
        amounts: [200_000, 100_000, 0],
      },
      {
        label: 'Vacancy factor',
        category: 'other',
        identified: true,
        recurring: false,
        amounts: [50_000, 0, 0],
      },
      {
        label: 'To be found',
        category: 'other',
        identified: false,
        recurring: true,
        amounts: [0, 0, 400_000],
      },
    ];

    it('keeps a recurring saving in every later year and a one-off saving in its year only', () => {
      const p = central({ ...BLANK, savings });
      expect(text(p, 'savings.0')).toEqual(['200000', '300000', '300000']);
      expect(text(p, 'savings.1')).toEqual(['50000', '0', '0']);
      expect(text(p, 'savings.total')).toEqual(['250000', '300000', '700000']);
    });

    it('shows the collaboration savings and those still to be identified', () => {
      const p = central({ ...BLANK, savings });
      expect(text(p, 'savings.collaboration')).toEqual(['200000', '300000', '300000']);
      expect(text(p, 'savings.unidentified')).toEqual(['0', '0', '400000']);
    });

    it('closes the gap by the savings: gap before savings − gap after = total savings', () => {
      const p = central({
        ...BLANK,
        nonPay: [{ label: 'General', base: 1_000_000, growth: 0 }],
        savings,
      });
      // requirement 1,000,000 − savings; no funding, so the gap after is the requirement
      expect(text(p, 'gap.before')).toEqual(['1000000', '1000000', '1000000']);
      expect(text(p, 'gap.after')).toEqual(['750000', '700000', '300000']);
      expect(text(p, 'gap.cumulative')).toEqual(['750000', '1450000', '1750000']);
    });
  });

  describe('reserves', () => {
    const strategy: MtfsInput = {
      ...BLANK,
      nonPay: [{ label: 'General', base: 100_000_000, growth: 0 }],
      funding: [{ label: 'Police grant', base: 99_000_000, growth: 0 }],
      reserves: {
        generalOpening: 5_000_000,
        floorPercent: '3%',
        floorAmount: 2_500_000,
        useToBalance: [1_000_000, 500_000, -200_000],
        earmarked: [
          { label: 'Change programme', opening: 2_000_000, movements: [-500_000, 250_000, null] },
        ],
      },
    };

    it('puts transfers to earmarked reserves and the use of the general reserve inside the requirement', () => {
      const p = central(strategy);
      // 100,000,000 − 500,000 − 1,000,000 = 98,500,000; + 250,000 − 500,000; + 0 + 200,000
      expect(text(p, 'reserves.toEarmarked')).toEqual(['-500000', '250000', '0']);
      expect(text(p, 'reserves.useToBalance')).toEqual(['1000000', '500000', '-200000']);
      expect(text(p, 'requirement')).toEqual(['98500000', '99750000', '100200000']);
      // gap after = requirement − 99,000,000
      expect(text(p, 'gap.after')).toEqual(['-500000', '750000', '1200000']);
    });

    it('moves the general reserve by −(use to balance + gap after), and earmarked by their plans', () => {
      const p = central(strategy);
      // 5,000,000 − 1,000,000 + 500,000 = 4,500,000; − 500,000 − 750,000 = 3,250,000;
      // + 200,000 − 1,200,000 = 2,250,000
      expect(text(p, 'reserves.general')).toEqual(['4500000', '3250000', '2250000']);
      expect(text(p, 'reserves.earmarked.0')).toEqual(['1500000', '1750000', '1750000']);
      expect(text(p, 'reserves.total')).toEqual(['6000000', '5000000', '4000000']);
      expect(baseText(p, 'reserves.total')).toBe('7000000');
    });

    it('sets the floor at the higher of its % of the requirement and its amount, and tests it', () => {
      const p = central(strategy);
      // 3 % of 98,500,000 = 2,955,000; of 99,750,000 = 2,992,500; of 100,200,000 = 3,006,000,
      // each above the £2,500,000 amount
      expect(text(p, 'reserves.floor')).toEqual(['2955000', '2992500', '3006000']);
      expect(p.flags.get('reserves.belowFloor')).toEqual([false, false, true]);
      const amount = central({
        ...strategy,
        reserves: { ...strategy.reserves, floorAmount: 3_000_000 },
      });
      expect(text(amount, 'reserves.floor')).toEqual(['3000000', '3000000', '3006000']);
      const percentOnly = central({
        ...strategy,
        reserves: { ...strategy.reserves, floorAmount: undefined },
      });
      expect(text(percentOnly, 'reserves.floor')).toEqual(text(p, 'reserves.floor'));
      const amountOnly = central({
        ...strategy,
        reserves: { ...strategy.reserves, floorPercent: null },
      });
      expect(text(amountOnly, 'reserves.floor')).toEqual(['2500000', '2500000', '2500000']);
    });
  });

  describe('collaboration contributions', () => {
    // The members' figures, in each basis's own terms; this force's share is 20 % in each.
    it.each([
      ['Population', [1_000_000, 1_500_000, 2_500_000]],
      ['Officers', [2_000, 3_000, 5_000]],
      ['NRE', [200_000_000, 300_000_000, 500_000_000]],
      ['Formula grant', ['£60,000,000', 90_000_000, 150_000_000]],
      ['Agreed %', ['20%', '30%', '50%']],
    ] as const)('brings this force its share of the cost on the %s basis', (basis, figures) => {
      const p = central({
        ...BLANK,
        collaborations: [
          {
            label: 'Regional organised crime unit',
            cost: 1_000_000,
            growth: '2%',
            basis,
            members: [
              { force: 'Derbyshire', basis: figures[0] },
              { force: 'Leicestershire', basis: figures[1] },
              { force: 'Nottinghamshire', basis: figures[2] },
            ],
            force: 'derbyshire ',
          },
        ],
      });
      // whole cost 1,000,000 × 1.02 = 1,020,000; 1,040,400; 1,061,208; this force's 20 %:
      expect(text(p, 'collaborations.0.cost')).toEqual(['1020000', '1040400', '1061208']);
      expect(text(p, 'collaborations.0')).toEqual(['204000', '208080', '212241.6']);
      expect(baseText(p, 'collaborations.0')).toBe('200000');
      expect(text(p, 'spend.total')).toEqual(text(p, 'collaborations.0'));
    });

    it('shares with a partner that is not a police force, such as a fire and rescue service', () => {
      const p = central({
        ...BLANK,
        collaborations: [
          {
            label: 'Joint control room',
            cost: 1_000_000,
            basis: 'Agreed %',
            members: [
              { force: 'Derbyshire', basis: '60%' },
              { force: 'Derbyshire Fire and Rescue Service', basis: '40%' },
            ],
            force: 'Derbyshire',
          },
        ],
      });
      expect(baseText(p, 'collaborations.0')).toBe('600000');
    });
  });

  describe('units', () => {
    it('reads money typed in £000 as thousands of pounds, Band D and the tax base as typed', () => {
      const strategy: MtfsInput = {
        ...BLANK,
        funding: [{ label: 'Police grant', base: 60_000, growth: '1%' }],
        councilTax: { taxBase: 100_000, taxBaseGrowth: 0, bandD: 250, risePounds: 10 },
        nonPay: [{ label: 'General', base: 90_000.5, growth: 0 }],
      };
      const pounds = central(strategy);
      const thousands = central({ ...strategy, unit: 'thousands' });
      // grant 60,000 (£000) × 1.01 = £60,600,000; precept 100,000 × 260 = £26,000,000 either way
      expect(text(thousands, 'funding.0')[0]).toBe('60600000');
      expect(text(pounds, 'funding.0')[0]).toBe('60600');
      expect(text(thousands, 'councilTax.precept')).toEqual(text(pounds, 'councilTax.precept'));
      expect(text(thousands, 'councilTax.bandD')).toEqual(['260', '270', '280']);
      // requirement £90,000,500; gap 90,000,500 − 60,600,000 − 26,000,000 = 3,400,500
      expect(text(thousands, 'gap.after')[0]).toBe('3400500');
    });
  });

  describe('sensitivities', () => {
    it('values 1 % on the pay award, £1 on Band D, the tax base, non-pay and grant', () => {
      const p = central({
        ...BLANK,
        pay: [OFFICERS],
        nonPay: [
          { label: 'General', base: 10_000_000, growth: '2%' },
          { label: 'Fixed contract', base: 5_000_000, amounts: 5_000_000 },
        ],
        funding: [
          { label: 'Police grant', base: 60_000_000, growth: '1%' },
          { label: 'Specific grant', base: 1_000_000, amounts: 1_000_000 },
        ],
        councilTax: { taxBase: 150_000, taxBaseGrowth: '1%', bandD: 260, risePounds: 10 },
      });
      // pay: 1 % more award from September costs 1,000,000 × 7/12 × 1 % × (1 + 30 % + 10 %)
      //      = 8,166.66…
      expect(p.lines.get('sensitivity.payAward')?.years[0]?.toFixed(2)).toBe('8166.67');
      // £1 on Band D raises the tax base in pounds: 151,500
      expect(text(p, 'sensitivity.bandD')[0]).toBe('151500');
      // 1 % more tax base growth: 150,000 × 1 % × £270 = 405,000
      expect(text(p, 'sensitivity.taxBase')[0]).toBe('405000');
      // non-pay lines that grow by a rate: 10,000,000 × 1 % = 100,000 (the fixed contract does not)
      expect(text(p, 'sensitivity.nonPay')[0]).toBe('100000');
      // grant lines that grow by a rate: 60,000,000 × 1 % = 600,000; then 60.6m × 1 %
      expect(text(p, 'sensitivity.grants').slice(0, 2)).toEqual(['600000', '606000']);
    });

    it('scales every sensitivity by the step', () => {
      const strategy: MtfsInput = {
        ...BLANK,
        pay: [{ ...OFFICERS, awardMonth: 'April' }],
        sensitivityStep: '0.5%',
      };
      // an April award: 1,000,000 × 0.5 % × 1.4 = 7,000
      expect(text(central(strategy), 'sensitivity.payAward')[0]).toBe('7000');
    });
  });

  describe('scenarios', () => {
    it('projects each scenario from its own values', () => {
      const p = mtfsProjection({
        ...BLANK,
        scenarios: ['Optimistic', 'Central', 'Pessimistic'],
        funding: [
          {
            label: 'Police grant',
            base: 1_000_000,
            growth: {
              byScenario: { Optimistic: '3%', Central: '2%', Pessimistic: ['1%', 0, '-1%'] },
            },
          },
        ],
      });
      expect(p.scenarios.map((s) => s.scenario)).toEqual(['Optimistic', 'Central', 'Pessimistic']);
      expect(text(scenario(p, 0), 'funding.0')).toEqual(['1030000', '1060900', '1092727']);
      expect(text(scenario(p, 1), 'funding.0')).toEqual(['1020000', '1040400', '1061208']);
      expect(text(scenario(p, 2), 'funding.0')).toEqual(['1010000', '1010000', '999900']);
    });
  });

  describe('the horizon', () => {
    it('labels the base year and each financial year, for 1 to 10 years', () => {
      for (let years = 1; years <= 10; years++) {
        const { model } = mtfsProjection({ ...BLANK, years, firstYear: '2026/27' });
        expect(model.baseLabel).toBe('2025/26');
        expect(model.labels).toHaveLength(years);
        expect(model.labels[years - 1]).toBe(
          `${2025 + years}/${String(26 + years).padStart(2, '0')}`,
        );
      }
    });
  });
});
