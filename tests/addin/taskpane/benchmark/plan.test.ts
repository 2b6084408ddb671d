import {
  AVERAGE_CONVENTIONS,
  benchmark,
  Decimal,
  type AverageConvention,
} from '../../../../core/src/index';
import { readBenchmarkData } from '../../../../addin/taskpane/benchmark/data';
import { outlierScale } from '../../../../addin/taskpane/ui/chart';
import { BenchmarkInputError } from '../../../../addin/taskpane/benchmark/errors';
import {
  NOT_REPORTED,
  planBenchmark,
  type BenchmarkChoices,
} from '../../../../addin/taskpane/benchmark/plan';
import { excelFunctions } from '../../../../addin/functions/registry';
import { MemoryPort, MemoryWorkbook } from '../../../../addin/workbook/memory';
import type { CellValue, CellWrite, SheetWrite } from '../../../../addin/workbook/port';
import { formatCell, parseCell } from '../../../../addin/workbook/a1';

// Five forces, two categories: Forensics as expenditure and income, Training as NRE.
const rows: CellValue[][] = [
  ['Illustrative', null, null, null, null],
  ['Force', 'Population', 'Forensics expenditure', 'Forensics income', 'Training'],
  ['Kent', 1000, 12000, 2000, 3000],
  ['Essex', 2000, 16000, 0, 4000],
  ['Surrey', 1000, 8000, 0, null],
  ['Metropolitan Police', 8000, 160000, 0, 80000],
  ['City of London', 10, 900, 0, 500],
];
const data = readBenchmarkData({ sheet: 'Sample data', address: 'A3:E9', values: rows });
const base: BenchmarkChoices = {
  forces: ['Kent'],
  convention: 'simpleExcludingLondon',
  per: 1,
};
const plan = (choices: Partial<BenchmarkChoices> = {}, existing: string[] = []) =>
  planBenchmark(data, { ...base, ...choices }, existing);

/** The cell written at an address of the sheet, from whichever block covers it. */
function cellAt(sheet: SheetWrite, address: string): CellWrite | null {
  const at = parseCell(address);
  if (at === undefined) throw new TypeError(address);
  for (const block of sheet.blocks) {
    const origin = parseCell(block.at);
    if (origin === undefined) throw new TypeError(block.at);
    const cell = block.rows[at.row - origin.row]?.[at.col - origin.col];
    if (cell !== undefined && at.row >= origin.row && at.col >= origin.col) return cell;
  }
  return null;
}

/** The address of the first cell whose text value is `label`. */
function find(sheet: SheetWrite, label: string): string {
  for (const block of sheet.blocks) {
    const origin = parseCell(block.at);
    if (origin === undefined) throw new TypeError(block.at);
    for (const [r, row] of block.rows.entries()) {
      const c = row.findIndex((cell) => cell?.value === label);
      if (c >= 0) return formatCell({ row: origin.row + r, col: origin.col + c });
    }
  }
  throw new Error(`no cell reads ${label}`);
}

const num = (d: Decimal | null | undefined) =>
  d === null || d === undefined ? null : d.toNumber();

