// Reads `@example` lines from source files, turns a worksheet example's call into the arguments
// Excel passes, and compares what an example promises with what the code gives.
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

/** A worksheet example's call `=COLLAB.NAME(a, {1,2}, "x")` as the function id and its grids. */
export function worksheetCall(call: string): { id: string; args: unknown[][][] } {
  const match = /^=COLLAB\.(\w+)\((.*)\)$/.exec(call);
  return { id: match?.[1] ?? '', args: topLevel(match?.[2] ?? '', ',').map(argument) };
}
