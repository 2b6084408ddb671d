// Address splitting and name matching: laws over any sheet name Excel allows.

import fc from 'fast-check';
import { onSheet, sameName, splitAddress } from '../../../addin/workbook/names';

/** Sheet names as Excel allows them: 1 to 31 characters, none of : \ / ? * [ ], no edge apostrophe. */
const sheetName = fc
  .string({ minLength: 1, maxLength: 31, unit: fc.constantFrom(..."ab Z9_-!£'.()&".split('')) })
  .filter((name) => !name.startsWith("'") && !name.endsWith("'"));
const cellRange = fc.constantFrom('A1', 'B2:C44', '$A$1:$F$44', 'XFD1048576');
const quoted = (sheet: string): string => `'${sheet.replaceAll("'", "''")}'`;

describe('splitAddress', () => {
  it('gives back any sheet name and range from a quoted reference', () => {
    fc.assert(
      fc.property(sheetName, cellRange, (sheet, range) => {
        expect(splitAddress(`${quoted(sheet)}!${range}`)).toEqual({ sheet, range });
      }),
    );
  });

  it('reads an unquoted sheet name as it is', () => {
    expect(splitAddress('Data!A1:F44')).toEqual({ sheet: 'Data', range: 'A1:F44' });
  });

  it('leaves an unqualified address without a sheet', () => {
    expect(splitAddress('A1:F44')).toEqual({ range: 'A1:F44' });
  });
});

describe('onSheet', () => {
  it('drops a qualifier naming the sheet being written, whatever its case', () => {
    fc.assert(
      fc.property(sheetName, cellRange, (sheet, range) => {
        expect(onSheet(sheet, `${quoted(sheet.toUpperCase())}!${range}`)).toBe(range);
      }),
    );
  });

  it('refuses an address on another sheet', () => {
    expect(() => onSheet('MTFS', 'Data!A1')).toThrow(TypeError);
  });
});

describe('sameName', () => {
  it('matches names as Excel does, ignoring case', () => {
    expect(sameName('Benchmark', 'BENCHMARK')).toBe(true);
    expect(sameName('Benchmark', 'Benchmark 2')).toBe(false);
  });
});
