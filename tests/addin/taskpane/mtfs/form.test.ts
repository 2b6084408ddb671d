// Reading the MTFS form as typed into the core's MtfsInput: per-year lists, every section, scenario
// overrides turned into per-scenario values, the horizon refit in one action, and each error of the
// core pointed at the box the user typed it in.
import fc from 'fast-check';
import {
  CollabError,
  mtfsModel,
  mtfsProjection,
  type Varies,
  type PerYear,
} from '@collab-finance/core';
import {
  assumptionChoices,
  blankRow,
  boxes,
  errorPath,
  EXAMPLE_FORM,
  fitToHorizon,
  perYearText,
  readForm,
  refit,
  scenarioNames,
  type MtfsFormValues,
  type Row,
} from '../../../../addin/taskpane/mtfs/form';
import { planMtfs } from '../../../../addin/taskpane/mtfs/plan';
import { LISTS, type ListKey } from '../../../../addin/taskpane/mtfs/schema';

describe('perYearText', () => {
  it.each([
    ['2.5%', '2.5%'],
    ['  3% ', '3%'],
    ['3% 2.5% 2%', ['3%', '2.5%', '2%']],
    ['3%; 2.5%;2%', ['3%', '2.5%', '2%']],
    ['2.5 % 2 %', ['2.5%', '2%']],
    ['£ 1,000 £2,000', ['£1,000', '£2,000']],
    ['1,000,000 0', ['1,000,000', '0']],
    ['', ''],
    ['3%, 2.5%, 2%', ['3%', '2.5%', '2%']],
    ['3%,2.5%,2%', ['3%', '2.5%', '2%']],
    ['2,000,000, 0, 1,000,000', ['2,000,000', '0', '1,000,000']],
    ['3%, ', '3%'],
  ])('reads %p as %p', (text, expected) => {
    expect(perYearText(text)).toEqual(expected);
  });
});

describe('fitToHorizon', () => {
  it.each([
    ['3% 2.5% 2%', 7, '3% 2.5% 2% 2% 2% 2% 2%'],
    ['3%, 2.5%, 2%, 2%, 2%, 2%, 1%', 3, '3% 2.5% 2%'],
    ['200,000 100,000 0', 5, '200,000 100,000 0 0 0'],
    ['2%', 7, '2%'],
    ['3% 2.5% 2%', 3, '3% 2.5% 2%'],
  ])('fits %p to %p years as %p', (text, years, expected) => {
    expect(fitToHorizon(text, years)).toBe(expected);
  });

  it('gives a list that reads as one value per year, keeping the years both horizons share', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 2, maxLength: 10 }),
        fc.integer({ min: 1, max: 10 }),
        (rates, years) => {
          const typed = rates.map((r) => `${r}%`);
          const fitted = perYearText(fitToHorizon(typed.join(', '), years));
          const list = Array.isArray(fitted) ? fitted : [fitted];
          return (
            list.length === years &&
            list.slice(0, rates.length).every((item, i) => item === typed[i])
          );
        },
      ),
    );
  });
});

/** The example with some single boxes changed. */
const withFields = (fields: Record<string, string>): MtfsFormValues => ({
  ...EXAMPLE_FORM,
  fields: { ...EXAMPLE_FORM.fields, ...fields },
});

/** The example with one list's row `row` changed (or added). */
const withRow = (list: ListKey, row: number, change: Row): MtfsFormValues => {
  const rows = [...EXAMPLE_FORM.lists[list]];
  rows[row] = { ...(rows[row] ?? blankRow(list)), ...change };
  return { ...EXAMPLE_FORM, lists: { ...EXAMPLE_FORM.lists, [list]: rows } };
};

const withList = (list: ListKey, rows: readonly Row[]): MtfsFormValues => ({
  ...EXAMPLE_FORM,
  lists: { ...EXAMPLE_FORM.lists, [list]: rows },
});

/** The CollabError the core (or the form) raises for these values. */
function failure(values: MtfsFormValues): CollabError {
  try {
    mtfsProjection(readForm(values).input);
  } catch (error) {
    if (error instanceof CollabError) return error;
    throw error;
  }
  throw new Error('the values were accepted');
}

