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

const NUMBER = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/;
const WORD = /^[A-Za-z_\\$][A-Za-z0-9_.$\\]*/;
const ERROR = /^#(DIV\/0!|VALUE!|REF!|NAME\?|N\/A|NUM!|SPILL!|CYCLE!)/i;
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
];

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number !== null) {
      tokens.push({ kind: 'number', value: Number(number[0]), at: i });
      i += number[0].length;
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
    const error = ERROR.exec(rest);
    if (error !== null) {
      tokens.push({ kind: 'error', value: error[0].toUpperCase(), at: i });
      i += error[0].length;
      continue;
    }
    const word = WORD.exec(rest);
    if (word !== null) {
      const isSheet = text[i + word[0].length] === '!';
      tokens.push({ kind: isSheet ? 'sheet' : 'word', value: word[0], at: i });
      i += word[0].length + (isSheet ? 1 : 0);
      continue;
    }
    const op = OPERATORS.find((o) => rest.startsWith(o));
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
