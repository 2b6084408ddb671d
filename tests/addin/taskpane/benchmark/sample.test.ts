import { ENGLAND_AND_WALES_FORCES } from '../../../../core/src/index';
import { readBenchmarkData } from '../../../../addin/taskpane/benchmark/data';
import {
  SAMPLE_NOTICE,
  sampleRange,
  sampleSheet,
} from '../../../../addin/taskpane/benchmark/sample';

const [notice, table] = sampleSheet().blocks;
const values = (table?.rows ?? []).map((row) => row.map((cell) => cell?.value ?? null));

describe('sampleSheet', () => {
  it('says on the sheet itself that its figures are illustrative, not official', () => {
    expect(notice?.at).toBe('A1');
    expect(notice?.rows[0]?.[0]?.value).toBe(SAMPLE_NOTICE);
    expect(SAMPLE_NOTICE).toMatch(/illustrative/i);
    expect(SAMPLE_NOTICE).toMatch(/not official/i);
  });

  it('lays out all 43 forces the way the benchmark reads them, at the advertised range', () => {
    expect(table?.at).toBe('A4');
    expect(sampleRange()).toBe("'Sample data'!A4:J47");
    expect(sampleRange('Sample data (2)')).toBe("'Sample data (2)'!A4:J47");
    const data = readBenchmarkData({ sheet: 'Sample data', address: 'A4:J47', values });
    expect(data.forces.map((f) => f.name)).toEqual(ENGLAND_AND_WALES_FORCES);
    expect(data.categories.map((c) => c.columns.kind)).toEqual(['pair', 'pair', 'pair', 'pair']);
  });

  it('gives the same figures every time', () => {
    expect(sampleSheet()).toEqual(sampleSheet());
  });

  it('keeps every force net of income positive', () => {
    const data = readBenchmarkData({ sheet: 'Sample data', address: 'A4:J47', values });
    const nre = data.forces.flatMap((f) => f.nre);
    expect(nre.every((v) => v !== null && v.gt(0))).toBe(true);
  });
});
