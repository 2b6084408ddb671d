// Reads `@example` lines from source files and compares what they promise with what the code gives.
import * as fs from 'node:fs';

/** Every `@example` line of a file, as `{ call, expected }` split at the arrow. */
export function examplesIn(file: string, arrow: string): { call: string; expected: string }[] {
  return [...fs.readFileSync(file, 'utf8').matchAll(/@example (.+)$/gm)].map((m) => {
    const line = m[1] ?? '';
    const at = line.lastIndexOf(arrow);
    return { call: line.slice(0, at).trim(), expected: line.slice(at + arrow.length).trim() };
  });
}

/** The numbers and booleans an example promises, in order; a trailing … means "starts with". */
function promised(expected: string): string[] {
  return (
    expected.replace(/\(.*?\)/g, '').match(/-?\d[\d.]*…?|\btrue\b|\bfalse\b|\bTRUE\b|\bFALSE\b/g) ??
    []
  );
}

/** Whether the values (flattened, in order) are what the example text promises. */
export function keepsPromise(expected: string, values: unknown[]): boolean {
  const tokens = promised(expected);
  if (tokens.length !== values.length) return false;
  return tokens.every((token, i) => {
    const actual = String(values[i]).toLowerCase();
    return token.endsWith('…')
      ? actual.startsWith(token.slice(0, -1))
      : actual === token.toLowerCase();
  });
}
