// The four parts of a formula's fast path as the element-wise adapter hands them over.
import type { ExactPlan, Rows } from '../../../core/src';

/**
 * The grids of x, y, z and w for `plan` from the parameters' grids in parameter order: a part left
 * out is a one-cell grid of its constant (0 for y, 1 for z and w), as the adapter passes it.
 */
export function partsOf(plan: ExactPlan, given: readonly Rows[]): [Rows, Rows, Rows, Rows] {
  const slots = [plan.sx, plan.sy, plan.sz, plan.sw];
  return slots.map((slot, i) => (slot < 0 ? [[i < 2 ? 0 : 1]] : (given[slot] as Rows))) as [
    Rows,
    Rows,
    Rows,
    Rows,
  ];
}
