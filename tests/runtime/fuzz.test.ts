// Thousands of random calls shaped like a worksheet's, through Microsoft's runtime: every one
// answers with a result Excel can show (numbers, text, TRUE/FALSE or Excel errors; never a failed
// invocation, NaN or a hole) and no result comes near Excel on the web's 5 MB payload cap.
import fc from 'fast-check';
import {
  errorCell,
  Flags,
  metadata,
  PAYLOAD_CAP,
  useRuntime,
  type Answer,
  type Call,
} from './host';

const host = useRuntime();

const ERROR_CODES = ['#VALUE!', '#DIV/0!', '#NUM!', '#N/A', '#NULL!', '#REF!', '#NAME?'];

/** Numbers as cells hold them: typed, pounds and pence, computed by formulas, extreme. */
const number = fc.oneof(
  fc.integer({ min: -1_000_000, max: 50_000_000 }),
  fc.integer({ min: -10_000_000, max: 100_000_000 }).map((p) => p / 100),
  fc
    .tuple(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 5_000_000 }))
    .map(([a, b]) => a / b),
  fc.double({ min: -1e15, max: 1e15, noNaN: true }),
  fc.constantFrom(0, -0, 0.1 + 0.2, 1123456.7799999998, 1e15, 1e-7, 5e-324, 1.7976931348623157e308),
);

const text = fc.oneof(
  fc.constantFrom('1,234.50', '£1,234', '18%', '(1,000)', 'abc', '', ' ', '1e5', 'TRUE'),
  fc.constantFrom('Kent', 'Essex', 'Metropolitan Police Service', 'City of London Police'),
  fc.string({ maxLength: 12 }),
);

/** One cell: a number most often, else text, a blank, TRUE/FALSE or (when allowed) an error. */
function cell(errors: boolean): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: number },
    { weight: 2, arbitrary: text },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: errors ? 1 : 0, arbitrary: fc.constantFrom(...ERROR_CODES).map(errorCell) },
  );
}

/** A range: a single cell, a row, a column or a block. */
function grid(errors: boolean): fc.Arbitrary<unknown[][]> {
  const size = fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 12 }));
  return fc.tuple(size, size).chain(([rows, cols]) =>
    fc.array(fc.array(cell(errors), { minLength: cols, maxLength: cols }), {
      minLength: rows,
      maxLength: rows,
    }),
  );
}

/** A call of one registered function with its required arguments and some of its optional ones. */
const callArb: fc.Arbitrary<Call> = fc
  .tuple(fc.constantFrom(...metadata.functions), fc.boolean())
  .chain(([fn, errors]) => {
    const required = fn.parameters.filter((p) => p.optional !== true).length;
    const repeating = fn.parameters.some((p) => p.repeating === true);
    const most = repeating ? fn.parameters.length + 2 : fn.parameters.length;
    return fc
      .integer({ min: required, max: most })
      .chain((count) => fc.array(grid(errors), { minLength: count, maxLength: count }))
      .map((args) => ({ id: fn.id, args, flags: errors ? Flags.errorsAllowed : 0 }));
  });

/** What is wrong with an answer, if anything (empty when Excel can show it as it is). */
function faults(answer: Answer): string[] {
  if (!answer.ok) return [`failed invocation (code ${String(answer.errorCode)})`];
  const found: string[] = [];
  if (answer.bytes >= PAYLOAD_CAP) found.push(`${answer.bytes} bytes of results`);
  const rows = answer.value;
  if (!Array.isArray(rows) || rows.length === 0) return [...found, 'not a range'];
  const width = (rows[0] as unknown[]).length;
  for (const row of rows as unknown[][]) {
    if (!Array.isArray(row) || row.length !== width || width === 0) found.push('ragged result');
    for (const value of row) {
      const error = value as { code?: unknown } | null;
      const fine =
        (typeof value === 'number' && Number.isFinite(value)) ||
        typeof value === 'string' ||
        typeof value === 'boolean' ||
        (typeof error?.code === 'string' && ERROR_CODES.includes(error.code));
      // A NaN or undefined element reaches Excel as null: JSON has no NaN.
      if (!fine) found.push(`element ${JSON.stringify(value)}`);
    }
  }
  return [...new Set(found)];
}

describe('random worksheet calls in Microsoft’s runtime', () => {
  const BATCHES = 12;
  const PER_BATCH = 250;
  // A batch takes well under a second; a call still running after this is a hang Office would
  // end (it restarts an add-in that is unresponsive for 5 s).
  const HANG_MS = 15_000;

  it(`answers ${BATCHES * PER_BATCH} calls with no failed invocation, NaN, hole, hang or oversized result`, async () => {
    const problems: { call: Call | undefined; faults: string[] }[] = [];
    for (let batch = 0; batch < BATCHES; batch++) {
      const calls = fc.sample(callArb, { numRuns: PER_BATCH, seed: 20261129 + batch });
      const answers = await host.invokeWithin(HANG_MS, calls);
      if (!Array.isArray(answers)) {
        // The runtime logs each call as it starts: the last one logged is still running (unless
        // its log line was held back by the blocked page: then it is the next one). When every
        // call has started, the runtime is stuck sending a result: one too big to serialise.
        const { running } = answers;
        const sending = running >= calls.length - 1;
        const fault = sending
          ? `batch ${batch}: every call ran, but the results never came (one too big to send?)`
          : `batch ${batch}: no answer (or ${calls[running + 1]?.id ?? 'none'} after it)`;
        problems.push({
          call: sending ? undefined : calls[running],
          faults: [fault],
        });
        continue;
      }
      answers.forEach((answer, i) => {
        const found = faults(answer);
        if (found.length > 0) problems.push({ call: calls[i], faults: found });
      });
    }
    expect(problems.slice(0, 5)).toEqual([]);
    expect(problems).toHaveLength(0);
    // Results travel to Excel in batches: each request, not only each result, must fit.
    expect(Math.max(...(await host.requestSizes()))).toBeLessThan(PAYLOAD_CAP);
  }, 300_000);
});
