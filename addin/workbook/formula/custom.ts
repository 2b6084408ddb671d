// Calls a COLLAB.<ID> custom function the way Excel does: every argument as a 2-D array (blanks
// null, an omitted argument undefined), and the result read back as a scalar, an array or an error.

import { deref, toMatrix, type EvalContext, type Thunk, type Value } from './context';
import { checked } from './coerce';
import { CellError, errorFromCode, isError, type Matrix, type Scalar } from './values';

export const CUSTOM_PREFIX = 'COLLAB.';

export function callCustom(id: string, args: readonly Thunk[], ctx: EvalContext): Value {
  const fn = ctx.functions[id];
  if (fn === undefined) return new CellError('#NAME?', `no function ${CUSTOM_PREFIX}${id}`);
  const given: (Scalar[][] | undefined)[] = [];
  for (const arg of args) {
    const value = arg();
    if (value === undefined) {
      given.push(undefined);
      continue;
    }
    const grid = toMatrix(deref(value, ctx), ctx);
    // Simplification: an error anywhere in an argument is the result; the function is not called.
    const error = grid.flat().find(isError);
    if (error !== undefined) return error;
    given.push(grid.map((row) => [...row]));
  }
  let result: unknown;
  try {
    result = fn(...given);
  } catch (thrown) {
    return new CellError('#VALUE!', thrown instanceof Error ? thrown.message : String(thrown));
  }
  return fromResult(result);
}

function fromResult(result: unknown): Scalar | Matrix {
  if (!Array.isArray(result)) return fromScalar(result);
  const rows: unknown[] = result;
  const width = Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : 0;
  if (width === 0 || !rows.every((row) => Array.isArray(row) && row.length === width)) {
    return new CellError('#VALUE!', 'the function returned an array that is not a rectangle');
  }
  return (rows as unknown[][]).map((row) => row.map(fromScalar));
}

function fromScalar(value: unknown): Scalar {
  if (typeof value === 'number') return checked(value);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value === null || value === undefined) return 0;
  if (isError(value)) return value;
  if (typeof value === 'object' && 'code' in value && typeof value.code === 'string') {
    const message =
      'message' in value && typeof value.message === 'string' ? value.message : undefined;
    if (value.code.startsWith('#')) {
      return errorFromCode(value.code, message) ?? new CellError('#VALUE!', message ?? value.code);
    }
  }
  return new CellError('#VALUE!', 'the function returned something that is not a cell value');
}