describe('readForm', () => {
  it('reads the illustrative starting figures into a projection the core accepts, for each scenario', () => {
    const { input, selected } = readForm(EXAMPLE_FORM);
    const projection = mtfsProjection(input);
    expect(projection.model.scenarios).toEqual(['Optimistic', 'Central', 'Pessimistic']);
    expect(selected).toBe('Central');
    expect(projection.model.labels).toEqual(['2026/27', '2027/28', '2028/29']);
    for (const list of ['funding', 'pay', 'nonPay', 'capitalFinancing', 'savings'] as const) {
      expect(input[list]).toHaveLength(EXAMPLE_FORM.lists[list].length);
    }
    // The overrides make the scenarios differ where they say.
    const gap = (s: number) => projection.scenarios[s]?.lines.get('gap.after')?.years.at(-1);
    expect(gap(2)?.gt(gap(1) ?? 0)).toBe(true);
    expect(gap(0)?.lt(gap(1) ?? 0)).toBe(true);
  });

  it('plans a sheet from the starting figures, showing the scenario chosen', () => {
    const { input, selected } = readForm(withFields({ selected: 'Pessimistic' }));
    const plan = planMtfs(input, selected, ['Sheet1']);
    expect(plan.projection.model.scenarios[plan.selected]).toBe('Pessimistic');
  });

  it('reads the years section: first year, horizon and the unit chosen', () => {
    const { input } = readForm(withFields({ firstYear: '2027', years: '7', unit: 'thousands' }));
    expect([input.firstYear, input.years, input.unit]).toEqual(['2027', '7', 'thousands']);
  });

  it('reads a funding line by its growth, or by its amounts each year', () => {
    const values = withRow('funding', 1, { growth: '', amounts: '45m' });
    const { input } = readForm(withRow('funding', 1, { growth: '', amounts: '1 2 3' }));
    expect(input.funding[1]).toEqual({
      label: 'Former formula grant (RSG and NNDR)',
      base: '£45,000,000',
      amounts: ['1', '2', '3'],
    });
    expect(input.funding[2]).toEqual({
      label: 'Legacy council tax grants',
      base: '£9,500,000',
      growth: '0%',
    });
    expect(readForm(values).input.funding[1]).not.toHaveProperty('growth');
  });

  it('reads non-pay categories and capital financing lines as funding lines are read', () => {
    const { nonPay, capitalFinancing } = readForm(EXAMPLE_FORM).input;
    expect(nonPay.map((l) => l.label)).toEqual(['General', 'Energy', 'ICT']);
    expect(nonPay[2]).toEqual({ label: 'ICT', base: '£12,000,000', growth: '4%' });
    expect(capitalFinancing?.[0]).toEqual({
      label: 'Minimum revenue provision',
      base: '£5,000,000',
      amounts: ['5,400,000', '5,800,000', '6,100,000'],
    });
  });

  it('reads the council tax section, per-year boxes as lists', () => {
    const { councilTax } = readForm(
      withFields({ 'councilTax.limitPercent': '2.99% 2.99% 2%', 'councilTax.risePounds': '' }),
    ).input;
    expect(councilTax.taxBase).toBe('390,000');
    expect(councilTax.bandD).toBe('£280.00');
    expect(councilTax.limitPercent).toEqual(['2.99%', '2.99%', '2%']);
    expect(councilTax.collectionFund).toEqual(['500,000', '0', '0']);
    expect(councilTax.risePounds).toBe('');
  });

  it('reads a pay group as a pay bill when its FTE is blank, and as FTE × average pay otherwise', () => {
    const { pay } = readForm(EXAMPLE_FORM).input;
    expect(pay[0]).toMatchObject({ cost: '£53,000', fte: '2,000', awardMonth: 'September' });
    expect(pay[1]).not.toHaveProperty('fte');
    expect(pay[2]?.nationalInsurance).toBe('10.5%');
  });

  it('reads growth and one-off items, and savings by category, status and type', () => {
    const { input } = readForm(
      withRow('savings', 0, {
        category: 'Other',
        identified: 'To be identified',
        recurring: 'One-off',
      }),
    );
    expect(input.growth?.[0]?.amounts).toEqual(['1,000,000', '500,000', '0']);
    expect(input.oneOff?.[0]?.label).toBe('Estates rationalisation');
    expect(input.savings?.[0]).toMatchObject({
      category: 'other',
      identified: false,
      recurring: false,
    });
    expect(input.savings?.[1]).toMatchObject({
      category: 'other',
      identified: true,
      recurring: true,
    });
    expect(readForm(EXAMPLE_FORM).input.savings?.[0]?.category).toBe('collaboration');
  });

  it('reads the shared collaboration, and leaves it out when its cost and members are blank', () => {
    const shared = readForm(EXAMPLE_FORM).input.collaborations?.[0];
    expect(shared).toMatchObject({ basis: 'Population', force: 'Nottinghamshire', growth: '2%' });
    expect(shared?.members).toHaveLength(5);
    const blank = withList('collaborations.0.members', [{ force: '', basis: '' }]);
    const none = { ...blank, fields: { ...blank.fields, 'collaborations.0.cost': ' ' } };
    expect(readForm(none).input.collaborations).toEqual([]);
  });

  it('reads the reserves: opening, floor both ways, use to balance and the earmarked list', () => {
    const { reserves } = readForm(withFields({ 'reserves.floorAmount': '£8m' })).input;
    expect(reserves).toMatchObject({
      generalOpening: '£12,000,000',
      floorPercent: '3%',
      floorAmount: '£8m',
      useToBalance: ['1,000,000', '500,000', '0'],
    });
    expect(reserves.earmarked?.map((e) => e.movements)).toEqual(['0', '-1,000,000']);
  });
});

