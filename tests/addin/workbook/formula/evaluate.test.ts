import fc from 'fast-check';
import { bookWith, range, SHEET, valueOf } from './helpers';

describe('evaluate', () => {
  describe('references', () => {
    it('reads cells with and without $ marks, and a blank cell as 0', () => {
      const cells = { A1: 2, B7: 3 };
      expect(valueOf('=A1*$B$7+B$7', cells)).toBe(9);
      expect(valueOf('=C3', cells)).toBe(0);
      expect(valueOf('=C3+1', cells)).toBe(1);
    });

    it('reads other sheets, quoted or not, matching sheet names in any case', () => {
      const cells = { "'Sample data'!E5": 10, "'Sample data'!E6": 20, 'Data!A1': 1 };
      expect(valueOf("=SUM('Sample data'!E5:E6)+data!A1", cells)).toBe(31);
    });

    it('is #REF! for a sheet that does not exist', () => {
      expect(valueOf('=Nowhere!A1')).toBe('#REF!');
    });

    it('reads workbook-scoped names on any sheet, in any case', () => {
      const book = bookWith({ 'MTFS!B5': 0.03, 'MTFS!B4': 1000 });
      book.defineName('PayAward', 'MTFS', 'B5');
      book.defineName('Base', 'MTFS', 'B4');
      book.setCell(SHEET, 'A1', { formula: '=base*(1+PAYAWARD)' });
      expect(book.cell(SHEET, 'A1').value).toBe(1030);
    });

    it('is #NAME? for an unknown name or function', () => {
      expect(valueOf('=Floor*2')).toBe('#NAME?');
      expect(valueOf('=VLOOKUP(1,A1:B2,2)')).toBe('#NAME?');
    });

    it('spills a range result, and an operator over a range, element by element', () => {
      const book = bookWith({ A1: 1, A2: 2, A3: 3 });
      book.setCell(SHEET, 'C1', { formula: '=A1:A3*10' });
      expect(book.values(SHEET, { start: { row: 0, col: 2 }, end: { row: 3, col: 2 } })).toEqual([
        [10],
        [20],
        [30],
        [null],
      ]);
    });
  });

  it('stretches a row against a column into a grid, and gives #N/A where shapes do not meet', () => {
    const book = bookWith({ A1: 1, A2: 2, B1: 10, C1: 20, E1: 1, E2: 2, E3: 3 });
    book.setCell(SHEET, 'G1', { formula: '=A1:A2+B1:C1' });
    book.setCell(SHEET, 'G4', { formula: '=A1:A2*E1:E3' });
    expect(book.values(SHEET, range('G1:H2'))).toEqual([
      [11, 21],
      [12, 22],
    ]);
    expect(book.values(SHEET, range('G4:G6'))).toEqual([[1], [4], ['#N/A']]);
  });

  describe('coercion and comparison', () => {
    it.each([
      ['="3"+1', 4],
      ['="1,234"*1', 1234],
      ['="12%"*100', 12],
      ['=TRUE+TRUE', 2],
      ['="a"+1', '#VALUE!'],
      ['=1/3&""', '0.333333333333333'],
      ['=TRUE&1', 'TRUE1'],
      ['=A1&"x"', 'x'],
      ['="abc"="ABC"', true],
      ['="b">"a"', true],
      ['=1<"a"', true],
      ['="z"<TRUE', true],
      ['=A1=0', true],
      ['=A1=""', true],
      ['=A1=FALSE', true],
      ['=1=1.0', true],
      ['=1<>1', false],
      ['=2>=2', true],
      ['=2<=1', false],
    ])('%s is %p', (formula, expected) => {
      expect(valueOf(formula)).toBe(expected);
    });
  });

  describe('error values', () => {
    it.each([
      ['=1/0', '#DIV/0!'],
      ['=1/A1', '#DIV/0!'],
      ['=(1/0)+"a"', '#DIV/0!'],
      ['=#N/A+1', '#N/A'],
      ['=-#REF!', '#REF!'],
      ['=#NUM!&"x"', '#NUM!'],
      ['=#N/A=1', '#N/A'],
      ['=0^0', '#NUM!'],
      ['=(-8)^(1/3)', '#NUM!'],
      ['=10^400', '#NUM!'],
    ])('%s is %s', (formula, expected) => {
      expect(valueOf(formula)).toBe(expected);
    });

    it('passes an error in a referenced cell on to every formula that reads it', () => {
      const book = bookWith({ A1: 0 });
      book.setCell(SHEET, 'B1', { formula: '=10/A1' });
      book.setCell(SHEET, 'C1', { formula: '=B1*2' });
      book.setCell(SHEET, 'D1', { formula: '=SUM(B1:C1)' });
      expect(book.values(SHEET, { start: { row: 0, col: 1 }, end: { row: 0, col: 3 } })).toEqual([
        ['#DIV/0!', '#DIV/0!', '#DIV/0!'],
      ]);
      book.setCell(SHEET, 'A1', { value: 4 });
      expect(book.cell(SHEET, 'D1').value).toBe(7.5);
    });

    it('reads an error typed as a value as that error', () => {
      expect(valueOf('=A1+1', { A1: '#N/A' })).toBe('#N/A');
    });
  });

  describe('arithmetic agrees with JavaScript', () => {
    type Tree =
      number | { op: '+' | '-' | '*' | '/' | '^'; left: Tree; right: Tree } | { neg: Tree };
    const leaf = fc
      .double({ min: -1e6, max: 1e6, noNaN: true })
      .map((n) => (Object.is(n, -0) ? 0 : n));
    const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.record({
          op: fc.constantFrom('+', '-', '*', '/', '^'),
          left: tie('tree'),
          right: tie('tree'),
        }),
        fc.record({ neg: tie('tree') }),
      ),
    }));

    const text = (t: Tree): string =>
      typeof t === 'number'
        ? `(${t < 0 ? '-' : ''}${String(Math.abs(t))})`
        : 'neg' in t
          ? `(-${text(t.neg)})`
          : `(${text(t.left)}${t.op}${text(t.right)})`;

    /** The model: JavaScript arithmetic, with Excel's errors where JavaScript gives NaN or Infinity. */
    const model = (t: Tree): number | 'error' => {
      if (typeof t === 'number') return t;
      if ('neg' in t) {
        const v = model(t.neg);
        return v === 'error' ? v : -v;
      }
      const [a, b] = [model(t.left), model(t.right)];
      if (a === 'error' || b === 'error') return 'error';
      if ((t.op === '/' && b === 0) || (t.op === '^' && a === 0 && b === 0)) return 'error';
      const r = { '+': a + b, '-': a - b, '*': a * b, '/': a / b, '^': a ** b }[t.op];
      return Number.isFinite(r) ? r : 'error';
    };

    it('gives the same number, or an error exactly where JavaScript has none', () => {
      fc.assert(
        fc.property(tree, (t) => {
          const expected = model(t);
          const actual = valueOf(`=${text(t)}`);
          if (expected === 'error') expect(String(actual)).toMatch(/^#(DIV\/0!|NUM!)$/);
          else expect(actual).toBe(expected === 0 ? 0 : expected);
        }),
        { numRuns: 300 },
      );
    });
  });
});
