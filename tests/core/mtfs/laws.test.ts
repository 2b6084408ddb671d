// Laws of the MTFS projection over the whole input space, at 3 and 7 years: the identities that tie
// its lines together, Band D against its limit, the pay award's months, units, scenarios and the
// sensitivities, each checked against a second run of the model rather than against its own formula.
import fc from 'fast-check';
import {
  Decimal,
  mtfsProjection,
  readRate,
  type Cell,
  type MtfsInput,
  type MtfsProjection,
  type PerYear,
  type ScenarioProjection,
} from '../../../core/src';
import { alone, amountOf, eachYear, inPounds, raised, strategy } from './strategies';
import { collabError } from '../helpers';
import { BLANK, central, scenario, yearsOf } from './examples';

/**
 * Two ways to the same figure agree when they differ by less than this: the model keeps forty
 * significant digits, so sums taken in another order may differ in the last of them, some 10⁻³⁰ £.
 */
const TINY = new Decimal('1e-20');
const agree = (a: Decimal, b: Decimal): boolean => a.minus(b).abs().lte(TINY);

const ZERO = new Decimal(0);
/** A line's value in year t, or zero where the strategy has no such line (no earmarked reserves, …). */
const atOrZero = (p: ScenarioProjection, key: string, t: number): Decimal =>
  p.lines.get(key)?.years[t] ?? ZERO;

/** The value an assumption takes in scenario `s`, year `t`; undefined where it was not given. */
function assumption(p: MtfsProjection, key: string, s: number, t: number): Decimal | undefined {
  const found = p.model.inputs.find((i) => i.key === key);
  if (found === undefined) return undefined;
  return found.values[found.varies ? s : 0]?.[found.perYear ? t : 0];
}

/** A law of one year `t` of scenario `s` of a projection. */
type Law = (p: ScenarioProjection, t: number, s: number, whole: MtfsProjection) => boolean;

/** Whether `law` holds in every year of every scenario of a strategy. */
const everyYear = (input: MtfsInput, law: Law): boolean => {
  const whole = mtfsProjection(input);
  const n = whole.model.labels.length;
  return whole.scenarios.every((p, s) =>
    Array.from({ length: n }, (_, t) => t).every((t) => law(p, t, s, whole)),
  );
};

const at = (p: ScenarioProjection, key: string, t: number): Decimal => {
  const value = yearsOf(p, key)[t];
  if (value === undefined) throw new Error(`${key} has no year ${t}`);
  return value;
};
const before = (p: ScenarioProjection, key: string, t: number): Decimal =>
  t === 0 ? (p.lines.get(key)?.base ?? ZERO) : at(p, key, t - 1);

