// fast-check strategies over the whole MTFS input space (3 and 7 years, one to three scenarios, any
// number of lines of every kind, values per year or for every year, every assumption that may
// differ by scenario differing or not),
// and the rewrites the laws compare a strategy with: one scenario alone, money typed in pounds
// instead of £000, one rate raised in one year.
import fc from 'fast-check';
import {
  Decimal,
  ENGLAND_AND_WALES_FORCES,
  readRate,
  SHARING_BASES,
  type Cell,
  type ContributionInput,
  type GrowthLineInput,
  type ItemInput,
  type MtfsInput,
  type NumberInput,
  type PayGroupInput,
  type PerYear,
  type SavingInput,
  type Varies,
} from '../../../core/src';

/** The parts every MTFS strategy has (the rest may be left out): one list for both generators. */
export const STRATEGY_KEYS = [
  'firstYear',
  'years',
  'unit',
  'scenarios',
  'funding',
  'councilTax',
  'pay',
  'nonPay',
  'reserves',
] as const;

const SCENARIO_NAMES = ['Central', 'Optimistic', 'Pessimistic'] as const;
/** Member forces of a collaboration, by their usual names. */
const FORCES = ENGLAND_AND_WALES_FORCES.slice(0, 4);
const MONTHS = [1, 4, 9, 12, 'April', 'Sep', 'january', '3', undefined] as const;

/**
 * A rate, basis points from `min` to `max`, as a finance officer gives it: typed with its sign
 * ("-2.35%") or as the fraction a cell holds (-0.0235), which only a rate under 100 % can be.
 */
const rate = (min: number, max: number): fc.Arbitrary<NumberInput> =>
  fc.integer({ min, max }).chain((bp) => {
    const typed = `${new Decimal(bp).div(100).toString()}%`;
    return Math.abs(bp) < 10_000
      ? fc.constantFrom<NumberInput>(typed, bp / 10_000)
      : fc.constant(typed);
  });
/** Money in pennies up to `max` pounds (or £000): a number, plain text or "£1,234.50". */
const money = (max: number, min = 0): fc.Arbitrary<NumberInput> =>
  fc.integer({ min: min * 100, max: max * 100 }).chain((p) => {
    const value = new Decimal(p).div(100);
    const pounds = `${value.isNeg() ? '-' : ''}£${value
      .abs()
      .toFixed(2)
      .replace(/\B(?=(\d{3})+\.)/g, ',')}`;
    return fc.constantFrom<NumberInput>(value.toNumber(), value.toString(), pounds);
  });

/** What a strategy's shape fixes before its values: its horizon and its scenarios. */
interface Frame {
  readonly years: number;
  readonly scenarios: readonly string[];
}

/** One value for every year or one per year. */
const perYear = (f: Frame, item: fc.Arbitrary<Cell>): fc.Arbitrary<PerYear> =>
  fc.oneof(
    item as fc.Arbitrary<PerYear>,
    fc.array(item, { minLength: f.years, maxLength: f.years }),
  );

/** The same for every scenario, or one per scenario. */
const varies = (f: Frame, item: fc.Arbitrary<Cell>): fc.Arbitrary<Varies<PerYear>> =>
  fc.oneof(
    perYear(f, item),
    fc.tuple(...f.scenarios.map(() => perYear(f, item))).map((values) => ({
      byScenario: Object.fromEntries(f.scenarios.map((s, i) => [s, values[i] as PerYear])),
    })),
  );

/** A one-value assumption: the same for every scenario, or one per scenario. */
const one = <T extends Cell>(f: Frame, item: fc.Arbitrary<T>): fc.Arbitrary<Varies<T>> =>
  fc.oneof(
    item as fc.Arbitrary<Varies<T>>,
    fc.tuple(...f.scenarios.map(() => item)).map((values) => ({
      byScenario: Object.fromEntries(f.scenarios.map((s, i) => [s, values[i] as T])),
    })),
  );

const growthRate = rate(-2_000, 15_000);

const growthLine = (f: Frame, label: string): fc.Arbitrary<GrowthLineInput> =>
  fc.oneof(
    fc.record({
      label: fc.constantFrom(label, ''),
      base: one(f, money(1e8)),
      growth: varies(f, growthRate),
    }),
    fc.record({
      label: fc.constantFrom(label, ''),
      base: one(f, money(1e8)),
      amounts: varies(f, money(1e8)),
    }),
  );

