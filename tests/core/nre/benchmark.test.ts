// A force against the average of its comparison group.
import { benchmark } from '../../../core/src';
import { collabError, expectCode, expectDecimal, itRefusesNonNumberItems } from '../helpers';
import { FORCES, VALUES } from './examples';

describe('benchmark', () => {
  it('matches its documented example', () => {
    expectDecimal(benchmark([150, 200, 100], ['Kent', 'Essex', 'Surrey'], 'Kent').variance, 0);
  });

  it.each([
    // average (150 + 200 + 100) ÷ 3 = 150 for every force below
    // Kent: 150 ÷ 150 − 1 = 0; Essex is higher, so rank 2
    ['Kent', '150', '0', '0', 2],
    // Essex: 200 ÷ 150 − 1 = 1/3; 200 − 150 = 50; the highest, rank 1
    ['essex police', '200', '0.3333333333333333333333333333333333333333', '50', 1],
    // Surrey: 100 ÷ 150 − 1 = −1/3; 100 − 150 = −50; the lowest of three
    ['Surrey', '100', '-0.3333333333333333333333333333333333333333', '-50', 3],
  ])(
    'benchmarks %s: value %s, variance %s, difference %s, rank %d',
    (force, value, variance, difference, rank) => {
      const result = benchmark(VALUES, FORCES, force);
      expectDecimal(result.value, value);
      expectDecimal(result.average, 150);
      expectDecimal(result.variance, variance);
      expectDecimal(result.difference, difference);
      expect(result.rank).toBe(rank);
      expect(result.count).toBe(3);
    },
  );

  it('leaves the Met out of the average it is benchmarked against', () => {
    // average stays 150; 400 ÷ 150 − 1 = 5/3; 400 − 150 = 250; higher than all three compared
    const result = benchmark(VALUES, FORCES, 'Met');
    expectDecimal(result.value, 400);
    expectDecimal(result.average, 150);
    expectDecimal(result.variance, '1.666666666666666666666666666666666666667');
    expectDecimal(result.difference, 250);
    expect(result.rank).toBe(1);
    expect(result.count).toBe(3);
    expect(result.excluded).toContain('Metropolitan Police Service');
  });

  it('ranks an excluded force among the compared forces and itself', () => {
    // City of London at 5 per head is below Kent 150, Essex 200 and Surrey 100: rank 4 of 4
    const values = [150, 200, 100, 400, 5, null, 0];
    const result = benchmark(values, FORCES, 'London, City of');
    expect(result.rank).toBe(4);
    expect(result.count).toBe(3);
  });

  it('includes the Met and the City when the exclusion list is empty', () => {
    // (150 + 200 + 100 + 400 + 900) ÷ 5 = 350; Kent is beaten by Essex, the Met and the City
    const result = benchmark(VALUES, FORCES, 'Kent', { exclude: [] });
    expectDecimal(result.average, 350);
    expect(result.rank).toBe(4);
    expect(result.count).toBe(5);
  });

  it('compares against a peer group only', () => {
    // peers Kent and Essex: (150 + 200) ÷ 2 = 175; 150 ÷ 175 − 1 = −1/7; Essex ranks above Kent
    const result = benchmark(VALUES, FORCES, 'Kent', { peers: ['Kent', 'Essex'] });
    expectDecimal(result.average, 175);
    expectDecimal(result.variance.toDecimalPlaces(6), '-0.142857');
    expectDecimal(result.difference, -25);
    expect(result.rank).toBe(2);
    expect(result.count).toBe(2);
    expect(result.used).toEqual(['Kent', 'Essex']);
  });

  it('compares against a peer group the force is not in', () => {
    // peers Surrey (100) and Norfolk (zero, not a report): average 100; 150 ÷ 100 − 1 = 0.5; rank 1
    const result = benchmark(VALUES, FORCES, 'Kent', { peers: ['Surrey', 'Norfolk'] });
    expectDecimal(result.average, 100);
    expectDecimal(result.variance, '0.5');
    expect(result.rank).toBe(1);
    expect(result.count).toBe(1);
    expect(result.nonReporting).toEqual(['Norfolk']);
  });

  it('uses population weights and zero reports when asked', () => {
    // zero is a report: (150 + 200 + 100 + 0) ÷ 4 = 112.5 ; Norfolk at 0 ranks 4th
    const zero = benchmark(VALUES, FORCES, 'Norfolk', { zeroIsReport: true });
    expectDecimal(zero.average, 112.5);
    expect(zero.rank).toBe(4);
    // weights 1, 3, 1: (150 + 600 + 100) ÷ 5 = 170; 150 − 170 = −20
    const weighted = benchmark(VALUES, FORCES, 'Kent', {
      weights: [1, 3, 1, null, null, null, null],
    });
    expectDecimal(weighted.difference, -20);
  });

  it('gives equal values the same rank', () => {
    const result = benchmark([150, 150, 100], ['Kent', 'Essex', 'Surrey'], 'Essex');
    expect(result.rank).toBe(1);
  });

  it('refuses a force that is not in the data', () => {
    const error = collabError(() => benchmark(VALUES, FORCES, 'Atlantis'));
    expect(error).toMatchObject({ code: 'UNKNOWN_FORCE', param: 'force' });
  });

  it('refuses a blank force, and a number where a force name belongs', () => {
    expectCode(() => benchmark(VALUES, FORCES, '  '), 'EMPTY', 'force');
    expectCode(() => benchmark(VALUES, FORCES, null as never), 'EMPTY', 'force');
    const error = collabError(() => benchmark(VALUES, FORCES, 42 as never));
    expect(error).toMatchObject({ code: 'INVALID_NUMBER', param: 'force' });
    expect(error.message).toBe('force must be a force name, got 42');
  });

  it('refuses a force with no value of its own', () => {
    expectCode(() => benchmark(VALUES, FORCES, 'Sussex'), 'EMPTY', 'the value for Sussex');
  });

  it('refuses an unknown peer', () => {
    expectCode(
      () => benchmark(VALUES, FORCES, 'Kent', { peers: ['Narnia'] }),
      'UNKNOWN_FORCE',
      'peers',
    );
  });

  it('says there is no data when the comparison group is empty', () => {
    expectCode(() => benchmark(VALUES, FORCES, 'Kent', { peers: ['Met'] }), 'NO_DATA', 'values');
  });

  it('refuses a variance against an average of zero', () => {
    expectCode(
      () => benchmark([0, 0], ['Kent', 'Essex'], 'Kent', { zeroIsReport: true }),
      'DIVIDE_BY_ZERO',
      'benchmark',
    );
  });

  it('refuses a variance against a negative average', () => {
    // (−10 + −20) ÷ 2 = −15: a variance from a negative benchmark has no meaning
    expectCode(() => benchmark([-10, -20], ['Kent', 'Essex'], 'Kent'), 'OUT_OF_RANGE', 'benchmark');
  });

  it('refuses weights that do not pair up or are not positive', () => {
    expectCode(
      () => benchmark(VALUES, FORCES, 'Kent', { weights: [1] }),
      'SHAPE_MISMATCH',
      'weights',
    );
    const weights = [0, 1, 1, null, null, null, null];
    expectCode(
      () => benchmark(VALUES, FORCES, 'Kent', { weights }),
      'OUT_OF_RANGE',
      'weights for Kent',
    );
  });

  it('refuses duplicate forces and unpaired columns', () => {
    expectCode(() => benchmark([1, 2], ['Kent', 'kent'], 'Kent'), 'DUPLICATE', 'forces');
    expectCode(() => benchmark([1], ['Kent', 'Essex'], 'Kent'), 'SHAPE_MISMATCH', 'values');
  });

  itRefusesNonNumberItems('values', (bad) => benchmark([1, bad], ['Kent', 'Essex'], 'Kent'));
});
