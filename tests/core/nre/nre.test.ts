// Net revenue expenditure: expenditure less earned income.
import { nre } from '../../../core/src';
import {
  expectCode,
  expectDecimal,
  itRefusesNonNumberItems,
  itRefusesNonNumbers,
} from '../helpers';

describe('nre', () => {
  it.each([
    // documented example: 120,000 − (8,000 + 2,000) = 110,000
    [120000, [8000, 2000], '110000'],
    // five income lines (partnership; sales, fees, charges and rents; special police services;
    // reimbursed; interest): 250,000 − (4,000 + 3,500 + 1,200 + 6,300 + 0.5) = 234,999.5
    [250000, [4000, 3500, 1200, 6300, 0.5], '234999.5'],
    // no income lines at all: NRE is the expenditure
    [5000, [], '5000'],
    // text as typed: £1,000 − £250.50 = 749.5
    ['£1,000', ['£250.50'], '749.5'],
    // income larger than spend: 100 − 150 = −50
    [100, [150], '-50'],
  ])('takes expenditure %p less income %j to give %s', (expenditure, income, expected) => {
    expectDecimal(nre(expenditure, income), expected);
  });

  it('counts blank income lines as no income', () => {
    expectDecimal(nre(1000, [100, null, undefined, '', 50]), '850');
  });

  it('refuses negative expenditure or a negative income line', () => {
    expectCode(() => nre(-1, [0]), 'OUT_OF_RANGE', 'expenditure');
    expectCode(() => nre(100, [1, -2]), 'OUT_OF_RANGE', 'income item 2');
  });

  itRefusesNonNumbers('expenditure', (bad) => nre(bad, [1]));
  itRefusesNonNumberItems('income', (bad) => nre(100, [1, bad]));
});
