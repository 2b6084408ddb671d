// The England and Wales average: exclusions, non-reporters, weights, peer groups and its laws.
import fc from 'fast-check';
import {
  ENGLAND_AND_WALES_FORCES,
  nationalAverage,
  nationalAverageOfColumns,
  type AverageOptions,
  type Cell,
} from '../../../core/src';
import { anyFigure, pence, pounds, quotients, sums, thousands } from '../generators';
import { collabError, expectCode, expectDecimal, itRefusesNonNumberItems } from '../helpers';
import { FORCES, VALUES } from './examples';

describe('nationalAverage', () => {
  it('takes the simple mean without the Met, the City and forces that reported nothing', () => {
    // (150 + 200 + 100) ÷ 3 = 150
    const result = nationalAverage(VALUES, FORCES);
    expectDecimal(result.average, 150);
    expect(result.used).toEqual(['Kent', 'Essex', 'Surrey']);
    expect(result.excluded).toEqual(['Metropolitan Police Service', 'City of London Police']);
    expect(result.nonReporting).toEqual(['Sussex', 'Norfolk']);
  });

  it('matches its documented example', () => {
    // (150 + 200) ÷ 2 = 175, the Met's 400 left out
    expectDecimal(
      nationalAverage([150, 200, 400], ['Kent', 'Essex', 'Metropolitan Police']).average,
      175,
    );
  });

  it.each([
    ['Metropolitan Police Service'],
    ['Metropolitan Police'],
    ['Met'],
    ['MPS'],
    ['METROPOLITAN  POLICE  SERVICE'],
    ['City of London Police'],
    ['London, City of'],
    ['City of London'],
    ['city of london police'],
  ])('excludes %p by default, whatever the spelling', (spelling) => {
    // Kent 150 and Essex 200 average 175 once the 1,000 is left out.
    const result = nationalAverage([150, 1000, 200], ['Kent', spelling, 'Essex']);
    expectDecimal(result.average, 175);
    expect(result.excluded).toEqual([spelling]);
  });

  it('counts a zero as a report when told to', () => {
    // (150 + 200 + 100 + 0) ÷ 4 = 112.5
    const result = nationalAverage(VALUES, FORCES, { zeroIsReport: true });
    expectDecimal(result.average, 112.5);
    expect(result.used).toEqual(['Kent', 'Essex', 'Surrey', 'Norfolk']);
    expect(result.nonReporting).toEqual(['Sussex']);
  });

  it('includes everyone who reported when the exclusion list is empty', () => {
    // (150 + 200 + 100 + 400 + 900) ÷ 5 = 350
    const result = nationalAverage(VALUES, FORCES, { exclude: [] });
    expectDecimal(result.average, 350);
    expect(result.excluded).toEqual([]);
  });

  it('excludes the forces the user names instead of the defaults', () => {
    // Met and City now count; Essex is out: (150 + 100 + 400 + 900) ÷ 4 = 387.5
    const result = nationalAverage(VALUES, FORCES, { exclude: ['ESSEX POLICE'] });
    expectDecimal(result.average, 387.5);
    expect(result.excluded).toEqual(['Essex']);
  });

  it('ignores exclusions that are not in the data', () => {
    expectDecimal(nationalAverage([150, 200], ['Kent', 'Essex']).average, 175);
  });

  it('weights by population when weights are given', () => {
    // (150 × 1 + 200 × 3 + 100 × 1) ÷ (1 + 3 + 1) = 850 ÷ 5 = 170
    const weights = [1, 3, 1, null, null, null, null];
    expectDecimal(nationalAverage(VALUES, FORCES, { weights }).average, 170);
  });

  it('weights with real-sized populations', () => {
    // (150 × 1,860,000 + 200 × 1,830,000) ÷ 3,690,000 = 645,000,000 ÷ 3,690,000 = 174.796…
    const result = nationalAverage([150, 200], ['Kent', 'Essex'], {
      weights: ['1,860,000', 1830000],
    });
    expect(result.average.toNumber()).toBeCloseTo(174.7967, 4);
  });

  it('gives the simple mean when every weight is equal', () => {
    expectDecimal(nationalAverage(VALUES, FORCES, { weights: Array(7).fill(5) }).average, 150);
  });

  it('averages over a peer group only', () => {
    // (150 + 100) ÷ 2 = 125
    const result = nationalAverage(VALUES, FORCES, { group: ['kent', 'Surrey Police'] });
    expectDecimal(result.average, 125);
    expect(result.used).toEqual(['Kent', 'Surrey']);
    expect(result.excluded).toEqual([]);
  });

  it('still applies exclusions and non-reporting inside a peer group', () => {
    const result = nationalAverage(VALUES, FORCES, { group: ['Kent', 'Met', 'Sussex'] });
    expectDecimal(result.average, 150);
    expect(result.excluded).toEqual(['Metropolitan Police Service']);
    expect(result.nonReporting).toEqual(['Sussex']);
  });

  it('refuses a peer that is not in the data', () => {
    const error = collabError(() =>
      nationalAverage(VALUES, FORCES, { group: ['Kent', 'Atlantis'] }),
    );
    expect(error).toMatchObject({ code: 'UNKNOWN_FORCE', param: 'peers' });
    expect(error.message).toContain('"Atlantis"');
  });

  it('refuses a number where a peer or an exclusion is named', () => {
    expectCode(
      () => nationalAverage(VALUES, FORCES, { group: [7 as never] }),
      'INVALID_NUMBER',
      'peers item 1',
    );
    expectCode(
      () => nationalAverage(VALUES, FORCES, { exclude: ['Met', 7 as never] }),
      'INVALID_NUMBER',
      'exclude item 2',
    );
  });

  it('refuses a blank peer or a blank exclusion', () => {
    expectCode(() => nationalAverage(VALUES, FORCES, { group: [' '] }), 'EMPTY', 'peers item 1');
    expectCode(
      () => nationalAverage(VALUES, FORCES, { exclude: ['Kent', ''] }),
      'EMPTY',
      'exclude item 2',
    );
  });

  it('says there is no data when nobody is left to compare', () => {
    expectCode(
      () => nationalAverage([400, null, 0], ['Met', 'Kent', 'Essex']),
      'NO_DATA',
      'values',
    );
    expectCode(() => nationalAverage([], []), 'NO_DATA', 'values');
  });

  it('refuses a force listed twice, whatever the spelling', () => {
    const error = collabError(() => nationalAverage([1, 2], ['Kent', 'KENT POLICE']));
    expect(error).toMatchObject({ code: 'DUPLICATE', param: 'forces' });
    expect(error.message).toContain('"KENT POLICE"');
  });

  it('refuses a blank or non-text force name', () => {
    expectCode(() => nationalAverage([1, 2], ['Kent', '  ']), 'EMPTY', 'forces item 2');
    expectCode(() => nationalAverage([1, 2], ['Kent', null]), 'EMPTY', 'forces item 2');
    const error = collabError(() => nationalAverage([1, 2], ['Kent', 42]));
    expect(error).toMatchObject({ code: 'INVALID_NUMBER', param: 'forces item 2' });
    expect(error.message).toBe('forces item 2 must be a force name, got 42');
  });

  it('refuses values and forces that do not pair up', () => {
    expectCode(() => nationalAverage([1, 2, 3], ['Kent', 'Essex']), 'SHAPE_MISMATCH', 'values');
  });

  it('refuses weights that do not pair up with the forces', () => {
    expectCode(
      () => nationalAverage(VALUES, FORCES, { weights: [1, 2] }),
      'SHAPE_MISMATCH',
      'weights',
    );
  });

  it('refuses a missing, zero or negative weight for a force in the average', () => {
    const weights = (kent: unknown) => [kent, 1, 1, null, null, null, null] as never;
    expectCode(
      () => nationalAverage(VALUES, FORCES, { weights: weights(null) }),
      'EMPTY',
      'weights for Kent',
    );
    expectCode(
      () => nationalAverage(VALUES, FORCES, { weights: weights(0) }),
      'OUT_OF_RANGE',
      'weights for Kent',
    );
    expectCode(
      () => nationalAverage(VALUES, FORCES, { weights: weights(-5) }),
      'OUT_OF_RANGE',
      'weights for Kent',
    );
    expectCode(
      () => nationalAverage(VALUES, FORCES, { weights: weights('many') }),
      'INVALID_NUMBER',
      'weights for Kent',
    );
  });

  itRefusesNonNumberItems('values', (bad) => nationalAverage([1, bad], ['Kent', 'Essex']));

  const table = fc
    .uniqueArray(
      fc.constantFrom(
        'Kent',
        'Essex',
        'Surrey',
        'Sussex',
        'Norfolk',
        'Suffolk',
        'Met',
        'London, City of',
      ),
      {
        minLength: 1,
      },
    )
    .chain((forces) =>
      fc.tuple(
        fc.constant(forces),
        // values in pennies over 100, so every sum is exact
        fc.array(fc.option(fc.integer({ min: 1, max: 1_000_000 }).map((p) => p / 100)), {
          minLength: forces.length,
          maxLength: forces.length,
        }),
        fc.array(fc.integer({ min: 1, max: 2_000_000 }), {
          minLength: forces.length,
          maxLength: forces.length,
        }),
      ),
    )
    .filter(([forces, values]) =>
      forces.some((f, i) => values[i] !== null && f !== 'Met' && f !== 'London, City of'),
    );

  it('does not depend on the order of the rows', () => {
    const shuffled = table.chain((t) =>
      fc.tuple(
        fc.constant(t),
        fc.shuffledSubarray(
          t[0].map((_, i) => i),
          { minLength: t[0].length, maxLength: t[0].length },
        ),
        fc.boolean(),
      ),
    );
    fc.assert(
      fc.property(shuffled, ([[forces, values, weights], order, weighted]) => {
        const options = (w: number[]) => (weighted ? { weights: w } : {});
        const before = nationalAverage(values, forces, options(weights));
        const after = nationalAverage(
          order.map((i) => values[i] ?? null),
          order.map((i) => forces[i]),
          options(order.map((i) => weights[i] ?? 0)),
        );
        expect(after.average.toString()).toBe(before.average.toString());
        expect([...after.used].sort()).toEqual([...before.used].sort());
      }),
    );
  });

  it('does not depend on the case or spacing of force names', () => {
    fc.assert(
      fc.property(
        table,
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        ([forces, values], upper) => {
          const respelled = forces.map(
            (f, i) => `  ${(upper[i] ? f.toUpperCase() : f.toLowerCase()).replace(/ /g, '   ')} `,
          );
          const a = nationalAverage(values, forces);
          const b = nationalAverage(values, respelled);
          return a.average.eq(b.average) && a.excluded.length === b.excluded.length;
        },
      ),
    );
  });
});

