// The one error class: codes as data, messages a finance officer understands, the parameter at fault.
import { CollabError } from '../../../core/src';
import { errors, locate, show } from '../../../core/src/lib/errors';

describe('CollabError', () => {
  it('is an Error carrying its code, message and parameter', () => {
    const error = errors.empty('budget');
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(CollabError);
    expect(error.name).toBe('CollabError');
    expect(error).toMatchObject({ code: 'EMPTY', param: 'budget', message: 'budget is empty' });
  });
});

describe('errors', () => {
  it.each([
    [errors.invalidNumber('budget', 'abc'), 'INVALID_NUMBER', 'budget must be a number, got "abc"'],
    [
      errors.invalidName('forces item 2', 42),
      'INVALID_NUMBER',
      'forces item 2 must be a force name, got 42',
    ],
    [errors.empty('budget'), 'EMPTY', 'budget is empty'],
    [
      errors.divideByZero('population'),
      'DIVIDE_BY_ZERO',
      'population is zero, so the division has no result',
    ],
    [
      errors.outOfRange('population', 'greater than zero', -3),
      'OUT_OF_RANGE',
      'population must be greater than zero, got -3',
    ],
    [
      errors.shapeMismatch('savings has 3 items but budgets has 2', 'budgets'),
      'SHAPE_MISMATCH',
      'savings has 3 items but budgets has 2',
    ],
    [errors.duplicateForce('forces', 'Kent'), 'DUPLICATE', 'forces lists "Kent" more than once'],
    [
      errors.unknownForce('force', 'Atlantis'),
      'UNKNOWN_FORCE',
      'force: "Atlantis" is not in the data',
    ],
    [errors.noData('values', 'no forces left'), 'NO_DATA', 'values: no forces left'],
  ])('builds %s with code %s and a plain-words message', (error, code, message) => {
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
  });
});

describe('show', () => {
  it.each([
    ['text in quotes', 'abc', '"abc"'],
    ['TRUE as Excel shows it', true, 'TRUE'],
    ['FALSE as Excel shows it', false, 'FALSE'],
    ['null as a blank', null, 'a blank'],
    ['undefined as a blank', undefined, 'a blank'],
    ['a number as written', -3.5, '-3.5'],
    ['NaN by name', NaN, 'NaN'],
    ['a bigint as written', BigInt(12), '12'],
    ['an object by its text', { toString: () => 'Decimal 7' }, 'Decimal 7'],
    ['an object without text by its type', Object.create(null) as object, 'object'],
    ['a symbol by its type', Symbol('s'), 'symbol'],
  ])('shows %s', (_label, value, shown) => {
    expect(show(value)).toBe(shown);
  });
});

describe('error locations', () => {
  it('carry no location unless the caller gives one, so existing calls keep working', () => {
    expect(errors.empty('budget')).toMatchObject({ field: undefined, index: undefined });
  });

  it('carry the field and item given to any factory as data, beside the param text', () => {
    const error = errors.outOfRange('pay award 2027/28', 'more than -100%', -2, {
      field: 'payAward',
      index: 1,
    });
    expect(error).toMatchObject({
      code: 'OUT_OF_RANGE',
      param: 'pay award 2027/28',
      field: 'payAward',
      index: 1,
    });
  });

  it('locate gives an unlocated error the location, keeping its code, message and param', () => {
    const raised = errors.invalidNumber('grant', 'abc');
    let caught: unknown;
    try {
      locate({ field: 'grant' }, () => {
        throw raised;
      });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(CollabError);
    expect(caught).toMatchObject({
      code: raised.code,
      message: raised.message,
      param: raised.param,
      field: 'grant',
      index: undefined,
    });
  });

  it('locate keeps the location an error already has, and passes other errors through', () => {
    const inner = errors.empty('x', { field: 'inner', index: 3 });
    expect(() =>
      locate({ field: 'outer' }, () => {
        throw inner;
      }),
    ).toThrow(inner);
    const other = new TypeError('bug');
    expect(() =>
      locate({ field: 'outer' }, () => {
        throw other;
      }),
    ).toThrow(other);
    expect(locate({ field: 'outer' }, () => 7)).toBe(7);
  });
});
