// Input parsing and the argument rules every core function relies on.
import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { Decimal } from '../../../core/src';
import {
  check,
  itemName,
  read,
  readList,
  readWhole,
  sameLength,
  sumPairs,
  toDecimal,
  type Kind,
  MAX_TEXT_LENGTH,
} from '../../../core/src/lib/input';
import { collabError, expectCode, expectDecimal, NOT_NUMBERS } from '../helpers';

describe('toDecimal', () => {
  it.each([
    ['1,234.50', '1234.5'],
    ['£1,234', '1234'],
    ['-£5', '-5'],
    ['£-5', '-5'],
    ['+£5', '5'],
    ['(120)', '-120'],
    ['(£1,234.50)', '-1234.5'],
    ['18%', '0.18'],
    ['12.5 %', '0.125'],
    ['(18%)', '-0.18'],
    [' 7 ', '7'],
    ['1e3', '1000'],
    ['2.5E-2', '0.025'],
    ['.5', '0.5'],
    ['5.', '5'],
    ['12,345,678.9', '12345678.9'],
    ['- 5', '-5'],
    ['£ 250', '250'],
  ])('reads the text %p as %s', (text, expected) => {
    expectDecimal(toDecimal(text, 'x'), expected);
  });

  it.each([
    ['1,2,3'],
    ['1,23'],
    [',123'],
    ['1,234e3'],
    ['abc'],
    ['£'],
    ['%'],
    ['()'],
    ['.'],
    ['1e'],
    ['0x10'],
    ['Infinity'],
    ['NaN'],
    ['--5'],
    ['-£-5'],
    ['5-'],
    ['£5£'],
    ['18%%'],
    ['(-5)'],
    ['(+5)'],
  ])('refuses the text %p as an invalid number', (text) => {
    expectCode(() => toDecimal(text, 'budget'), 'INVALID_NUMBER', 'budget');
  });

  it.each([[''], ['   '], ['\t']])('calls the text %p empty, not zero', (text) => {
    expectCode(() => toDecimal(text, 'budget'), 'EMPTY', 'budget');
  });

  it.each(NOT_NUMBERS)('refuses %s with its code', (_label, value, code) => {
    expectCode(() => toDecimal(value, 'budget'), code, 'budget');
  });

  it.each([
    ['an array (a range where one value belongs)', [[1]]],
    ['an object', { value: 1 }],
    ['a bigint', BigInt(5)],
    ['a symbol', Symbol('x')],
  ])('refuses %s as an invalid number', (_label, value) => {
    expectCode(() => toDecimal(value, 'budget'), 'INVALID_NUMBER', 'budget');
  });

  it('shows the bad text in quotes in the message', () => {
    expect(collabError(() => toDecimal('abc', 'budget')).message).toContain('"abc"');
  });

  it('reads numbers and Decimals (from any decimal.js copy) at full precision', () => {
    expectDecimal(toDecimal(0.1, 'x'), '0.1');
    expectDecimal(
      toDecimal(new Decimal('1.000000000000000000000000001'), 'x'),
      '1.000000000000000000000000001',
    );
    expectDecimal(toDecimal(new DecimalJs('-2.5'), 'x'), '-2.5');
  });

  it('returns a Decimal of the core clone even for a foreign decimal.js value', () => {
    expect(toDecimal(new DecimalJs(3), 'x')).toBeInstanceOf(Decimal);
  });

  it.each([[-0], ['-0'], ['(0)'], ['-£0.00']])(
    'reads %p as plain zero, never negative zero',
    (v) => {
      const value = toDecimal(v, 'x');
      expect(value.isZero()).toBe(true);
      expect(value.isNeg()).toBe(false);
    },
  );

  describe('reads a number as Excel shows it, to 15 significant digits', () => {
    it.each([
      [0.1 + 0.2, '0.3'],
      [1123456.7799999998, '1123456.78'],
      [1.1 * 3, '3.3'],
      [1234.56, '1234.56'],
      [-0.05, '-0.05'],
      [22000, '22000'],
      [1 / 3, '0.333333333333333'],
      [1e21, '1e+21'],
    ])('reads %p as %s', (value, expected) => {
      expectDecimal(toDecimal(value, 'x'), expected);
    });

    it('leaves every typed number of up to 15 digits unchanged', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 }),
          fc.integer({ min: 0, max: 10 }),
          (n, k) => {
            const typed = `${n}e-${k}`;
            expect(toDecimal(Number(typed), 'x').eq(new DecimalJs(typed))).toBe(true);
          },
        ),
      );
    });
  });

  it('refuses text longer than any figure without scanning it', () => {
    const huge = '1'.repeat(32767);
    expectCode(() => toDecimal(huge, 'budget'), 'INVALID_NUMBER', 'budget');
    expect(toDecimal('1'.repeat(MAX_TEXT_LENGTH), 'x').toFixed()).toBe('1'.repeat(MAX_TEXT_LENGTH));
  });
});

