// The public API: every function of the SPEC section 4 catalogue under its core name.
import * as core from '../../core/src';

describe('core public API', () => {
  it.each([
    'saving',
    'savingRate',
    'pooledRate',
    'gapShare',
    'conversionSaving',
    'nre',
    'perHead',
    'nrePerHead',
    'pooledPerHead',
    'nationalAverage',
    'variancePct',
    'benchmark',
    'benchmarkRegion',
    'matchForce',
    'workforceShare',
    'postsCost',
    'unitCost',
    'apportion',
    'grow',
    'gap',
    'ratioBounds',
    'isConsistent',
  ])('exports %s as a function', (name) => {
    expect(typeof (core as Record<string, unknown>)[name]).toBe('function');
  });

  it('exports the Decimal constructor, the error class and the force-name helpers', () => {
    expect(new core.Decimal(1).plus(1).toString()).toBe('2');
    expect(new core.CollabError('EMPTY', 'x is empty', 'x')).toBeInstanceOf(Error);
    expect(core.forceKey('Met')).toBe(core.forceKey('Metropolitan Police Service'));
    expect(core.ENGLAND_AND_WALES_FORCES).toContain('Kent');
    expect(core.DEFAULT_EXCLUSIONS).toHaveLength(2);
  });
});
