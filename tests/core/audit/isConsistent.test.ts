// Whether a published percentage can come from the published (rounded) inputs.
import fc from 'fast-check';
import { Decimal, isConsistent } from '../../../core/src';
import { expectCode, itRefusesNonNumbers } from '../helpers';

describe('isConsistent', () => {
  // Source: HMIC, "Working Together" (November 2013), East Midlands, as quoted in SPEC section 2.
  // Inputs are whole £000 or whole FTE (step 1); rates to a whole per cent (decimals 2) or to one
  // decimal of a per cent (decimals 3).
  it.each([
    ['serious and organised crime saving rate', '18%', 4000, 22000, 2],
    ['forensic services saving rate', 0.25, 830, 3300, 2],
    ['officers in collaborated functions', '7.4%', 620, 8409, 3],
    ['staff in collaborated functions', 0.124, 535, 4331, 3],
    ['serious and organised crime unit workforce', '2.7%', 346, 12740, 3],
  ])('finds the published %s consistent with its inputs', (_what, published, n, d, decimals) => {
    expect(isConsistent({ published, numerator: n, denominator: d, step: 1, decimals })).toBe(true);
  });

  // Source: House of Commons Home Affairs Committee, Fourth Report 2006-07: £3,437m more on a
  // 1996-97 base of £8,578m, "an increase of 40%" (£m, so step 1): 3,437 ÷ 8,578 = 0.4007.
  it('finds the published 40 % rise in police spending consistent with its £m inputs', () => {
    expect(isConsistent({ published: '40%', numerator: 3437, denominator: 8578, step: 1 })).toBe(
      true,
    );
    expect(isConsistent({ published: '41%', numerator: 3437, denominator: 8578, step: 1 })).toBe(
      false,
    );
  });

  it.each([
    // 4,000 ÷ 22,000 lies in [0.18179, 0.18185] to the nearest £000; 19 % needs at least 0.185
    ['19%', 1, undefined, false],
    // to the nearest £1m the ratio may be anywhere from 0.1555 to 0.2093: 16 % to 21 % can arise,
    // 15 % (up to 0.155) and 22 % (from 0.215) cannot
    ['16%', 1000, undefined, true],
    ['21%', 1000, undefined, true],
    ['15%', 1000, undefined, false],
    ['22%', 1000, undefined, false],
    // to one decimal of a per cent: 18.2 % fits (0.1815 ≤ 0.18185), 18.0 % does not
    ['18.2%', 1, 3, true],
    ['18.0%', 1, 3, false],
  ])(
    'judges %s from 4,000 ÷ 22,000 at step %p (decimals %p): %p',
    (published, step, decimals, ok) => {
      expect(isConsistent({ published, numerator: 4000, denominator: 22000, step, decimals })).toBe(
        ok,
      );
    },
  );

  it('uses its own denominator step when given', () => {
    // 620 (nearest 1) ÷ 8,409 (nearest 1,000): 619.5 ÷ 8,909 = 0.0695 to 620.5 ÷ 7,909 = 0.0785, so 7 % fits
    expect(
      isConsistent({
        published: '7%',
        numerator: 620,
        denominator: 8409,
        step: 1,
        denominatorStep: 1000,
      }),
    ).toBe(true);
    expect(isConsistent({ published: '7%', numerator: 620, denominator: 8409, step: 1 })).toBe(
      true,
    );
    expect(isConsistent({ published: '8%', numerator: 620, denominator: 8409, step: 1 })).toBe(
      false,
    );
    expect(
      isConsistent({
        published: '8%',
        numerator: 620,
        denominator: 8409,
        step: 1,
        denominatorStep: 1000,
      }),
    ).toBe(true);
  });

  it('always accepts the rounded true ratio of inputs that round to the published ones', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e7 }),
        fc.integer({ min: 1, max: 1e8 }),
        fc.constantFrom(1, 10, 100),
        fc.integer({ min: 0, max: 4 }),
        (nTrue, dExtra, step, decimals) => {
          const d = dExtra + step;
          const round = (x: number) => new Decimal(x).div(step).toDecimalPlaces(0).times(step);
          const published = new Decimal(nTrue).div(d).toDecimalPlaces(decimals);
          return isConsistent({
            published,
            numerator: round(nTrue),
            denominator: round(d),
            step,
            decimals,
          });
        },
      ),
    );
  });

  it('refuses decimals outside 0 to 10 or not whole', () => {
    const base = { published: 0.18, numerator: 4000, denominator: 22000, step: 1 };
    expectCode(() => isConsistent({ ...base, decimals: 11 }), 'OUT_OF_RANGE', 'decimals');
    expectCode(() => isConsistent({ ...base, decimals: 1.5 }), 'OUT_OF_RANGE', 'decimals');
  });

  it('passes on the errors of the bounds it checks against', () => {
    const base = { published: 0.18, numerator: 4000, denominator: 22000, step: 1 };
    expectCode(() => isConsistent({ ...base, step: 0 }), 'OUT_OF_RANGE', 'step');
    expectCode(() => isConsistent({ ...base, denominator: 0 }), 'OUT_OF_RANGE', 'denominator');
  });

  itRefusesNonNumbers('published', (bad) =>
    isConsistent({ published: bad, numerator: 4000, denominator: 22000, step: 1 }),
  );
  itRefusesNonNumbers('numerator', (bad) =>
    isConsistent({ published: 0.18, numerator: bad, denominator: 22000, step: 1 }),
  );
  itRefusesNonNumbers('denominator', (bad) =>
    isConsistent({ published: 0.18, numerator: 4000, denominator: bad, step: 1 }),
  );
  itRefusesNonNumbers('step', (bad) =>
    isConsistent({ published: 0.18, numerator: 4000, denominator: 22000, step: bad }),
  );
  itRefusesNonNumbers(
    'decimals',
    (bad) =>
      isConsistent({
        published: 0.18,
        numerator: 4000,
        denominator: 22000,
        step: 1,
        decimals: bad,
      }),
    true,
  );
});
