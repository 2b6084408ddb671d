// The worksheet examples in the function wizard and the README, evaluated through the adapters.
import * as path from 'node:path';
import { excelFunctions } from '../../../addin/functions/registry';
import { examplesIn, keepsPromise, worksheetCall } from '../../helpers/examples';

const examples = examplesIn(path.resolve(__dirname, '../../../addin/functions/functions.ts'), '→');

describe('worksheet examples', () => {
  it('cover every function', () => {
    expect(examples).toHaveLength(Object.keys(excelFunctions).length);
  });

  it.each(examples)('$call gives $expected', ({ call, expected }) => {
    const { id, args } = worksheetCall(call);
    const fn = excelFunctions[id];
    expect(fn).toBeDefined();
    const result = fn?.(...args) as unknown[][];
    expect(keepsPromise(expected, result.flat())).toBe(true);
  });
});