describe('planBenchmark', () => {
  describe('results shown in the pane', () => {
    it('agrees with the core benchmark for one force against all forces', () => {
      const result = plan().results[0];
      const core = benchmark(
        [10, 8, 8, 20, 90],
        ['Kent', 'Essex', 'Surrey', 'Met', 'City of London'],
        'Kent',
      );
      expect(result).toMatchObject({
        category: 'Forensics',
        rank: core.rank,
        compared: core.count,
      });
      expect(num(result?.value)).toBe(10);
      expect(result?.average.eq(core.average)).toBe(true);
      expect(result?.variance?.eq(core.variance)).toBe(true);
      expect(result?.difference?.eq(core.difference)).toBe(true);
    });

    it('leaves the Metropolitan Police and City of London out of the average by default', () => {
      const result = plan();
      expect(result.excluded).toEqual(['Metropolitan Police', 'City of London']);
      expect(num(result.results[0]?.average)).toBeCloseTo(26 / 3, 12);
    });

    it('includes them in the population-weighted England and Wales convention', () => {
      const result = plan({ convention: 'weightedIncludingLondon' });
      expect(result.excluded).toEqual([]);
      // Total Forensics NRE ÷ total population of all five forces.
      expect(num(result.results[0]?.average)).toBeCloseTo(194900 / 12010, 12);
      expect(result.results[0]?.compared).toBe(5);
      expect(result.results[0]?.rank).toBe(3);
    });

    it('pools a region: total NRE over total population, not a mean of per-head figures', () => {
      const result = plan({ forces: ['Kent', 'Surrey'] }).results[0];
      // (10,000 + 8,000) ÷ (1,000 + 1,000) = 9, whereas the mean of 10 and 8 would also be 9:
      // use Essex to tell them apart.
      expect(num(result?.value)).toBe(9);
      const uneven = plan({ forces: ['Kent', 'Essex'] }).results[0];
      expect(num(uneven?.value)).toBeCloseTo(26000 / 3000, 12);
    });

    it('calls several forces a region, and one force never, however long its name', () => {
      expect(plan({ forces: ['Kent', 'Essex'] }).region).toBe(true);
      expect(plan({ forces: ['Metropolitan Police'] })).toMatchObject({
        region: false,
        label: 'Metropolitan Police',
      });
    });

    it('ranks a region among the compared forces (1 = highest)', () => {
      expect(plan({ forces: ['Essex', 'Surrey'] }).results[0]?.rank).toBe(2);
    });

    it('takes a population-weighted average without London when asked', () => {
      const result = plan({ convention: 'weightedExcludingLondon' });
      expect(result.excluded).toEqual(['Metropolitan Police', 'City of London']);
      expect(num(result.results[0]?.average)).toBeCloseTo(
        (10 * 1000 + 8 * 2000 + 8 * 1000) / 4000,
        12,
      );
    });

    it('scales to £ per 1,000 population', () => {
      const result = plan({ per: 1000 }).results[0];
      expect(num(result?.value)).toBe(10000);
      expect(num(result?.average)).toBeCloseTo(26000 / 3, 9);
    });

    it('averages over a listed peer group only', () => {
      const result = plan({ peers: ['Essex', 'Surrey'] }).results[0];
      expect(num(result?.average)).toBe(8);
      expect(result?.compared).toBe(2);
      expect(result?.rank).toBe(1);
    });

    it('leaves out forces that did not report a category, and says so when the force did not', () => {
      const training = plan({ forces: ['Surrey'] }).results[1];
      expect(training?.value).toBeNull();
      expect(training?.variance).toBeNull();
      expect(training?.compared).toBe(2);
    });

    it('sorts the ski-slope from highest to lowest with the benchmarked forces highlighted', () => {
      const slope = plan({ forces: ['Kent', 'Surrey'], slopeCategory: 'Training' }).slope;
      expect(slope.category).toBe('Training');
      expect(slope.points.map((p) => [p.force, num(p.value), p.highlighted])).toEqual([
        ['City of London', 50, false],
        ['Metropolitan Police', 10, false],
        ['Kent', 3, true],
        ['Essex', 2, false],
      ]);
    });
  });

  describe('the sheet written', () => {
    it('takes a free name, never an existing sheet', () => {
      expect(plan().sheet.name).toBe('Benchmark – Kent');
      expect(plan({}, ['Benchmark – Kent']).sheet.name).toBe('Benchmark – Kent (2)');
    });

    it('says in its header what was compared with what and which forces were excluded', () => {
      const sheet = plan({ peers: ['Essex', 'Surrey', 'Metropolitan Police'] }).sheet;
      expect(cellAt(sheet, 'B3')?.value).toBe('Peer group: Essex, Surrey, Metropolitan Police');
      expect([cellAt(sheet, 'B4')?.value, cellAt(sheet, 'C4')?.value]).toEqual([
        'Metropolitan Police Service',
        'City of London Police',
      ]);
      expect(cellAt(sheet, 'B6')?.value).toBe(1);
      expect(cellAt(sheet, 'B7')?.value).toBe("A4:E9 on 'Sample data'");
      expect(cellAt(plan({ convention: 'weightedIncludingLondon' }).sheet, 'B4')?.value).toBe(
        'none',
      );
    });

    it.each(Object.entries(AVERAGE_CONVENTIONS))(
      'states the %s convention in words in its header and above the average column',
      (convention, rule) => {
        const sheet = plan({ convention: convention as AverageConvention }).sheet;
        expect(cellAt(sheet, 'A5')?.value).toBe('Average');
        expect(cellAt(sheet, 'B5')?.value).toBe(rule.description);
        expect(cellAt(sheet, 'C10')?.value).toBe(`Average (${rule.name})`);
      },
    );

    it('computes each force per head with live formulas on the data cells', () => {
      const sheet = plan().sheet;
      const kent = findWorkings(sheet, 0);
      expect(cellAt(sheet, `A${kent}`)?.formula).toBe("='Sample data'!A5");
      expect(cellAt(sheet, `B${kent}`)?.formula).toBe("='Sample data'!B5");
      expect(cellAt(sheet, `C${kent}`)).toEqual({
        formula: `=IF('Sample data'!C5="","",COLLAB.NREPERHEAD('Sample data'!C5,'Sample data'!D5,B${kent},$B$6))`,
        format: '£#,##0.00',
      });
      expect(cellAt(sheet, `D${kent}`)?.formula).toBe(
        `=IF('Sample data'!E5="","",COLLAB.PERHEAD('Sample data'!E5,B${kent},$B$6))`,
      );
    });

    it('leaves excluded and non-peer forces out of the compared columns', () => {
      const sheet = plan({ peers: ['Kent', 'Essex', 'Metropolitan Police'] }).sheet;
      const first = findWorkings(sheet, 0);
      const compared = [0, 1, 2, 3, 4].map((i) => cellAt(sheet, `E${first + i}`)?.formula ?? null);
      expect(compared).toEqual([`=C${first}`, `=C${first + 1}`, null, null, null]);
    });

    it('writes the summary as average, difference, variance, rank and count formulas', () => {
      const sheet = plan({ convention: 'weightedExcludingLondon' }).sheet;
      const first = findWorkings(sheet, 0);
      const last = first + 4;
      const whenReported = (f: string) => `=IF(ISNUMBER(B11),${f},"")`;
      expect(cellAt(sheet, 'A11')?.value).toBe('Forensics');
      expect(cellAt(sheet, 'B11')?.formula).toBe(
        `=IF(ISNUMBER(C${first}),C${first},"${NOT_REPORTED}")`,
      );
      expect(cellAt(sheet, 'C11')?.formula).toBe(
        `=COLLAB.NATIONALAVERAGE($E$${first}:$E$${last},$A$${first}:$A$${last},$B$4:$C$4,$B$${first}:$B$${last})`,
      );
      expect(cellAt(sheet, 'D11')?.formula).toBe(whenReported('B11-C11'));
      expect(cellAt(sheet, 'E11')).toEqual({
        formula: whenReported('COLLAB.VARIANCEPCT(B11,C11)'),
        format: '+0.0%;-0.0%;0.0%',
      });
      expect(cellAt(sheet, 'F11')?.formula).toBe(
        whenReported(`RANK.EQ(B11,$E$${first}:$E$${last + 1})`),
      );
      expect(cellAt(sheet, 'G11')?.formula).toBe(`=COUNT($E$${first}:$E$${last})`);
      expect(cellAt(sheet, `E${last + 1}`)?.formula).toBe('=B11');
    });

    it('passes the single word "none" as the exclusion list when nobody is excluded', () => {
      const sheet = plan({ convention: 'weightedIncludingLondon' }).sheet;
      expect(cellAt(sheet, 'C11')?.formula).toContain(',$B$4:$B$4,');
    });

    it('pools a region with POOLEDPERHEAD over a block of its members', () => {
      const sheet = plan({ forces: ['Kent', 'Essex'] }).sheet;
      const header = find(sheet, 'Region members: NRE and population (pooled above)');
      const top = Number(header.slice(1)) + 2;
      expect(cellAt(sheet, 'B11')?.formula).toBe(
        `=COLLAB.POOLEDPERHEAD($C$${top}:$C$${top + 1},$B$${top}:$B$${top + 1},$B$6)`,
      );
      expect(cellAt(sheet, `C${top}`)?.formula).toBe("='Sample data'!C5-'Sample data'!D5");
      expect(cellAt(sheet, `D${top + 1}`)?.formula).toBe("='Sample data'!E6");
    });

    describe('evaluated, with the data changed after writing', () => {
      /** The plan written beside the data it reads, in an in-memory workbook with COLLAB. */
      async function evaluated(choices: Partial<BenchmarkChoices> = {}) {
        const book = new MemoryWorkbook({ functions: excelFunctions });
        book.addSheet('Sample data');
        rows.forEach((row, r) =>
          row.forEach((value, c) =>
            book.setCell('Sample data', formatCell({ row: 2 + r, col: c }), { value }),
          ),
        );
        const written = plan(choices);
        await new MemoryPort(book).writeSheet(written.sheet);
        const shown = (address: string) => book.cell(written.sheet.name, address).value;
        const blank = (address: string) => book.enter('Sample data', address, '');
        return { written, shown, blank };
      }
      // Training (row 12) is column E of the data; Kent is row 5, Essex row 6.

      it('counts the forces compared live: blanking one of their figures lowers the count', async () => {
        const { written, shown, blank } = await evaluated();
        expect(shown('G12')).toBe(written.results[1]?.compared);
        blank('E6');
        expect(shown('G12')).toBe((written.results[1]?.compared as number) - 1);
      });

      it('says "not reported", with blanks beside it, when the force\'s own figure is blanked', async () => {
        const { shown, blank } = await evaluated();
        expect(typeof shown('D12')).toBe('number');
        blank('E5');
        expect(['B12', 'D12', 'E12', 'F12'].map(shown)).toEqual([NOT_REPORTED, '', '', '']);
      });

      it('says "not reported" on a fresh write for a category the force did not report', async () => {
        const { shown } = await evaluated({ forces: ['Surrey'] });
        expect(['B12', 'D12', 'E12', 'F12'].map(shown)).toEqual([NOT_REPORTED, '', '', '']);
        expect(typeof shown('B11')).toBe('number');
      });
    });

    it('charts the variance by category and the sorted ski-slope with the force highlighted', () => {
      const { sheet, slope } = plan({ forces: ['Essex'] });
      const [variance, skiSlope] = sheet.charts ?? [];
      expect(variance).toMatchObject({ kind: 'columnClustered', source: 'A15:B17' });
      expect(cellAt(sheet, 'B16')?.formula).toBe('=E11');
      expect(skiSlope?.source).toBe(`A20:C${20 + slope.points.length}`);
      expect(skiSlope?.highlightPoints).toEqual([
        slope.points.findIndex((p) => p.force === 'Essex'),
      ]);
      expect(cellAt(sheet, 'A21')?.formula).toBe(`=A${findWorkings(sheet, 4)}`);
    });

    it("draws the ski-slope's average as a line from a column of the summary's average", () => {
      const { sheet, slope } = plan({ forces: ['Essex'] });
      const skiSlope = sheet.charts?.[1];
      expect(skiSlope?.averageLine).toBe(true);
      expect(cellAt(sheet, 'C20')?.value).toBe(
        `Average (${AVERAGE_CONVENTIONS.simpleExcludingLondon.name})`,
      );
      for (let row = 21; row <= 20 + slope.points.length; row += 1) {
        expect(cellAt(sheet, `C${row}`)?.formula).toBe('=$C$11');
      }
    });

    it("cuts the City of London off the ski-slope by the preview's outlier rule, at a round axis top", () => {
      const { sheet, slope } = plan({ forces: ['Essex'] });
      const values = slope.points.map((p) => p.value.toNumber());
      const city = slope.points.findIndex((p) => p.force === 'City of London');
      expect(sheet.charts?.[1]?.outliers).toEqual(outlierScale(values));
      expect(sheet.charts?.[1]?.outliers?.points).toEqual([city]);
      const rest = values.filter((_, i) => i !== city);
      expect(sheet.charts?.[1]?.outliers?.axisMax).toBeGreaterThanOrEqual(Math.max(...rest));
      expect(sheet.charts?.[1]?.outliers?.axisMax).toBeLessThan(values[city] as number);
    });

    it('formats money per 1,000 population in whole pounds', () => {
      const sheet = plan({ per: 1000 }).sheet;
      expect(cellAt(sheet, 'B6')?.value).toBe(1000);
      expect(cellAt(sheet, 'B11')?.format).toBe('£#,##0');
    });
  });

  describe('bad choices', () => {
    const code = (choices: Partial<BenchmarkChoices>) => {
      try {
        plan(choices);
      } catch (e) {
        if (e instanceof BenchmarkInputError) return [e.code, e.at?.cells];
        throw e;
      }
      return null;
    };

    it('refuses a force chosen twice, however it is spelled', () => {
      expect(code({ forces: ['Kent', 'Kent Police'] })?.[0]).toBe('NO_FORCE_CHOSEN');
    });

    it('asks for a force when none is chosen', () => {
      expect(code({ forces: [] })?.[0]).toBe('NO_FORCE_CHOSEN');
    });

    it('refuses a force that is not in the data', () => {
      expect(code({ forces: ['Dorset'] })).toEqual(['FORCE_NOT_IN_DATA', undefined]);
      expect(code({ peers: ['Kent', 'Dorset'] })?.[0]).toBe('FORCE_NOT_IN_DATA');
    });

    it('asks for the peer group when it is chosen but empty', () => {
      expect(code({ peers: [] })?.[0]).toBe('NO_FORCE_CHOSEN');
    });

    it('says when no compared force reported a category, naming its column', () => {
      expect(code({ forces: ['Kent'], peers: ['Surrey'] })).toEqual(['NO_FORCES_LEFT', ['E5:E9']]);
    });

    it('says when no forces are left to compare after the exclusions, naming the force cells', () => {
      expect(code({ peers: ['Metropolitan Police', 'City of London'] })).toEqual([
        'NO_FORCES_LEFT',
        ['A5:A9'],
      ]);
    });
  });
});

/** Excel row of the i-th force in the workings block. */
function findWorkings(sheet: SheetWrite, i: number): number {
  const title = find(sheet, 'Workings: per-force figures');
  return Number(title.slice(1)) + 2 + i;
}
