// Net revenue expenditure: what policing costs the public once earned income is taken off.
import type { Cell, Decimal, NumberInput } from '../lib/decimal.js';
import { read, readList } from '../lib/input.js';

/**
 * Net revenue expenditure (NRE): total expenditure minus earned income (partnership income;
 * sales, fees, charges and rents; special police services; reimbursed income; interest).
 * Blank income lines count as no income.
 *
 * @param expenditure - Total expenditure (zero or more).
 * @param income - Earned income lines (zero or more each); blanks are skipped.
 * @returns NRE, in the unit of the inputs.
 * @example nre(120000, [8000, 2000]) //=> 110000
 */
export function nre(expenditure: NumberInput, income: readonly Cell[]): Decimal {
  const spend = read(expenditure, { name: 'expenditure', kind: 'nonNegative' });
  const lines = readList(income, { name: 'income', kind: 'nonNegative' });
  return lines.reduce<Decimal>((acc, v) => (v === null ? acc : acc.minus(v)), spend);
}
