// Published figures, reproduced through the Excel functions a finance officer would type.
import * as f from '../../../addin/functions/functions';

const value = (grid: unknown[][]) => grid[0]?.[0] as number;
const percent = (x: number, places = 0) => Number((x * 100).toFixed(places));

describe('published figures through the custom functions', () => {
  // Source: the 2013 review of the East Midlands collaboration, as tabled in SPEC section 2 (£000, people).
  it.each([
    ['serious and organised crime saving rate', 18, 0, () => f.savingRate([[4000]], [[22000]])],
    ['forensic services saving rate', 25, 0, () => f.savingRate([[830]], [[3300]])],
    ['officers in collaboration', 7.4, 1, () => f.workforceShare([[620]], [[8409]])],
    ['staff in collaboration', 12.4, 1, () => f.workforceShare([[535]], [[4331]])],
    ['SOC unit share of the workforce', 2.7, 1, () => f.workforceShare([[346]], [[12740]])],
  ])('East Midlands 2013: %s rounds to the published %s %%', (_, published, places, call) => {
    expect(percent(value(call()), places)).toBe(published);
  });

  it('East Midlands 2013: each published percentage is consistent with its rounded inputs', () => {
    expect(
      f.isConsistent(
        [[0.18], [0.25], [0.074], [0.124], [0.027]],
        [[4000], [830], [620], [535], [346]],
        [[22000], [3300], [8409], [4331], [12740]],
        [[1]],
        undefined,
        [[2], [2], [3], [3], [3]],
      ),
    ).toEqual([[true], [true], [true], [true], [true]]);
  });

  it('East Midlands 2013: £100.00 shared equally three ways is 33.34, 33.33, 33.33', () => {
    expect(f.apportion([[100]], [[1, 1, 1]])).toEqual([[33.34, 33.33, 33.33]]);
  });

  // Source: House of Commons Home Affairs Committee, Police Funding, Fourth Report of Session
  // 2006-07: gross revenue expenditure £8,578m (1996-97) to £12,015m (2006-07), "an increase of 40%".
  it('Home Affairs Committee 2007: police spending rose 40 % in the decade to 2006-07', () => {
    expect(percent(value(f.variancePct([[12015]], [[8578]])))).toBe(40);
    expect(f.isConsistent([[0.4]], [[3437]], [[8578]], [[1]])).toEqual([[true]]);
  });
});
