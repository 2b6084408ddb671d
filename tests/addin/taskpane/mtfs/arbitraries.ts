// Random MTFS inputs over the whole input space the model accepts: every kind of line, every way of
// giving a value (one for all years, one per year, per scenario, text or number), both units. Amounts
// stay at a police force's scale (up to £200m a line), where Excel's doubles still hold the penny
// that the sheet test checks; the core's own laws (tests/core/mtfs/strategies.ts) reach far larger
// figures, exactly, where a sheet could only agree to Excel's 15 significant digits.
import fc from 'fast-check';
import type {
  ContributionInput,
  GrowthLineInput,
  MtfsInput,
  PayGroupInput,
  PerYear,
  Varies,
} from '@collab-finance/core';
import { ENGLAND_AND_WALES_FORCES } from '@collab-finance/core';
import { STRATEGY_KEYS } from '../../../core/mtfs/strategies';

/** A rate as a user gives it: "2.37%" as text, or the fraction 0.0237 as a cell holds it. */
const rate = (lowPct: number, highPct: number) =>
  fc
    .integer({ min: lowPct * 100, max: highPct * 100 })
    .chain((hundredths) =>
      fc.constantFrom(`${hundredths / 100}%`, hundredths === 0 ? 0 : hundredths / 10000),
    );

/** An amount in pounds and pence (or £000 to one decimal), as a number or as typed text. */
const amount = (max: number) =>
  fc
    .integer({ min: 0, max: max * 100 })
    .chain((pence) =>
      fc.constantFrom<number | string>(pence / 100, `£${(pence / 100).toFixed(2)}`),
    );

const signed = (max: number) =>
  fc.integer({ min: -max * 100, max: max * 100 }).map((pence) => pence / 100);

/** One value for every year, or one per year. */
const perYear = (years: number, item: fc.Arbitrary<number | string>): fc.Arbitrary<PerYear> =>
  fc.oneof(item, fc.array(item, { minLength: years, maxLength: years }));

/** The same for every scenario, or one per scenario. */
const varies = (
  years: number,
  scenarios: readonly string[],
  item: fc.Arbitrary<number | string>,
): fc.Arbitrary<Varies<PerYear>> =>
  fc.oneof(
    perYear(years, item),
    fc.tuple(...scenarios.map(() => perYear(years, item))).map((values) => ({
      byScenario: Object.fromEntries(scenarios.map((s, i) => [s, values[i] as PerYear])),
    })),
  );

/** One value, the same in every scenario or one per scenario. */
const oneValue = <T>(
  scenarios: readonly string[],
  item: fc.Arbitrary<T>,
): fc.Arbitrary<Varies<T>> =>
  fc.oneof(
    item,
    fc.tuple(...scenarios.map(() => item)).map((values) => ({
      byScenario: Object.fromEntries(scenarios.map((s, i) => [s, values[i] as T])),
    })),
  );

const growthLine = (years: number, scenarios: readonly string[], max: number) =>
  fc.oneof(
    fc.record<GrowthLineInput>({
      label: fc.constantFrom('Police grant', 'RSG', 'Energy', ''),
      base: oneValue(scenarios, amount(max)),
      growth: varies(years, scenarios, rate(-10, 15)),
    }),
    fc.record<GrowthLineInput>({
      label: fc.constant('Announced'),
      base: amount(max),
      amounts: varies(years, scenarios, amount(max)),
    }),
  );

const payGroup = (years: number, scenarios: readonly string[]) =>
  fc.oneof(
    fc.record<PayGroupInput>({
      label: fc.constantFrom('Police officers', 'PCSOs'),
      cost: amount(80_000),
      fte: varies(
        years,
        scenarios,
        fc.integer({ min: 0, max: 50_000 }).map((x) => x / 10),
      ),
      award: varies(years, scenarios, rate(0, 12)),
      awardMonth: fc.oneof(
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('April', 'Sep', 'march'),
      ),
      increments: varies(years, scenarios, rate(0, 3)),
      pension: varies(years, scenarios, rate(0, 40)),
      nationalInsurance: varies(years, scenarios, rate(0, 15)),
    }),
    fc.record<PayGroupInput>(
      {
        label: fc.constant('Police staff'),
        cost: amount(200_000_000),
        award: varies(years, scenarios, rate(-2, 12)),
        pension: varies(years, scenarios, rate(0, 40)),
        nationalInsurance: varies(years, scenarios, rate(0, 15)),
      },
      { requiredKeys: ['label', 'cost', 'award', 'pension', 'nationalInsurance'] },
    ),
  );

const FORCES = ENGLAND_AND_WALES_FORCES.slice(0, 6);

