// Whether a published percentage can come from the published (rounded) inputs.
import { Decimal, type NumberInput } from '../lib/decimal.js';
import { decimalsParam, readParam, readWholeParam, type FunctionSpec } from '../catalogue/spec.js';
import { ratioBounds, ROUNDED_INPUTS } from './ratioBounds.js';

export interface ConsistencyParams {
  /** The published rate as a fraction (0.18 or "18%"). */
  readonly published: NumberInput;
  /** The published numerator. */
  readonly numerator: NumberInput;
  /** The published denominator. */
  readonly denominator: NumberInput;
  /** The rounding step of the numerator. */
  readonly step: NumberInput;
  /** The rounding step of the denominator; omitted: the same as `step`. */
  readonly denominatorStep?: NumberInput | null;
  /** Decimal places the published rate was rounded to, as a fraction: 2 = whole per cent (default). */
  readonly decimals?: NumberInput | null;
}

export const CONSISTENT: FunctionSpec = {
  id: 'CONSISTENT',
  name: 'isConsistent',
  summary:
    'Rounding-consistency check: true where some true ratio allowed by the rounded inputs (see RATIOBOUNDS) rounds to the published rate at decimals places (2 = whole per cent, 3 = one decimal of a per cent).',
  params: [
    {
      name: 'published',
      kind: 'signed',
      description: 'The published rate as a fraction (0.18 or "18%").',
    },
    ...ROUNDED_INPUTS,
    decimalsParam(
      'Decimal places the published rate was rounded to, as a fraction: 2 = whole per cent (default).',
    ),
  ],
  returns: 'TRUE where the published rate can arise from the rounded inputs.',
  example: '=COLLAB.CONSISTENT(0.18, 4000, 22000, 1) → TRUE',
  compute: ([published, numerator, denominator, step, denominatorStep, decimals]) =>
    isConsistent({
      published: published as NumberInput,
      numerator: numerator as NumberInput,
      denominator: denominator as NumberInput,
      step: step as NumberInput,
      denominatorStep,
      decimals,
    }),
};

/**
 * COLLAB.CONSISTENT in the core: see {@link CONSISTENT}.
 * @example isConsistent({ published: 0.18, numerator: 4000, denominator: 22000, step: 1 }) //=> true
 */
export function isConsistent(params: ConsistencyParams): boolean {
  const published = readParam(CONSISTENT, 'published', params.published);
  const places = readWholeParam(CONSISTENT, 'decimals', params.decimals);
  const { min, max } = ratioBounds(
    params.numerator,
    params.denominator,
    params.step,
    params.denominatorStep,
  );
  const half = new Decimal(10).pow(-places).div(2);
  return published.minus(half).lte(max) && published.plus(half).gte(min);
}
