// The MTFS sheet plan: live formulas on named assumptions that, evaluated in the in-memory
// workbook, give the core's projection for every scenario; and bad assumptions refused by field.
import type { Decimal, MtfsYear } from '../../../../core/src';
import { excelFunctions } from '../../../../addin/functions/registry';
import {
  BELOW_FLOOR,
  MtfsInputError,
  planMtfs,
  PROJECTION_ROWS,
  SCENARIOS,
  type MtfsInput,
  type MtfsPlan,
  type ScenarioName,
  UNKNOWN_SCENARIO,
} from '../../../../addin/taskpane/mtfs/plan';
import { MemoryPort, MemoryWorkbook } from '../../../../addin/workbook/memory';
import type { CellWrite } from '../../../../addin/workbook/port';
import { FakeExcel } from '../../workbook/office/fakeExcel';
import { SEVEN_YEARS, THREE_YEARS } from './examples';

async function written(plan: MtfsPlan, book = new MemoryWorkbook({ functions: excelFunctions })) {
  await new MemoryPort(book).writeSheet(plan.sheet);
  return book;
}

/** The planned cell at an Excel address such as "C31" (null where nothing is written). */
function planned(plan: MtfsPlan, address: string): CellWrite | null {
  const match = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
  const col = (match[1] as string).charCodeAt(0) - 65;
  const row = Number(match[2]);
  // The layout writes one block per run of rows, each at its anchor in column A.
  for (const block of plan.sheet.blocks) {
    const top = Number(block.at.slice(1));
    const cells = block.rows[row - top];
    if (row >= top && cells !== undefined) return cells[col] ?? null;
  }
  return null;
}

/** The cell right of the selector, where an unknown scenario name is flagged. */
function selectorNeighbour(plan: MtfsPlan): string {
  const [, col, row] = /^([A-Z])(\d+)$/.exec(plan.layout.selector) as RegExpExecArray;
  return `${String.fromCharCode((col as string).charCodeAt(0) + 1)}${row as string}`;
}

/** Equal to the core's figure to a millionth of a penny per pound: the sheet computes in doubles. */
function expectClose(actual: unknown, expected: Decimal): void {
  expect(typeof actual).toBe('number');
  const tolerance = 1e-9 * Math.max(1, Math.abs(expected.toNumber()));
  expect(Math.abs((actual as number) - expected.toNumber())).toBeLessThanOrEqual(tolerance);
}

/** The projection rows that hold figures: all but the below-floor flag, which holds text. */
const NUMERIC_ROWS = PROJECTION_ROWS.filter((row) => row !== 'belowFloor');

