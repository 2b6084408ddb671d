// Where a write goes: a free name, or, when the name it wants is a sheet this pane wrote, the user's
// answer to "replace it, write beside it, or cancel?".
import { freeSheetName } from '../../../../addin/taskpane/ui/sheetName';
import {
  chooseTarget,
  WrittenSheets,
  type ReplaceAnswer,
  type Status,
} from '../../../../addin/taskpane/ui/status';

const plan = (existing: readonly string[]) => ({
  sheet: { name: freeSheetName('MTFS', existing) },
});

/** A status whose user answers `answer`, recording what was asked. */
function answering(answer: ReplaceAnswer) {
  const asked: [string, string][] = [];
  const status = {
    askReplace: (existing: string, instead: string) => {
      asked.push([existing, instead]);
      return Promise.resolve(answer);
    },
  } as unknown as Status;
  return { status, asked };
}

describe('chooseTarget', () => {
  it('takes the wanted name without asking when it is free', async () => {
    const { status, asked } = answering('replace');
    const target = await chooseTarget(status, ['Sheet1'], new WrittenSheets(), plan);
    expect(target).toEqual({ plan: { sheet: { name: 'MTFS' } }, replace: false });
    expect(asked).toEqual([]);
  });

  it('never offers to replace a sheet the pane did not write: it writes beside it', async () => {
    const { status, asked } = answering('replace');
    const target = await chooseTarget(status, ['MTFS'], new WrittenSheets(), plan);
    expect(target).toEqual({ plan: { sheet: { name: 'MTFS (2)' } }, replace: false });
    expect(asked).toEqual([]);
  });

  it.each<[ReplaceAnswer, unknown]>([
    ['replace', { plan: { sheet: { name: 'MTFS' } }, replace: true }],
    ['new', { plan: { sheet: { name: 'MTFS (3)' } }, replace: false }],
    ['cancel', undefined],
  ])('asks about a sheet the pane wrote and follows the answer %p', async (answer, expected) => {
    const written = new WrittenSheets();
    written.add('mtfs');
    written.add('MTFS (2)');
    const { status, asked } = answering(answer);
    const target = await chooseTarget(status, ['MTFS', 'MTFS (2)'], written, plan);
    expect(asked).toEqual([['MTFS', 'MTFS (3)']]);
    expect(target).toEqual(expected);
  });
});

describe('WrittenSheets', () => {
  it('compares names as Excel does, ignoring case', () => {
    const written = new WrittenSheets();
    written.add('Benchmark – Kent');
    expect(written.has('BENCHMARK – KENT')).toBe(true);
    expect(written.has('Benchmark – Essex')).toBe(false);
  });
});
