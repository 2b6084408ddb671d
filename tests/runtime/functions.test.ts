// The built functions inside Microsoft's custom-functions runtime: every id Excel registers from
// functions.json is associated and answers, and the worked cases give the right numbers there.
import { join } from 'node:path';
import { examplesIn, keepsPromise, worksheetCall } from '../helpers/examples';
import { ROOT } from '../e2e/harness';
import { metadata, useRuntime, type Answer } from './host';

const host = useRuntime();

/** A successful result's cells, row by row. */
function cells(answer: Answer | undefined): unknown[][] {
  expect(answer?.ok).toBe(true);
  return answer?.value as unknown[][];
}

describe('custom functions in Microsoft’s runtime', () => {
  it('associates every function id that functions.json registers, and nothing else', async () => {
    const associated = await host.page.evaluate(() =>
      Object.keys(
        (window as unknown as { CustomFunctions: { _association: { mappings: object } } })
          .CustomFunctions._association.mappings,
      ),
    );
    expect(associated.sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  it('finds and runs every registered function when Excel calls it', async () => {
    const answers = await host.invoke(
      metadata.functions.map((f) => ({
        id: f.id,
        args: f.parameters.filter((p) => p.optional !== true).map(() => [[1]]),
      })),
    );
    expect(answers.filter((a) => !a.ok)).toEqual([]);
  });

  it('loads without errors and fetches nothing from outside the local server', () => {
    expect(host.problems).toEqual([]);
    expect(host.offsite).toEqual([]);
  });

  describe('gives the worksheet examples of the README and the function wizard', () => {
    const examples = examplesIn(join(ROOT, 'addin', 'functions', 'functions.ts'), '→');

    it('for every function', () => {
      expect(examples.map((e) => worksheetCall(e.call).id).sort()).toEqual(
        metadata.functions.map((f) => f.id).sort(),
      );
    });

    it.each(examples)('$call gives $expected', async ({ call, expected }) => {
      const [answer] = await host.invoke([worksheetCall(call)]);
      expect(keepsPromise(expected, cells(answer).flat())).toBe(true);
    });
  });

  // SPEC.md section 2, from the 2013 review of the East Midlands collaboration (£000 or people).
  it.each([
    {
      what: 'saving rate, serious and organised crime',
      id: 'SAVINGRATE',
      part: 4000,
      whole: 22000,
      published: 18,
    },
    {
      what: 'saving rate, forensic services',
      id: 'SAVINGRATE',
      part: 830,
      whole: 3300,
      published: 25,
    },
    {
      what: 'workforce share, officers',
      id: 'WORKFORCESHARE',
      part: 620,
      whole: 8409,
      published: 7.4,
    },
    {
      what: 'workforce share, staff',
      id: 'WORKFORCESHARE',
      part: 535,
      whole: 4331,
      published: 12.4,
    },
    {
      what: 'workforce share, SOC unit',
      id: 'WORKFORCESHARE',
      part: 346,
      whole: 12740,
      published: 2.7,
    },
  ])(
    'gives the $what as the exact quotient, published as $published %',
    async ({ id, part, whole, published }) => {
      const [answer] = await host.invoke([{ id, args: [[[part]], [[whole]]] }]);
      const value = (cells(answer) as number[][])[0]?.[0];
      // One IEEE division is correctly rounded, so the exact quotient is this double.
      expect(value).toBe(part / whole);
      const decimals = String(published).split('.')[1]?.length ?? 0;
      expect(Number(((value ?? NaN) * 100).toFixed(decimals))).toBe(published);
    },
  );

  it('apportions £100.00 on bases 1, 1, 1 as 33.34, 33.33, 33.33, adding up to the total', async () => {
    const [answer] = await host.invoke([{ id: 'APPORTION', args: [[[100]], [[1], [1], [1]]] }]);
    expect(cells(answer)).toEqual([[33.34], [33.33], [33.33]]);
  });

  it('returns a division by zero as #DIV/0! and a blank scalar as #VALUE!', async () => {
    const [divided, blank] = await host.invoke([
      { id: 'SAVINGRATE', args: [[[4000]], [[0]]] },
      { id: 'SAVINGRATE', args: [[[4000]], [[null]]] },
    ]);
    expect(cells(divided)).toEqual([[expect.objectContaining({ code: '#DIV/0!' })]]);
    expect(cells(blank)).toEqual([[expect.objectContaining({ code: '#VALUE!' })]]);
  });
});
