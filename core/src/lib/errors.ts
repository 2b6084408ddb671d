// The core's one error class. Codes are data (the Excel layer maps them to #DIV/0!, #NUM!, #VALUE!);
// every message is written here, in words a finance officer understands, naming the parameter.

export type ErrorCode =
  | 'INVALID_NUMBER'
  | 'EMPTY'
  | 'DIVIDE_BY_ZERO'
  | 'OUT_OF_RANGE'
  | 'SHAPE_MISMATCH'
  | 'DUPLICATE'
  | 'UNKNOWN_FORCE'
  | 'NO_DATA';

export class CollabError extends Error {
  override readonly name = 'CollabError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The parameter (and item) at fault, e.g. `budgets item 3`. */
    readonly param: string,
  ) {
    super(message);
  }
}

/** Shows a bad value the way a user typed it: text in quotes, booleans as Excel shows them. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value === null || value === undefined) return 'a blank';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'object' && 'toString' in value) return String(value);
  return typeof value;
}

export const errors = {
  invalidNumber: (param: string, value: unknown) =>
    new CollabError('INVALID_NUMBER', `${param} must be a number, got ${show(value)}`, param),
  invalidName: (param: string, value: unknown) =>
    new CollabError('INVALID_NUMBER', `${param} must be a force name, got ${show(value)}`, param),
  empty: (param: string) => new CollabError('EMPTY', `${param} is empty`, param),
  divideByZero: (param: string) =>
    new CollabError('DIVIDE_BY_ZERO', `${param} is zero, so the division has no result`, param),
  outOfRange: (param: string, requirement: string, value: unknown) =>
    new CollabError('OUT_OF_RANGE', `${param} must be ${requirement}, got ${show(value)}`, param),
  shapeMismatch: (what: string, param: string) => new CollabError('SHAPE_MISMATCH', what, param),
  duplicateForce: (param: string, force: string) =>
    new CollabError('DUPLICATE', `${param} lists ${JSON.stringify(force)} more than once`, param),
  unknownForce: (param: string, force: string) =>
    new CollabError(
      'UNKNOWN_FORCE',
      `${param}: ${JSON.stringify(force)} is not in the data`,
      param,
    ),
  noData: (param: string, why: string) => new CollabError('NO_DATA', `${param}: ${why}`, param),
  wholePercent: (param: string, value: unknown, meant: string, fraction: string) =>
    new CollabError(
      'OUT_OF_RANGE',
      `${param} is ${show(value)}, which looks like a percentage typed as a whole number; for ${meant} % type ${meant}% or ${fraction}`,
      param,
    ),
} as const;
