// Splits formula text (after its "=") into tokens: numbers, strings, error literals, words (cell
// references, names, function names, TRUE/FALSE), sheet prefixes ending in "!", and operators.

export type Token =
  | { readonly kind: 'number'; readonly value: number; readonly at: number }
  | { readonly kind: 'string'; readonly value: string; readonly at: number }
  | { readonly kind: 'error'; readonly value: string; readonly at: number }
  | { readonly kind: 'word'; readonly value: string; readonly at: number }
  /** "Sheet1!" or "'My sheet'!": the sheet name, unquoted. */
  | { readonly kind: 'sheet'; readonly value: string; readonly at: number }
  | { readonly kind: 'op'; readonly value: string; readonly at: number };

/** Formula text that cannot be read; the cell shows #NAME? with this message. */
export class FormulaSyntaxError extends Error {
  override readonly name = 'FormulaSyntaxError';
}

// Sticky (y) patterns match at lastIndex, so the text is never sliced while scanning.
const NUMBER = /(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_\\$][A-Za-z0-9_.$\\]*/y;
const ERROR = /#(DIV\/0!|VALUE!|REF!|NAME\?|N\/A|NUM!|SPILL!|CYCLE!)/iy;
const SPACE = /\s/y;

const matchAt = (pattern: RegExp, text: string, at: number): string | undefined => {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
};
const OPERATORS = [
  '<=',
  '>=',
  '<>',
  '+',
  '-',
  '*',
  '/',
  '^',
  '&',
  '%',
  '=',
  '<',
  '>',
  '(',
  ')',
  ',',
  ':',
  ';',
  '{',
  '}',
];

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (matchAt(SPACE, text, i) !== undefined) {
      i++;
      continue;
    }
    const number = matchAt(NUMBER, text, i);
    if (number !== undefined) {
      tokens.push({ kind: 'number', value: Number(number), at: i });
      i += number.length;
      continue;
    }
    if (ch === '"' || ch === "'") {
      const end = closingQuote(text, i);
      const value = text.slice(i + 1, end).replaceAll(ch + ch, ch);
      if (ch === '"') tokens.push({ kind: 'string', value, at: i });
      else if (text[end + 1] === '!') tokens.push({ kind: 'sheet', value, at: i });
      else throw new FormulaSyntaxError(`a quoted sheet name at ${i + 1} needs "!" after it`);
      i = ch === '"' ? end + 1 : end + 2;
      continue;
    }
    const error = matchAt(ERROR, text, i);
    if (error !== undefined) {
      tokens.push({ kind: 'error', value: error.toUpperCase(), at: i });
      i += error.length;
      continue;
    }
    const word = matchAt(WORD, text, i);
    if (word !== undefined) {
      const isSheet = text[i + word.length] === '!';
      tokens.push({ kind: isSheet ? 'sheet' : 'word', value: word, at: i });
      i += word.length + (isSheet ? 1 : 0);
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (op === undefined) throw new FormulaSyntaxError(`unexpected "${ch}" at ${i + 1}`);
    tokens.push({ kind: 'op', value: op, at: i });
    i += op.length;
  }
  return tokens;
}

/** Index of the quote closing the one at `start`; a doubled quote is an escaped one. */
function closingQuote(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] !== quote) continue;
    if (text[i + 1] === quote) i++;
    else return i;
  }
  throw new FormulaSyntaxError(`unclosed ${quote} at ${start + 1}`);
}
