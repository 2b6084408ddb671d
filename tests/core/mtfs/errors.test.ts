// Bad MTFS assumptions are refused with a CollabError located as data: `field` the assumption's path
// in MtfsInput, `index` the year (or the member row), `scenario` the scenario whose value is at fault,
// so the pane can point at the box without reading the message.
import { mtfsModel, mtfsProjection, type MtfsInput } from '../../../core/src';
import { collabError } from '../helpers';
import { BLANK, FULL } from './examples';

type Path = readonly (string | number)[];

/** A path as MtfsInput spells it: `funding.0.growth` → ['funding', 0, 'growth']. */
const pathOf = (key: string): Path => key.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));

/** A copy of `input` with the value at `path` replaced by what `change` makes of it. */
function changed(input: MtfsInput, path: Path, change: (old: unknown) => unknown): MtfsInput {
  const copy = structuredClone(input) as unknown as Record<string | number, unknown>;
  let at = copy;
  path.slice(0, -1).forEach((k) => {
    at = at[k] as Record<string | number, unknown>;
  });
  const last = path[path.length - 1] as string | number;
  at[last] = change(at[last]);
  return copy as unknown as MtfsInput;
}

const BAD = 'abc';
const YEARS = [0, 1, 2];
const model = mtfsModel(FULL);
const perYear = model.inputs.filter((i) => i.perYear).map((i) => i.key);
const scalars = model.inputs.filter((i) => !i.perYear).map((i) => i.key);
const isMember = (key: string) => /^collaborations\.\d+\.members\.\d+$/.test(key);

