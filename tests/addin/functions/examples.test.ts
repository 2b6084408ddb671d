// The worksheet examples in the function wizard and the README, evaluated through the adapters.
import * as path from 'node:path';
import { excelFunctions } from '../../../addin/functions/registry';
import { examplesIn, keepsPromise } from '../../helpers/examples';

/** Splits at top-level commas (outside {} array constants and quotes). */
function topLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  [...text].forEach((ch, i) => {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '{') depth += 1;
    else if (!quoted && ch === '}') depth -= 1;
    else if (!quoted && depth === 0 && ch === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  });
  return [...parts, text.slice(start)].map((p) => p.trim());
}

function literal(text: string): unknown {
  if (text.startsWith('"')) return text.slice(1, -1);
  if (text === 'TRUE' || text === 'FALSE') return text === 'TRUE';
  return Number(text);
}

/** An argument as Excel passes it: a literal as [[value]], an array constant {1,2;3,4} as rows. */
function argument(text: string): unknown[][] {
  if (!text.startsWith('{')) return [[literal(text)]];
  return text
    .slice(1, -1)
    .split(';')
    .map((row) => row.split(',').map((cell) => literal(cell.trim())));
}

const examples = examplesIn(path.resolve(__dirname, '../../../addin/functions/functions.ts'), '→');

describe('worksheet examples', () => {
  it('cover every function', () => {
    expect(examples).toHaveLength(Object.keys(excelFunctions).length);
  });

  it.each(examples)('$call gives $expected', ({ call, expected }) => {
    const match = /^=COLLAB\.(\w+)\((.*)\)$/.exec(call);
    const fn = excelFunctions[match?.[1] ?? ''];
    expect(fn).toBeDefined();
    const args = topLevel(match?.[2] ?? '', ',').map(argument);
    const result = fn?.(...args) as unknown[][];
    expect(keepsPromise(expected, result.flat())).toBe(true);
  });
});
