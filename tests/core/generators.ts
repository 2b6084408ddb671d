// fast-check generators shared by the core law tests.
import fc from 'fast-check';

/**
 * Populations of the form 2^i × 5^j: dividing by them ends after finitely many digits, so laws
 * such as linear scaling hold exactly rather than to forty digits.
 */
export const exactDivisor = fc
  .tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }))
  .map(([i, j]) => 2 ** i * 5 ** j);
