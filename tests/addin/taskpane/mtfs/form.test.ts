// Reading the MTFS form as typed: per-year lists, the illustrative starting figures, and the
// cost-sharing table left out when blank.
import fc from 'fast-check';
import {
  EXAMPLE_FORM,
  fitToHorizon,
  perYearText,
  readForm,
} from '../../../../addin/taskpane/mtfs/form';
import { planMtfs, SCENARIOS } from '../../../../addin/taskpane/mtfs/plan';
import { THREE_YEARS } from './examples';

describe('perYearText', () => {
  it.each([
    ['2.5%', '2.5%'],
    ['  3% ', '3%'],
    ['3% 2.5% 2%', ['3%', '2.5%', '2%']],
    ['3%; 2.5%;2%', ['3%', '2.5%', '2%']],
    ['2.5 % 2 %', ['2.5%', '2%']],
    ['£ 1,000 £2,000', ['£1,000', '£2,000']],
    ['1,000,000 0', ['1,000,000', '0']],
    ['', ''],
    ['3%, 2.5%, 2%', ['3%', '2.5%', '2%']],
    ['3%,2.5%,2%', ['3%', '2.5%', '2%']],
    ['2,000,000, 0, 1,000,000', ['2,000,000', '0', '1,000,000']],
    ['3%, ', '3%'],
  ])('reads %p as %p', (text, expected) => {
    expect(perYearText(text)).toEqual(expected);
  });
});

describe('fitToHorizon', () => {
  it.each([
    ['3% 2.5% 2%', 7, '3% 2.5% 2% 2% 2% 2% 2%'],
    ['3%, 2.5%, 2%, 2%, 2%, 2%, 1%', 3, '3% 2.5% 2%'],
    ['200,000 100,000 0', 5, '200,000 100,000 0 0 0'],
    ['2%', 7, '2%'],
    ['3% 2.5% 2%', 3, '3% 2.5% 2%'],
  ])('fits %p to %p years as %p', (text, years, expected) => {
    expect(fitToHorizon(text, years)).toBe(expected);
  });

  it('gives a list that reads as one value per year, keeping the years both horizons share', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 2, maxLength: 10 }),
        fc.integer({ min: 1, max: 10 }),
        (rates, years) => {
          const typed = rates.map((r) => `${r}%`);
          const fitted = perYearText(fitToHorizon(typed.join(', '), years));
          const list = Array.isArray(fitted) ? fitted : [fitted];
          return (
            list.length === years &&
            list.slice(0, rates.length).every((item, i) => item === typed[i])
          );
        },
      ),
    );
  });
});

describe('readForm', () => {
  it('reads the illustrative starting figures as the three-year example, in every scenario', () => {
    const fromForm = planMtfs(readForm(EXAMPLE_FORM), []);
    const expected = planMtfs(THREE_YEARS, []);
    for (const s of SCENARIOS) {
      const gaps = (p: typeof fromForm) =>
        p.projections[s].years.map((y) => [y.gapAfterSavings.toString(), y.reserves.toString()]);
      expect(gaps(fromForm)).toEqual(gaps(expected));
    }
    expect(fromForm.shares?.map((s) => s.part.toString())).toEqual(
      expected.shares?.map((s) => s.part.toString()),
    );
  });

  it('leaves the cost-sharing table out when its cost and members are blank', () => {
    const blank = {
      ...EXAMPLE_FORM.sharing,
      cost: ' ',
      members: [{ force: '', basis: ' ' }],
    };
    expect(readForm({ ...EXAMPLE_FORM, sharing: blank }).costSharing).toBeUndefined();
    const half = { ...blank, members: [{ force: 'Kent', basis: '' }] };
    expect(readForm({ ...EXAMPLE_FORM, sharing: half }).costSharing?.members).toHaveLength(1);
  });
});
