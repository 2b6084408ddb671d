// Shared checks for the core tests: catching a CollabError by its code, and the bad values that every
// numeric parameter must refuse, so each function's file states once which parameter it feeds them to.
import { CollabError, Decimal, type ErrorCode } from '../../core/src';

/** Runs `call` and returns the CollabError it throws; fails the test if it throws nothing or something else. */
export function collabError(call: () => unknown): CollabError {
  try {
    call();
  } catch (error) {
    if (error instanceof CollabError) return error;
    throw error;
  }
  throw new Error('expected a CollabError, but nothing was thrown');
}

/** Asserts that `call` raises `code`, naming `param` when given. */
export function expectCode(call: () => unknown, code: ErrorCode, param?: string): void {
  const error = collabError(call);
  expect(error.code).toBe(code);
  if (param !== undefined) expect(error.param).toBe(param);
}

/** Values that are not numbers, with the code a scalar parameter must raise for each. */
export const NOT_NUMBERS: readonly (readonly [label: string, value: unknown, code: ErrorCode])[] = [
  ['NaN', NaN, 'INVALID_NUMBER'],
  ['Infinity', Infinity, 'INVALID_NUMBER'],
  ['-Infinity', -Infinity, 'INVALID_NUMBER'],
  ['a NaN Decimal', new Decimal(NaN), 'INVALID_NUMBER'],
  ['an infinite Decimal', new Decimal(-Infinity), 'INVALID_NUMBER'],
  ['TRUE', true, 'INVALID_NUMBER'],
  ['FALSE', false, 'INVALID_NUMBER'],
  ['non-numeric text', 'abc', 'INVALID_NUMBER'],
  ['text with a number inside', '12 officers', 'INVALID_NUMBER'],
  ['empty text', '', 'EMPTY'],
  ['spaces only', '   ', 'EMPTY'],
  ['null (a blank cell)', null, 'EMPTY'],
  ['undefined (a missing argument)', undefined, 'EMPTY'],
];

/** The non-numbers a list item must refuse: blanks are not among them, lists skip blanks. */
export const NOT_NUMBER_ITEMS = NOT_NUMBERS.filter(([, , code]) => code === 'INVALID_NUMBER');

/**
 * Declares, inside a describe, that a scalar parameter refuses every non-number with the right code
 * and names itself in the error. `call` passes the bad value in that parameter's place. An optional
 * parameter (`omittable`) takes null and undefined as "use the default", so those are left out.
 */
export function itRefusesNonNumbers(
  param: string,
  call: (bad: never) => unknown,
  omittable = false,
): void {
  const values = omittable
    ? NOT_NUMBERS.filter(([, v]) => v !== null && v !== undefined)
    : NOT_NUMBERS;
  it.each(values)(`refuses %s as ${param}`, (_label, bad, code) => {
    expectCode(() => call(bad as never), code, param);
  });
}

/**
 * Declares that a list parameter refuses a non-number item, naming the item by its position.
 * `call` must put the bad value second in the list, so the error names `item 2`.
 */
export function itRefusesNonNumberItems(param: string, call: (badItem: never) => unknown): void {
  it.each(NOT_NUMBER_ITEMS)(`refuses %s as an item of ${param}, naming its position`, (_l, bad) => {
    expectCode(() => call(bad as never), 'INVALID_NUMBER', `${param} item 2`);
  });
}

/** Asserts a Decimal equals the expected number exactly, showing both as text on failure. */
export function expectDecimal(actual: Decimal, expected: string | number): void {
  expect(actual.toString()).toBe(new Decimal(expected).toString());
}
