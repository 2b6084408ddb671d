// Force-name matching: one key per force whatever the spelling a published table uses.
import fc from 'fast-check';
import {
  DEFAULT_EXCLUSIONS,
  ENGLAND_AND_WALES_FORCES,
  forceKey,
  matchForce,
} from '../../../core/src';

describe('forceKey', () => {
  it.each([
    ['Metropolitan Police Service', 'Metropolitan Police'],
    ['Met', 'Metropolitan Police'],
    ['MPS', 'Metropolitan Police'],
    ['the Met', 'Metropolitan Police'],
    ['City of London Police', 'City of London'],
    ['London, City of', 'City of London'],
    ['COL', 'City of London'],
    ['Avon & Somerset Constabulary', 'Avon and Somerset'],
    ['AVON AND SOMERSET POLICE', 'Avon and Somerset'],
    ['Hampshire and Isle of Wight Constabulary', 'Hampshire'],
    ['Dyfed Powys Police', 'Dyfed-Powys'],
    ['  thames   valley police ', 'Thames Valley'],
    ['Devon & Cornwall Police', 'Devon and Cornwall'],
    ['Durham Constabulary', 'Durham'],
    ['The Thames Valley Police Force', 'Thames Valley'],
  ])('matches %p to %p', (spelling, name) => {
    expect(forceKey(spelling)).toBe(forceKey(name));
  });

  it.each([
    ['West Midlands', 'West Mercia'],
    ['North Yorkshire', 'South Yorkshire'],
    ['City of London', 'Metropolitan Police'],
  ])('keeps %p and %p apart', (a, b) => {
    expect(forceKey(a)).not.toBe(forceKey(b));
  });

  it('gives each of the 43 forces its own key', () => {
    expect(ENGLAND_AND_WALES_FORCES).toHaveLength(43);
    expect(new Set(ENGLAND_AND_WALES_FORCES.map(forceKey)).size).toBe(43);
  });

  it('does not strip a name down to nothing', () => {
    expect(forceKey('Police')).toBe('police');
    expect(forceKey('The')).toBe('the');
  });

  it('default exclusions name the Metropolitan Police and the City of London Police', () => {
    expect(DEFAULT_EXCLUSIONS.map(forceKey).sort()).toEqual(
      [forceKey('Met'), forceKey('London, City of')].sort(),
    );
  });

  it('ignores case, spacing and a trailing "Police" for every force', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ENGLAND_AND_WALES_FORCES),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('', ' Police', ' Constabulary', ' Police Service'),
        (name, upper, padded, suffix) => {
          let spelling = (upper ? name.toUpperCase() : name.toLowerCase()) + suffix;
          if (padded) spelling = `  ${spelling.replace(/ /g, '  ')} `;
          return forceKey(spelling) === forceKey(name);
        },
      ),
    );
  });
});

describe('matchForce', () => {
  it.each([
    ['Kent', 'Kent'],
    [' kent police ', 'Kent'],
    ['Avon & Somerset Constabulary', 'Avon and Somerset'],
    ['London, City of', 'City of London'],
    ['Dyfed-Powys Police', 'Dyfed-Powys'],
    ['The Metropolitan Police Service', 'Metropolitan Police'],
  ])('matches %p to the force %p', (name, force) => {
    expect(matchForce(name)).toBe(force);
  });

  it.each([['=Kent'], ['Kent!'], ['+Essex'], ['Kent;'], ['Atlantis'], [''], ['<b>Kent</b>']])(
    'matches no force for %p: punctuation no force name has is refused, not stripped',
    (name) => {
      expect(matchForce(name)).toBeUndefined();
    },
  );

  it('matches every known force by its own name', () => {
    for (const force of ENGLAND_AND_WALES_FORCES) expect(matchForce(force)).toBe(force);
  });
});
