import { MemoryWorkbook, WorkbookError } from '../../../../addin/workbook/memory';
import { bookWith, range, SHEET } from '../formula/helpers';

const codeOf = (action: () => unknown): string | undefined => {
  try {
    action();
    return undefined;
  } catch (error) {
    return error instanceof WorkbookError ? error.code : 'not a WorkbookError';
  }
};

describe('MemoryWorkbook', () => {
  describe('recalculation', () => {
    it('recalculates dependants when a cell changes, and tells subscribers', () => {
      const book = bookWith({ A1: 2, B1: '=A1*10', C1: '=B1+1' });
      const seen: unknown[] = [];
      const unsubscribe = book.subscribe(() => seen.push(book.cell(SHEET, 'C1').value));
      book.setCell(SHEET, 'A1', { value: 3 });
      expect(seen).toEqual([31]);
      unsubscribe();
      book.setCell(SHEET, 'A1', { value: 4 });
      expect(seen).toEqual([31]);
      expect(book.cell(SHEET, 'C1').value).toBe(41);
    });

    it('calculates formulas that read cells further down, across sheets', () => {
      const book = bookWith({ A1: '=Data!A2*2', 'Data!A2': '=Data!A3+1', 'Data!A3': 4 });
      expect(book.cell(SHEET, 'A1').value).toBe(10);
    });

    it('follows a chain of 20,000 formulas without running out of stack', () => {
      const book = new MemoryWorkbook();
      book.addSheet(SHEET);
      const n = 20_000;
      book.transaction(() => {
        for (let r = 1; r < n; r++) book.setCell(SHEET, `A${r}`, { formula: `=A${r + 1}+1` });
        book.setCell(SHEET, `A${n}`, { value: 0 });
      });
      expect(book.cell(SHEET, 'A1').value).toBe(n - 1);
    });

    it.each([
      ['a cell that reads itself', { A1: '=A1+1' }, ['A1']],
      [
        'two cells that read each other',
        { A1: '=B1', B1: '=A1*2', C1: '=B1+1' },
        ['A1', 'B1', 'C1'],
      ],
      ['a cycle hidden behind IFERROR', { A1: '=IFERROR(B1,0)', B1: '=A1+1' }, ['A1', 'B1']],
      ['a cycle through a range', { A1: '=SUM(A1:A3)', A2: 1 }, ['A1']],
    ])('shows #CYCLE! for %s', (_, cells, addresses) => {
      const book = bookWith(cells);
      for (const address of addresses) expect(book.cell(SHEET, address).value).toBe('#CYCLE!');
    });

    it('clears a cycle once it is broken', () => {
      const book = bookWith({ A1: '=B1', B1: '=A1' });
      book.setCell(SHEET, 'B1', { value: 7 });
      expect(book.cell(SHEET, 'A1').value).toBe(7);
    });
  });

  describe('spills', () => {
    it('fills the cells below and right, readable by other formulas', () => {
      const book = bookWith({ A1: 1, A2: 2, B1: 3, B2: 4, D1: '=A1:B2*2', G1: '=E2+1' });
      expect(book.values(SHEET, range('D1:E2'))).toEqual([
        [2, 6],
        [4, 8],
      ]);
      expect(book.cell(SHEET, 'G1').value).toBe(9);
      expect(book.cell(SHEET, 'E2')).toMatchObject({ spilledFrom: 'D1' });
      expect(book.cell(SHEET, 'E2').formula).toBeUndefined();
      expect(book.usedRange(SHEET)).toEqual(range('A1:G2'));
    });

    it('is #SPILL! while a cell in the way is not empty, and spills once it is cleared', () => {
      const book = bookWith({ A1: 1, A2: 2, C1: '=A1:A2', C2: 'in the way' });
      expect(book.cell(SHEET, 'C1').value).toBe('#SPILL!');
      book.setCell(SHEET, 'C2', { value: null });
      expect(book.values(SHEET, range('C1:C2'))).toEqual([[1], [2]]);
    });

    it('spills through cells that carry only a format', () => {
      const book = bookWith({ A1: 1, A2: 2, C1: '=A1:A2' });
      book.setCell(SHEET, 'C2', { format: '0.0%' });
      expect(book.cell(SHEET, 'C2')).toMatchObject({ value: 2, format: '0.0%' });
    });

    it('shows blanks read through a formula as 0', () => {
      const book = bookWith({ A1: 1, C1: '=A1:A2' });
      expect(book.cell(SHEET, 'C2').value).toBe(0);
    });
  });

  describe('cells', () => {
    it('parses text entered as a user types it, keeping the format', () => {
      const book = bookWith();
      book.setCell(SHEET, 'A1', { value: 1, format: '£#,##0', bold: true });
      book.enter(SHEET, 'A1', '1,250');
      expect(book.cell(SHEET, 'A1')).toMatchObject({ value: 1250, format: '£#,##0', bold: true });
      book.enter(SHEET, 'A2', '=A1/2');
      book.enter(SHEET, 'A3', "'=not a formula");
      book.enter(SHEET, 'A4', 'true');
      book.enter(SHEET, 'A5', '12.5%');
      expect(book.values(SHEET, range('A2:A5'))).toEqual([
        [625],
        ['=not a formula'],
        [true],
        [0.125],
      ]);
    });

    it('keeps formula text as written and shows its value', () => {
      const book = bookWith({ A1: 4, B1: '=A1^2' });
      expect(book.cell(SHEET, 'B1')).toMatchObject({ formula: '=A1^2', value: 16, address: 'B1' });
    });

    it('has no used range on an empty sheet', () => {
      expect(bookWith().usedRange(SHEET)).toBeUndefined();
    });

    it('refuses a malformed cell address', () => {
      expect(codeOf(() => bookWith().setCell(SHEET, 'A0', { value: 1 }))).toBe('BAD_ADDRESS');
    });
  });

  describe('structure', () => {
    it.each(['', 'a/b', "'quoted'", 'x'.repeat(32), 'Sheet[1]'])(
      'refuses "%s" as a sheet name',
      (name) => {
        expect(codeOf(() => bookWith().addSheet(name))).toBe('BAD_SHEET_NAME');
      },
    );

    it('refuses a second sheet of the same name in another case', () => {
      expect(codeOf(() => bookWith().addSheet(SHEET.toUpperCase()))).toBe('SHEET_EXISTS');
    });

    it.each(['A1', '1st', 'has space', 'R', 'c'])('refuses "%s" as a defined name', (name) => {
      expect(codeOf(() => bookWith().defineName(name, SHEET, 'A1'))).toBe('BAD_NAME');
    });

    it('resolves addresses, quoted sheet names and defined names to a sheet and range', () => {
      const book = bookWith({ "'Sample data'!A1": 1 });
      book.defineName('Floor', 'Sample data', 'B2');
      expect(book.resolve("'sample data'!B2:A1")).toEqual({
        sheet: 'Sample data',
        range: range('A1:B2'),
      });
      expect(book.resolve('floor')).toMatchObject({ sheet: 'Sample data' });
      expect(book.resolve('C3')).toMatchObject({ sheet: SHEET });
    });

    it('drops the tables and own names of a removed sheet, keeps its workbook names as #REF!, and activates another', () => {
      const book = bookWith({ 'Data!A1': 1 });
      book.defineName('Floor', 'Data', 'A1');
      book.defineName('Local', 'Data', 'A1', 'sheet');
      book.addTable('Forces', 'Data', 'A1:B3');
      book.activateSheet('Data');
      book.removeSheet('Data');
      expect(book.names()).toEqual([{ name: 'Floor', refersTo: '#REF!' }]);
      expect(book.name('Floor')).toBeUndefined();
      book.setCell(SHEET, 'B1', { formula: '=Floor' });
      expect(book.cell(SHEET, 'B1').value).toBe('#REF!');
      expect(book.tableNames()).toEqual([]);
      expect(book.activeSheet).toBe(SHEET);
    });

    it('does not bring a #REF! name back when a sheet of the old name is added', () => {
      const book = bookWith({ 'Data!A1': 1 });
      book.defineName('Floor', 'Data', 'A1');
      book.removeSheet('Data');
      book.addSheet('Data');
      expect(book.names()).toEqual([{ name: 'Floor', refersTo: '#REF!' }]);
    });

    it('reads a sheet’s own name before the workbook’s, and the workbook’s from other sheets', () => {
      const book = bookWith({ 'Data!A1': 1, 'Data!A2': 2 });
      book.defineName('Pick', 'Data', 'A1');
      book.defineName('Pick', 'Data', 'A2', 'sheet');
      book.setCell('Data', 'B1', { formula: '=Pick' });
      book.setCell(SHEET, 'B1', { formula: '=Pick' });
      expect(book.cell('Data', 'B1').value).toBe(2);
      expect(book.cell(SHEET, 'B1').value).toBe(1);
    });

    it('refuses a name defined twice in the same scope, as Excel’s Name Manager does', () => {
      const book = bookWith({ 'Data!A1': 1 });
      book.defineName('Pick', 'Data', 'A1');
      expect(codeOf(() => book.defineName('PICK', SHEET, 'A1'))).toBe('BAD_NAME');
    });

    it('refuses a second table of the same name', () => {
      const book = bookWith();
      book.addTable('Forces', SHEET, 'A1:B3');
      expect(codeOf(() => book.addTable('FORCES', SHEET, 'C1:D3'))).toBe('TABLE_EXISTS');
    });
  });

  describe('charts', () => {
    it('reads categories from the first column and series from the first row', () => {
      const book = bookWith({
        A1: 'Category',
        B1: 'Per head',
        C1: 'Average',
        A2: 'Forensics',
        B2: 12.5,
        C2: '=B2*2',
        A3: 'Legal',
        B3: 'n/a',
        C3: 4,
      });
      book.addChart(SHEET, {
        kind: 'columnClustered',
        title: 'Variance',
        source: 'A1:C3',
        at: 'E1',
        highlightPoints: [1],
      });
      expect(book.charts(SHEET)).toEqual([
        {
          kind: 'columnClustered',
          title: 'Variance',
          source: 'A1:C3',
          at: 'E1',
          highlightPoints: [1],
          categories: ['Forensics', 'Legal'],
          series: [
            { name: 'Per head', values: [12.5, null] },
            { name: 'Average', values: [25, 4] },
          ],
        },
      ]);
    });

    it('refuses a chart whose source is not a range', () => {
      const chart = { kind: 'line', title: 't', source: 'nowhere', at: 'A1' } as const;
      expect(codeOf(() => bookWith().addChart(SHEET, chart))).toBe('BAD_ADDRESS');
    });
  });
});
