// What a ratio of rounded published figures can really be.
import fc from 'fast-check';
import { Decimal, ratioBounds } from '../../../core/src';
import { expectCode, expectDecimal, itRefusesNonNumbers } from '../helpers';

describe('ratioBounds', () => {
  it('matches its documented example: 4,000 ÷ 22,000 rounded to the nearest 1,000', () => {
    // (4,000 − 500) ÷ (22,000 + 500) = 3,500 ÷ 22,500 = 0.1555…;
    // (4,000 + 500) ÷ (22,000 − 500) = 4,500 ÷ 21,500 = 0.2093…
    const { min, max } = ratioBounds(4000, 22000, 1000);
    expectDecimal(min, new Decimal(3500).div(22500).toString());
    expectDecimal(max, new Decimal(4500).div(21500).toString());
  });

  it.each([
    // forensic services to the nearest 10: 825 ÷ 3,305 = 0.24962… to 835 ÷ 3,295 = 0.25341…
    [830, 3300, 10, undefined, [825, 3305], [835, 3295]],
    // officers 620 to the nearest 1 of 8,409 to the nearest 10: 619.5 ÷ 8,414 to 620.5 ÷ 8,404
    [620, 8409, 1, 10, [619.5, 8414], [620.5, 8404]],
    // a negative numerator keeps the bounds ordered: −10.5 ÷ 99.5 to −9.5 ÷ 100.5
    [-10, 100, 1, undefined, [-10.5, 99.5], [-9.5, 100.5]],
    // a numerator of zero: −0.5 ÷ 99.5 to 0.5 ÷ 99.5
    [0, 100, 1, undefined, [-0.5, 99.5], [0.5, 99.5]],
  ])(
    'bounds %p ÷ %p (steps %p, %p) by the hand-worked fractions',
    (n, d, step, dStep, [minN, minD], [maxN, maxD]) => {
      const { min, max } = ratioBounds(n, d, step, dStep);
      expectDecimal(min, new Decimal(minN ?? 0).div(minD ?? 1).toString());
      expectDecimal(max, new Decimal(maxN ?? 0).div(maxD ?? 1).toString());
    },
  );

  it('uses the numerator step for the denominator when its own step is blank', () => {
    expect(ratioBounds(4000, 22000, 1000, null as never)).toEqual(ratioBounds(4000, 22000, 1000));
  });

  it('refuses a denominator not more than half its step', () => {
    expectCode(() => ratioBounds(1, 5, 10), 'OUT_OF_RANGE', 'denominator');
    expectCode(() => ratioBounds(1, 0, 1), 'OUT_OF_RANGE', 'denominator');
    expectCode(() => ratioBounds(1, -100, 1), 'OUT_OF_RANGE', 'denominator');
    expectCode(() => ratioBounds(1, 100, 1, 200), 'OUT_OF_RANGE', 'denominator');
  });

  it('refuses steps that are not more than zero', () => {
    expectCode(() => ratioBounds(1, 100, 0), 'OUT_OF_RANGE', 'step');
    expectCode(() => ratioBounds(1, 100, 1, -1), 'OUT_OF_RANGE', 'denominatorStep');
  });

  itRefusesNonNumbers('numerator', (bad) => ratioBounds(bad, 100, 1));
  itRefusesNonNumbers('denominator', (bad) => ratioBounds(1, bad, 1));
  itRefusesNonNumbers('step', (bad) => ratioBounds(1, 100, bad));
  itRefusesNonNumbers('denominatorStep', (bad) => ratioBounds(1, 100, 1, bad), true);

  it('contains the true ratio of any inputs that round to the published ones', () => {
    const step = fc.constantFrom('0.1', '0.5', '1', '10', '1000');
    const roundTo = (x: Decimal, s: Decimal) => x.div(s).toDecimalPlaces(0).times(s);
    fc.assert(
      fc.property(
        fc.integer({ min: -1e8, max: 1e8 }),
        fc.integer({ min: 1, max: 1e9 }),
        step,
        step,
        (nPennies, dPennies, nStepText, dStepText) => {
          const n = new Decimal(nPennies).div(100);
          const nStep = new Decimal(nStepText);
          const dStep = new Decimal(dStepText);
          // a true denominator that rounds to at least one step, so the published one is usable
          const d = new Decimal(dPennies).div(100).plus(dStep);
          const { min, max } = ratioBounds(roundTo(n, nStep), roundTo(d, dStep), nStep, dStep);
          const truth = n.div(d);
          return min.lte(truth) && truth.lte(max);
        },
      ),
    );
  });
});
