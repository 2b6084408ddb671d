// Net revenue expenditure: what policing costs the public once earned income is taken off.
import type { Cell, Decimal, NumberInput } from '../lib/decimal.js';
import { readList } from '../lib/input.js';
import { readParam, rule, type FunctionSpec } from '../catalogue/spec.js';

export const NRE: FunctionSpec = {
  id: 'NRE',
  name: 'nre',
  summary:
    'Net revenue expenditure (NRE): total expenditure minus earned income (partnership income; sales, fees, charges and rents; special police services; reimbursed income; interest). Blank income lines count as no income.',
  params: [
    {
      name: 'expenditure',
      kind: 'nonNegative',
      description:
        'Total expenditure (zero or more): one value, or a column with one value per force.',
    },
    {
      name: 'income',
      kind: 'nonNegative',
      list: true,
      repeating: true,
      description:
        "Earned income lines (zero or more each); blanks are skipped. Against a column of expenditure, each row's cells are that row's income lines.",
    },
  ],
  returns: 'NRE, in the unit of the inputs: one value, or a column.',
  example: '=COLLAB.NRE(120000, {8000,2000}, 500) → 109500',
};

/** COLLAB.NRE in the core (see {@link NRE}): one expenditure less its income lines. @example nre(120000, [8000, 2000]) //=> 110000 */
export function nre(expenditure: NumberInput, income: readonly Cell[]): Decimal {
  const spend = readParam(NRE, 'expenditure', expenditure);
  const lines = readList(income, rule(NRE, 'income'));
  return lines.reduce<Decimal>((acc, v) => (v === null ? acc : acc.minus(v)), spend);
}