describe('scenario overrides', () => {
  const scenarios = ['Optimistic', 'Central', 'Pessimistic'];

  it('gives each scenario its override, and the value typed above to the others', () => {
    const award = readForm(EXAMPLE_FORM).input.pay[0]?.award;
    expect(award).toEqual({
      byScenario: {
        Optimistic: '2%',
        Central: ['2.8%', '2.5%', '2.5%'],
        Pessimistic: ['4%', '3.5%', '3%'],
      },
    });
    expect(readForm(EXAMPLE_FORM).input.pay[2]?.award).toEqual(['3%', '2.5%', '2.5%']);
  });

  it('turns any set of overrides into one value per scenario', () => {
    fc.assert(
      fc.property(
        fc.subarray(scenarios),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 3, maxLength: 3 }),
        (chosen, rates) => {
          const overrides = chosen.map((scenario, i) => ({
            assumption: 'nonPay.0.growth',
            scenario,
            values: `${rates[i] ?? 0}%`,
          }));
          const growth = readForm(withList('overrides', overrides)).input.nonPay[0]
            ?.growth as Varies<PerYear>;
          if (chosen.length === 0) return growth === '2%';
          const by = (growth as { byScenario: Record<string, PerYear> }).byScenario;
          return scenarios.every((s) => {
            const i = chosen.indexOf(s);
            return by[s] === (i < 0 ? '2%' : `${rates[i] ?? 0}%`);
          });
        },
      ),
    );
  });

  it('ignores an override row left blank', () => {
    const blank = withList('overrides', [blankRow('overrides')]);
    expect(readForm(blank).input.pay[0]?.award).toEqual(['2.8%', '2.5%', '2.5%']);
  });

  const twice = [
    { assumption: 'pay.0.award', scenario: 'Pessimistic', values: '3%' },
    { assumption: 'pay.0.award', scenario: 'Pessimistic', values: '4%' },
  ];
  it.each<[string, readonly Row[], string, string]>([
    [
      'a scenario not in the list',
      [{ assumption: 'pay.0.award', scenario: 'Worst', values: '3%' }],
      'OUT_OF_RANGE',
      'overrides.0.scenario',
    ],
    [
      'an assumption with no value',
      [{ assumption: 'councilTax.limitPercent', scenario: 'Central', values: '3%' }],
      'OUT_OF_RANGE',
      'overrides.0.assumption',
    ],
    [
      'an assumption that cannot differ by scenario',
      [{ assumption: 'pay.0.awardMonth', scenario: 'Central', values: 'October' }],
      'OUT_OF_RANGE',
      'overrides.0.assumption',
    ],
    ['a repeat of an earlier override', twice, 'DUPLICATE', 'overrides.1.scenario'],
  ])('refuses %s, at the override at fault', (_, overrides, code, path) => {
    const values = withList('overrides', overrides);
    const error = failure(values);
    expect(error.code).toBe(code);
    expect(errorPath(error, values)).toBe(path);
  });

  it('overrides a one-value figure too: Band D in one scenario', () => {
    const values = withList('overrides', [
      { assumption: 'councilTax.bandD', scenario: 'Pessimistic', values: '£275.00' },
    ]);
    const { input } = readForm(values);
    expect(input.councilTax.bandD).toEqual({
      byScenario: { Optimistic: '£280.00', Central: '£280.00', Pessimistic: '£275.00' },
    });
    const precept = mtfsProjection(input).scenarios.map((s) => s.lines.get('councilTax.precept'));
    expect(precept[2]?.base.lt(precept[1]?.base ?? 0)).toBe(true);
    const bad = withList('overrides', [
      { assumption: 'councilTax.bandD', scenario: 'Pessimistic', values: 'lower' },
    ]);
    expect(errorPath(failure(bad), bad)).toBe('overrides.0.values');
  });

  it('offers as assumptions the boxes that hold a value and may differ, named by their line', () => {
    const choices = assumptionChoices(EXAMPLE_FORM);
    const paths = choices.map((c) => c.value);
    expect(paths).toContain('pay.1.award');
    expect(paths).toContain('councilTax.taxBaseGrowth');
    expect(paths).not.toContain('councilTax.limitPercent');
    expect(paths).toContain('councilTax.bandD');
    expect(paths).not.toContain('pay.0.awardMonth');
    expect(paths).not.toContain('firstYear');
    expect(paths.some((p) => p.startsWith('overrides.'))).toBe(false);
    expect(choices.find((c) => c.value === 'pay.1.award')?.label).toBe(
      'Police staff: Pay award (% a year)',
    );
  });

  it('refuses to show first a scenario that is not in the list, at its box', () => {
    const values = withRow('scenarios', 1, { name: 'Base' });
    const error = failure(values);
    expect(error.code).toBe('OUT_OF_RANGE');
    expect(errorPath(error, values)).toBe('selected');
  });

  it('names the scenarios as typed, blanks left out', () => {
    const values = withList('scenarios', [{ name: ' Central ' }, { name: '' }, { name: 'Stress' }]);
    expect(scenarioNames(values)).toEqual(['Central', 'Stress']);
  });
});