const lines = (f: Frame, label: string, max: number) =>
  fc
    .integer({ min: 0, max })
    .chain((n) =>
      fc.tuple(...Array.from({ length: n }, (_, i) => growthLine(f, `${label} ${i + 1}`))),
    );

const payGroup = (f: Frame): fc.Arbitrary<PayGroupInput> =>
  fc.record(
    {
      label: fc.constantFrom('Police officers', 'Police staff', 'PCSOs'),
      cost: one(f, money(1e8)),
      fte: varies(f, fc.integer({ min: 0, max: 5_000 })),
      award: varies(f, rate(-500, 1_500)),
      awardMonth: fc.constantFrom(...MONTHS),
      increments: varies(f, rate(0, 300)),
      pension: varies(f, rate(0, 5_000)),
      nationalInsurance: varies(f, rate(0, 1_500)),
    },
    { requiredKeys: ['label', 'cost', 'award', 'pension', 'nationalInsurance'] },
  );

const item = (f: Frame, label: string): fc.Arbitrary<ItemInput> =>
  fc.record({ label: fc.constant(label), amounts: varies(f, money(1e6, -1e6)) });

/** Shares in basis points adding up to 100 %, as agreed percentages. */
const agreedShares = (n: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: 9_999 }), { minLength: n - 1, maxLength: n - 1 })
    .map((cuts) => {
      const points = [0, ...cuts.sort((a, b) => a - b), 10_000];
      return points.slice(1).map((p, i) => `${new Decimal(p - (points[i] as number)).div(100)}%`);
    });

const collaboration = (f: Frame, c: number): fc.Arbitrary<ContributionInput> =>
  fc.tuple(fc.constantFrom(...SHARING_BASES), fc.integer({ min: 1, max: 4 })).chain(([basis, n]) =>
    fc.record({
      label: fc.constant(`Collaboration ${c + 1}`),
      cost: money(1e7),
      growth: varies(f, growthRate),
      basis: fc.constant(basis),
      members: (basis === 'Agreed %'
        ? agreedShares(n)
        : fc.array(fc.integer({ min: 1, max: 2_000_000 }), { minLength: n, maxLength: n })
      ).map((figures) => figures.map((basis, i) => ({ force: FORCES[i] as string, basis }))),
      // This force as typed in any case and spacing: names match as Excel users type them.
      force: fc
        .integer({ min: 0, max: n - 1 })
        .map((i) => ` ${(FORCES[i] as string).toUpperCase()}`),
    }),
  );

const saving = (f: Frame, i: number): fc.Arbitrary<SavingInput> =>
  fc.record({
    label: fc.constant(`Saving ${i + 1}`),
    category: fc.constantFrom('collaboration', 'other'),
    identified: fc.boolean(),
    recurring: fc.boolean(),
    amounts: varies(f, money(1e6)),
  });

const some = <T>(max: number, make: (i: number) => fc.Arbitrary<T>) =>
  fc
    .integer({ min: 0, max })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => make(i))));

/** A Band D rise planned and a referendum limit: at least one of the four is given. */
const councilTax = (f: Frame) =>
  fc
    .record(
      {
        taxBase: one(
          f,
          fc.integer({ min: 0, max: 5_000_000 }).map((x) => new Decimal(x).div(10).toString()),
        ),
        taxBaseGrowth: varies(f, rate(-200, 300)),
        bandD: one(
          f,
          fc.integer({ min: 0, max: 5_000_000 }).map((x) => new Decimal(x).div(10_000).toString()),
        ),
        risePounds: varies(f, money(30)),
        risePercent: varies(f, rate(-500, 1_000)),
        limitPounds: varies(f, money(30)),
        limitPercent: varies(f, rate(0, 1_000)),
        collectionFund: varies(f, money(1e6, -1e6)),
      },
      { requiredKeys: ['taxBase', 'taxBaseGrowth', 'bandD'] },
    )
    .filter((c) =>
      [c.risePounds, c.risePercent, c.limitPounds, c.limitPercent].some((x) => x !== undefined),
    );

const reserves = (f: Frame) =>
  fc
    .record(
      {
        generalOpening: one(f, money(5e7)),
        floorPercent: one(f, rate(0, 1_000)),
        floorAmount: one(f, money(1e7)),
        useToBalance: varies(f, money(1e6, -1e6)),
        earmarked: some(2, (k) =>
          fc.record({
            label: fc.constant(`Earmarked ${k + 1}`),
            opening: one(f, money(1e7)),
            movements: varies(f, money(1e6, -1e6)),
          }),
        ),
      },
      { requiredKeys: ['generalOpening'] },
    )
    .filter((r) => r.floorPercent !== undefined || r.floorAmount !== undefined);

