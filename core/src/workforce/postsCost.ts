// The cost of a set of posts, as published tables give it (often rounded to the nearest ten).
import type { Decimal, NumberInput } from '../lib/decimal.js';
import { isOmitted } from '../lib/input.js';
import { readParam, type FunctionSpec } from '../catalogue/spec.js';

export interface PostsCostParams {
  /** Officer posts (FTE, zero or more). */
  readonly officers: NumberInput;
  /** Staff posts (FTE, zero or more). */
  readonly staff: NumberInput;
  /** Unit cost of an officer post (zero or more). */
  readonly officerCost: NumberInput;
  /** Unit cost of a staff post (zero or more). */
  readonly staffCost: NumberInput;
  /** Round the result to the nearest multiple of this (e.g. 10); omitted: no rounding. */
  readonly roundTo?: NumberInput | null;
}

export const POSTSCOST: FunctionSpec = {
  id: 'POSTSCOST',
  name: 'postsCost',
  summary:
    'Cost of posts: officers times the officer unit cost plus staff times the staff unit cost, rounded half up to the nearest roundTo when given (published tables round to the nearest ten).',
  params: [
    { name: 'officers', kind: 'nonNegative', description: 'Officer posts (FTE, zero or more).' },
    { name: 'staff', kind: 'nonNegative', description: 'Staff posts (FTE, zero or more).' },
    {
      name: 'officerCost',
      kind: 'nonNegative',
      description: 'Unit cost of an officer post (zero or more).',
    },
    {
      name: 'staffCost',
      kind: 'nonNegative',
      description: 'Unit cost of a staff post (zero or more).',
    },
    {
      name: 'roundTo',
      kind: 'positive',
      optional: true,
      description:
        'Round the result to the nearest multiple of this (e.g. 10); omitted: no rounding.',
    },
  ],
  returns: 'The cost, in the unit of the unit costs.',
  example: '=COLLAB.POSTSCOST(12, 5, 57.3, 34.1, 10) → 860',
  compute: ([officers, staff, officerCost, staffCost, roundTo]) =>
    postsCost({
      officers: officers as NumberInput,
      staff: staff as NumberInput,
      officerCost: officerCost as NumberInput,
      staffCost: staffCost as NumberInput,
      roundTo,
    }),
};

/**
 * COLLAB.POSTSCOST in the core: see {@link POSTSCOST}.
 * @example postsCost({ officers: 12, staff: 5, officerCost: 57.3, staffCost: 34.1, roundTo: 10 }) //=> 860
 */
export function postsCost(params: PostsCostParams): Decimal {
  const read = (name: keyof PostsCostParams) => readParam(POSTSCOST, name, params[name]);
  const officers = read('officers');
  const staff = read('staff');
  const officerCost = read('officerCost');
  const staffCost = read('staffCost');
  const cost = officers.times(officerCost).plus(staff.times(staffCost));
  // Excel passes an omitted optional argument as null: no rounding, as for undefined.
  if (isOmitted(params.roundTo)) return cost;
  const step = read('roundTo');
  return cost.div(step).toDecimalPlaces(0).times(step);
}
