// Excel's side of the contract, through Microsoft's runtime: cells that hold data types (flag 8)
// are read by their basic value, an error cell inside a range with errors allowed (flag 4) stays
// in its own element as with Excel's operators, and hosts below internal version 1.7 still get
// their results (SetInvocationResults).
import {
  dataTypeCell,
  errorCell,
  Flags,
  metadata,
  useRuntime,
  type Answer,
  type Call,
} from './host';

/** A successful result's cells. */
function cells(answer: Answer | undefined): unknown[][] {
  expect(answer?.ok).toBe(true);
  return answer?.value as unknown[][];
}

/**
 * A data-type cell as Excel sends it: as the data type itself while functions.json allows custom
 * data (flag 8 on the call), otherwise as its basic value.
 */
function asExcelSends(call: Call, dataType: (basic: unknown) => Record<string, unknown>): Call {
  const custom = metadata.allowCustomDataForDataTypeAny === true;
  const wrap = (value: unknown) => (custom ? dataTypeCell(dataType(value)) : value);
  return {
    id: call.id,
    args: call.args.map((grid) => (grid as unknown[][]).map((row) => row.map(wrap))),
    flags: (call.flags ?? 0) | (custom ? Flags.dataTypes : 0),
  };
}

describe('in Microsoft’s runtime', () => {
  const host = useRuntime();

  describe('a cell holding a data type', () => {
    it.each([
      {
        what: 'a formatted number',
        dataType: (basic: unknown) => ({
          type: 'FormattedNumber',
          basicValue: basic,
          numberFormat: '£#,##0',
        }),
      },
      {
        what: 'a double with a number format',
        dataType: (basic: unknown) => ({
          type: 'Double',
          basicType: 'Double',
          basicValue: basic,
          numberFormat: '#,##0.00',
        }),
      },
    ])('is read by its basic value: $what', async ({ dataType }) => {
      const plain: Call = { id: 'SAVINGRATE', args: [[[4_000]], [[22_000]]] };
      const pooled: Call = {
        id: 'POOLEDRATE',
        args: [
          [[4_000], [830]],
          [[22_000], [3_300]],
        ],
      };
      const answers = await host.invoke([
        asExcelSends(plain, dataType),
        asExcelSends(pooled, dataType),
        plain,
        pooled,
      ]);
      const [typedRate, typedPooled, rate, pooledRate] = answers.map(cells);
      expect(typedRate).toEqual(rate);
      expect(typedPooled).toEqual(pooledRate);
      expect(rate).toEqual([[4_000 / 22_000]]);
    });

    it('whose basic value is an error (an entity) gives that element #VALUE!', async () => {
      const entity = () => ({
        type: 'Entity',
        text: 'Kent Police',
        basicType: 'Error',
        basicValue: '#VALUE!',
        properties: {},
      });
      const [answer] = await host.invoke([
        asExcelSends({ id: 'SAVINGRATE', args: [[[4_000]], [[null]]] }, entity),
      ]);
      expect(cells(answer)).toEqual([[expect.objectContaining({ code: '#VALUE!' })]]);
    });
  });

  describe('an error cell in a range, with errors allowed', () => {
    it.each(['#N/A', '#DIV/0!', '#REF!'])(
      'stays %s in its own element of an element-wise result',
      async (code) => {
        const [answer] = await host.invoke([
          {
            id: 'SAVING',
            args: [
              [[22_000], [errorCell(code)], [3_300]],
              [[18_000], [2_000], [2_470]],
            ],
            flags: Flags.errorsAllowed,
          },
        ]);
        expect(cells(answer)).toEqual([[4_000], [expect.objectContaining({ code })], [830]]);
      },
    );

    it('makes a total over the range that error, as SUM does', async () => {
      const [answer] = await host.invoke([
        {
          id: 'POOLEDRATE',
          args: [
            [[4_000], [errorCell('#N/A')]],
            [[22_000], [3_300]],
          ],
          flags: Flags.errorsAllowed,
        },
      ]);
      expect(cells(answer)).toEqual([[expect.objectContaining({ code: '#N/A' })]]);
    });
  });
});

describe('in a host below internal custom functions version 1.7', () => {
  const host = useRuntime({ customFunctions: 1.6 });

  it('delivers results through SetInvocationResults', async () => {
    const [saving, divided] = await host.invoke([
      { id: 'SAVING', args: [[[22_000]], [[18_000]]] },
      { id: 'SAVINGRATE', args: [[[4_000]], [[0]]] },
    ]);
    expect(cells(saving)).toEqual([[4_000]]);
    expect(cells(divided)).toEqual([[expect.objectContaining({ code: '#DIV/0!' })]]);
  });
});