describe.each([3, 7] as const)('MTFS laws over %i years', (years) => {
  const strategies = strategy(years);
  /** Checks `law` in every year and scenario of random strategies. */
  const holds = (law: Law) => fc.assert(fc.property(strategies, (input) => everyYear(input, law)));

  it('closes the gap by the savings: gap before − gap after = total savings', () => {
    holds((p, t) =>
      agree(at(p, 'gap.before', t).minus(at(p, 'gap.after', t)), at(p, 'savings.total', t)),
    );
  });

  it('makes the requirement spend − savings + transfers to earmarked reserves − use of the general reserve', () => {
    holds((p, t) =>
      agree(
        at(p, 'requirement', t),
        at(p, 'spend.total', t)
          .minus(at(p, 'savings.total', t))
          .plus(atOrZero(p, 'reserves.toEarmarked', t))
          .minus(atOrZero(p, 'reserves.useToBalance', t)),
      ),
    );
  });

  it('moves the general reserve by −(use to balance + gap after) and keeps the cumulative gap', () => {
    holds(
      (p, t) =>
        agree(
          at(p, 'reserves.general', t).minus(before(p, 'reserves.general', t)),
          atOrZero(p, 'reserves.useToBalance', t)
            .plus(at(p, 'gap.after', t))
            .neg(),
        ) &&
        agree(at(p, 'gap.cumulative', t), Decimal.sum(...yearsOf(p, 'gap.after').slice(0, t + 1))),
    );
  });

  it('funds the requirement from grants, tax base × Band D and the collection fund', () => {
    holds(
      (p, t) =>
        agree(
          at(p, 'councilTax.precept', t),
          at(p, 'councilTax.taxBase', t).times(at(p, 'councilTax.bandD', t)),
        ) &&
        agree(
          at(p, 'funding.total', t),
          Decimal.sum(
            at(p, 'funding.grants', t),
            at(p, 'councilTax.precept', t),
            atOrZero(p, 'councilTax.collectionFund', t),
          ),
        ),
    );
  });

  it('never raises Band D by more than the referendum limit allows, and sets it in whole pennies', () => {
    holds((p, t, s, whole) => {
      const last = before(p, 'councilTax.bandD', t);
      const bandD = at(p, 'councilTax.bandD', t);
      const pounds = assumption(whole, 'councilTax.limitPounds', s, t);
      const percent = assumption(whole, 'councilTax.limitPercent', s, t);
      const limits = [pounds, percent?.times(last)].filter((x): x is Decimal => x !== undefined);
      return (
        bandD.decimalPlaces() <= 2 &&
        (limits.length === 0 || bandD.minus(last).lte(Decimal.max(...limits)))
      );
    });
  });

  it('sets Band D at the planned rise or the limit, whichever is lower, rounded down to the penny', () => {
    holds((p, t, s, whole) => {
      const last = before(p, 'councilTax.bandD', t);
      const given = (key: string) => assumption(whole, `councilTax.${key}`, s, t);
      const [risePounds, risePercent] = [given('risePounds'), given('risePercent')];
      const limits = [given('limitPounds'), given('limitPercent')?.times(last)].filter(
        (x): x is Decimal => x !== undefined,
      );
      const allowed = limits.length > 0 ? Decimal.max(...limits) : undefined;
      const planned =
        risePounds === undefined && risePercent === undefined
          ? undefined
          : (risePounds ?? ZERO).plus(last.times(risePercent ?? ZERO));
      const rise = [planned, allowed].filter((x): x is Decimal => x !== undefined);
      const target = last.plus(Decimal.min(...rise));
      const bandD = at(p, 'councilTax.bandD', t);
      return bandD.lte(target) && target.minus(bandD).lt(0.01);
    });
  });

  it('lets Band D fall as far as zero, and refuses a fall in £ below it at the first year it would be', () => {
    const pennies = (min: number, max: number) =>
      fc.integer({ min, max }).map((p) => new Decimal(p).div(100));
    fc.assert(
      fc.property(
        pennies(0, 50_000),
        fc.array(pennies(-20_000, 5_000), { minLength: years, maxLength: years }),
        (bandD, rises) => {
          const input: MtfsInput = {
            ...BLANK,
            years,
            councilTax: { taxBase: 1, taxBaseGrowth: 0, bandD, risePounds: rises },
          };
          // In whole pennies nothing is rounded: Band D is the base plus the rises so far.
          const path = rises.map((_, t) => Decimal.sum(bandD, ...rises.slice(0, t + 1)));
          const below = path.findIndex((x) => x.isNeg());
          if (below < 0) {
            expect(yearsOf(central(input), 'councilTax.bandD').map(String)).toEqual(
              path.map(String),
            );
          } else {
            expect(collabError(() => mtfsProjection(input))).toMatchObject({
              code: 'OUT_OF_RANGE',
              field: 'councilTax.risePounds',
              index: below,
            });
          }
        },
      ),
    );
  });

  it('sets the reserves floor at the higher of its % of the requirement and its amount, and tests it', () => {
    holds((p, t, s, whole) => {
      const percent = assumption(whole, 'reserves.floorPercent', s, t);
      const amount = assumption(whole, 'reserves.floorAmount', s, t);
      const scale = whole.model.unit === 'thousands' ? 1000 : 1;
      const parts = [percent?.times(at(p, 'requirement', t)), amount?.times(scale)].filter(
        (x): x is Decimal => x !== undefined,
      );
      const floor = at(p, 'reserves.floor', t);
      return (
        agree(floor, Decimal.max(...parts)) &&
        p.flags.get('reserves.belowFloor')?.[t] === at(p, 'reserves.general', t).lt(floor)
      );
    });
  });

  it('pays an April award for the whole year: pay = FTE × cost × Π (1 + increments)(1 + award)', () => {
    fc.assert(
      fc.property(strategies, (input) => {
        const april = { ...input, pay: input.pay.map((g) => ({ ...g, awardMonth: 'April' })) };
        return everyYear(april, (p, t, s, whole) =>
          april.pay.every((_, g) => {
            const key = `pay.${g}`;
            const rate = (name: string, k: number) =>
              assumption(whole, `${key}.${name}`, s, k) ?? ZERO;
            const grown = Array.from({ length: t + 1 }, (_, k) =>
              rate('increments', k).plus(1).times(rate('award', k).plus(1)),
            ).reduce((a, b) => a.times(b), new Decimal(1));
            const count = assumption(whole, `${key}.fte`, s, t) ?? new Decimal(1);
            const cost = (assumption(whole, `${key}.cost`, s, t) as Decimal).times(
              whole.model.unit === 'thousands' ? 1000 : 1,
            );
            return agree(at(p, `${key}.salaries`, t), count.times(cost).times(grown));
          }),
        );
      }),
    );
  });

  it('pays an award in its first year for the months from its month to March, the rest in the next', () => {
    const month = fc.integer({ min: 1, max: 12 });
    const award = fc.integer({ min: -500, max: 1_500 }).filter((bp) => bp !== 0);
    fc.assert(
      fc.property(month, award, fc.integer({ min: 1, max: 10_000_000 }), (m, bp, cost) => {
        const p = central({
          firstYear: 2026,
          years,
          funding: [],
          councilTax: { taxBase: 0, taxBaseGrowth: 0, bandD: 0, risePounds: 0 },
          pay: [
            {
              label: 'Staff',
              cost,
              award: [`${bp / 100}%`, ...Array.from({ length: years - 1 }, () => 0)],
              awardMonth: m,
              pension: 0,
              nationalInsurance: 0,
            },
          ],
          nonPay: [],
          reserves: { generalOpening: 0, floorAmount: 0 },
        });
        const first = at(p, 'pay.0.salaries', 0).minus(cost);
        const whole = at(p, 'pay.0.salaries', 1).minus(cost);
        // April (4) is a whole year, May 11 months, …, March 1 month.
        const months = ((15 - m) % 12) + 1;
        return agree(first.times(12), whole.times(months));
      }),
    );
  });

  it('gives the same figures for money typed in £000 as for the same money typed in pounds', () => {
    fc.assert(
      fc.property(strategies, (input) => {
        const thousands = mtfsProjection({ ...input, unit: 'thousands' });
        const pounds = mtfsProjection(inPounds({ ...input, unit: 'thousands' }));
        return thousands.scenarios.every((p, s) =>
          [...p.lines].every(([key, line]) => {
            const other = scenario(pounds, s).lines.get(key);
            return (
              other !== undefined &&
              line.base.eq(other.base) &&
              line.years.every((v, t) => v.eq(other.years[t] as Decimal))
            );
          }),
        );
      }),
    );
  });

  it('makes every money line 1000 times as large when the same figures are typed in £000, without council tax', () => {
    fc.assert(
      fc.property(strategies, (input) => {
        const noTax = { ...input, councilTax: { ...input.councilTax, taxBase: 0 } };
        const pounds = mtfsProjection({ ...noTax, unit: 'pounds' });
        const thousands = mtfsProjection({ ...noTax, unit: 'thousands' });
        const money = pounds.model.lines.filter((l) => l.format === 'money').map((l) => l.key);
        return pounds.scenarios.every((p, s) =>
          money.every((key) =>
            yearsOf(p, key).every((v, t) =>
              v.times(1000).eq(yearsOf(scenario(thousands, s), key)[t] as Decimal),
            ),
          ),
        );
      }),
    );
  });

  it('projects each scenario exactly as a strategy with that scenario’s values alone', () => {
    fc.assert(
      fc.property(strategies, (input) => {
        const all = mtfsProjection(input);
        return all.scenarios.every((p) => {
          const single = central(alone(input, p.scenario));
          return (
            single.scenario === p.scenario &&
            [...p.lines].every(([key, line]) =>
              line.years.every((v, t) => v.eq(yearsOf(single, key)[t] as Decimal)),
            ) &&
            [...p.flags].every(([key, flags]) =>
              flags.every((f, t) => single.flags.get(key)?.[t] === f),
            )
          );
        });
      }),
    );
  });

  it('values a higher pay award, non-pay inflation, tax base growth and lower grant growth as a rerun finds them', () => {
    fc.assert(
      fc.property(strategies, fc.integer({ min: 0, max: years - 1 }), (input, t) => {
        const one = alone(input, mtfsProjection(input).model.scenarios[0] as string);
        const p = central(one);
        const step = readRate(
          (one.sensitivityStep ?? '1%') as Cell,
          'sensitivity step',
          'step',
        ).times(100);
        const up = (value: PerYear) => raised(value, years, t, step);
        const change = (key: string, edited: MtfsInput, sign = 1) =>
          at(central(edited), key, t)
            .minus(at(p, key, t))
            .times(sign);
        const pay = change('pay.total', {
          ...one,
          pay: one.pay.map((g) => ({ ...g, award: up(g.award as PerYear) })),
        });
        const grows = <T extends { growth?: unknown }>(lines: readonly T[], points: Decimal) =>
          lines.map((l) =>
            l.growth === undefined
              ? l
              : { ...l, growth: raised(l.growth as PerYear, years, t, points) },
          );
        const nonPay = change('nonPay.total', { ...one, nonPay: grows(one.nonPay, step) });
        const grants = change(
          'funding.grants',
          { ...one, funding: grows(one.funding, step.neg()) },
          -1,
        );
        const tax = one.councilTax;
        const taxBase = change('councilTax.precept', {
          ...one,
          councilTax: { ...tax, taxBaseGrowth: up(tax.taxBaseGrowth as PerYear) },
        });
        return (
          agree(pay, at(p, 'sensitivity.payAward', t)) &&
          agree(nonPay, atOrZero(p, 'sensitivity.nonPay', t)) &&
          agree(grants, atOrZero(p, 'sensitivity.grants', t)) &&
          agree(taxBase, at(p, 'sensitivity.taxBase', t))
        );
      }),
    );
  });

  it('values £1 more on Band D at the tax base, as a rerun without a limit finds it', () => {
    fc.assert(
      fc.property(strategies, fc.integer({ min: 0, max: years - 1 }), (input, t) => {
        const one = alone(input, mtfsProjection(input).model.scenarios[0] as string);
        const tax = { ...one.councilTax, limitPounds: undefined, limitPercent: undefined };
        const rise = eachYear((tax.risePounds ?? 0) as PerYear, years);
        const p = central({ ...one, councilTax: { ...tax, risePounds: rise } });
        rise[t] = amountOf(rise[t]).plus(1).toString();
        const more = central({ ...one, councilTax: { ...tax, risePounds: rise } });
        return agree(
          at(more, 'councilTax.precept', t).minus(at(p, 'councilTax.precept', t)),
          at(p, 'sensitivity.bandD', t),
        );
      }),
    );
  });

  it('shares a collaboration’s whole cost out in full between its members', () => {
    fc.assert(
      fc.property(strategies, (input) => {
        const given = input.collaborations?.[0];
        fc.pre(given !== undefined);
        if (given === undefined) return true;
        const parts = given.members.map((m) =>
          central({ ...input, collaborations: [{ ...given, force: m.force }] }),
        );
        const whole = yearsOf(parts[0] as ScenarioProjection, 'collaborations.0.cost');
        return whole.every((cost, t) =>
          agree(Decimal.sum(...parts.map((p) => at(p, 'collaborations.0', t))), cost),
        );
      }),
    );
  });
});
