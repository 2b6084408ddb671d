// Sharing a cost between forces so that the parts add up to the penny.
import fc from 'fast-check';
import { apportion, apportionColumn, apportionNumbers, Decimal } from '../../../core/src';
import { expectCode, itRefusesNonNumberItems, itRefusesNonNumbers } from '../helpers';

const text = (parts: readonly Decimal[]) => parts.map(String);

describe('apportion', () => {
  it('gives the worked example: £100.00 on bases 1, 1, 1 is 33.34, 33.33, 33.33', () => {
    expect(text(apportion(100, [1, 1, 1]))).toEqual(['33.34', '33.33', '33.33']);
    expect(text(apportion('100.00', [1, 1, 1]))).toEqual(['33.34', '33.33', '33.33']);
  });

  it.each([
    // 100 on 1 : 2 — exact 33.333… and 66.666…; floors 33.33 + 66.66 = 99.99; the penny left
    // goes to the larger remainder (0.666… > 0.333…): 33.33, 66.67
    [100, [1, 2], undefined, ['33.33', '66.67']],
    // agreed percentages 50/30/20 of £1,000: exact, no pennies to place
    [1000, ['50%', '30%', '20%'], undefined, ['500', '300', '200']],
    // whole pounds (decimals 0): 10 on 1, 1, 1 → 3.33… each; the one left goes to the first: 4, 3, 3
    [10, [1, 1, 1], 0, ['4', '3', '3']],
    // tenths of a penny (decimals 3): 1 on 1, 1, 1 → 0.334, 0.333, 0.333
    [1, [1, 1, 1], 3, ['0.334', '0.333', '0.333']],
    // a blank basis gets nothing: 100 on 1, blank, 1 → 50, 0, 50
    [100, [1, null, 1], undefined, ['50', '0', '50']],
    // a negative total (a refund) is shared the same way: −33.34, −33.33, −33.33
    [-100, [1, 1, 1], undefined, ['-33.34', '-33.33', '-33.33']],
    // by population: £250,000 on 1,000,000, 800,000, 700,000 → 100,000, 80,000, 70,000
    [250000, ['1,000,000', 800000, 700000], 2, ['100000', '80000', '70000']],
    // 0.05 on 1, 1, 1, 1, 1, 1: five pennies to six forces, the first five get one each
    ['0.05', [1, 1, 1, 1, 1, 1], undefined, ['0.01', '0.01', '0.01', '0.01', '0.01', '0']],
    // a zero total is all zeros
    [0, [3, 1], undefined, ['0', '0']],
  ])('shares %p on bases %j at %p decimals as %j', (total, bases, decimals, expected) => {
    expect(text(apportion(total, bases, decimals))).toEqual(expected);
  });

  it('treats blank decimals as pennies', () => {
    expect(text(apportion(100, [1, 1, 1], null as never))).toEqual(['33.34', '33.33', '33.33']);
  });

  it('refuses a total with more decimal places than the parts', () => {
    expectCode(() => apportion('100.005', [1, 1]), 'OUT_OF_RANGE', 'total');
    expectCode(() => apportion(10.5, [1, 1], 0), 'OUT_OF_RANGE', 'total');
  });

  it('refuses decimals outside 0 to 10 or not whole', () => {
    expectCode(() => apportion(100, [1], -1), 'OUT_OF_RANGE', 'decimals');
    expectCode(() => apportion(100, [1], 11), 'OUT_OF_RANGE', 'decimals');
    expectCode(() => apportion(100, [1], 1.5), 'OUT_OF_RANGE', 'decimals');
    expectCode(() => apportion(100, [1], 'two'), 'INVALID_NUMBER', 'decimals');
  });

  it('refuses no bases, bases that are all zero or blank, and a negative basis', () => {
    expectCode(() => apportion(100, []), 'EMPTY', 'bases');
    expectCode(() => apportion(100, [0, null, '']), 'DIVIDE_BY_ZERO', 'the sum of bases');
    expectCode(() => apportion(100, [1, -1]), 'OUT_OF_RANGE', 'bases item 2');
  });

  itRefusesNonNumbers('total', (bad) => apportion(bad, [1, 1]));
  itRefusesNonNumberItems('bases', (bad) => apportion(100, [1, bad]));

  // Totals in pennies and whole-number bases, at least one of them positive.
  const total = fc.integer({ min: -1e11, max: 1e11 }).map((p) => new Decimal(p).div(100));
  const bases = fc
    .array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 1, maxLength: 15 })
    .filter((b) => b.some((x) => x > 0));

  it('sums exactly to the total', () => {
    fc.assert(fc.property(total, bases, (t, b) => Decimal.sum(...apportion(t, b)).eq(t)));
  });

  it('puts each part within one penny of its exact share', () => {
    fc.assert(
      fc.property(total, bases, (t, b) => {
        const sum = b.reduce((x, y) => x + y, 0);
        return apportion(t, b).every((part, i) =>
          part
            .minus(t.times(b[i] ?? 0).div(sum))
            .abs()
            .lt('0.01'),
        );
      }),
    );
  });

  it('is deterministic and unchanged by scaling every basis', () => {
    fc.assert(
      fc.property(total, bases, fc.integer({ min: 1, max: 1000 }), (t, b, k) => {
        const once = text(apportion(t, b));
        expect(text(apportion(t, b))).toEqual(once);
        expect(
          text(
            apportion(
              t,
              b.map((x) => x * k),
            ),
          ),
        ).toEqual(once);
      }),
    );
  });

  it('gives each part in whole pennies', () => {
    fc.assert(
      fc.property(total, bases, (t, b) => apportion(t, b).every((p) => p.decimalPlaces() <= 2)),
    );
  });
});

