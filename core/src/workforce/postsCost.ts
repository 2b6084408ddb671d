// The cost of a set of posts, as published tables give it (often rounded to the nearest ten).
import type { Decimal, NumberInput } from '../lib/decimal.js';
import { read } from '../lib/input.js';

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
  readonly roundTo?: NumberInput;
}

/**
 * Cost of posts: officers times the officer unit cost plus staff times the staff unit cost,
 * rounded half up to the nearest `roundTo` when given (published tables round to the nearest ten).
 *
 * @param params - Officers, staff, their unit costs and the optional rounding step.
 * @returns The cost, in the unit of the unit costs.
 * @example postsCost({ officers: 12, staff: 5, officerCost: 57.3, staffCost: 34.1, roundTo: 10 }) //=> 860
 */
export function postsCost(params: PostsCostParams): Decimal {
  const officers = read(params.officers, { name: 'officers', kind: 'nonNegative' });
  const staff = read(params.staff, { name: 'staff', kind: 'nonNegative' });
  const officerCost = read(params.officerCost, { name: 'officerCost', kind: 'nonNegative' });
  const staffCost = read(params.staffCost, { name: 'staffCost', kind: 'nonNegative' });
  const cost = officers.times(officerCost).plus(staff.times(staffCost));
  // Excel passes an omitted optional argument as null: no rounding, as for undefined.
  if (params.roundTo === undefined || params.roundTo === null) return cost;
  const step = read(params.roundTo, { name: 'roundTo', kind: 'positive' });
  return cost.div(step).toDecimalPlaces(0).times(step);
}
