// Published PCC budget and precept tables reproduced through mtfsProjection, to the pound or the
// thousand they publish. Each strategy's base year is the year before the one published, its lines
// carry the published amounts, and its Band D rises by the published rise within the published
// limit. The figures and their reconciliation are recorded in docs/research/pcc-budgets.md (run
// docs/research/pcc_checks.py); every figure below was re-read in the cited page on 2026-11-29.
import {
  Decimal,
  mtfsProjection,
  type GrowthLineInput,
  type MtfsInput,
  type ScenarioProjection,
} from '../../../core/src';
import { baseText, central, yearsOf } from './examples';

const pounds = (value: Decimal): string =>
  value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0);
const thousands = (value: Decimal): string =>
  value.div(1000).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0);
const first = (p: ScenarioProjection, key: string): Decimal => yearsOf(p, key)[0] as Decimal;

/** A strategy of one year with no spending, grant or reserves: a published precept alone. */
const precept = (
  firstYear: number,
  councilTax: MtfsInput['councilTax'],
  extra: Partial<MtfsInput> = {},
): MtfsInput => ({
  firstYear,
  years: 1,
  funding: [],
  councilTax,
  pay: [],
  nonPay: [],
  reserves: { generalOpening: 0, floorAmount: 0 },
  ...extra,
});

