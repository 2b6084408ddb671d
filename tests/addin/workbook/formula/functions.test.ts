import type { CellValue } from '../../../../addin/workbook/port';
import { bookWith, SHEET, valueOf } from './helpers';

/** A1:A6 mixes numbers with text, a boolean and a blank; B and C are small columns; E1:G1 a row. */
const cells: Record<string, CellValue> = {
  A1: 10,
  A2: 20,
  A3: 'x',
  A4: true,
  A6: 30,
  B1: 1,
  B2: 2,
  B3: 3,
  C1: 4,
  C2: 5,
  C3: 6,
  D1: '#N/A',
  E1: 'North',
  F1: 'South',
  G1: 'East',
  H1: 3,
  H2: 1,
  H3: 3,
  H4: 2,
};

describe('built-in functions', () => {
  it.each<[string, CellValue]>([
    // SUM, AVERAGE, MIN, MAX: ranges give only their numbers; typed arguments are coerced.
    ['=SUM(A1:A6)', 60],
    ['=SUM(A1:A6,5,"2",TRUE)', 68],
    ['=SUM(B1:B3,C1:C3)', 21],
    ['=SUM(A1:A6,D1)', '#N/A'],
    ['=SUM(1,"x")', '#VALUE!'],
    ['=AVERAGE(A1:A6)', 20],
    ['=AVERAGE(A3:A5)', '#DIV/0!'],
    ['=MIN(A1:A6)', 10],
    ['=MAX(A1:A6,45)', 45],
    ['=MAX(A3:A5)', 0],
    // COUNT counts numbers; COUNTA counts anything not blank.
    ['=COUNT(A1:A6)', 3],
    ['=COUNT(A1:A6,"7","x",TRUE)', 5],
    ['=COUNTA(A1:A6)', 5],
    ['=COUNTA(A1:A6,D1)', 6],
    // ROUND halves away from zero, to places left of the point as well; ABS.
    ['=ROUND(2.675,2)', 2.68],
    ['=ROUND(-2.5,0)', -3],
    ['=ROUND(1250,-2)', 1300],
    ['=ROUND(1.005,2)', 1.01],
    ['=ROUNDDOWN(267.77,2)', 267.77],
    ['=ROUNDDOWN(260+7.77,2)', 267.77],
    ['=ROUNDDOWN(-2.789,2)', -2.78],
    ['=ROUNDDOWN(1299,-2)', 1200],
    ['=MOD(17,12)', 5],
    ['=MOD(-1,12)', 11],
    ['=MOD(5,0)', '#DIV/0!'],
    ['=ROUND("x",2)', '#VALUE!'],
    ['=ABS(-4.5)', 4.5],
    ['=ABS(D1)', '#N/A'],
    // IF evaluates only the branch it takes; a missing branch is FALSE.
    ['=IF(B1>0,"yes","no")', 'yes'],
    ['=IF(B1>5,"yes")', false],
    ['=IF(0,1/0,"safe")', 'safe'],
    ['=IF("maybe",1,2)', '#VALUE!'],
    ['=IF(D1,1,2)', '#N/A'],
    ['=IFERROR(1/0,"none")', 'none'],
    ['=IFERROR(B2,"none")', 2],
    // AND, OR, NOT.
    ['=AND(TRUE,B1>0)', true],
    ['=AND(A1:A6)', true],
    ['=OR(FALSE,0)', false],
    ['=OR(B1>2,B3>2)', true],
    ['=AND("x")', '#VALUE!'],
    ['=AND(A3)', '#VALUE!'],
    ['=NOT(B1>2)', true],
    // ISNUMBER: numbers only; text, blanks and errors are FALSE, never an error.
    ['=ISNUMBER(B1)', true],
    ['=ISNUMBER("7")', false],
    ['=ISNUMBER(D1)', false],
    ['=ISNUMBER(Z99)', false],
    ['=ISNUMBER(TRUE)', false],
    // RANK.EQ and RANK: descending by default, ties share a rank; 1 as order ranks ascending.
    ['=RANK.EQ(B3,B1:B3)', 1],
    ['=RANK.EQ(B3,B1:B3,1)', 3],
    ['=RANK(H1,H1:H4)', 1],
    ['=RANK(H4,H1:H4)', 3],
    ['=RANK.EQ(7,B1:B3)', '#N/A'],
    ['=RANK.EQ(1,5)', '#VALUE!'],
    // INDEX and MATCH.
    ['=INDEX(B1:C3,2,2)', 5],
    ['=INDEX(B1:B3,3)', 3],
    ['=INDEX(E1:G1,2)', 'South'],
    ['=INDEX(B1:C3,4,1)', '#REF!'],
    ['=MATCH("south",E1:G1,0)', 2],
    ['=MATCH(3,B1:B3,0)', 3],
    ['=MATCH("West",E1:G1,0)', '#N/A'],
    ['=MATCH(2.5,B1:B3,1)', 2],
    ['=MATCH(2.5,B1:B3)', 2],
    ['=MATCH(0,B1:B3,1)', '#N/A'],
    ['=INDEX(E1:G1,MATCH("East",E1:G1,0))', 'East'],
    // CHOOSE evaluates only the option it picks.
    ['=CHOOSE(2,"a","b",1/0)', 'b'],
    ['=CHOOSE(4,"a","b")', '#VALUE!'],
    // SUMPRODUCT treats text as 0 and needs equal shapes.
    ['=SUMPRODUCT(B1:B3,C1:C3)', 32],
    ['=SUMPRODUCT(A1:A3,B1:B3)', 50],
    ['=SUMPRODUCT(B1:B3,C1:C2)', '#VALUE!'],
    // LARGE and SMALL.
    ['=LARGE(H1:H4,2)', 3],
    ['=SMALL(H1:H4,2)', 2],
    ['=LARGE(H1:H4,5)', '#NUM!'],
    ['=SMALL(A1:A6,0)', '#NUM!'],
    // Arity is checked.
    ['=ROUND(1)', '#VALUE!'],
    ['=IF(1,2,3,4)', '#VALUE!'],
  ])('%s is %p', (formula, expected) => {
    expect(valueOf(formula, cells)).toBe(expected);
  });

  it('lifts ROUND over a range into a spilled column', () => {
    const book = bookWith({ A1: 1.26, A2: 2.34 });
    book.setCell(SHEET, 'B1', { formula: '=ROUND(A1:A2,1)' });
    expect(book.cell(SHEET, 'B2').value).toBe(2.3);
    expect(book.cell(SHEET, 'B1').value).toBe(1.3);
  });

  it('chooses element by element when IF tests a range', () => {
    const book = bookWith({ A1: 5, A2: -1 });
    book.setCell(SHEET, 'B1', { formula: '=IF(A1:A2<0,"Below floor","")' });
    expect(book.values(SHEET, { start: { row: 0, col: 1 }, end: { row: 1, col: 1 } })).toEqual([
      [''],
      ['Below floor'],
    ]);
  });
});
