// Cost sharing for the MTFS sheet: a collaboration's annual cost split between member forces on a
// basis, in pennies that add up to the cost; bad tables refused, naming the member at fault.
import fc from 'fast-check';
import { Decimal, shareAgreed, shareCost, type ErrorCode, type Member } from '../../../core/src';
import { collabError, expectCode } from '../helpers';

describe('shareCost', () => {
  it('shares £100.00 equally between three forces as 33.34, 33.33, 33.33', () => {
    const shares = shareCost(100, [
      { force: 'Derbyshire', basis: 1 },
      { force: 'Leicestershire', basis: 1 },
      { force: 'Lincolnshire', basis: 1 },
    ]);
    expect(shares.map((s) => s.part.toFixed(2))).toEqual(['33.34', '33.33', '33.33']);
    expect(shares.map((s) => s.force)).toEqual(['Derbyshire', 'Leicestershire', 'Lincolnshire']);
  });

  it('shares by population, skipping rows blank on both sides and reading agreed percentages', () => {
    // 1,000,000 × 1,070,000 ÷ 4,860,000 = 220,164.609…; the five parts round to sum 1,000,000.00
    const byPopulation = shareCost('£1,000,000', [
      { force: ' Derbyshire ', basis: '1,070,000' },
      { force: '', basis: null },
      { force: 'Leicestershire', basis: 1_100_000 },
      { force: 'Lincolnshire', basis: 770_000 },
      { force: 'Northamptonshire', basis: 760_000 },
      { force: 'Nottinghamshire', basis: 1_160_000 },
    ]);
    expect(byPopulation.map((s) => s.part.toFixed(2))).toEqual([
      '220164.61',
      '226337.45',
      '158436.21',
      '156378.60',
      '238683.13',
    ]);
    expect(byPopulation[0]?.force).toBe('Derbyshire');
    // Agreed 60 % / 40 % of £250,000.
    const agreed = shareCost(250_000, [
      { force: 'Kent', basis: '60%' },
      { force: 'Essex', basis: '40%' },
    ]);
    expect(agreed.map((s) => [s.basis.toString(), s.part.toString()])).toEqual([
      ['0.6', '150000'],
      ['0.4', '100000'],
    ]);
  });

  it('makes parts that add up to the cost to the penny, each within a penny of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 1, maxLength: 10 }),
        (pence, bases) => {
          fc.pre(bases.some((b) => b > 0));
          const cost = new Decimal(pence).div(100);
          const shares = shareCost(
            cost,
            bases.map((basis, i) => ({ force: `Force ${i + 1}`, basis })),
          );
          const sum = bases.reduce((a, b) => a + b, 0);
          return (
            Decimal.sum(...shares.map((s) => s.part)).eq(cost) &&
            shares.every((s) => s.part.minus(cost.times(s.basis).div(sum)).abs().lt(0.01))
          );
        },
      ),
    );
  });

  it('refuses a cost with fractions of a penny or below zero, and no members at all', () => {
    expectCode(
      () => shareCost('100.005', [{ force: 'Kent', basis: 1 }]),
      'OUT_OF_RANGE',
      'annual cost',
    );
    expectCode(() => shareCost(-1, [{ force: 'Kent', basis: 1 }]), 'OUT_OF_RANGE', 'annual cost');
    expectCode(() => shareCost(100, [{ force: ' ', basis: '' }]), 'EMPTY', 'members');
  });

  it('names the member at fault', () => {
    const refuses = (members: Member[], code: ErrorCode, param: string) =>
      expectCode(() => shareCost(100, members, 'population'), code, param);
    refuses(
      [
        { force: 'Kent', basis: 1 },
        { force: 'KENT Police', basis: 2 },
      ],
      'DUPLICATE',
      'members',
    );
    refuses(
      [
        { force: 'Kent', basis: 1 },
        { force: '', basis: 2 },
      ],
      'EMPTY',
      'the force name of member 2',
    );
    refuses([{ force: 'Kent', basis: null }], 'EMPTY', 'population for Kent');
    refuses([{ force: 'Kent', basis: -3 }], 'OUT_OF_RANGE', 'population for Kent');
    refuses([{ force: 'Kent', basis: 'many' }], 'INVALID_NUMBER', 'population for Kent');
    refuses(
      [
        { force: 'Kent', basis: 0 },
        { force: 'Essex', basis: 0 },
      ],
      'DIVIDE_BY_ZERO',
      'the sum of the population figures',
    );
  });

  it('locates a bad row at its place in the members given, blank rows included', () => {
    const error = collabError(() =>
      shareCost(100, [
        { force: 'Kent', basis: 1 },
        { force: '', basis: null },
        { force: 'Essex', basis: -1 },
      ]),
    );
    expect(error).toMatchObject({ code: 'OUT_OF_RANGE', field: 'basis', index: 2 });
    expect(collabError(() => shareCost('abc', [{ force: 'Kent', basis: 1 }]))).toMatchObject({
      field: 'cost',
    });
  });
});

describe('shareAgreed', () => {
  it('reads each agreed share as a rate: "60%", "30" and 0.1 are 60 %, 30 % and 10 %', () => {
    const shares = shareAgreed(250_000, [
      { force: 'Kent', basis: '60%' },
      { force: 'Essex', basis: '30' },
      { force: 'Surrey', basis: 0.1 },
    ]);
    expect(shares.map((s) => [s.basis.toString(), s.part.toString()])).toEqual([
      ['0.6', '150000'],
      ['0.3', '75000'],
      ['0.1', '25000'],
    ]);
  });

  it.each([
    ['95 %', ['60%', '35%']],
    ['105 %', ['60%', '45%']],
  ])('refuses shares adding up to %s rather than rescaling them', (_, figures) => {
    const members = figures.map((basis, i) => ({ force: `Force ${i + 1}`, basis }));
    const error = collabError(() => shareAgreed(100, members));
    expect(error).toMatchObject({ code: 'OUT_OF_RANGE', field: 'basis' });
  });

  it('refuses a share that reads two ways, at the member row typed', () => {
    const error = collabError(() =>
      shareAgreed(100, [
        { force: 'Kent', basis: '50%' },
        { force: '', basis: null },
        { force: 'Essex', basis: '0.5' },
      ]),
    );
    expect(error).toMatchObject({ code: 'OUT_OF_RANGE', field: 'basis', index: 2 });
  });

  it('accepts any split of 100 % in whole percents, its parts adding up to the cost', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (a, cost) => {
          const shares = shareAgreed(cost, [
            { force: 'A', basis: `${a}%` },
            { force: 'B', basis: `${100 - a}` },
          ]);
          return Decimal.sum(...shares.map((s) => s.part)).eq(cost);
        },
      ),
    );
  });
});
