// The MTFS sheet is the core's table written as live formulas: evaluated in the in-memory workbook it
// gives the core's projection to the penny, for every line, year and scenario, over random inputs
// across the whole input space; an unknown scenario shows #N/A everywhere; bad input plans nothing.
import fc from 'fast-check';
import { BELOW_ZERO, CollabError, type Cell, type MtfsInput } from '@collab-finance/core';
import { excelFunctions } from '../../../../addin/functions/registry';
import { planMtfs, UNKNOWN_SCENARIO, type MtfsPlan } from '../../../../addin/taskpane/mtfs/plan';
import { MemoryPort, MemoryWorkbook } from '../../../../addin/workbook/memory';
import { mtfsInput } from './arbitraries';
import { SEVEN_YEARS, THREE_YEARS } from './examples';

async function written(plan: MtfsPlan): Promise<MemoryWorkbook> {
  const book = new MemoryWorkbook({ functions: excelFunctions });
  await new MemoryPort(book).writeSheet(plan.sheet);
  return book;
}

/**
 * Every line's base year and years, and every flag, as the sheet shows them for each scenario,
 * against the core's figures: a list of the cells that differ by half a penny or more.
 */
function mismatches(plan: MtfsPlan, book: MemoryWorkbook): string[] {
  const sheet = plan.sheet.name;
  const found: string[] = [];
  const { model, scenarios } = plan.projection;
  scenarios.forEach((projection) => {
    book.enter(sheet, plan.layout.selector, projection.scenario);
    const shown = (address: string) => book.cell(sheet, address).value;
    for (const [key, values] of projection.lines) {
      const row = plan.layout.rows.get(key) as number;
      const cells: [string, number][] = plan.layout.yearColumns.map((c, t) => [
        `${c}${row}`,
        values.years[t]?.toNumber() as number,
      ]);
      if (model.lines.find((l) => l.key === key)?.base !== undefined) {
        cells.push([`B${row}`, values.base.toNumber()]);
      }
      for (const [address, expected] of cells) {
        const actual = shown(address);
        if (typeof actual !== 'number' || !(Math.abs(actual - expected) < 0.005)) {
          found.push(
            `${projection.scenario} ${key} ${address}: sheet ${String(actual)}, core ${expected}`,
          );
        }
      }
    }
    for (const [key, raised] of projection.flags) {
      const row = plan.layout.rows.get(key) as number;
      const text = model.flags.find((f) => f.key === key)?.text;
      plan.layout.yearColumns.forEach((c, t) => {
        const expected = raised[t] === true ? text : '';
        if (shown(`${c}${row}`) !== expected)
          found.push(`${projection.scenario} ${key} ${c}${row}`);
      });
    }
  });
  return found;
}