describe('planMtfs', () => {
  const examples: [string, MtfsInput][] = [
    ['3-year', THREE_YEARS],
    ['7-year', SEVEN_YEARS],
  ];

  describe.each(examples)('the %s example', (_label, input) => {
    const plan = planMtfs(input, ['Sheet1']);
    const rows = plan.layout.rows;

    it('writes every projected and sensitivity figure as a formula, never a number', () => {
      for (const row of Object.values(rows)) {
        plan.layout.yearColumns.forEach((col, t) => {
          const cell = planned(plan, `${col}${row}`);
          // GROW and GAP spill along the row from the first year, so later years may be empty.
          if (cell === null) expect(t).toBeGreaterThan(0);
          else
            expect(cell).toEqual(expect.objectContaining({ formula: expect.stringMatching(/^=/) }));
          expect(cell?.value).toBeUndefined();
        });
      }
    });

    it('projects with COLLAB.GROW and COLLAB.GAP on the named assumptions', () => {
      const first = plan.layout.yearColumns[0] as string;
      expect(planned(plan, `${first}${rows.pay}`)?.formula).toBe(
        `=COLLAB.GROW(B${rows.pay},PayAward)`,
      );
      expect(planned(plan, `${first}${rows.gapBeforeSavings}`)?.formula).toMatch(/^=COLLAB\.GAP\(/);
      expect(plan.sheet.names?.map((n) => n.name)).toEqual(
        expect.arrayContaining(['Scenario', 'PayAward', 'BaseBudget', 'BandDCap', 'SharedCost']),
      );
    });

    it.each(SCENARIOS)('evaluates to the core projection of the %s scenario', async (scenario) => {
      const book = await written(plan);
      const sheet = plan.sheet.name;
      book.enter(sheet, plan.layout.selector, scenario);
      const years = plan.projections[scenario].years;
      years.forEach((year, t) => {
        const col = plan.layout.yearColumns[t] as string;
        const at = (row: number) => book.cell(sheet, `${col}${row}`).value;
        for (const field of NUMERIC_ROWS) expectClose(at(rows[field]), year[field]);
        expect(at(rows.belowFloor)).toBe(year.belowFloor ? BELOW_FLOOR : '');
        expectClose(at(rows.payPlus), year.sensitivity.pay);
        expectClose(at(rows.nonPayPlus), year.sensitivity.nonPay);
        expectClose(at(rows.preceptPlus), year.sensitivity.precept);
        expectClose(at(rows.grantPlus), year.sensitivity.grant);
      });
    });

    it('offers the scenario names as a drop-down on the selector cell', async () => {
      const book = await written(plan);
      expect(book.validation(plan.sheet.name, plan.layout.selector)).toEqual([...SCENARIOS]);
    });

    // A spilled row (GROW, GAP) is one #N/A in its first year and blank after it, as in Excel.
    it.each(['Centrall', '', 'Optimistic '])(
      'shows #N/A in every projected row and no figure in any year when the selector holds %j',
      async (typed) => {
        const book = await written(plan);
        const sheet = plan.sheet.name;
        const beside = selectorNeighbour(plan);
        expect(book.cell(sheet, beside).value).toBe('');
        book.enter(sheet, plan.layout.selector, typed);
        const shown = (col: string, row: number) => book.cell(sheet, `${col}${row}`).value;
        const [first = 'C'] = plan.layout.yearColumns;
        const values = Object.values(rows).flatMap((row) =>
          plan.layout.yearColumns.map((col) => shown(col, row)),
        );
        expect(Object.values(rows).map((row) => shown(first, row))).toEqual(
          Object.values(rows).map(() => '#N/A'),
        );
        expect(values.filter((v) => v !== '#N/A' && v !== null)).toEqual([]);
        expect(book.cell(sheet, beside).value).toBe(UNKNOWN_SCENARIO);
      },
    );

    it('gives different figures in different scenarios', () => {
      const last = (s: ScenarioName) => plan.projections[s].years.at(-1)?.cumulativeGap.toNumber();
      expect(last('Optimistic')).toBeLessThan(last('Central') as number);
      expect(last('Central')).toBeLessThan(last('Pessimistic') as number);
    });

    it('charts the gap after savings and the reserves of the scenario in use', async () => {
      const book = await written(plan);
      const [chart] = book.charts(plan.sheet.name);
      const years = plan.projections[input.selected].years;
      expect(chart?.kind).toBe('line');
      expect(chart?.categories).toEqual(years.map((y) => y.label));
      expect(chart?.series.map((s) => s.name)).toEqual([
        'Gap after savings',
        'Reserves',
        'Reserves floor',
      ]);
      chart?.series[0]?.values.forEach((v, t) =>
        expectClose(v, (years[t] as MtfsYear).gapAfterSavings),
      );
      chart?.series[1]?.values.forEach((v, t) => expectClose(v, (years[t] as MtfsYear).reserves));
    });

    it('apportions the shared cost with COLLAB.APPORTION so the parts add up to the penny', async () => {
      const book = await written(plan);
      const { first, last } = plan.layout.shares as { first: number; last: number };
      expect(planned(plan, `D${first}`)?.formula).toBe(
        `=COLLAB.APPORTION(SharedCost,B${first}:B${last})`,
      );
      const parts = (plan.shares ?? []).map((s, i) => {
        const value = book.cell(plan.sheet.name, `D${first + i}`).value;
        expectClose(value, s.part);
        return value as number;
      });
      const total = book.cell(plan.sheet.name, `D${last + 1}`).value as number;
      expect(Math.round(total * 100)).toBe(Math.round(parts.reduce((x, y) => x + y, 0) * 100));
      expect(book.cell(plan.sheet.name, 'B' + (first - 3)).value).toBe(total);
    });
  });

  it('recalculates the projection when an assumption cell changes', async () => {
    const plan = planMtfs(THREE_YEARS, []);
    const book = await written(plan);
    const sheet = plan.sheet.name;
    const budget = book.name('BaseBudget');
    const address = `B${(budget?.range.start.row ?? 0) + 1}`;
    book.enter(sheet, address, '120000000');
    const changed = planMtfs(
      { ...THREE_YEARS, assumptions: { ...THREE_YEARS.assumptions, baseBudget: 120_000_000 } },
      [],
    );
    const col = plan.layout.yearColumns[2] as string;
    const year3 = changed.projections.Central.years[2] as MtfsYear;
    expectClose(book.cell(sheet, `${col}${plan.layout.rows.requirement}`).value, year3.requirement);
    expectClose(book.cell(sheet, `${col}${plan.layout.rows.reserves}`).value, year3.reserves);
  });

  it('computes the figures the pane shows with the core for the selected scenario', () => {
    const plan = planMtfs(THREE_YEARS, []);
    expect(plan.selected).toBe('Central');
    expect(plan.projections.Central.years.map((y) => y.gapAfterSavings.toString())).toEqual([
      '340500',
      '206250.25',
      '115360.6525',
    ]);
    expect(plan.shares?.map((s) => s.part.toFixed(2))).toEqual([
      '220164.61',
      '226337.45',
      '158436.21',
      '156378.60',
      '238683.13',
    ]);
  });

  it('never replaces an existing sheet, and names a second strategy’s cells apart', async () => {
    const book = new MemoryWorkbook({ functions: excelFunctions });
    const first = planMtfs(THREE_YEARS, book.sheetNames());
    await written(first, book);
    const second = planMtfs(SEVEN_YEARS, book.sheetNames());
    await written(second, book);
    expect(book.sheetNames()).toEqual(['MTFS', 'MTFS (2)']);
    // The same names, scoped to each sheet: each strategy's formulas read its own assumptions.
    expect(second.sheet.names?.map((n) => n.name)).toEqual(first.sheet.names?.map((n) => n.name));
    const col = first.layout.yearColumns[0] as string;
    expectClose(
      book.cell('MTFS', `${col}${first.layout.rows.pay}`).value,
      first.projections.Central.years[0]?.pay as Decimal,
    );
    expectClose(
      book.cell('MTFS (2)', `${col}${second.layout.rows.pay}`).value,
      second.projections.Pessimistic.years[0]?.pay as Decimal,
    );
  });

  it('writes through the Office JS port as well: two strategies, their names apart, a line chart each', async () => {
    const excel = new FakeExcel();
    for (const input of [THREE_YEARS, SEVEN_YEARS]) {
      await excel.port().writeSheet(planMtfs(input, excel.sheetNames()).sheet);
    }
    expect(excel.sheetNames()).toEqual(['Sheet1', 'MTFS', 'MTFS (2)']);
    const added = excel.ran('addName');
    expect(added.filter((c) => c.name === 'PayAward')).toHaveLength(2);
    expect(excel.ran('addChart').map((c) => c.type)).toEqual(['Line', 'Line']);
  });

  describe('bad assumptions', () => {
    const refused = (input: MtfsInput): MtfsInputError => {
      try {
        planMtfs(input, []);
      } catch (error) {
        if (error instanceof MtfsInputError) return error;
        throw error;
      }
      throw new Error('expected an MtfsInputError');
    };
    const withShared = (change: Partial<MtfsInput['assumptions']>): MtfsInput => ({
      ...THREE_YEARS,
      assumptions: { ...THREE_YEARS.assumptions, ...change },
    });

    it('names the scenario whose rate reads two ways', () => {
      const error = refused({
        ...THREE_YEARS,
        scenarios: {
          ...THREE_YEARS.scenarios,
          Pessimistic: { ...THREE_YEARS.scenarios.Pessimistic, nonPayInflation: '0.5' },
        },
      });
      expect(error).toMatchObject({
        code: 'OUT_OF_RANGE',
        field: 'nonPayInflation',
        scenario: 'Pessimistic',
      });
      expect(error.message).toMatch(/^Pessimistic scenario: non-pay inflation .*0\.5% or 50%/);
    });

    it.each([
      [{ years: 11 }, 'OUT_OF_RANGE', 'years'],
      [{ taxBase: -150_000 }, 'OUT_OF_RANGE', 'taxBase'],
      [{ baseBudget: '' }, 'EMPTY', 'baseBudget'],
      [{ payShare: 80 }, 'OUT_OF_RANGE', 'payShare'],
      [{ otherSavings: [1, 2] }, 'SHAPE_MISMATCH', 'otherSavings'],
      [{ useOfReserves: [0, 'n/a', 0] }, 'INVALID_NUMBER', 'useOfReserves'],
    ] as const)('refuses %p, pointing at the field', (change, code, field) => {
      const error = refused(withShared(change as Partial<MtfsInput['assumptions']>));
      expect(error).toMatchObject({ code, field });
      expect(error.scenario).toBeUndefined();
    });

    it.each([
      [{ cost: '1000.005' }, 'OUT_OF_RANGE', 'costSharing.cost', undefined],
      [{ cost: -5 }, 'OUT_OF_RANGE', 'costSharing.cost', undefined],
      [{ members: [] }, 'EMPTY', 'costSharing.members', undefined],
      [
        {
          members: [
            { force: 'Kent', basis: 1 },
            { force: 'kent ', basis: 2 },
          ],
        },
        'DUPLICATE',
        'costSharing.force',
        1,
      ],
      [{ members: [{ force: '', basis: 5 }] }, 'EMPTY', 'costSharing.force', 0],
      [{ members: [{ force: 'Kent', basis: null }] }, 'EMPTY', 'costSharing.basis', 0],
      [
        {
          members: [
            { force: 'Kent', basis: 1 },
            { force: '', basis: null },
            { force: 'Essex', basis: 'n/a' },
          ],
        },
        'INVALID_NUMBER',
        'costSharing.basis',
        2,
      ],
      [
        { members: [{ force: 'Kent', basis: 0 }] },
        'DIVIDE_BY_ZERO',
        'costSharing.basis',
        undefined,
      ],
    ] as const)(
      'refuses the cost sharing %p, pointing at the row',
      (change, code, field, index) => {
        const costSharing = { ...THREE_YEARS.costSharing, ...change } as MtfsInput['costSharing'];
        const error = refused({ ...THREE_YEARS, costSharing });
        expect(error).toMatchObject({ code, field, index });
        expect(error.message).toMatch(/^Cost sharing/);
      },
    );

    it('refuses agreed percentages adding up to 95 %, rather than rescaling them', () => {
      const costSharing = {
        ...SEVEN_YEARS.costSharing,
        members: [
          { force: 'Force A', basis: '60%' },
          { force: 'Force B', basis: '35%' },
        ],
      } as MtfsInput['costSharing'];
      const error = refused({ ...SEVEN_YEARS, costSharing });
      expect(error).toMatchObject({ code: 'OUT_OF_RANGE', field: 'costSharing.basis' });
    });

    it('points at the year of a per-year rate, whatever the field is labelled', () => {
      const error = refused({
        ...THREE_YEARS,
        scenarios: {
          ...THREE_YEARS.scenarios,
          Optimistic: { ...THREE_YEARS.scenarios.Optimistic, payAward: [0.02, 0.02, 'x'] },
        },
      });
      expect(error).toMatchObject({
        code: 'INVALID_NUMBER',
        field: 'payAward',
        scenario: 'Optimistic',
        index: 2,
      });
    });

    it('leaves the cost-sharing table out when none is given', () => {
      const plan = planMtfs({ ...THREE_YEARS, costSharing: undefined }, []);
      expect(plan.shares).toBeUndefined();
      expect(plan.layout.shares).toBeUndefined();
      expect(plan.sheet.names?.map((n) => n.name)).not.toContain('SharedCost');
    });
  });
});