describe('check', () => {
  const rule = (kind: Kind) => ({ name: 'p', kind });
  const accepts: [Kind, string[]][] = [
    ['signed', ['-5', '0', '5']],
    ['nonNegative', ['0', '5']],
    ['divisor', ['0.001', '5']],
    ['positive', ['0.001', '5']],
    ['growthRate', ['-0.99', '0', '0.5', '3']],
  ];
  it.each(accepts)('lets a %s parameter hold %j', (kind, values) => {
    for (const v of values) expectDecimal(check(new Decimal(v), rule(kind)), v);
  });

  it.each([
    ['nonNegative', '-0.01', 'OUT_OF_RANGE'],
    ['divisor', '0', 'DIVIDE_BY_ZERO'],
    ['divisor', '-3', 'OUT_OF_RANGE'],
    ['positive', '0', 'OUT_OF_RANGE'],
    ['positive', '-1', 'OUT_OF_RANGE'],
    ['growthRate', '-1', 'OUT_OF_RANGE'],
    ['growthRate', '-1.5', 'OUT_OF_RANGE'],
  ] as const)('refuses %s %s with %s', (kind, value, code) => {
    expectCode(() => check(new Decimal(value), rule(kind)), code, 'p');
  });

  it('names the parameter and the bad value in words', () => {
    const error = collabError(() => read(-3, { name: 'population', kind: 'divisor' }));
    expect(error.message).toBe('population must be greater than zero, got -3');
  });

  it('names a given item instead of the rule when told to', () => {
    expectCode(
      () => check(new Decimal(-1), rule('nonNegative'), 'p item 4'),
      'OUT_OF_RANGE',
      'p item 4',
    );
  });
});

describe('itemName', () => {
  it('counts items from one, as a user does', () => {
    expect(itemName('budgets', 0)).toBe('budgets item 1');
    expect(itemName('budgets', 2)).toBe('budgets item 3');
  });
});

describe('readList', () => {
  const rule = { name: 'income', kind: 'nonNegative' } as const;

  it('keeps blanks as null so paired lists stay aligned', () => {
    const list = readList([1, null, undefined, '', '  ', '2,000'], rule);
    expect(list.map((v) => (v === null ? null : v.toString()))).toEqual([
      '1',
      null,
      null,
      null,
      null,
      '2000',
    ]);
  });

  it('names a bad item by its position', () => {
    expectCode(() => readList([1, 2, 'x'], rule), 'INVALID_NUMBER', 'income item 3');
    expectCode(() => readList([1, -2], rule), 'OUT_OF_RANGE', 'income item 2');
  });

  it('reads an empty list as empty', () => {
    expect(readList([], rule)).toEqual([]);
  });
});

describe('readWhole', () => {
  it.each([
    [0, 0],
    ['3', 3],
    [10, 10],
    [new Decimal('7.0'), 7],
  ])('reads %p as the whole number %d', (value, expected) => {
    expect(readWhole(value, 'decimals', 0, 10)).toBe(expected);
  });

  it.each([[-1], [11], [2.5], ['1e-1']])('refuses %p outside 0 to 10 or not whole', (value) => {
    expectCode(() => readWhole(value, 'decimals', 0, 10), 'OUT_OF_RANGE', 'decimals');
  });

  it('refuses text that is not a number', () => {
    expectCode(() => readWhole('two', 'years', 1, 100), 'INVALID_NUMBER', 'years');
  });
});

describe('sameLength', () => {
  it('accepts lists of the same length', () => {
    expect(() => sameLength([1, 2], 'a', [3, 4], 'b')).not.toThrow();
  });

  it('refuses lists that do not pair up, naming the second list', () => {
    const error = collabError(() => sameLength([1, 2, 3], 'savings', [1, 2], 'budgets'));
    expect(error.code).toBe('SHAPE_MISMATCH');
    expect(error.param).toBe('budgets');
    expect(error.message).toBe('savings has 3 items but budgets has 2; they must pair up');
  });
});

describe('sumPairs', () => {
  const a = { name: 'savings', kind: 'signed' } as const;
  const b = { name: 'budgets', kind: 'nonNegative' } as const;

  it('sums each list, skipping pairs blank on both sides', () => {
    // savings 4,000 + 830 = 4,830; budgets 22,000 + 3,300 = 25,300
    const sums = sumPairs([4000, null, '830'], a, [22000, '', 3300], b);
    expectDecimal(sums.a, 4830);
    expectDecimal(sums.b, 25300);
  });

  it('refuses a pair blank on one side, naming the missing item', () => {
    expectCode(() => sumPairs([1, null], a, [1, 2], b), 'EMPTY', 'savings item 2');
    expectCode(() => sumPairs([1, 2], a, [1, undefined], b), 'EMPTY', 'budgets item 2');
  });

  it('calls a list with no pair at all empty', () => {
    expectCode(() => sumPairs([null, ''], a, [undefined, ' '], b), 'EMPTY', 'savings');
    expectCode(() => sumPairs([], a, [], b), 'EMPTY', 'savings');
  });

  it('refuses lists of different lengths', () => {
    expectCode(() => sumPairs([1], a, [1, 2], b), 'SHAPE_MISMATCH', 'budgets');
  });
});
