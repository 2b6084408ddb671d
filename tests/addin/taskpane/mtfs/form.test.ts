// Reading the MTFS form as typed: per-year lists, the illustrative starting figures, and the
// cost-sharing table left out when blank.
import { EXAMPLE_FORM, perYearText, readForm } from '../../../../addin/taskpane/mtfs/form';
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
  ])('reads %p as %p', (text, expected) => {
    expect(perYearText(text)).toEqual(expected);
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
