import { freeSheetName } from '../../../../addin/taskpane/ui/sheetName';

describe('freeSheetName', () => {
  it('keeps the wanted name when it is free', () => {
    expect(freeSheetName('Benchmark – Kent', ['Sample data'])).toBe('Benchmark – Kent');
  });

  it('numbers the name when it is taken, whatever the case', () => {
    expect(freeSheetName('Benchmark – Kent', ['benchmark – KENT'])).toBe('Benchmark – Kent (2)');
    expect(freeSheetName('Benchmark – Kent', ['Benchmark – Kent', 'Benchmark – Kent (2)'])).toBe(
      'Benchmark – Kent (3)',
    );
  });

  it("stays within Excel's 31 characters, suffix included", () => {
    const long = 'Benchmark – Avon and Somerset, Gloucestershire, Wiltshire';
    const first = freeSheetName(long, []);
    const second = freeSheetName(long, [first]);
    expect(first).toBe('Benchmark – Avon and Somerset');
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second.endsWith(' (2)')).toBe(true);
  });

  it('replaces characters Excel does not allow in sheet names', () => {
    expect(freeSheetName("'A/B: C[1]?*'", [])).toBe('A B C 1');
  });
});
