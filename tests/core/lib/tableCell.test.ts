// A data table's cell is read by the same rule as every function's argument.
import { nre, readTableCell } from '../../../core/src';
import { collabError } from '../helpers';

describe('readTableCell', () => {
  it.each([[null], [undefined], [''], ['   ']])('reads %p as blank (null)', (value) => {
    expect(readTableCell(value, { name: 'Population for Kent', kind: 'divisor' })).toBeNull();
  });

  it.each([
    ['£117,163,277', '117163277'],
    ['1,234.50', '1234.5'],
    ['(120)', '-120'],
    [42, '42'],
  ])('reads %p as %s', (value, expected) => {
    expect(readTableCell(value, { name: 'x', kind: 'signed' })?.toString()).toBe(expected);
  });

  it.each([['£117,163,277'], ['£1,234'], ['1,234.50'], [0.1]])(
    'reads %p to the number a core function reads from the same cell',
    (value) => {
      expect(readTableCell(value, { name: 'x', kind: 'nonNegative' })?.eq(nre(value, []))).toBe(
        true,
      );
    },
  );

  it('checks the rule and names the cell in the error', () => {
    expect(
      collabError(() => readTableCell(-4, { name: 'Population for Kent', kind: 'divisor' })),
    ).toMatchObject({ code: 'OUT_OF_RANGE', param: 'Population for Kent' });
    expect(collabError(() => readTableCell('n/a', { name: 'NRE', kind: 'signed' })).code).toBe(
      'INVALID_NUMBER',
    );
    expect(collabError(() => readTableCell(true, { name: 'NRE', kind: 'signed' })).code).toBe(
      'INVALID_NUMBER',
    );
  });
});