describe('apportionNumbers (the doubles APPORTION returns)', () => {
  const asNumbers = (total: number, bases: readonly (number | null)[], decimals: number) =>
    apportion(total, bases, decimals).map((d) => d.toNumber() + 0);
  const total = (decimals: number) =>
    fc.integer({ min: -1e12, max: 1e12 }).map((n) => n / 10 ** decimals);
  const basis = fc.oneof(
    fc.integer({ min: 0, max: 1e6 }),
    fc.integer({ min: 0, max: 1e8 }).map((n) => n / 100),
    fc.integer({ min: 1, max: 1e6 }).map((n) => n / 7),
    fc.constant(null),
    fc.constantFrom(1, 2, 3),
  );

  it('gives the same parts as the exact path, ties to the earlier basis included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }).chain((d) => fc.tuple(fc.constant(d), total(d))),
        fc.array(basis, { minLength: 1, maxLength: 60 }),
        ([decimals, amount], bases) => {
          fc.pre(bases.some((b) => b !== null && b > 0));
          expect(apportionNumbers(amount, bases, decimals)).toEqual(
            asNumbers(amount, bases, decimals),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('gives the same parts where doubles cannot hold units × basis (the exact path decides)', () => {
    const bases = [1e15, 3, 7e14];
    expect(apportionNumbers(1e9, bases, 2)).toEqual(asNumbers(1e9, bases, 2));
    expect(apportionNumbers(100, ['1,000', 2000], 2)).toEqual([33.33, 66.67]);
  });

  it('gives the same parts over a column of rows, read where it lies, blanks as "" or null', () => {
    let answered = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }).chain((d) =>
          // Totals of everyday size, so that many calls stay within doubles and answer here (bases
          // such as n ÷ 7, read at 15 digits, still pass 2^53 in about half of them).
          fc.tuple(
            fc.constant(d),
            fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 10 ** d),
          ),
        ),
        fc.array(fc.oneof(basis, fc.constant('')), { minLength: 1, maxLength: 60 }),
        fc.nat(5),
        ([decimals, amount], cells, extra) => {
          const bases = cells.map((c) => (c === '' ? null : c));
          fc.pre(bases.some((b) => b !== null && b > 0));
          // Rows past `count` (a whole column's blank tail, or anything) are not read.
          const rows = [...cells, ...Array<string>(extra).fill('x')].map((c) => [c]);
          // Where units × basis passes 2^53 it declines, and the list path decides.
          const parts = apportionColumn(amount, rows, cells.length, decimals);
          if (parts === undefined) return;
          answered += 1;
          expect(Array.from(parts)).toEqual(asNumbers(amount, bases, decimals));
        },
      ),
      { numRuns: 1000 },
    );
    expect(answered).toBeGreaterThan(250);
  });

  it('answers a column of everyday bases itself', () => {
    const rows = [[1], [''], [2.5], [null], [0.5], ['x']];
    expect(Array.from(apportionColumn(100, rows, 5, 2) ?? [])).toEqual([25, 0, 62.5, 0, 12.5]);
    expect(Array.from(apportionColumn(-100, [[1], [1], [1]], 3, 2) ?? [])).toEqual([
      -33.34, -33.33, -33.33,
    ]);
  });

  it('leaves a column with text, an error cell, a negative or a zero sum to the list path', () => {
    for (const cell of ['12', 'x', true, { error: '#N/A' }, -1])
      expect(apportionColumn(100, [[1], [cell], [2]], 3, 2)).toBeUndefined();
    expect(apportionColumn(100, [[0], [null]], 2, 2)).toBeUndefined();
    expect(apportionColumn(1e9, [[1e15], [3]], 2, 2)).toBeUndefined();
    // The total and decimals are refused as the list path refuses them.
    expectCode(() => apportionColumn(100.001, [[1], [1]], 2, 2), 'OUT_OF_RANGE');
  });

  it('raises the errors the exact path raises', () => {
    expectCode(() => apportionNumbers(100, [1, -1]), 'OUT_OF_RANGE');
    expectCode(() => apportionNumbers(100, [0, null]), 'DIVIDE_BY_ZERO');
    expectCode(() => apportionNumbers(100.001, [1, 1]), 'OUT_OF_RANGE');
    expectCode(() => apportionNumbers(100, []), 'EMPTY');
  });
});