describe('published PCC budgets, reproduced', () => {
  /**
   * Cumbria PCC, "Police and Crime Commissioner Analysis of Council Tax Requirement", £m to 3 dp,
   * as republished each year by the district councils:
   * - Eden District Council, "Police and Crime Commissioner for Cumbria",
   *   https://www.eden.gov.uk/council-tax-and-housing-benefit/council-tax/your-council-tax-bill/police-and-crime-commissioner-for-cumbria/
   *   (versions for 2016-17/2017-18 "as agreed … on the 22 February 2017", 2017-18/2018-19
   *   "14 February 2018", 2018-19/2019-20 "20 February 2019", 2019-20/2020-21 "19 February 2020",
   *   2020-21/2021-22 and 2021-22/2022-23 "16 February 2022"): table "Budget requirement";
   * - South Lakeland District Council, "Cumbria Police and Crime Commissioner (PCC) income and
   *   expenditure", https://www.southlakeland.gov.uk/council-tax-and-housing-benefit/council-tax/your-council-tax-bill/cumbria-police-and-crime-commissioner-pcc-income-and-expenditure/
   *   ("Last Updated: 21 May 2021" and "27 May 2022").
   * In 2021-22 each council's page carries one typo; the gross expenditure printed on both is
   * reached with Commissioned Services 2.216 (South Lakeland) and Supplies 13.752 (Eden), used here.
   * In £000, 2016-17 (the base year) to 2022-23.
   */
  describe('Cumbria 2017-18 to 2022-23: gross expenditure → budget requirement → council tax requirement', () => {
    const spend: readonly [string, number[]][] = [
      ['Police pay and allowances', [75_326, 77_868, 82_603, 88_106, 93_674, 97_139, 96_514]],
      [
        'Support staff pay and allowances',
        [22_414, 23_705, 24_395, 25_844, 27_197, 27_866, 29_274],
      ],
      ['Other employee costs', [1_644, 2_257, 1_812, 2_016, 1_948, 2_470, 3_452]],
      ['Premises costs', [3_600, 4_044, 4_223, 4_479, 4_611, 4_740, 5_104]],
      ['Transport costs', [2_406, 2_334, 2_283, 2_402, 2_587, 2_602, 2_597]],
      ['Commissioned services', [2_583, 2_234, 2_246, 2_245, 2_250, 2_216, 2_351]],
      ['Supplies and services', [11_700, 11_931, 12_278, 13_103, 13_673, 13_752, 14_184]],
    ];
    const capital: readonly [string, number[]][] = [
      ['Capital financing charges', [1_473, 1_406, 1_398, 1_442, 1_269, 1_265, 1_164]],
      [
        'Direct revenue contribution to capital',
        [4_839, 4_247, 10_155, 5_934, 3_424, 4_046, 5_016],
      ],
    ];
    const toReserves = [1_421, 113, 183, 96, 96, 96];
    const fromReserves = [3_001, 8_484, 5_748, 1_019, 699, 1_781];
    const income: readonly [string, number[]][] = [
      ['Fees and charges', [4_739, 4_757, 4_859, 5_376, 5_443, 5_271, 5_128]],
      ['Other grants', [25_092, 27_511, 29_536, 30_888, 34_068, 35_110, 31_144]],
      ['Police specific grant', [28_721, 28_320, 28_320, 28_935, 31_207, 33_344, 35_374]],
      ['DCLG / MHCLG / DLUHC grant', [30_822, 30_390, 30_390, 31_008, 33_222, 35_146, 37_230]],
    ];
    // "Redistributed Council Tax Surplus / (Deficit)" as printed: a positive figure is added to the
    // council tax requirement (a deficit), so the model's surplus (+) / deficit (−) is its negative.
    const redistributed = [-600, -553, 21, 16, 234, -11];
    const published = {
      gross: [131_447, 141_506, 145_754, 150_729, 156_192, 159_752],
      budgetRequirement: [96_178, 98_627, 103_742, 110_199, 115_112, 121_699],
      councilTaxRequirement: [36_868, 39_364, 43_820, 45_786, 46_856, 49_084],
    };
    const amounts = ([label, [base, ...years]]: [string, number[]]): GrowthLineInput => ({
      label,
      base: base as number,
      amounts: years,
    });
    // The table states no tax base: the model's council tax is nil, so its gap after savings is the
    // amount council tax must raise, the council tax requirement.
    const strategy: MtfsInput = {
      firstYear: '2017/18',
      years: 6,
      unit: 'thousands',
      pay: [],
      nonPay: spend.map(amounts),
      capitalFinancing: capital.map(amounts),
      funding: income.map(amounts),
      councilTax: {
        taxBase: 0,
        taxBaseGrowth: 0,
        bandD: 0,
        risePounds: 0,
        collectionFund: redistributed.map((v) => -v),
      },
      reserves: {
        generalOpening: 0,
        floorAmount: 0,
        useToBalance: fromReserves,
        earmarked: [{ label: 'Contribution to reserves', opening: 0, movements: toReserves }],
      },
    };
    const p = central(strategy);
    const inThousands = (key: string) => yearsOf(p, key).map(thousands);
    const plus = (a: readonly Decimal[], b: readonly Decimal[]) =>
      a.map((x, t) => x.plus(b[t] as Decimal));
    const text = (figures: readonly number[]) => figures.map(String);

    it('labels the six financial years from the base year 2016/17', () => {
      expect(mtfsProjection(strategy).model.baseLabel).toBe('2016/17');
      expect(mtfsProjection(strategy).model.labels).toEqual([
        '2017/18',
        '2018/19',
        '2019/20',
        '2020/21',
        '2021/22',
        '2022/23',
      ]);
    });

    it('reaches the published gross expenditure: spending lines plus the contribution to reserves', () => {
      const gross = plus(yearsOf(p, 'spend.total'), yearsOf(p, 'reserves.toEarmarked'));
      expect(gross.map(thousands)).toEqual(text(published.gross));
    });

    it('reaches the published budget requirement: the requirement less fees and other grants', () => {
      // The model counts fees and other grants as funding lines; the table nets them off spending.
      const net = yearsOf(p, 'requirement').map((r, t) =>
        r.minus(yearsOf(p, 'funding.0')[t] as Decimal).minus(yearsOf(p, 'funding.1')[t] as Decimal),
      );
      expect(net.map(thousands)).toEqual(text(published.budgetRequirement));
    });

    it('reaches the published council tax requirement as the gap council tax must close', () => {
      expect(inThousands('gap.after')).toEqual(text(published.councilTaxRequirement));
    });

    it('keeps the base year 2016/17 as published for lines that have one', () => {
      expect(baseText(p, 'nonPay.0')).toBe('75326000');
      expect(baseText(p, 'funding.3')).toBe('30822000');
    });
  });

  /**
   * Surrey PCC, decision "51/2024-25 – Approval of the council tax precept, revenue and capital
   * budgets for 2025/26" (decision number 051/202526, OPCC Surrey Treasurer; considered by the Police
   * and Crime Panel on 3 February 2025),
   * https://surrey-pcc.gov.uk/decisions/51-2024-25-approval-council-tax-precept-revenue-and-capital-budgets-2025-26 :
   * tax base 526,600.4; Band D £337.57; s43(2)(a)–(d) aggregate £328,250,584; s43(3) aggregate
   * £150,486,087. Band D 2024/25 £323.57 and the rise "£14 a year" (the flexibility the Government
   * gave, i.e. the referendum limit): https://www.surrey-pcc.gov.uk/performance/council-tax ; the rise
   * as 4.327 %: Runnymede Borough Council, "Where do Council Tax payments go",
   * https://runnymede.gov.uk/council-tax-12/council-tax-payments-go/2 .
   */
  describe('Surrey 2025/26: Band D at the £14 limit, the precept, and a budget that balances', () => {
    // The 2024/25 aggregates and tax base are not in the source: the base year carries 2025/26's
    // tax base (no growth) and no aggregates, and only 2025/26 is checked.
    const p = central(
      precept(
        2025,
        { taxBase: 526_600.4, taxBaseGrowth: 0, bandD: 323.57, limitPounds: 14 },
        {
          nonPay: [{ label: 's43(2)(a)–(d) aggregate', base: 0, amounts: 328_250_584 }],
          funding: [{ label: 's43(3) aggregate', base: 0, amounts: 150_486_087 }],
        },
      ),
    );

    it('raises Band D from £323.57 by the £14 limit to £337.57, 4.327 %', () => {
      expect(first(p, 'councilTax.bandD').toFixed(2)).toBe('337.57');
      const rise = first(p, 'councilTax.bandD').div(323.57).minus(1).times(100);
      expect(rise.toDecimalPlaces(3).toString()).toBe('4.327');
    });

    it('raises £177,764,497 from 526,600.4 Band D equivalents', () => {
      // 526,600.4 × 337.57 = 177,764,497.028; the s43 aggregates differ by 177,764,497
      expect(pounds(first(p, 'councilTax.precept'))).toBe('177764497');
      expect(String(328_250_584 - 150_486_087)).toBe(pounds(first(p, 'councilTax.precept')));
    });

    it('balances the budget to the pound', () => {
      expect(pounds(first(p, 'gap.after'))).toBe('0');
    });

    it('says what £1 on Band D raises: £526,600.40', () => {
      expect(first(p, 'sensitivity.bandD').toFixed(2)).toBe('526600.40');
    });
  });

  /**
   * Cleveland PCC, "Report of the Chief Financial Officer of the PCC to the Police and Crime
   * Commissioner for Cleveland … Proposing the 2018/19 Precept", 24 January 2018 (Michael Porter,
   * CFO), as mirrored at https://docsbay.net/doc/1319232/author-mr-michael-porter-cfo : Band D from
   * £214.54 to £226.54 ("an increase … of £12"); tax base 151,210.3; council tax requirement
   * £34,255,181. The 2018/19 limit of £12 a Band D property: Durham County Council, Police and Crime
   * Panel minutes, https://democracy.durham.gov.uk/mgAi.aspx?ID=30440 ("the cap now being £12").
   *
   * West Mercia PCC, "Setting the Budget 2023-2024", Ref PCC/D/2023/08,
   * https://westmercia-pcc.gov.uk/record-of-decision : "a precept increase of 5.94% (£14.84
   * increase)", Band D £264.50, precept demands totalling £122,124,490.35, "a net revenue budget of
   * £273.038m"; funding lines, https://westmercia-pcc.gov.uk/counciltax : core funding £133.872m,
   * PUP £4.3m, legacy government funding £11.975m, collection fund contribution £0.767m; Band D
   * 2022/23 £249.66. The 2023/24 limit of £15: Avon and Somerset PCC consultation,
   * https://www.mnrjournal.co.uk/news/do-you-support-an-increase-in-the-policing-council-tax-587278 .
   * The tax base 461,718.3 is derived (the precept total ÷ £264.50, which divides exactly).
   */
  describe('Cleveland 2018/19 and West Mercia 2023/24: Band D, precept and funding', () => {
    it('raises Cleveland’s £34,255,181 at £226.54, the £12 limit', () => {
      const p = central(
        precept(2018, { taxBase: 151_210.3, taxBaseGrowth: 0, bandD: 214.54, limitPounds: 12 }),
      );
      expect(first(p, 'councilTax.bandD').toFixed(2)).toBe('226.54');
      // 151,210.3 × 226.54 = 34,255,181.362
      expect(pounds(first(p, 'councilTax.precept'))).toBe('34255181');
    });

    it('reaches West Mercia’s net revenue budget of £273.038m from its funding lines', () => {
      const p = central(
        precept(
          2023,
          {
            taxBase: 461_718.3,
            taxBaseGrowth: 0,
            bandD: 249.66,
            risePounds: 14.84,
            limitPounds: 15,
            collectionFund: 767,
          },
          {
            unit: 'thousands',
            funding: [
              { label: 'Core funding', base: 0, amounts: 133_872 },
              { label: 'Funding related to PUP', base: 0, amounts: 4_300 },
              { label: 'Legacy government funding', base: 0, amounts: 11_975 },
            ],
          },
        ),
      );
      expect(first(p, 'councilTax.bandD').toFixed(2)).toBe('264.50');
      // 461,718.3 × 264.50 = 122,124,490.35, the total of the nine precept demands to the penny
      expect(first(p, 'councilTax.precept').toFixed(2)).toBe('122124490.35');
      // 133.872 + 4.3 + 11.975 + 122.124490… + 0.767 = 273.038490… → £273.038m
      expect(first(p, 'funding.total').div(1e6).toDecimalPlaces(3).toFixed(3)).toBe('273.038');
      const rise = first(p, 'councilTax.bandD').div(249.66).minus(1).times(100);
      expect(rise.toDecimalPlaces(2).toString()).toBe('5.94');
    });
  });

  /**
   * Gwent PCC, "Budget 2022-23 — Council Tax Precept Notice 2022-23",
   * https://gwent.pcc.police.uk/en/what-we-spend/our-finances/budget-2022-23/ : Band D £303.80 and
   * each unitary authority's precept and Band D tax base (Torfaen's tax base is cut off in the stored
   * text, so four of the five rows). Band D 2023-24 £324.52, "an annual increase in Band D of 6.82%
   * or £20.72": "Budget 2023-24", https://gwent.pcc.police.uk/en/what-we-spend/our-finances/budget-2023-24 .
   * A strategy from 2023/24: its base year 2022/23 is the published precept notice.
   */
  describe('Gwent 2022-23: each unitary authority’s precept, and Band D 2023-24', () => {
    it.each([
      ['Blaenau Gwent', 20_876.86, '6342390'],
      ['Caerphilly', 61_062.71, '18550851'],
      ['Monmouthshire', 47_372.8, '14391857'],
      ['Newport', 60_848.73, '18485844'],
    ])('levies %s’s precept: its tax base × £303.80', (_authority, taxBase, published) => {
      const p = central(
        precept(2023, { taxBase, taxBaseGrowth: 0, bandD: 303.8, risePounds: 20.72 }),
      );
      expect(pounds(new Decimal(baseText(p, 'councilTax.precept')))).toBe(published);
      expect(first(p, 'councilTax.bandD').toFixed(2)).toBe('324.52');
      expect(
        first(p, 'councilTax.bandD').div(303.8).minus(1).times(100).toDecimalPlaces(2).toString(),
      ).toBe('6.82');
    });
  });
});
