// Whole columns and oversized results through Microsoft's runtime. Excel desktop passes all
// 1,048,576 rows of A:A; Office restarts an add-in unresponsive for 5 s and Excel on the web
// refuses a payload over 5 MB. So a whole-column call answers within both, and a result too big
// to send is one clear error that holds back nobody else's result.
import { PAYLOAD_CAP, useRuntime, type Answer, type Call } from './host';

const host = useRuntime();

const SHEET_ROWS = 1_048_576;
const UNRESPONSIVE_MS = 5_000;
// Long past every limit above: a call still running then is stopped and reported, not awaited.
const DEADLINE_MS = 20_000;

/** The answers to calls made in one recalculation; an error if they do not come in time. */
async function invoke(calls: readonly Call[]): Promise<Answer[]> {
  const answers = await host.invokeWithin(DEADLINE_MS, calls);
  if (!Array.isArray(answers)) {
    const running = calls[answers.running]?.id ?? 'a call';
    throw new Error(`no answer within ${DEADLINE_MS / 1000} s: ${running} was still running`);
  }
  return answers;
}

/** A whole column (A:A) as Excel passes it: the filled cells on top, every other row blank. */
function wholeColumn(filled: readonly unknown[]): unknown[][] {
  return Array.from({ length: SHEET_ROWS }, (_, row) => [row < filled.length ? filled[row] : null]);
}

const tenRows = (from: number, step: number) =>
  Array.from({ length: 10 }, (_, i) => from + i * step);
const BEFORE = tenRows(22_000, 1_000);
const AFTER = tenRows(18_000, 900);
const FORCES = tenRows(1, 1).map((n) => `Force ${n}`);

function rows(answer: Answer | undefined): unknown[][] {
  expect(answer?.ok).toBe(true);
  return answer?.value as unknown[][];
}

/** One error value, alone or as the only cell of a range. */
function soleError(answer: Answer | undefined): { code?: string } | undefined {
  expect(answer?.ok).toBe(true);
  const value = answer?.value;
  const only = Array.isArray(value) && value.length === 1 ? (value[0] as unknown[]) : undefined;
  const error = (only?.length === 1 ? only[0] : value) as { code?: string } | undefined;
  return error;
}

describe('whole-column calls', () => {
  it.each<{ what: string; call: Call; expected: (row: number) => number }>([
    {
      what: 'SAVING(A:A, B:B)',
      call: { id: 'SAVING', args: [wholeColumn(BEFORE), wholeColumn(AFTER)] },
      expected: (r) => (BEFORE[r] ?? NaN) - (AFTER[r] ?? NaN),
    },
    {
      what: 'PERHEAD(A:A, B:B)',
      call: { id: 'PERHEAD', args: [wholeColumn(BEFORE), wholeColumn(AFTER)] },
      expected: (r) => (BEFORE[r] ?? NaN) / (AFTER[r] ?? NaN),
    },
    {
      what: 'VARIANCEPCT(A:A, 20000)',
      call: { id: 'VARIANCEPCT', args: [wholeColumn(BEFORE), [[20_000]]] },
      expected: (r) => ((BEFORE[r] ?? NaN) - 20_000) / 20_000,
    },
  ])(
    '$what with ten rows filled answers the ten rows within 5 s and 5 MB',
    async ({ call, expected }) => {
      const [answer] = await invoke([call]);
      const result = rows(answer);
      expect(result).toHaveLength(10);
      result.forEach((row, r) => expect(row[0]).toBeCloseTo(expected(r), 12));
      expect(answer?.ms).toBeLessThan(UNRESPONSIVE_MS);
      expect(answer?.bytes).toBeLessThan(PAYLOAD_CAP);
    },
  );

  it.each<{ what: string; call: Call }>([
    {
      what: 'POOLEDRATE(A:A, B:B)',
      call: { id: 'POOLEDRATE', args: [wholeColumn(AFTER), wholeColumn(BEFORE)] },
    },
    {
      what: 'NATIONALAVERAGE(A:A, B:B)',
      call: { id: 'NATIONALAVERAGE', args: [wholeColumn(BEFORE), wholeColumn(FORCES)] },
    },
    {
      what: 'BENCHMARK(A:A, B:B, "Force 3")',
      call: { id: 'BENCHMARK', args: [wholeColumn(BEFORE), wholeColumn(FORCES), [['Force 3']]] },
    },
    {
      what: 'RATIOBOUNDS(A:A, B:B, 1000)',
      call: { id: 'RATIOBOUNDS', args: [wholeColumn(AFTER), wholeColumn(BEFORE), [[1_000]]] },
    },
  ])('$what with ten rows filled ignores the blank rows, within 5 s and 5 MB', async ({ call }) => {
    const [whole] = await invoke([call]);
    const [filled] = await invoke([
      {
        id: call.id,
        args: call.args.map((a) =>
          (a as unknown[][]).length === SHEET_ROWS ? (a as unknown[][]).slice(0, 10) : a,
        ),
      },
    ]);
    expect(rows(whole)).toEqual(rows(filled));
    expect(whole?.ms).toBeLessThan(UNRESPONSIVE_MS);
    expect(whole?.bytes).toBeLessThan(PAYLOAD_CAP);
  });
});

describe('oversized results', () => {
  it.each<{ what: string; call: Call }>([
    {
      what: 'GROW(1, 5%, 100000000)',
      call: { id: 'GROW', args: [[[1]], [[0.05]], [[100_000_000]]] },
    },
    {
      what: 'APPORTION(100, A:A) over a full column of bases',
      call: { id: 'APPORTION', args: [[[100]], Array.from({ length: SHEET_ROWS }, () => [1])] },
    },
  ])('$what is one error, answered at once, not a hang', async ({ call }) => {
    const [answer] = await invoke([call]);
    expect(soleError(answer)?.code).toMatch(/^#(NUM!|VALUE!)$/);
    expect(answer?.ms).toBeLessThan(UNRESPONSIVE_MS);
    expect(answer?.bytes).toBeLessThan(1_000);
  });

  it('holds back no other result sent in the same recalculation', async () => {
    const [, saving] = await invoke([
      { id: 'GROW', args: [[[1]], [[0.05]], [[100_000_000]]] },
      { id: 'SAVING', args: [[[22_000]], [[18_000]]] },
    ]);
    expect(rows(saving)).toEqual([[4_000]]);
    expect(saving?.ms).toBeLessThan(UNRESPONSIVE_MS);
  });
});
