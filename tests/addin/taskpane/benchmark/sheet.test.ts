// The written sheet evaluated: the plan is written into the in-memory workbook, whose formula
// engine runs the real COLLAB adapters, and every summary figure must equal the pane's (core) one.
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
  excludeMetAndCity: true,
  weighted: false,
  per: 1,
};

describe('the benchmark sheet, evaluated', () => {
  it.each<[string, Partial<BenchmarkChoices>]>([
    ['one force against all forces', {}],
    ['a region of three forces', { forces: ['Kent', 'Essex', 'Sussex'] }],
    ['a population-weighted average', { weighted: true }],
    ['per 1,000 population', { per: 1000 }],
    ['a peer group', { peers: ['Essex', 'Surrey', 'Sussex', 'Hampshire', 'Thames Valley'] }],
    ['the Met and City of London included', { excludeMetAndCity: false }],
    [
      'the Metropolitan Police itself, though excluded from the average',
      { forces: ['Metropolitan Police'] },
    ],
  ])('shows the same figures as the pane for %s', async (_, choices) => {
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
