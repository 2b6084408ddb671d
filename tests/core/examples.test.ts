// The TSDoc examples of the core (the text the function wizard is written from), evaluated.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as core from '../../core/src/index';
import { examplesIn, keepsPromise } from '../helpers/examples';

const src = path.resolve(__dirname, '../../core/src');
const files = fs
  .readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => path.join(src, f));
const examples = files.flatMap((file) => examplesIn(file, '//=>'));

/** Flattens a core result (Decimal, number, boolean, array or result object) into its figures. */
function valuesOf(result: unknown): unknown[] {
  if (typeof result === 'string') return [];
  if (Array.isArray(result)) return result.flatMap(valuesOf);
  if (core.Decimal.isDecimal(result)) return [(result as core.Decimal).toString()];
  if (typeof result === 'object' && result !== null) return Object.values(result).flatMap(valuesOf);
  return [result];
}

describe('core TSDoc examples', () => {
  it('are found', () => {
    expect(examples.length).toBeGreaterThanOrEqual(20);
  });

  it.each(examples)('$call gives $expected', ({ call, expected }) => {
    // The example text is code written in this repository; evaluating it is the point of the test.
    const result: unknown = new Function('core', `with (core) { return ${call}; }`)(core);
    expect(keepsPromise(expected, valuesOf(result))).toBe(true);
  });
});
