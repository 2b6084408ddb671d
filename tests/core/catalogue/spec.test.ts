// The function specs are the one declaration of each COLLAB function: these tests hold them to the
// shape the adapters, the generated JSDoc and the core rely on.
import {
  CollabError,
  evaluate,
  param,
  readParam,
  readWholeParam,
  SPEC_BY_ID,
  SPECS,
  type FunctionSpec,
} from '../../../core/src';
import { expectCode } from '../helpers';

const spec = (id: string) => SPEC_BY_ID.get(id) as FunctionSpec;
const NUMBER_KINDS = ['signed', 'nonNegative', 'divisor', 'positive', 'growthRate'];

describe('the function specs', () => {
  it('declare twenty functions, each id and each core name once', () => {
    expect(SPECS).toHaveLength(20);
    expect(new Set(SPECS.map((s) => s.id)).size).toBe(20);
    expect(new Set(SPECS.map((s) => s.name)).size).toBe(20);
  });

  it.each(SPECS.map((s) => [s.id, s] as const))(
    '%s names each parameter once, describes it, and shows an example of itself',
    (id, s) => {
      const names = s.params.map((p) => p.name);
      expect(new Set(names).size).toBe(names.length);
      for (const p of s.params) expect(p.description.trim()).not.toBe('');
      expect(s.summary.trim()).not.toBe('');
      expect(s.returns.trim()).not.toBe('');
      expect(s.example.startsWith(`=COLLAB.${id}(`)).toBe(true);
    },
  );

  it.each(SPECS.map((s) => [s.id, s] as const))(
    '%s puts required parameters before optional ones, and defaults only on optional ones',
    (_id, s) => {
      const firstOptional = s.params.findIndex((p) => p.optional === true);
      if (firstOptional >= 0) {
        expect(s.params.slice(firstOptional).every((p) => p.optional === true)).toBe(true);
      }
      for (const p of s.params.filter((q) => q.default !== undefined || q.sameAs !== undefined)) {
        expect(p.optional).toBe(true);
      }
    },
  );

  it.each(SPECS.filter((s) => s.formula).map((s) => [s.id, s] as const))(
    '%s computes its formula over declared number parameters only',
    (_id, s) => {
      const f = s.formula;
      for (const name of [f?.left, f?.right, f?.times, f?.over]) {
        if (name !== undefined) expect(NUMBER_KINDS).toContain(param(s, name).kind);
      }
      expect(s.params.every((p) => NUMBER_KINDS.includes(p.kind))).toBe(true);
    },
  );
});

describe('reading arguments by the spec', () => {
  it('gives an omitted parameter its declared default', () => {
    expect(evaluate(spec('PERHEAD'), [300, 2]).toNumber()).toBe(150);
    expect(evaluate(spec('PERHEAD'), [300, 2, null]).toNumber()).toBe(150);
    expect(readWholeParam(spec('APPORTION'), 'decimals', undefined)).toBe(2);
  });

  it('calls a required parameter with no default empty when omitted', () => {
    expectCode(() => readParam(spec('SAVING'), 'before', null), 'EMPTY', 'before');
    expectCode(() => readWholeParam(spec('GROW'), 'years', null), 'EMPTY', 'years');
  });

  it('enforces the kind of each parameter, naming it', () => {
    expectCode(() => evaluate(spec('SAVING'), [-1, 0]), 'OUT_OF_RANGE', 'before');
    expectCode(() => evaluate(spec('SAVINGRATE'), [1, 0]), 'DIVIDE_BY_ZERO', 'budget');
    expectCode(() => readWholeParam(spec('GROW'), 'years', 2.5), 'OUT_OF_RANGE', 'years');
  });

  it('refuses a part larger than its total where the formula is bounded', () => {
    expectCode(() => evaluate(spec('WORKFORCESHARE'), [5, 4]), 'OUT_OF_RANGE', 'part');
    expect(evaluate(spec('WORKFORCESHARE'), [4, 4]).toNumber()).toBe(1);
  });

  it('treats asking for what a spec does not declare as a programming error', () => {
    const misuse = [
      () => param(spec('SAVING'), 'budget'),
      () => readParam(spec('NATIONALAVERAGE'), 'forces', 'Kent'),
      () => readWholeParam(spec('SAVING'), 'before', 1),
      () => evaluate(spec('APPORTION'), [1, 1]),
    ];
    for (const call of misuse) {
      expect(call).toThrow(TypeError);
      expect(call).not.toThrow(CollabError);
    }
  });
});
