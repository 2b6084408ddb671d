// The written sheet evaluated: the plan is written into the in-memory workbook, whose formula
// engine runs the real COLLAB adapters, and every summary figure must equal the pane's (core) one.
import {
  AVERAGE_CONVENTIONS,
  DEFAULT_CONVENTION,
  type AverageConvention,
} from '../../../../core/src/index';
import { excelFunctions } from '../../../../addin/functions/registry';
import { readBenchmarkData } from '../../../../addin/taskpane/benchmark/data';
import { planBenchmark, type BenchmarkChoices } from '../../../../addin/taskpane/benchmark/plan';
import { sampleRange, sampleSheet } from '../../../../addin/taskpane/benchmark/sample';
import { MemoryPort, MemoryWorkbook } from '../../../../addin/workbook/memory';

async function writtenBenchmark(choices: BenchmarkChoices) {
  const book = new MemoryWorkbook({ functions: excelFunctions });
  const port = new MemoryPort(book);
  await port.writeSheet(sampleSheet());
  const data = readBenchmarkData(await port.readRange(sampleRange()));
  const plan = planBenchmark(data, choices, await port.sheetNames());
  await port.writeSheet(plan.sheet);
  const shown = (address: string) => book.cell(plan.sheet.name, address).value;
  return { plan, shown, book };
}

const base: BenchmarkChoices = {
  forces: ['Kent'],
  convention: DEFAULT_CONVENTION,
  per: 1,
};

describe('the benchmark sheet, evaluated', () => {
  const cases: [string, Partial<BenchmarkChoices>][] = [
    ['one force against all forces', {}],
    ['a region of three forces', { forces: ['Kent', 'Essex', 'Sussex'] }],
    ['per 1,000 population', { per: 1000 }],
    ['a peer group', { peers: ['Essex', 'Surrey', 'Sussex', 'Hampshire', 'Thames Valley'] }],
    ['the Metropolitan Police itself', { forces: ['Metropolitan Police'] }],
  ];
  // Every convention with every kind of comparison: the sheet's formulas compute the convention.
  const conventions = Object.keys(AVERAGE_CONVENTIONS) as AverageConvention[];
  it.each(
    conventions.flatMap((convention) =>
      cases.map(([what, choices]): [string, string, Partial<BenchmarkChoices>] => [
        what,
        convention,
        { ...choices, convention },
      ]),
    ),
  )('shows the same figures as the pane for %s, %s average', async (_, __, choices) => {
    const { plan, shown } = await writtenBenchmark({ ...base, ...choices });
    plan.results.forEach((r, i) => {
      const row = 11 + i;
      expect(shown(`A${row}`)).toBe(r.category);
      expect(shown(`B${row}`)).toBeCloseTo(r.value?.toNumber() ?? NaN, 9);
      expect(shown(`C${row}`)).toBeCloseTo(r.average.toNumber(), 9);
      expect(shown(`D${row}`)).toBeCloseTo(r.difference?.toNumber() ?? NaN, 9);
      expect(shown(`E${row}`)).toBeCloseTo(r.variance?.toNumber() ?? NaN, 12);
      expect(shown(`F${row}`)).toBe(r.rank);
      expect(shown(`G${row}`)).toBe(r.compared);
    });
  });

  it('feeds the charts: variance by category and the ski-slope in the pane order', async () => {
    const { plan, book } = await writtenBenchmark({ ...base, slopeCategory: 'Investigations' });
    const [variance, slope] = book.charts(plan.sheet.name);
    expect(variance?.categories).toEqual(plan.results.map((r) => r.category));
    variance?.series[0]?.values.forEach((v, i) =>
      expect(v).toBeCloseTo(plan.results[i]?.variance?.toNumber() ?? NaN, 12),
    );
    expect(slope?.categories).toEqual(plan.slope.points.map((p) => p.force));
    slope?.series[0]?.values.forEach((v, i) =>
      expect(v).toBeCloseTo(plan.slope.points[i]?.value.toNumber() ?? NaN, 9),
    );
    // The second series is the summary's average on every row: the line Excel draws.
    const average = plan.results.find((r) => r.category === 'Investigations')?.average.toNumber();
    expect(slope?.series[1]?.values).toHaveLength(plan.slope.points.length);
    slope?.series[1]?.values.forEach((v) => expect(v).toBeCloseTo(average ?? NaN, 9));
    expect(slope?.highlightPoints).toEqual([
      plan.slope.points.findIndex((p) => p.force === 'Kent'),
    ]);
  });

  it('recalculates when a data cell changes: the figures are live formulas', async () => {
    const { plan, shown, book } = await writtenBenchmark(base);
    const before = shown('B11') as number;
    const kentRow = 5 + 19;
    const spend = book.cell('Sample data', `C${kentRow}`).value as number;
    book.setCell('Sample data', `C${kentRow}`, { value: spend * 2 });
    expect(shown('B11')).toBeGreaterThan(before);
    expect(plan.sheet.name).toBe('Benchmark – Kent');
  });
});