describe('refit', () => {
  it('fits every per-year box, overrides included, to 7 years in one action, and the core accepts it', () => {
    const { values, changed } = refit(withFields({ years: '7' }), 7);
    expect(changed).toBeGreaterThan(10);
    for (const box of boxes(values).filter((b) => b.column.kind === 'perYear')) {
      const items = perYearText(box.text);
      expect([1, 7]).toContain(Array.isArray(items) ? items.length : 1);
    }
    expect(values.lists.overrides[1]?.values).toBe('4% 3.5% 3% 3% 3% 3% 3%');
    expect(mtfsProjection(readForm(values).input).model.labels).toHaveLength(7);
  });

  it('leaves boxes that are not per year as they are, and fits back to 3 years as they were', () => {
    const seven = refit(withFields({ years: '7' }), 7).values;
    expect(seven.fields['councilTax.bandD']).toBe('£280.00');
    const back = refit(seven, 3);
    expect(back.values.lists).toEqual(EXAMPLE_FORM.lists);
    expect(back.values.fields).toEqual({ ...EXAMPLE_FORM.fields, years: '7' });
  });

  it('changes nothing when every list already fits', () => {
    expect(refit(EXAMPLE_FORM, 3).changed).toBe(0);
  });
});

describe('errorPath', () => {
  it.each<[string, MtfsFormValues, string, string]>([
    [
      'a bad rate in pay group 2 in the Pessimistic override',
      withRow('overrides', 2, { values: '4% 0.5 3%' }),
      'overrides.2.values',
      'OUT_OF_RANGE',
    ],
    [
      'a bad award typed for pay group 2',
      withRow('pay', 1, { award: 'x' }),
      'pay.1.award',
      'INVALID_NUMBER',
    ],
    [
      'a second year of a funding line',
      withRow('funding', 0, { growth: '2% x 1%' }),
      'funding.0.growth',
      'INVALID_NUMBER',
    ],
    [
      'a funding line with growth and amounts',
      withRow('funding', 2, { amounts: '1 2 3' }),
      'funding.2.growth',
      'SHAPE_MISMATCH',
    ],
    ['a horizon of 12 years', withFields({ years: '12' }), 'years', 'OUT_OF_RANGE'],
    [
      'a negative tax base',
      withFields({ 'councilTax.taxBase': '-1' }),
      'councilTax.taxBase',
      'OUT_OF_RANGE',
    ],
    [
      'a member figure that is not a number',
      withRow('collaborations.0.members', 1, { basis: 'n/a' }),
      'collaborations.0.members.1.basis',
      'INVALID_NUMBER',
    ],
    [
      'a member with no name',
      withRow('collaborations.0.members', 2, { force: ' ' }),
      'collaborations.0.members.2.force',
      'EMPTY',
    ],
    [
      'a member named twice',
      withRow('collaborations.0.members', 3, { force: 'Derbyshire' }),
      'collaborations.0.members.3.force',
      'DUPLICATE',
    ],
    [
      'a fall in Band D below zero',
      withFields({ 'councilTax.risePounds': '£14 -400 £14' }),
      'councilTax.risePounds',
      'OUT_OF_RANGE',
    ],
    [
      'a fall in Band D below zero in the Pessimistic override',
      withRow('overrides', 6, {
        assumption: 'councilTax.risePounds',
        scenario: 'Pessimistic',
        values: '-300',
      }),
      'overrides.6.values',
      'OUT_OF_RANGE',
    ],
    [
      'a member with a name but no figure',
      withRow('collaborations.0.members', 1, { basis: '' }),
      'collaborations.0.members.1.basis',
      'EMPTY',
    ],
    [
      "a named member's blank figure after a blank row",
      withList('collaborations.0.members', [
        { force: 'Derbyshire', basis: '1' },
        { force: '', basis: '' },
        { force: 'Nottinghamshire', basis: '' },
      ]),
      'collaborations.0.members.2.basis',
      'EMPTY',
    ],
    [
      "agreed shares adding up to 95 %, at the first member's share",
      {
        fields: { ...EXAMPLE_FORM.fields, 'collaborations.0.basis': 'Agreed %' },
        lists: withList('collaborations.0.members', [
          { force: '', basis: '' },
          { force: 'Derbyshire', basis: '60%' },
          { force: 'Nottinghamshire', basis: '35%' },
        ]).lists,
      },
      'collaborations.0.members.1.basis',
      'OUT_OF_RANGE',
    ],
    [
      'this force not among the members',
      withFields({ 'collaborations.0.force': 'Kent' }),
      'collaborations.0.force',
      'OUT_OF_RANGE',
    ],
    [
      'a scenario named with a comma',
      withRow('scenarios', 3, { name: 'Stress, high' }),
      'scenarios.3.name',
      'OUT_OF_RANGE',
    ],
    [
      'a blank earmarked opening balance',
      withRow('reserves.earmarked', 1, { opening: '' }),
      'reserves.earmarked.1.opening',
      'EMPTY',
    ],
    [
      'a floor neither way',
      withFields({ 'reserves.floorPercent': '' }),
      'reserves.floorPercent',
      'EMPTY',
    ],
    [
      'a month that is none',
      withRow('pay', 2, { awardMonth: 'Smarch' }),
      'pay.2.awardMonth',
      'OUT_OF_RANGE',
    ],
  ])('points %s at its box', (_, values, path, code) => {
    const error = failure(values);
    expect(error.code).toBe(code);
    expect(errorPath(error, values)).toBe(path);
  });

  it('points a value of a scenario with no override at the box typed above', () => {
    const values = withRow('pay', 2, { award: '' });
    const error = failure(values);
    expect(errorPath(error, values)).toBe('pay.2.award');
  });

  it('has a box for every assumption the core reads from the form', () => {
    const values = withList('reserves.earmarked', [...EXAMPLE_FORM.lists['reserves.earmarked']]);
    const paths = new Set(boxes(values).map((b) => b.path));
    for (const { key } of mtfsModel(readForm(values).input).inputs) {
      const path = errorPath({ field: key, index: undefined, scenario: undefined }, values);
      expect(path).toBe(key);
      expect(paths.has(key)).toBe(true);
    }
  });

  it('points at a list row by its name box, and at nothing for a path the form does not have', () => {
    const at = (field: string) =>
      errorPath({ field, index: undefined, scenario: undefined }, EXAMPLE_FORM);
    expect(at('nonPay.2')).toBe('nonPay.2.label');
    expect(at('sheet')).toBeUndefined();
    expect(
      errorPath({ field: undefined, index: undefined, scenario: undefined }, EXAMPLE_FORM),
    ).toBeUndefined();
  });
});

describe('boxes and blankRow', () => {
  it('gives every box of every list a path of its list, row and column', () => {
    const all = boxes(EXAMPLE_FORM);
    for (const spec of LISTS) {
      const rows = EXAMPLE_FORM.lists[spec.key].length;
      expect(all.filter((b) => b.list === spec.key)).toHaveLength(rows * spec.columns.length);
    }
    expect(new Set(all.map((b) => b.path)).size).toBe(all.length);
  });

  it('starts a new row blank, its fixed choices at their first option', () => {
    expect(blankRow('savings')).toEqual({
      label: '',
      category: 'Collaboration',
      identified: 'Identified',
      recurring: 'Recurring',
      amounts: '',
    });
    expect(blankRow('overrides')).toEqual({ assumption: '', scenario: '', values: '' });
  });
});
