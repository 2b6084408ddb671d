// What a ratio of rounded published figures can really be.
import type { Decimal, NumberInput } from '../lib/decimal.js';
import { errors } from '../lib/errors.js';
import { isOmitted } from '../lib/input.js';
import { readParam, type FunctionSpec, type ParamSpec } from '../catalogue/spec.js';

export interface RatioBounds {
  readonly min: Decimal;
  readonly max: Decimal;
}

/** A published ratio's rounded inputs, as RATIOBOUNDS and CONSISTENT take them. */
export const ROUNDED_INPUTS: readonly ParamSpec[] = [
  { name: 'numerator', kind: 'signed', description: 'The published numerator.' },
  {
    name: 'denominator',
    kind: 'signed',
    description: 'The published denominator (more than half its step).',
  },
  {
    name: 'step',
    kind: 'positive',
    description: 'The rounding step of the numerator (e.g. 1, 10, 0.1; greater than zero).',
  },
  {
    name: 'denominatorStep',
    kind: 'positive',
    optional: true,
    sameAs: 'step',
    description: 'The rounding step of the denominator; omitted: the same as step.',
  },
];

export const RATIOBOUNDS: FunctionSpec = {
  id: 'RATIOBOUNDS',
  name: 'ratioBounds',
  summary:
    'Ratio bounds: the smallest and largest true ratio that inputs rounded to step allow. With the numerator n and denominator d each off by up to half a step, the true ratio lies between (n − step/2) ÷ (d + dStep/2) and (n + step/2) ÷ (d − dStep/2).',
  params: ROUNDED_INPUTS,
  returns: 'A row per ratio: min, max.',
  example: '=COLLAB.RATIOBOUNDS(4000, 22000, 1000) → {0.1555…, 0.2093…}',
};

/**
 * COLLAB.RATIOBOUNDS in the core (see {@link RATIOBOUNDS}); for a negative numerator the
 * denominators swap so that the bounds stay ordered.
 * @example ratioBounds(4000, 22000, 1000) //=> { min: 0.1555…, max: 0.2093… }
 */
export function ratioBounds(
  numerator: NumberInput,
  denominator: NumberInput,
  step: NumberInput,
  denominatorStep?: NumberInput | null,
): RatioBounds {
  const n = readParam(RATIOBOUNDS, 'numerator', numerator);
  const d = readParam(RATIOBOUNDS, 'denominator', denominator);
  const halfN = readParam(RATIOBOUNDS, 'step', step).div(2);
  // An omitted denominator step is the numerator's (the spec's `sameAs`).
  const halfD = isOmitted(denominatorStep)
    ? halfN
    : readParam(RATIOBOUNDS, 'denominatorStep', denominatorStep).div(2);
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
