// Whether a published percentage can come from the published (rounded) inputs.
import { Decimal, type NumberInput } from '../lib/decimal.js';
import { read, readWhole } from '../lib/input.js';
import { ratioBounds } from './ratioBounds.js';

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
  readonly denominatorStep?: NumberInput;
  /** Decimal places the published rate was rounded to, as a fraction: 2 = whole per cent (default). */
  readonly decimals?: NumberInput;
}

/**
 * Rounding-consistency check: true where some true ratio allowed by the rounded inputs (see
 * `ratioBounds`) rounds to the published rate at `decimals` places (2 = whole per cent,
 * 3 = one decimal of a per cent).
 *
 * @param params - The published rate, numerator, denominator, their steps and the published decimals.
 * @returns Whether the published rate is consistent with the inputs.
 * @example isConsistent({ published: 0.18, numerator: 4000, denominator: 22000, step: 1 }) //=> true
 */
export function isConsistent(params: ConsistencyParams): boolean {
  const published = read(params.published, { name: 'published', kind: 'signed' });
  const places = readWhole(params.decimals ?? 2, 'decimals', 0, 10);
  const { min, max } = ratioBounds(
    params.numerator,
    params.denominator,
    params.step,
    params.denominatorStep,
  );
  const half = new Decimal(10).pow(-places).div(2);
  return published.minus(half).lte(max) && published.plus(half).gte(min);
}
