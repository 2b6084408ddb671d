// What a ratio of rounded published figures can really be.
import type { Decimal, NumberInput } from '../lib/decimal.js';
import { errors } from '../lib/errors.js';
import { read } from '../lib/input.js';

export interface RatioBounds {
  readonly min: Decimal;
  readonly max: Decimal;
}

/**
 * Ratio bounds: the smallest and largest true ratio that inputs rounded to `step` allow. With the
 * numerator n and denominator d each off by up to half a step, the true ratio lies between
 * (n − step/2) ÷ (d + dStep/2) and (n + step/2) ÷ (d − dStep/2) (for a negative numerator the
 * denominators swap so that the bounds stay ordered).
 *
 * @param numerator - The published numerator.
 * @param denominator - The published denominator (more than half its step).
 * @param step - The rounding step of the numerator (e.g. 1, 10, 0.1; greater than zero).
 * @param denominatorStep - The rounding step of the denominator; omitted: the same as `step`.
 * @returns The bounds, min and max.
 * @example ratioBounds(4000, 22000, 1000) //=> { min: 0.1555…, max: 0.2093… }
 */
export function ratioBounds(
  numerator: NumberInput,
  denominator: NumberInput,
  step: NumberInput,
  denominatorStep?: NumberInput,
): RatioBounds {
  const n = read(numerator, { name: 'numerator', kind: 'signed' });
  const d = read(denominator, { name: 'denominator', kind: 'signed' });
  const halfN = read(step, { name: 'step', kind: 'positive' }).div(2);
  // Excel passes an omitted optional argument as null: the same step, as for undefined.
  const halfD =
    denominatorStep === undefined || denominatorStep === null
      ? halfN
      : read(denominatorStep, { name: 'denominatorStep', kind: 'positive' }).div(2);
  if (d.lte(halfD))
    throw errors.outOfRange('denominator', `more than half its step (${halfD.toString()})`, d);
  const low = n.minus(halfN);
  const high = n.plus(halfN);
  const dLow = d.minus(halfD);
  const dHigh = d.plus(halfD);
  return {
    min: low.div(low.isNeg() ? dLow : dHigh),
    max: high.div(high.isNeg() ? dHigh : dLow),
  };
}
