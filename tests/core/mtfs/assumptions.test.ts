// Reading MTFS assumptions locates every error as data, the field by its key and the year by its
// index, so a form can point at the box at fault without reading the message.
import fc from 'fast-check';
import { MTFS_FIELDS, readMtfsAssumptions, type MtfsParams } from '../../../core/src';
import { collabError } from '../helpers';
import { THREE_YEARS } from './examples';

const PER_YEAR_FIELDS = [
  'payAward',
  'nonPayInflation',
  'grantChange',
  'taxBaseGrowth',
  'bandDIncrease',
  'collaborationSavings',
  'otherSavings',
  'useOfReserves',
] as const;

/** Every other assumption holds one value. */
const SCALAR_FIELDS = (Object.keys(MTFS_FIELDS) as (keyof MtfsParams)[]).filter(
  (field) => !(PER_YEAR_FIELDS as readonly string[]).includes(field),
);

describe('readMtfsAssumptions error locations', () => {
  it('locates a bad item of any per-year field at that field and year', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PER_YEAR_FIELDS),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom('n/a', true, 'twelve'),
        (field, year, bad) => {
          const list: unknown[] = [0, 0, 0];
          list[year] = bad;
          const error = collabError(() =>
            readMtfsAssumptions({ ...THREE_YEARS, [field]: list } as MtfsParams),
          );
          return error.code === 'INVALID_NUMBER' && error.field === field && error.index === year;
        },
      ),
    );
  });

  it.each(SCALAR_FIELDS)('locates a bad %s at the field, with no index', (field) => {
    const error = collabError(() =>
      readMtfsAssumptions({ ...THREE_YEARS, [field]: 'abc' } as MtfsParams),
    );
    expect(error).toMatchObject({ field, index: undefined });
  });

  it('locates one value for every year at the field alone, not at a year', () => {
    const error = collabError(() => readMtfsAssumptions({ ...THREE_YEARS, payAward: 'abc' }));
    expect(error).toMatchObject({ code: 'INVALID_NUMBER', field: 'payAward', index: undefined });
  });

  it('locates a per-year list of the wrong length at the field', () => {
    const error = collabError(() => readMtfsAssumptions({ ...THREE_YEARS, otherSavings: [1, 2] }));
    expect(error).toMatchObject({
      code: 'SHAPE_MISMATCH',
      field: 'otherSavings',
      index: undefined,
    });
  });
});
