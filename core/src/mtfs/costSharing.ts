// A cost-sharing table: a collaboration's annual cost split between member forces on a basis
// (population, NRE, officers, agreed percentages), the parts adding up to the penny. Errors are
// located as data: `cost`, `members`, or a member's `force` or `basis` at its row in `members`.
import { forceKey } from '../forces/names.js';
import { Decimal, type Cell, type NumberInput } from '../lib/decimal.js';
import { errors, locate } from '../lib/errors.js';
import { check, read, toDecimal } from '../lib/input.js';
import { apportion } from './apportion.js';
import { asPercent, readRate } from './assumptions.js';

export interface Member {
  readonly force: string;
  readonly basis: Cell;
}

export interface CostShare {
  readonly force: string;
  readonly basis: Decimal;
  readonly part: Decimal;
}

const blank = (value: Cell) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/**
 * Cost sharing: the annual cost apportioned in pennies between the members in proportion to their
 * basis figures (largest remainder, so the parts sum to the cost). Rows blank on both sides are
 * skipped; a force named twice, a force without a figure or a figure without a force is an error.
 *
 * @param cost - The annual cost (zero or more, whole pennies).
 * @param members - Each member force with its basis figure (zero or more; not all zero).
 * @param basis - What the figures are, for messages: "population", "NRE", …
 * @returns One share per member, in order.
 * @example shareCost(100, [{ force: 'A', basis: 1 }, { force: 'B', basis: 1 }, { force: 'C', basis: 1 }]) //=> [{ force: 'A', basis: 1, part: 33.34 }, { force: 'B', basis: 1, part: 33.33 }, { force: 'C', basis: 1, part: 33.33 }]
 */
export function shareCost(
  cost: NumberInput,
  members: readonly Member[],
  basis = 'basis',
): CostShare[] {
  const amount = locate({ field: 'cost' }, () =>
    read(cost, { name: 'annual cost', kind: 'nonNegative' }),
  );
  if (amount.decimalPlaces() > 2) {
    throw errors.outOfRange('annual cost', 'in whole pennies', amount, { field: 'cost' });
  }
  // Each row keeps its place in `members`, so an error points at the row the user filled in.
  const rows = members.flatMap((m, index) =>
    m.force.trim() !== '' || !blank(m.basis) ? [{ ...m, index }] : [],
  );
  if (rows.length === 0) throw errors.empty('members', { field: 'members' });
  const seen = new Set<string>();
  const figures = rows.map((m, i) => {
    const force = m.force.trim();
    const at = { field: 'force', index: m.index };
    if (force === '') throw errors.empty(`the force name of member ${i + 1}`, at);
    if (seen.has(forceKey(force))) throw errors.duplicateForce('members', force, at);
    seen.add(forceKey(force));
    const name = `${basis} for ${force}`;
    return locate({ field: 'basis', index: m.index }, () =>
      check(toDecimal(m.basis, name), { name, kind: 'nonNegative' }),
    );
  });
  if (Decimal.sum(...figures).isZero())
    throw errors.divideByZero(`the sum of the ${basis} figures`, { field: 'basis' });
  const parts = apportion(amount, figures);
  return rows.map((m, i) => ({
    force: m.force.trim(),
    basis: figures[i] as Decimal,
    part: parts[i] as Decimal,
  }));
}

/**
 * Cost sharing on agreed percentages: each member's figure is a share read as a rate ("40%", "40"
 * or 0.4; see `readRate`), and the shares must add up to 100 %: a table that does not is refused,
 * never rescaled, since a missing 5 % is more likely a typing slip than an agreement.
 *
 * @param cost - The annual cost (zero or more, whole pennies).
 * @param members - Each member force with its agreed share.
 * @param basis - What the figures are called, for messages.
 * @returns One share per member, in order, each `basis` the share as a fraction.
 * @example shareAgreed(100, [{ force: 'A', basis: '60%' }, { force: 'B', basis: '40' }]) //=> [{ force: 'A', basis: 0.6, part: 60 }, { force: 'B', basis: 0.4, part: 40 }]
 */
export function shareAgreed(
  cost: NumberInput,
  members: readonly Member[],
  basis = 'agreed share',
): CostShare[] {
  const fractions = members.map((m, index) =>
    blank(m.basis)
      ? m
      : {
          force: m.force,
          basis: locate({ field: 'basis', index }, () =>
            readRate(m.basis, `${basis} for ${m.force.trim() || `member ${index + 1}`}`, 'share'),
          ),
        },
  );
  const shares = shareCost(cost, fractions, basis);
  const total = Decimal.sum(...shares.map((s) => s.basis));
  if (!total.eq(1)) {
    throw errors.outOfRange(`the ${basis} figures`, 'a total of 100%', asPercent(total), {
      field: 'basis',
    });
  }
  return shares;
}