describe('planMtfs', () => {
  it.each([
    [3, 60],
    [7, 25],
  ])(
    'writes a sheet that evaluates to the core projection to the penny (%i years, random inputs)',
    async (years, runs) => {
      await fc.assert(
        fc.asyncProperty(mtfsInput(years), async (input) => {
          const plan = planMtfs(input, 'Central', ['Sheet1']);
          expect(mismatches(plan, await written(plan))).toEqual([]);
        }),
        { numRuns: runs },
      );
    },
    120_000,
  );

  describe.each([
    ['3-year', THREE_YEARS],
    ['7-year £000', SEVEN_YEARS],
  ])('the %s example', (_name, input: MtfsInput) => {
    const plan = planMtfs(input, 'Pessimistic', ['Sheet1']);

    it('evaluates to the core projection in every scenario', async () => {
      expect(mismatches(plan, await written(plan))).toEqual([]);
    });

    it('shows the chosen scenario first, offered as a drop-down of the scenario names', async () => {
      const book = await written(plan);
      expect(book.cell(plan.sheet.name, plan.layout.selector).value).toBe('Pessimistic');
      expect(plan.selected).toBe(2);
      expect(book.validation(plan.sheet.name, plan.layout.selector)).toEqual([
        'Optimistic',
        'Central',
        'Pessimistic',
      ]);
    });

    it('repeats the headline lines of the scenario in use at the top of the sheet', async () => {
      const book = await written(plan);
      const sheet = plan.sheet.name;
      for (const [key, row] of plan.layout.summary) {
        const below = plan.layout.rows.get(key) as number;
        expect(row).toBeLessThan(below);
        for (const c of plan.layout.yearColumns) {
          expect(book.cell(sheet, `${c}${row}`).value).toBe(book.cell(sheet, `${c}${below}`).value);
        }
      }
      expect([...plan.layout.summary.keys()]).toContain('gap.after');
    });

    it('writes every projected year as a formula', () => {
      const formulas = plan.sheet.blocks.flatMap((b) => b.rows.flat()).filter((c) => c?.formula);
      const yearCells = plan.projection.model.lines.length * plan.layout.yearColumns.length;
      expect(formulas.length).toBeGreaterThanOrEqual(yearCells);
    });

    it.each(['Centrall', '', 'Optimistic,Central'])(
      'shows #N/A in every year of every line, and says why, when the selector holds %j',
      async (typed) => {
        const book = await written(plan);
        const sheet = plan.sheet.name;
        book.enter(sheet, plan.layout.selector, typed);
        const shown = [...plan.layout.rows.values()].flatMap((row) =>
          plan.layout.yearColumns.map((c) => book.cell(sheet, `${c}${row}`).value),
        );
        expect(shown.filter((v) => v !== '#N/A')).toEqual([]);
        const beside = `C${plan.layout.selector.slice(1)}`;
        expect(book.cell(sheet, beside).value).toBe(UNKNOWN_SCENARIO);
      },
    );

    it('recalculates when an assumption is changed on the sheet, as the core would', async () => {
      const book = await written(plan);
      const sheet = plan.sheet.name;
      const row = plan.layout.inputs.get('councilTax.bandD') as number;
      book.enter(sheet, `B${row}`, '300');
      const again = planMtfs(
        { ...input, councilTax: { ...input.councilTax, bandD: 300 } },
        'Pessimistic',
        ['Sheet1'],
      );
      const precept = plan.layout.rows.get('councilTax.precept') as number;
      const last = plan.layout.yearColumns.at(-1) as string;
      const core = again.projection.scenarios[2]?.lines.get('councilTax.precept')?.years.at(-1);
      expect(book.cell(sheet, `${last}${precept}`).value).toBeCloseTo(
        core?.toNumber() as number,
        6,
      );
    });
  });

  it('flags a Band D taken below zero by a fall typed on the sheet, where the core refuses that fall', async () => {
    const plan = planMtfs(SEVEN_YEARS, 'Central', []);
    const book = await written(plan);
    const sheet = plan.sheet.name;
    const row = (key: string, map = plan.layout.rows) => map.get(key) as number;
    const flags = () =>
      plan.layout.yearColumns.map(
        (c) => book.cell(sheet, `${c}${row('councilTax.bandD.belowZero')}`).value,
      );
    expect(flags()).toEqual(plan.layout.yearColumns.map(() => ''));

    // A fall of £400 in the third year, on a Band D of about £310.
    const third = plan.layout.yearColumns[2] as string;
    book.enter(sheet, `${third}${row('councilTax.risePounds', plan.layout.inputs)}`, '-400');
    const bandD = plan.layout.yearColumns.map(
      (c) => book.cell(sheet, `${c}${row('councilTax.bandD')}`).value as number,
    );
    expect(bandD[2]).toBeLessThan(0);
    expect(flags()).toEqual(bandD.map((v) => (v < 0 ? BELOW_ZERO : '')));

    const risePounds = [...(SEVEN_YEARS.councilTax.risePounds as Cell[])];
    risePounds[2] = -400;
    const error = (() => {
      try {
        planMtfs(
          { ...SEVEN_YEARS, councilTax: { ...SEVEN_YEARS.councilTax, risePounds } },
          'Central',
          [],
        );
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(CollabError);
    expect(error).toMatchObject({ code: 'OUT_OF_RANGE', field: 'councilTax.risePounds', index: 2 });
  });

  it('shows money in £000 when the unit is thousands, computing in pounds', async () => {
    const plan = planMtfs(SEVEN_YEARS, 'Central', []);
    const book = await written(plan);
    const row = plan.layout.rows.get('requirement') as number;
    const cell = book.cell(plan.sheet.name, `C${row}`);
    expect(cell.format).toBe('£#,##0,;-£#,##0,;£0');
    const core = plan.projection.scenarios[1]?.lines
      .get('requirement')
      ?.years[0]?.toNumber() as number;
    expect(cell.value).toBeCloseTo(core, 6);
    expect(core).toBeGreaterThan(100_000_000);
  });

  it('plans nothing and names the field, year and scenario of a bad assumption', () => {
    const bad: MtfsInput = {
      ...THREE_YEARS,
      pay: THREE_YEARS.pay.map((g, i) =>
        i === 0
          ? {
              ...g,
              award: {
                byScenario: { Optimistic: '2%', Central: '3%', Pessimistic: ['4%', 'x', '4%'] },
              },
            }
          : g,
      ),
    };
    const error = (() => {
      try {
        planMtfs(bad, 'Central', []);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(CollabError);
    expect(error).toMatchObject({
      code: 'INVALID_NUMBER',
      field: 'pay.0.award',
      index: 1,
      scenario: 'Pessimistic',
    });
  });
});
