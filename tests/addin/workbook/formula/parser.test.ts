import { parseRange } from '../../../../addin/workbook/a1';
import { parseFormula } from '../../../../addin/workbook/formula/parser';
import { FormulaSyntaxError } from '../../../../addin/workbook/formula/tokenizer';
import { cellOf, valueOf } from './helpers';

describe('parseFormula', () => {
  describe('precedence, as Excel applies it', () => {
    it.each([
      ['=2+3*4', 14],
      ['=(2+3)*4', 20],
      ['=10-4-3', 3],
      ['=12/3/2', 2],
      ['=-2^2', 4],
      ['=2^3^2', 64],
      ['=2^-1', 0.5],
      ['=-50%', -0.5],
      ['=200%^2', 4],
      ['=2*50%', 1],
      ['=1+2&3', '33'],
      ['=1&2+3', '15'],
      ['=1+1=2', true],
      ['="a"&"b"="AB"', true],
      ['=1<2=TRUE', true],
      ['=--3', 3],
      ['=+4', 4],
      ['=1.5E2+.5', 150.5],
    ])('%s is %p', (formula, expected) => {
      expect(valueOf(formula)).toBe(expected);
    });
  });

  it('reads sheet-qualified references with $ marks and keeps the sheet name as written', () => {
    expect(parseFormula("='Sample data'!$E$5:E47")).toEqual({
      kind: 'ref',
      sheet: 'Sample data',
      range: parseRange('E5:E47'),
    });
  });

  it('reads names, function names with dots, and omitted arguments', () => {
    expect(parseFormula('=COLLAB.GROW(Base,,3)')).toEqual({
      kind: 'call',
      name: 'COLLAB.GROW',
      args: [{ kind: 'name', name: 'Base' }, undefined, { kind: 'number', value: 3 }],
    });
    expect(parseFormula('=rank.eq(B7,B$7:B$49)')).toMatchObject({ kind: 'call', name: 'RANK.EQ' });
  });

  it('reads doubled quotes inside strings as one quote', () => {
    expect(parseFormula('="say ""hi"""')).toEqual({ kind: 'string', value: 'say "hi"' });
  });

  it.each([
    '=1+',
    '=(1',
    '=1)',
    '=SUM(1,2',
    '="open',
    '=1 2',
    "='Sheet 1'",
    '=A1:',
    '=@1',
    '=Data!x',
  ])('refuses the malformed formula %s', (formula) => {
    expect(() => parseFormula(formula)).toThrow(FormulaSyntaxError);
  });

  it('shows #NAME? with the reason in a cell whose formula cannot be read', () => {
    expect(cellOf('=1+').value).toBe('#NAME?');
  });
});
