// Bad MTFS assumptions are refused with a CollabError located as data: `field` the assumption's path
// in MtfsInput (a member table's box by its row and column), `index` the year, `scenario` the
// scenario whose value is at fault, so the pane can point at the box without reading the message.
import fc from 'fast-check';
import {
  ENGLAND_AND_WALES_FORCES,
  mtfsModel,
  mtfsProjection,
  type ContributionInput,
  type MtfsInput,
} from '../../../core/src';
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
const FORCES = ENGLAND_AND_WALES_FORCES;
const YEARS = [0, 1, 2];
const model = mtfsModel(FULL);
const perYear = model.inputs.filter((i) => i.perYear).map((i) => i.key);
const scalars = model.inputs.filter((i) => !i.perYear).map((i) => i.key);

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
        'collaborations.#.members.#.basis',
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
    expect([...new Set(fixed)].sort()).toEqual([
      'collaborations.#.members.#.basis',
      'pay.#.awardMonth',
    ]);
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

  it.each(scalars)('names the field %s, with no year or scenario', (key) => {
    const error = collabError(() => mtfsProjection(changed(FULL, pathOf(key), () => BAD)));
    expect(error).toMatchObject({ field: key, index: undefined, scenario: undefined });
  });

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
        'collaborations.0.members.0.basis',
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
        'collaborations.0.members.0.basis',
      ],
    ] as [string, MtfsInput, string, string][])('refuses %s', (_what, input, code, field) => {
      expect(collabError(() => mtfsProjection(input))).toMatchObject({ code, field });
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

  describe("a shared collaboration's member table", () => {
    const collaboration = FULL.collaborations?.[0];
    if (collaboration === undefined) throw new Error('FULL has a collaboration');
    const refused = (members: ContributionInput['members'], basis = collaboration.basis) =>
      collabError(() =>
        mtfsProjection({ ...BLANK, collaborations: [{ ...collaboration, basis, members }] }),
      );
    const derbyshire = { force: 'Derbyshire', basis: 1 };
    const blank = { force: '', basis: null };

    it.each([
      [
        'a member named twice',
        [derbyshire, blank, { force: 'Derbyshire', basis: 2 }],
        'DUPLICATE',
        '2.force',
      ],
      ['a figure with no force name', [derbyshire, { force: ' ', basis: 2 }], 'EMPTY', '1.force'],
      [
        'a force with no figure',
        [derbyshire, { force: 'Leicestershire', basis: ' ' }],
        'EMPTY',
        '1.basis',
      ],
      [
        'a figure that is not a number',
        [derbyshire, { force: 'Leicestershire', basis: 'n/a' }],
        'INVALID_NUMBER',
        '1.basis',
      ],
      [
        'a negative figure',
        [blank, derbyshire, { force: 'Leicestershire', basis: -5 }],
        'OUT_OF_RANGE',
        '2.basis',
      ],
      [
        'figures that are all zero',
        [blank, { ...derbyshire, basis: 0 }],
        'DIVIDE_BY_ZERO',
        '1.basis',
      ],
      ['no member at all', [blank, blank], 'EMPTY', '0.force'],
    ])('locates %s at the member and the column at fault', (_what, members, code, box) => {
      expect(refused(members)).toMatchObject({
        code,
        field: `collaborations.0.members.${box}`,
        index: undefined,
        scenario: undefined,
      });
    });

    it('locates agreed shares that read two ways at the share, and a total short of 100 % at the first share', () => {
      const agreed = (...shares: (string | null)[]) =>
        refused(
          shares.map((basis, i) => ({ force: basis === null ? '' : (FORCES[i] as string), basis })),
          'Agreed %',
        );
      expect(agreed('60%', '0.4')).toMatchObject({
        code: 'OUT_OF_RANGE',
        field: 'collaborations.0.members.1.basis',
      });
      expect(agreed(null, '60%', '35%')).toMatchObject({
        code: 'OUT_OF_RANGE',
        field: 'collaborations.0.members.1.basis',
      });
    });

    it('accepts a member by any usual spelling of its force', () => {
      const members = [
        { force: 'derbyshire constabulary ', basis: 1 },
        { force: 'LEICESTERSHIRE POLICE', basis: 1 },
      ];
      const projection = mtfsProjection({
        ...FULL,
        collaborations: [{ ...collaboration, members }],
      });
      expect(projection.model.inputs.map((i) => i.key)).toContain(
        'collaborations.0.members.1.basis',
      );
    });

    it('locates one bad box of any member table at its row and column, whatever blank rows come before it', () => {
      fc.assert(
        fc.property(
          fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
          fc.nat(),
          fc.constantFrom<['force' | 'basis', string | number, string]>(
            ['force', '', 'EMPTY'],
            ['basis', 'many', 'INVALID_NUMBER'],
            ['basis', -1, 'OUT_OF_RANGE'],
            ['basis', '', 'EMPTY'],
          ),
          (filled, pick, [column, value, code]) => {
            const rows = filled.map((full, i) =>
              full ? { force: FORCES[i] as string, basis: i + 1 } : blank,
            );
            const row = pick % rows.length;
            rows[row] = { force: FORCES[row] as string, basis: row + 1, [column]: value };
            expect(refused(rows)).toMatchObject({
              code,
              field: `collaborations.0.members.${row}.${column}`,
            });
          },
        ),
      );
    });
  });
});