describe('MTFS input errors', () => {
  it('reads every assumption of the full strategy, each differing by scenario where it may', () => {
    // The shape of every assumption path, so a new kind of assumption must be added to FULL.
    const shapes = new Set(model.inputs.map((i) => i.key.replace(/\.\d+/g, '.#')));
    expect([...shapes].sort()).toEqual(
      [
        'capitalFinancing.#.base',
        'capitalFinancing.#.growth',
        'collaborations.#.cost',
        'collaborations.#.growth',
        'collaborations.#.members.#',
        'councilTax.bandD',
        'councilTax.collectionFund',
        'councilTax.limitPercent',
        'councilTax.limitPounds',
        'councilTax.risePercent',
        'councilTax.risePounds',
        'councilTax.taxBase',
        'councilTax.taxBaseGrowth',
        'funding.#.amounts',
        'funding.#.base',
        'funding.#.growth',
        'growth.#.amounts',
        'nonPay.#.base',
        'nonPay.#.growth',
        'oneOff.#.amounts',
        'pay.#.award',
        'pay.#.awardMonth',
        'pay.#.cost',
        'pay.#.fte',
        'pay.#.increments',
        'pay.#.nationalInsurance',
        'pay.#.pension',
        'reserves.earmarked.#.movements',
        'reserves.earmarked.#.opening',
        'reserves.floorAmount',
        'reserves.floorPercent',
        'reserves.generalOpening',
        'reserves.useToBalance',
        'savings.#.amounts',
        'sensitivityStep',
      ].sort(),
    );
    // Every assumption differs by scenario but the award month and the members' figures.
    const fixed = model.inputs.filter((i) => !i.varies).map((i) => i.key.replace(/\.\d+/g, '.#'));
    expect([...new Set(fixed)].sort()).toEqual(['collaborations.#.members.#', 'pay.#.awardMonth']);
  });

  describe.each(perYear)('%s', (key) => {
    it.each(FULL.scenarios ?? [])('names the field, the year and the %s scenario', (name) => {
      for (const year of YEARS) {
        const bad = changed(FULL, [...pathOf(key), 'byScenario', name], (own) => {
          const list = Array.isArray(own) ? [...(own as unknown[])] : YEARS.map(() => own);
          list[year] = BAD;
          return list;
        });
        const error = collabError(() => mtfsProjection(bad));
        expect(error).toMatchObject({ code: 'INVALID_NUMBER', field: key, index: year });
        expect(error.scenario).toBe(name);
      }
    });

    it('names the field alone for one bad value for every year, in one scenario', () => {
      const bad = changed(FULL, [...pathOf(key), 'byScenario', 'Central'], () => BAD);
      const error = collabError(() => mtfsProjection(bad));
      expect(error).toMatchObject({ field: key, index: undefined, scenario: 'Central' });
    });

    it('names the field for a list that does not fit the horizon', () => {
      const bad = changed(FULL, [...pathOf(key), 'byScenario', 'Central'], () => [1, 2]);
      const error = collabError(() => mtfsProjection(bad));
      expect(error).toMatchObject({ code: 'SHAPE_MISMATCH', field: key, index: undefined });
    });

    it('names a scenario that is not one of the strategy’s, and one left out', () => {
      const unknown = changed(FULL, [...pathOf(key), 'byScenario'], (own) => ({
        ...(own as object),
        Stretch: 0,
      }));
      expect(collabError(() => mtfsProjection(unknown))).toMatchObject({
        code: 'OUT_OF_RANGE',
        field: key,
        scenario: 'Stretch',
      });
      const missing = changed(FULL, [...pathOf(key), 'byScenario'], (own) =>
        Object.fromEntries(
          Object.entries(own as Record<string, unknown>).filter(([s]) => s !== 'Pessimistic'),
        ),
      );
      expect(collabError(() => mtfsProjection(missing))).toMatchObject({
        code: 'EMPTY',
        field: key,
        scenario: 'Pessimistic',
      });
    });
  });

  it.each(scalars.filter((key) => !isMember(key)))(
    'names the field %s, with no year or scenario',
    (key) => {
      const error = collabError(() => mtfsProjection(changed(FULL, pathOf(key), () => BAD)));
      expect(error).toMatchObject({ field: key, index: undefined, scenario: undefined });
    },
  );

  describe.each(model.inputs.filter((i) => !i.perYear && i.varies).map((i) => i.key))(
    '%s',
    (key) => {
      it.each(FULL.scenarios ?? [])('names the field and the %s scenario, with no year', (name) => {
        const bad = changed(FULL, [...pathOf(key), 'byScenario', name], () => BAD);
        const error = collabError(() => mtfsProjection(bad));
        expect(error).toMatchObject({ code: 'INVALID_NUMBER', field: key, index: undefined });
        expect(error.scenario).toBe(name);
      });
    },
  );

  it.each(scalars.filter(isMember))('names the member row of %s', (key) => {
    const path = pathOf(key);
    const error = collabError(() => mtfsProjection(changed(FULL, [...path, 'basis'], () => BAD)));
    expect(error).toMatchObject({
      code: 'INVALID_NUMBER',
      field: path.slice(0, 3).join('.'),
      index: path[3],
    });
  });

  describe('rules between assumptions', () => {
    const tax = BLANK.councilTax;
    const collaboration = FULL.collaborations?.[0];
    if (collaboration === undefined) throw new Error('FULL has a collaboration');

    it.each([
      [
        'a line with both a growth rate and amounts',
        { ...BLANK, funding: [{ label: 'Grant', base: 1, growth: 0, amounts: 1 }] },
        'SHAPE_MISMATCH',
        'funding.0.growth',
      ],
      [
        'a line with neither',
        { ...BLANK, nonPay: [{ label: 'General', base: 1 }] },
        'SHAPE_MISMATCH',
        'nonPay.0.amounts',
      ],
      [
        'a Band D with neither a rise nor a limit',
        { ...BLANK, councilTax: { ...tax, risePounds: undefined } },
        'EMPTY',
        'councilTax.risePercent',
      ],
      [
        'a reserves floor given neither way',
        { ...BLANK, reserves: { generalOpening: 0, floorAmount: ' ' } },
        'EMPTY',
        'reserves.floorPercent',
      ],
      [
        'a pay award month that is not a month',
        {
          ...BLANK,
          pay: [
            { label: 'Staff', cost: 1, award: 0, awardMonth: 13, pension: 0, nationalInsurance: 0 },
          ],
        },
        'OUT_OF_RANGE',
        'pay.0.awardMonth',
      ],
      [
        'a negative tax base',
        { ...BLANK, councilTax: { ...tax, taxBase: -1 } },
        'OUT_OF_RANGE',
        'councilTax.taxBase',
      ],
      [
        'a grant falling by 100 %',
        { ...BLANK, funding: [{ label: 'Grant', base: 1, growth: [0, '-100%', 0] }] },
        'OUT_OF_RANGE',
        'funding.0.growth',
      ],
      [
        'a sensitivity step of 0 %',
        { ...BLANK, sensitivityStep: '0%' },
        'OUT_OF_RANGE',
        'sensitivityStep',
      ],
      [
        'agreed shares that do not add up to 100 %',
        {
          ...BLANK,
          collaborations: [
            {
              ...collaboration,
              basis: 'Agreed %',
              members: [
                { force: 'Derbyshire', basis: '60%' },
                { force: 'Leicestershire', basis: '35%' },
              ],
            },
          ],
        },
        'OUT_OF_RANGE',
        'collaborations.0.members',
      ],
      [
        'this force not among the members',
        { ...BLANK, collaborations: [{ ...collaboration, force: 'Lincolnshire' }] },
        'OUT_OF_RANGE',
        'collaborations.0.force',
      ],
      [
        'members whose figures are all zero',
        {
          ...BLANK,
          collaborations: [
            {
              ...collaboration,
              members: collaboration.members.map((m) => ({ ...m, basis: 0 })),
            },
          ],
        },
        'DIVIDE_BY_ZERO',
        'collaborations.0.members',
      ],
    ] as [string, MtfsInput, string, string][])('refuses %s', (_what, input, code, field) => {
      expect(collabError(() => mtfsProjection(input))).toMatchObject({ code, field });
    });

    it('names the member row the pane shows, counting blank rows', () => {
      const error = collabError(() =>
        mtfsProjection({
          ...BLANK,
          collaborations: [
            {
              ...collaboration,
              members: [
                { force: 'Derbyshire', basis: 1 },
                { force: '', basis: null },
                { force: 'Derbyshire', basis: 2 },
              ],
            },
          ],
        }),
      );
      expect(error).toMatchObject({
        code: 'DUPLICATE',
        field: 'collaborations.0.members',
        index: 2,
      });
    });

    it.each([
      [[], 'EMPTY', 0],
      [['Central', ' central '], 'DUPLICATE', 1],
      [['Central', ''], 'EMPTY', 1],
      [['Low, high'], 'OUT_OF_RANGE', 0],
      [['=1+1'], 'OUT_OF_RANGE', 0],
      [['x'.repeat(31)], 'OUT_OF_RANGE', 0],
    ])('refuses the scenario names %j, naming the one at fault', (scenarios, code, index) => {
      const error = collabError(() => mtfsProjection({ ...BLANK, scenarios }));
      expect(error).toMatchObject({
        code,
        field: 'scenarios',
        ...(scenarios.length > 0 && { index }),
      });
    });
  });
});