const contribution = (years: number, scenarios: readonly string[]) =>
  fc
    .record({
      cost: amount(20_000_000),
      growth: varies(years, scenarios, rate(-5, 10)),
      agreed: fc.boolean(),
      figures: fc.array(fc.integer({ min: 1, max: 2_000_000 }), { minLength: 2, maxLength: 5 }),
      ours: fc.nat(),
    })
    .map(({ cost, growth, agreed, figures, ours }): ContributionInput => {
      // Agreed shares in whole per cent that add up to 100: all but the last, then the rest.
      const shares = figures.map((_, i) =>
        i < figures.length - 1 ? 10 : 100 - 10 * (figures.length - 1),
      );
      return {
        label: 'Regional unit',
        cost,
        growth,
        basis: agreed ? 'Agreed %' : 'Population',
        members: figures.map((f, i) => ({
          force: FORCES[i] as string,
          basis: agreed ? `${shares[i] as number}%` : f,
        })),
        force: FORCES[ours % figures.length] as string,
      };
    });

/** A whole MTFS input for `years` years. */
export const mtfsInput = (years: number): fc.Arbitrary<MtfsInput> =>
  fc
    .record({
      unit: fc.constantFrom<'pounds' | 'thousands'>('pounds', 'thousands'),
      scenarios: fc.constantFrom(
        ['Central'],
        ['Low', 'High'],
        ['Optimistic', 'Central', 'Pessimistic'],
      ),
    })
    .chain(({ unit, scenarios }) => {
      const v = (item: fc.Arbitrary<number | string>) => varies(years, scenarios, item);
      const limits = fc
        .record(
          {
            risePounds: v(signed(20)),
            risePercent: v(rate(-2, 10)),
            limitPounds: v(fc.integer({ min: 0, max: 2000 }).map((p) => p / 100)),
            limitPercent: v(rate(0, 6)),
          },
          { requiredKeys: [] },
        )
        .filter((c) => Object.keys(c).length > 0);
      return fc.record<MtfsInput>(
        {
          firstYear: fc.constantFrom('2026/27', 2030, '2024-2025'),
          years: fc.constant(years),
          unit: fc.constant(unit),
          scenarios: fc.constant(scenarios),
          funding: fc.array(growthLine(years, scenarios, 200_000_000), {
            minLength: 1,
            maxLength: 4,
          }),
          councilTax: fc
            .tuple(
              fc.record({
                taxBase: fc.integer({ min: 100_000, max: 9_000_000 }).map((x) => x / 10),
                taxBaseGrowth: v(rate(-2, 5)),
                // From £200: seven years of the largest fall below (£20 and 2 % a year) leave
                // about £42, so no strategy takes Band D below zero, which the core refuses.
                bandD: fc.integer({ min: 20_000, max: 50_000 }).map((p) => p / 100),
              }),
              limits,
              fc.option(v(signed(2_000_000)), { nil: undefined }),
            )
            .map(([base, limit, fund]) => ({
              ...base,
              ...limit,
              ...(fund !== undefined && { collectionFund: fund }),
            })),
          pay: fc.array(payGroup(years, scenarios), { minLength: 1, maxLength: 3 }),
          nonPay: fc.array(growthLine(years, scenarios, 50_000_000), {
            minLength: 1,
            maxLength: 3,
          }),
          capitalFinancing: fc.array(growthLine(years, scenarios, 5_000_000), { maxLength: 2 }),
          growth: fc.array(
            fc.record({ label: fc.constant('Growth'), amounts: v(signed(1_000_000)) }),
            { maxLength: 2 },
          ),
          oneOff: fc.array(
            fc.record({ label: fc.constant('One-off'), amounts: v(signed(1_000_000)) }),
            { maxLength: 2 },
          ),
          collaborations: fc.array(contribution(years, scenarios), { maxLength: 1 }),
          savings: fc.array(
            fc.record({
              label: fc.constant('Saving'),
              category: fc.constantFrom<'collaboration' | 'other'>('collaboration', 'other'),
              identified: fc.boolean(),
              recurring: fc.boolean(),
              amounts: v(signed(2_000_000)),
            }),
            { maxLength: 3 },
          ),
          reserves: fc
            .record(
              {
                generalOpening: amount(50_000_000),
                floorPercent: rate(0, 10),
                floorAmount: amount(10_000_000),
                useToBalance: v(signed(5_000_000)),
                earmarked: fc.array(
                  fc.record({
                    label: fc.constant('Earmarked'),
                    opening: amount(10_000_000),
                    movements: v(signed(1_000_000)),
                  }),
                  { maxLength: 2 },
                ),
              },
              { requiredKeys: ['generalOpening'] },
            )
            .filter((r) => r.floorPercent !== undefined || r.floorAmount !== undefined),
          sensitivityStep: rate(1, 5),
        },
        {
          requiredKeys: [...STRATEGY_KEYS],
        },
      );
    });
