// Evaluating the MTFS table: lines named in the table's own terms, and a table at fault (a line or
// an assumption it does not have, a line that needs itself in the same year) reported as a fault of
// the program, never as a user's CollabError.
import {
  CollabError,
  Decimal,
  mtfsModel,
  projectScenario,
  type Expr,
  type ModelLine,
  type MtfsModel,
} from '../../../core/src';
import { BLANK } from './examples';

const model = mtfsModel(BLANK);
const withLine = (year: Expr): MtfsModel => {
  const fault: ModelLine = {
    key: 'fault',
    label: 'Fault',
    format: 'money',
    section: 'spend',
    total: false,
    year,
  };
  return { ...model, lines: [...model.lines, fault] };
};

describe('projectScenario', () => {
  it.each([
    ['a line it does not have', { op: 'line', key: 'nowhere', lag: 0 }],
    ['an assumption it does not have', { op: 'input', key: 'nowhere' }],
    ['the line itself in the same year', { op: 'line', key: 'fault', lag: 0 }],
  ] as [string, Expr][])(
    'reports a table that refers to %s as a fault of the program',
    (_what, year) => {
      let thrown: unknown;
      try {
        projectScenario(withLine(year), 0);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(Error);
      expect(thrown).not.toBeInstanceOf(CollabError);
    },
  );

  it('evaluates a line from itself in the year before, starting from nothing', () => {
    const p = projectScenario(
      withLine({
        op: 'add',
        a: { op: 'line', key: 'fault', lag: 1 },
        b: { op: 'num', value: new Decimal(1) },
      }),
      0,
    );
    expect(p.lines.get('fault')?.years.map(String)).toEqual(['1', '2', '3']);
  });
});

describe('mtfsModel labels', () => {
  it('names a line left without a label by its list and place', () => {
    const m = mtfsModel({
      ...BLANK,
      funding: [{ label: ' ', base: 0, growth: 0 }],
      reserves: {
        ...BLANK.reserves,
        earmarked: [
          { label: 'Change programme', opening: 0, movements: 0 },
          { label: '', opening: 0, movements: 0 },
        ],
      },
    });
    const label = (key: string) => m.lines.find((l) => l.key === key)?.label;
    expect(label('funding.0')).toBe('funding line 1');
    expect(label('reserves.earmarked.1')).toBe('earmarked line 2 (earmarked) at the year end');
  });
});
