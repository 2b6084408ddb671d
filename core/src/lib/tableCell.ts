// Reads one cell of a data table (a benchmarking sheet's figures) under the same number rule as
// every core function, so text such as "£1,234" reads in the task pane as it does in COLLAB.NRE.
import type { Decimal } from './decimal.js';
import { check, toDecimal, type Rule } from './input.js';

/**
 * Reads a table cell under `rule`: a blank (empty, or spaces only) is `null`, for the caller to
 * treat as "not reported" or as missing; anything else is read as the functions read a number and
 * checked under the rule, the error naming `rule.name` (e.g. "Population for Kent").
 *
 * @example readTableCell('£1,234', { name: 'Forensics NRE for Kent', kind: 'signed' }) //=> 1234
 */
export function readTableCell(value: unknown, rule: Rule): Decimal | null {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
    return null;
  }
  return check(toDecimal(value, rule.name), rule);
}
