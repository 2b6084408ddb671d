// The preview engine cannot be crashed by one formula: Excel's limits on formula length and
// nesting are errors, long operator chains and long or circular chains of cells are evaluated
// without deep recursion, and a range the size of the sheet reads only the cells that hold
// something. Each case here overflowed the stack or ran for minutes before.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { excelFunctions } from '../../../../addin/functions/registry';
import { MAX_FORMULA_LENGTH, MAX_NESTING } from '../../../../addin/workbook/formula/parser';
import { bookWith, SHEET, valueOf } from './helpers';

const nested = (depth: number) => `=${'('.repeat(depth)}1${')'.repeat(depth)}`;

describe('Excel’s limits', () => {
  it(`evaluates ${MAX_NESTING} nested parentheses and refuses one more level`, () => {
    expect(valueOf(nested(MAX_NESTING))).toBe(1);
    expect(valueOf(nested(MAX_NESTING + 1))).toBe('#NAME?');
  });

  it('shows an error, not a crash, for 1,500 nested parentheses or function calls', () => {
    expect(valueOf(nested(1_500))).toBe('#NAME?');
    expect(valueOf(`=${'ABS('.repeat(1_500)}1${')'.repeat(1_500)}`)).toBe('#NAME?');
  });

  it(`refuses a formula longer than ${MAX_FORMULA_LENGTH} characters, such as 10,000 minus signs`, () => {
    expect(valueOf(`=${'-'.repeat(10_000)}1`)).toBe('#NAME?');
    expect(valueOf(`=${Array(100_000).fill('1').join('+')}`)).toBe('#NAME?');
  });
});

describe('long chains within the limits', () => {
  it('negates 8,000 times without recursion', () => {
    expect(valueOf(`=${'-'.repeat(8_000)}1`)).toBe(1);
    expect(valueOf(`=${'-'.repeat(7_999)}1`)).toBe(-1);
  });

  it('adds 4,000 terms in one formula', () => {
    expect(valueOf(`=${Array(4_000).fill('1').join('+')}`)).toBe(4_000);
  });

  it('applies 4,000 percent signs from the inside out', () => {
    expect(valueOf(`=1E300${'%'.repeat(4_000)}`)).toBe(0);
  });

  it('sums a 100,000-cell column of formulas, each reading the one above', () => {
    const book = bookWith({ A1: 1 });
    book.transaction(() => {
      for (let row = 2; row <= 100_000; row++)
        book.setCell(SHEET, `A${row}`, { formula: `=A${row - 1}+1` });
      book.setCell(SHEET, 'B1', { formula: '=SUM(A1:A100000)' });
    });
    expect(book.cell(SHEET, 'B1').value).toBe((100_000 * 100_001) / 2);
  });

  it('shows #CYCLE! in every cell of a 20,000-cell circular chain', () => {
    const book = bookWith();
    book.transaction(() => {
      book.setCell(SHEET, 'A1', { formula: '=A20000+1' });
      for (let row = 2; row <= 20_000; row++)
        book.setCell(SHEET, `A${row}`, { formula: `=A${row - 1}+1` });
    });
    expect(book.cell(SHEET, 'A1').value).toBe('#CYCLE!');
    expect(book.cell(SHEET, 'A10000').value).toBe('#CYCLE!');
    expect(book.cell(SHEET, 'A20000').value).toBe('#CYCLE!');
  });
});

describe('ranges the size of the sheet', () => {
  /** The value of `formula` in B1, the row the ranges below leave out. */
  function inRowOne(formula: string, cells: Parameters<typeof bookWith>[0]) {
    const book = bookWith(cells);
    book.setCell(SHEET, 'B1', { formula });
    return book.cell(SHEET, 'B1').value;
  }

  it('sums A2:XFD1048576 from the cells that hold something', () => {
    expect(inRowOne('=SUM(A2:XFD1048576)', { A1: 100, A2: 1, B3: 2, C4: 'text' })).toBe(3);
  });

  it('still does when a value sits in the last cell of the sheet', () => {
    const cells = { A2: 1, XFD1048576: 2 };
    expect(inRowOne('=SUM(A2:XFD1048576)', cells)).toBe(3);
    expect(inRowOne('=COUNTA(A2:XFD1048576)', cells)).toBe(2);
    expect(inRowOne('=MAX(A2:A1048576)', cells)).toBe(1);
  });

  it('is #NUM!, not a crash, where a whole-sheet range must be read cell by cell', () => {
    expect(inRowOne('=INDEX(A2:XFD1048576,1,1)', { A2: 1, XFD1048576: 2 })).toBe('#NUM!');
  });

  it('reads a large range cut at the used extent where its shape matters', () => {
    expect(valueOf('=INDEX(A1:A1048576,2)', { A1: 5, A2: 7 })).toBe(7);
  });
});

describe('Excel’s rules the preview follows', () => {
  it.each([
    ['=SMALL({5,1,3},2.9)', 3],
    ['=LARGE({5,1,3},1.5)', 5],
    ['=SMALL({5,1,3},0.5)', '#NUM!'],
  ])('truncates a fractional k: %s is %j', (formula, expected) => {
    expect(valueOf(formula)).toBe(expected);
  });

  it.each([
    ['=0.1+0.2=0.3', true],
    ['=1/3*3=1', true],
    ['=0.1+0.2>0.3', false],
    ['=0.1+0.2<>0.3', false],
    ['=1=1.0000000000001', false],
  ])('compares numbers at 15 significant digits: %s is %j', (formula, expected) => {
    expect(valueOf(formula)).toBe(expected);
  });

  it.each([
    ['=SUM({1;2})', 3],
    ['=SUM({1,2;3,4})', 10],
    ['=INDEX({1,2;3,4},2,1)', 3],
    ['=INDEX({"a",TRUE,#N/A,-2.5},4)', -2.5],
    ['=SUM({1,2}*2)', 6],
  ])('reads array constants: %s is %j', (formula, expected) => {
    expect(valueOf(formula)).toBe(expected);
  });

  it('spills an array constant', () => {
    const book = bookWith();
    book.setCell(SHEET, 'A1', { formula: '={1,2;3,4}' });
    expect(book.values(SHEET, { start: { row: 0, col: 0 }, end: { row: 1, col: 1 } })).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it.each(['={1,2;3}', '={1,A1}', '={}'])('refuses the malformed array constant %s', (formula) => {
    expect(valueOf(formula)).toBe('#NAME?');
  });
});

describe('the README’s examples in the preview', () => {
  const readme = fs.readFileSync(path.resolve(__dirname, '../../../../README.md'), 'utf8');
  const examples = [...readme.matchAll(/\*\*Example:\*\* `(=[^`]+?) → ([^`]+)`/g)].map(
    (m): [string, string] => [m[1] as string, m[2] as string],
  );

  it('has examples with array constants to check', () => {
    expect(examples.filter(([formula]) => formula.includes('{')).length).toBeGreaterThan(5);
  });

  it.each(examples)('evaluates %s to what the README shows', (formula, shown) => {
    const first = (
      /-?[\d.]+|TRUE|FALSE/.exec(shown.replace(/,(?=\d{3})/g, ''))?.[0] ?? shown
    ).replace(/\.$/, '');
    const value = valueOf(formula, {}, excelFunctions);
    const text = typeof value === 'boolean' ? String(value).toUpperCase() : String(value);
    expect(text.startsWith(first)).toBe(true);
  });
});