/** A strategy over `years` years, anywhere in the input space. */
export const strategy = (years: 3 | 7): fc.Arbitrary<MtfsInput> =>
  fc
    .record({
      unit: fc.constantFrom('pounds', 'thousands'),
      scenarios: fc.integer({ min: 1, max: 3 }).map((n) => SCENARIO_NAMES.slice(0, n)),
    })
    .chain(({ unit, scenarios }) => {
      const f: Frame = { years, scenarios };
      return fc.record(
        {
          firstYear: fc
            .integer({ min: 2020, max: 2035 })
            .chain((y) =>
              fc.constantFrom<NumberInput>(
                y,
                `${y}/${String((y + 1) % 100).padStart(2, '0')}`,
                `${y}-${y + 1}`,
              ),
            ),
          years: fc.constant(years),
          unit: fc.constant(unit),
          scenarios: fc.constant(scenarios),
          funding: lines(f, 'Grant', 3),
          councilTax: councilTax(f),
          pay: some(3, () => payGroup(f)),
          nonPay: lines(f, 'Non-pay', 3),
          capitalFinancing: lines(f, 'Capital financing', 2),
          growth: some(2, (i) => item(f, `Growth ${i + 1}`)),
          oneOff: some(2, (i) => item(f, `One-off ${i + 1}`)),
          collaborations: some(2, (c) => collaboration(f, c)),
          savings: some(3, (i) => saving(f, i)),
          reserves: reserves(f),
          sensitivityStep: one(f, rate(1, 500)),
        },
        {
          requiredKeys: [...STRATEGY_KEYS],
        },
      );
    });

const isVaried = (value: unknown): value is { byScenario: Record<string, unknown> } =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'byScenario' in value;

/**
 * A copy of `value` in which every node that `replace` gives a value for is replaced by it. A list's
 * items and a value's scenarios are seen with the key of the field that holds them.
 */
function rewrite(
  value: unknown,
  replace: (node: unknown, key: string | undefined) => { to: unknown } | undefined,
  key?: string,
): unknown {
  const replaced = replace(value, key);
  if (replaced !== undefined) return replaced.to;
  if (Array.isArray(value)) return value.map((x) => rewrite(x, replace, key));
  if (isVaried(value)) {
    const byScenario = Object.entries(value.byScenario).map(([s, v]) => [
      s,
      rewrite(v, replace, key),
    ]);
    return { byScenario: Object.fromEntries(byScenario) };
  }
  if (value !== null && typeof value === 'object' && !Decimal.isDecimal(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v, replace, k)]));
  }
  return value;
}

/** The strategy with only scenario `name`, each value as given for it. */
export const alone = (input: MtfsInput, name: string): MtfsInput => ({
  ...(rewrite(input, (node) =>
    isVaried(node) ? { to: node.byScenario[name] } : undefined,
  ) as MtfsInput),
  scenarios: [name],
});

/** The fields that hold money (Band D, its rise and limit are always in pounds; counts are not money). */
const MONEY = new Set([
  'base',
  'amounts',
  'cost',
  'collectionFund',
  'generalOpening',
  'floorAmount',
  'useToBalance',
  'opening',
  'movements',
]);

/** The strategy typed in £000 retyped in pounds: every money figure × 1000. */
export const inPounds = (input: MtfsInput): MtfsInput => ({
  ...(rewrite(input, (node, key) =>
    key !== undefined && MONEY.has(key) && (typeof node === 'string' || typeof node === 'number')
      ? { to: amountOf(node).times(1000).toString() }
      : undefined,
  ) as MtfsInput),
  unit: 'pounds',
});

/** An amount given as a number, plain text or "£1,234.50". */
export const amountOf = (value: Cell): Decimal => new Decimal(String(value).replace(/[£,]/g, ''));

/** A per-year value (of one scenario) as one value per year. */
export const eachYear = (value: PerYear, years: number): Cell[] =>
  Array.isArray(value)
    ? [...(value as Cell[])]
    : Array.from({ length: years }, () => value as Cell);

/** A rate (as the model reads it) plus `points` percentage points, in year `t` only, typed with %. */
export function raised(value: PerYear, years: number, t: number, points: Decimal): PerYear {
  const list = eachYear(value, years);
  list[t] = `${readRate(list[t], 'rate', 'growth').times(100).plus(points).toString()}%`;
  return list;
}
