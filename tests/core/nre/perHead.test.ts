// Per head of resident population, optionally per 1,000 people.
import fc from 'fast-check';
import { perHead } from '../../../core/src';
import { expectCode, expectDecimal, itRefusesNonNumbers } from '../helpers';
import { exactDivisor } from '../generators';

describe('perHead', () => {
  it.each([
    // documented example: 180,000,000 ÷ 1,200,000 = 150
    [180000000, 1200000, undefined, '150'],
    // per 1,000 people: 180,000,000 × 1,000 ÷ 1,200,000 = 150,000
    [180000000, 1200000, 1000, '150000'],
    // £000 NRE with population: 264,500 × 1,000 ÷ 1,850,000 people = £142.97… per head (per 1,000 as £000)
    [264500, 1850000, 1000, '142.972972972972972972972972972972972973'],
    // a negative amount is allowed: −600 ÷ 200 = −3
    [-600, 200, undefined, '-3'],
    // text as typed: "£1,234" ÷ "1,000" = 1.234
    ['£1,234', '1,000', '1', '1.234'],
  ])('divides %p by population %p (per %p) to give %s', (amount, population, per, expected) => {
    expectDecimal(perHead(amount, population, per), expected);
  });

  it('refuses a zero population as a division by zero', () => {
    expectCode(() => perHead(100, 0), 'DIVIDE_BY_ZERO', 'population');
  });

  it('refuses a negative population', () => {
    const error = () => perHead(100, -3);
    expectCode(error, 'OUT_OF_RANGE', 'population');
    expect(() => error()).toThrow('population must be greater than zero, got -3');
  });

  it('refuses a scale that is not more than zero', () => {
    expectCode(() => perHead(100, 10, 0), 'OUT_OF_RANGE', 'per');
    expectCode(() => perHead(100, 10, -1000), 'OUT_OF_RANGE', 'per');
  });

  itRefusesNonNumbers('amount', (bad) => perHead(bad, 100));
  itRefusesNonNumbers('population', (bad) => perHead(100, bad));
  itRefusesNonNumbers('per', (bad) => perHead(100, 100, bad), true);

  it('treats an omitted or blank scale as per person', () => {
    expectDecimal(perHead(300, 100, undefined), '3');
    expectDecimal(perHead(300, 100, null as never), '3');
  });

  it('scales linearly in the amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: -1000, max: 1000 }),
        exactDivisor,
        (amount, k, population) =>
          perHead(amount * k, population).eq(perHead(amount, population).times(k)),
      ),
    );
  });

  it('scales linearly in per', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 1, max: 100_000 }),
        exactDivisor,
        (amount, per, population) =>
          perHead(amount, population, per).eq(perHead(amount, population).times(per)),
      ),
    );
  });
});
