// The share of a workforce that works in collaborated functions.
import type { Decimal, NumberInput } from '../lib/decimal.js';
import { errors } from '../lib/errors.js';
import { read } from '../lib/input.js';

/**
 * Workforce share: people (FTE) in collaborated functions divided by the total workforce, for
 * officers, staff or both. A part larger than its total is a data error, not a share above 1.
 *
 * @param part - FTE in collaborated functions (zero or more, at most the total).
 * @param total - Total workforce FTE (greater than zero).
 * @returns The share as a fraction.
 * @example workforceShare(620, 8409) //=> 0.0737… (7.4 %)
 */
export function workforceShare(part: NumberInput, total: NumberInput): Decimal {
  const p = read(part, { name: 'part', kind: 'nonNegative' });
  const t = read(total, { name: 'total', kind: 'divisor' });
  if (p.gt(t)) throw errors.outOfRange('part', `no more than the total (${t.toString()})`, p);
  return p.div(t);
}