describe('nationalAverageOfColumns (the one-pass fast path NATIONALAVERAGE takes)', () => {
  const names = ENGLAND_AND_WALES_FORCES;
  /** A list as Excel passes a column: rows of one cell. */
  const asColumn = (list: readonly unknown[]) => list.map((cell) => [cell]);
  const fast = (values: readonly unknown[], forces: readonly unknown[], options = {}) =>
    nationalAverageOfColumns(asColumn(values), asColumn(forces), values.length, options);
  /** The decimal path's average as Excel gets it, or its error code. */
  const decimalAverage = (
    values: readonly unknown[],
    forces: readonly unknown[],
    options: AverageOptions = {},
  ): number | string => {
    try {
      return nationalAverage(values as Cell[], forces, options).average.toNumber() + 0;
    } catch (e) {
      return collabError(() => {
        throw e;
      }).code;
    }
  };
  const blank = fc.constantFrom(null, undefined, '');
  const column = (figure: fc.Arbitrary<number>) =>
    fc.array(fc.oneof(figure, blank, fc.constantFrom(0, -0)), {
      minLength: names.length,
      maxLength: names.length,
    });
  const exclude = fc.option(fc.subarray([...names]), { nil: undefined });
  const everyday = fc.oneof(pounds, pence, sums, thousands, quotients);

  it('gives the decimal average, or declines, for any figures, blanks and zeros, with any exclusions', () => {
    fc.assert(
      fc.property(column(anyFigure), exclude, fc.boolean(), (values, ex, zeroIsReport) => {
        const options = { exclude: ex, zeroIsReport };
        const expected = decimalAverage(values, names, options);
        const quick = fast(values, names, options);
        if (typeof expected === 'string') expect(quick).toBeNaN();
        else if (quick === quick) expect(quick).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('answers for every everyday figure, without the decimal path', () => {
    fc.assert(
      fc.property(column(everyday), exclude, fc.boolean(), (values, ex, zeroIsReport) => {
        const options = { exclude: ex, zeroIsReport };
        const expected = decimalAverage(values, names, options);
        // No force left to compare is an error, which only the decimal path gives.
        if (typeof expected === 'string') expect(fast(values, names, options)).toBeNaN();
        else expect(fast(values, names, options)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('declines a range wider than a column, which nationalAverage reads row by row', () => {
    const values = [150, 200, 400, null, 100, 0];
    const forces = ['Kent', 'Essex', 'Metropolitan Police', 'Sussex', 'Surrey', 'Norfolk'];
    const rows = (list: readonly unknown[]) => [list.slice(0, 3), list.slice(3)];
    expect(nationalAverageOfColumns(rows(values), rows(forces), 2)).toBeNaN();
    expect(fast(values, forces)).toBe(150);
  });

  it('reads only the rows it is given', () => {
    const values = asColumn([150, 200, 999]);
    const forces = asColumn(['Kent', 'Essex', 'Surrey']);
    expect(nationalAverageOfColumns(values, forces, 2)).toBe(175);
    expect(nationalAverageOfColumns(values, forces, 4)).toBeNaN();
  });

  it.each([
    ['text among the values', ['150', 200, 100]],
    ['spaces as a value', ['  ', 200, 100]],
    ['TRUE among the values', [true, 200, 100]],
    ['a data-type cell', [{ type: 'Double', basicValue: 150 }, 200, 100]],
    ['an error cell', [{ code: '#N/A' }, 200, 100]],
    ['an excluded force with text', [150, 200, 'n/a']],
    ['an excluded force with an infinite figure', [150, 200, Infinity]],
    ['a figure past 15 digits of reading', [150, 1e300, 100]],
  ])('declines %s, for nationalAverage to judge', (_label, values) => {
    expect(fast(values, ['Kent', 'Essex', 'Metropolitan Police'])).toBeNaN();
  });

  it.each([
    ['a blank name', ['Kent', '', 'Surrey']],
    ['a name of spaces', ['Kent', '   ', 'Surrey']],
    ['a number for a name', ['Kent', 7, 'Surrey']],
    ['a repeated force', ['Kent', 'KENT  POLICE', 'Surrey']],
  ])('declines %s, for nationalAverage to report', (_label, forces) => {
    expect(fast([150, 200, 100], forces)).toBeNaN();
    expect(typeof decimalAverage([150, 200, 100], forces)).toBe('string');
  });

  it('declines an exclusion list with a blank in it, which nationalAverage refuses', () => {
    expect(fast([150, 200], ['Kent', 'Essex'], { exclude: ['Kent', ''] })).toBeNaN();
    expect(decimalAverage([150, 200], ['Kent', 'Essex'], { exclude: ['Kent', ''] })).toBe('EMPTY');
  });

  it('declines weights and peer groups, which nationalAverage takes', () => {
    const values = [150, 200];
    const forces = ['Kent', 'Essex'];
    expect(fast(values, forces, { weights: [1, 2] })).toBeNaN();
    expect(fast(values, forces, { group: ['Kent'] })).toBeNaN();
    expect(fast(values, forces)).toBe(175);
  });

  it('declines rows that are not one cell', () => {
    expect(nationalAverageOfColumns([[150, 200]], [['Kent'], ['Essex']], 1)).toBeNaN();
    expect(nationalAverageOfColumns([[150], [200, 1]], [['Kent'], ['Essex']], 2)).toBeNaN();
    expect(nationalAverageOfColumns([[150], [200]], [['Kent'], ['Essex', 'Surrey']], 2)).toBeNaN();
    expect(nationalAverageOfColumns([[150], [200]], [['Kent'], ['Essex']], 2)).toBe(175);
  });

  it('gives the same answers when one forces column serves many categories, then changes', () => {
    const variants: readonly (readonly unknown[])[] = [
      names,
      names.map((n) => ` ${n.toUpperCase()} `),
      [...names.slice(0, -1), 'Metropolitan Police'],
      [...names.slice(0, -1), 'KENT POLICE'],
      [...names.slice(0, -1), ''],
      names.slice(1),
      [...names.slice(1), names[0]],
    ];
    const call = fc.record({
      values: column(everyday),
      forces: fc.constantFrom(...variants),
      exclude,
      zeroIsReport: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(call, { minLength: 2, maxLength: 6 }), (calls) => {
        for (const { values, forces, exclude: ex, zeroIsReport } of calls) {
          const options = { exclude: ex, zeroIsReport };
          const cut = values.slice(0, forces.length);
          const expected = decimalAverage(cut, forces, options);
          const quick = fast(cut, forces, options);
          if (typeof expected === 'string') expect(quick).toBeNaN();
          else expect(quick).toBe(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('compares the names themselves, not the range they came in', () => {
    const forces = asColumn(['Kent', 'Essex', 'Surrey']);
    const values = asColumn([150, 200, 400]);
    expect(nationalAverageOfColumns(values, forces, 3)).toBe(250);
    // The same array, changed in place between two calls, as a test harness might.
    (forces[2] as unknown[])[0] = 'Metropolitan Police';
    expect(nationalAverageOfColumns(values, forces, 3)).toBe(175);
    (forces[2] as unknown[])[0] = 'kent';
    expect(nationalAverageOfColumns(values, forces, 3)).toBeNaN();
  });
});
