// The core's one error class. Codes are data (the Excel layer maps them to #DIV/0!, #NUM!, #VALUE!);
// every message is written here, in words a finance officer understands, naming the parameter. Where
// a caller needs to point at the input (a form field, a list item), the location is data too.

export type ErrorCode =
  | 'INVALID_NUMBER'
  | 'EMPTY'
  | 'DIVIDE_BY_ZERO'
  | 'OUT_OF_RANGE'
  | 'SHAPE_MISMATCH'
  | 'DUPLICATE'
  | 'UNKNOWN_FORCE'
  | 'NO_DATA';

/**
 * Where an error is, as data for code (the `param` text is for people): the field, by the key its
 * caller uses (e.g. `payAward`), and for a list or per-year value the 0-based item (a year, a row).
 */
export interface ErrorLocation {
  readonly field: string;
  readonly index?: number;
  /** The scenario whose value is at fault, where a value differs by scenario. */
  readonly scenario?: string;
}

export class CollabError extends Error {
  override readonly name = 'CollabError';
  /** The field at fault, by its key; undefined where the caller gave no location. */
  readonly field: string | undefined;
  /** The 0-based item of the field at fault (a year, a list item), if it has items. */
  readonly index: number | undefined;
  /** The scenario of the value at fault, where the value differs by scenario. */
  readonly scenario: string | undefined;

  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The parameter (and item) at fault, e.g. `budgets item 3`. */
    readonly param: string,
    at?: ErrorLocation,
  ) {
    super(message);
    this.field = at?.field;
    this.index = at?.index;
    this.scenario = at?.scenario;
  }

  /** The same error located at `at`: code, message and param unchanged. */
  locatedAt(at: ErrorLocation): CollabError {
    return new CollabError(this.code, this.message, this.param, at);
  }
}

/**
 * Runs `read`, locating at `at` any CollabError it raises that has no location yet, so a caller that
 * reads a field through shared rules (which know only the param text) still reports the field as data.
 */
export function locate<T>(at: ErrorLocation, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof CollabError && error.field === undefined) throw error.locatedAt(at);
    throw error;
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

// Every factory takes the location as an optional last argument, so existing calls stay as they are.
export const errors = {
  invalidNumber: (param: string, value: unknown, at?: ErrorLocation) =>
    new CollabError('INVALID_NUMBER', `${param} must be a number, got ${show(value)}`, param, at),
  invalidName: (param: string, value: unknown, at?: ErrorLocation) =>
    new CollabError(
      'INVALID_NUMBER',
      `${param} must be a force name, got ${show(value)}`,
      param,
      at,
    ),
  empty: (param: string, at?: ErrorLocation) =>
    new CollabError('EMPTY', `${param} is empty`, param, at),
  divideByZero: (param: string, at?: ErrorLocation) =>
    new CollabError('DIVIDE_BY_ZERO', `${param} is zero, so the division has no result`, param, at),
  outOfRange: (param: string, requirement: string, value: unknown, at?: ErrorLocation) =>
    new CollabError(
      'OUT_OF_RANGE',
      `${param} must be ${requirement}, got ${show(value)}`,
      param,
      at,
    ),
  shapeMismatch: (what: string, param: string, at?: ErrorLocation) =>
    new CollabError('SHAPE_MISMATCH', what, param, at),
  duplicateForce: (param: string, force: string, at?: ErrorLocation) =>
    new CollabError(
      'DUPLICATE',
      `${param} lists ${JSON.stringify(force)} more than once`,
      param,
      at,
    ),
  unknownForce: (param: string, force: string, at?: ErrorLocation) =>
    new CollabError(
      'UNKNOWN_FORCE',
      `${param}: ${JSON.stringify(force)} is not in the data`,
      param,
      at,
    ),
  noData: (param: string, why: string, at?: ErrorLocation) =>
    new CollabError('NO_DATA', `${param}: ${why}`, param, at),
  /** A rate that reads two ways (0.5: 0.5 % or 50 %?), refused with both readings as the fix. */
  ambiguousRate: (
    param: string,
    value: unknown,
    small: string,
    large: string,
    at?: ErrorLocation,
  ) =>
    new CollabError(
      'OUT_OF_RANGE',
      `${param} is ${show(value)}, which could mean ${small} or ${large}: type ${small} or ${large}`,
      param,
      at,
    ),
} as const;
