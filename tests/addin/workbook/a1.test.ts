import fc from 'fast-check';
import {
  columnIndex,
  columnLetters,
  formatQualified,
  formatRange,
  isWholeColumns,
  parseCell,
  parseQualified,
  parseRange,
  quoteSheetName,
  MAX_COLS,
  MAX_ROWS,
} from '../../../addin/workbook/a1';
import { range } from './formula/helpers';

describe('A1 addresses', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [MAX_COLS - 1, 'XFD'],
  ])('names column %i "%s"', (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters.toLowerCase())).toBe(index);
  });

  it('reads back every column it names', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_COLS - 1 }), (col) => {
        expect(columnIndex(columnLetters(col))).toBe(col);
      }),
    );
  });

  it('reads cells with or without $ marks, 0-based', () => {
    expect(parseCell('B7')).toEqual({ row: 6, col: 1 });
    expect(parseCell('$B$7')).toEqual({ row: 6, col: 1 });
    expect(parseCell('b$7')).toEqual({ row: 6, col: 1 });
  });

  it.each(['', 'A0', '7B', 'XFE1', `A${MAX_ROWS + 1}`, 'A1B', 'PayAward'])(
    'refuses "%s" as a cell',
    (text) => expect(parseCell(text)).toBeUndefined(),
  );

  it('normalises a range to top-left and bottom-right, and writes a single cell alone', () => {
    const parsed = parseRange('F44:A1');
    expect(parsed).toEqual({ start: { row: 0, col: 0 }, end: { row: 43, col: 5 } });
    expect(formatRange(range('F44:A1'))).toBe('A1:F44');
    expect(formatRange(range('$C$3:C3'))).toBe('C3');
    expect(parseRange('A1:B2:C3')).toBeUndefined();
  });

  it.each([
    ['Sheet1', 'Sheet1'],
    ['Sample data', "'Sample data'"],
    ["Force's data", "'Force''s data'"],
    ['2019', "'2019'"],
    ['A1', "'A1'"],
    ['R1C1', "'R1C1'"],
    ['RC', "'RC'"],
    ['rc', "'rc'"],
    ['R', "'R'"],
    ['C', "'C'"],
    ['R2Data', "'R2Data'"],
    ['C3PO', "'C3PO'"],
    ['TRUE', "'TRUE'"],
    ['false', "'false'"],
    ['XFD1048576', "'XFD1048576'"],
    ['Rates', 'Rates'],
    ['Costs', 'Costs'],
    ['MTFS', 'MTFS'],
  ])('quotes the sheet name %s only when Excel would', (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });

  it('reads sheet-qualified, quoted and unqualified ranges', () => {
    expect(parseQualified("'Sample data'!E5:E47")).toEqual({
      sheet: 'Sample data',
      range: range('E5:E47'),
    });
    expect(parseQualified("'It''s'!A1")?.sheet).toBe("It's");
    expect(parseQualified('MTFS!$B$5')?.sheet).toBe('MTFS');
    expect(parseQualified('A1:B2')).toEqual({ range: range('A1:B2') });
  });

  it('reads whole columns as every row of the sheet in those columns', () => {
    const columns = parseQualified("'Sample data'!$A:J");
    expect(columns).toEqual({
      sheet: 'Sample data',
      range: { start: { row: 0, col: 0 }, end: { row: MAX_ROWS - 1, col: 9 } },
    });
    expect(isWholeColumns(columns?.range ?? range('A1'))).toBe(true);
    expect(parseQualified('J:A')?.range).toEqual(columns?.range);
    expect(isWholeColumns(range('A1:J1048575'))).toBe(false);
  });

  it.each([
    "'unclosed!A1",
    'A:',
    ':B',
    'A:B2',
    'XFE:XFE',
    "''!A1",
    'My sheet!A1',
    "'a'b'!A1",
    'Sheet1!',
    'Sheet1!Z',
  ])('refuses the malformed address %s', (text) => expect(parseQualified(text)).toBeUndefined());

  it('reads back every qualified address it writes', () => {
    const name = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s);
    fc.assert(
      fc.property(
        name,
        fc.integer({ min: 0, max: MAX_ROWS - 1 }),
        fc.integer({ min: 0, max: MAX_COLS - 1 }),
        (sheet, row, col) => {
          const range = { start: { row, col }, end: { row, col } };
          expect(parseQualified(formatQualified(sheet, range))).toEqual({ sheet, range });
        },
      ),
    );
  });
});
