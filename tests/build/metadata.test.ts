// The functions.json that Excel reads is generated from the adapters' JSDoc; these tests run the same
// generator on addin/functions/functions.ts and hold the result to the SPEC catalogue.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import type { IFunction } from 'custom-functions-metadata';
import { DEV_BASE_URL } from '../../scripts/baseUrl.cjs';
import { CATALOGUE, parameter } from './catalogue';

const ROOT = join(__dirname, '..', '..');
const SOURCE = join(ROOT, 'addin', 'functions', 'functions.ts');

let errors: string[] = [];
let functions: IFunction[] = [];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(SOURCE);
  errors = result.errors;
  functions =
    result.metadataJson === ''
      ? []
      : (JSON.parse(result.metadataJson) as { functions: IFunction[] }).functions;
});

const byId = (id: string) => functions.find((f) => f.id === id);

describe('generated custom-function metadata', () => {
  it('is generated without errors', () => {
    expect(errors).toEqual([]);
  });

  it('declares exactly the catalogue functions, each once', () => {
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(CATALOGUE).sort());
  });

  describe.each(Object.entries(CATALOGUE))('%s', (id, args) => {
    it('is named by its ID and described for the function wizard', () => {
      const fn = byId(id);
      expect(fn?.name).toBe(id);
      expect(fn?.description?.trim()).toBeTruthy();
    });

    it('links to its own section of the generated help page', () => {
      expect(byId(id)?.helpUrl).toBe(`${DEV_BASE_URL}/help.html#${id}`);
    });

    it('takes the catalogue arguments in order, with their optional and repeating flags', () => {
      const actual = (byId(id)?.parameters ?? []).map((p) => ({
        name: p.name,
        optional: p.optional === true,
        repeating: p.repeating === true,
      }));
      expect(actual).toEqual(args.map(parameter));
    });

    // `any` keeps a blank cell blank (a `number` parameter would turn it into 0 before the adapter
    // could report EMPTY), and a matrix lets every argument take a range and broadcast.
    it('takes every argument as an untyped range and describes it', () => {
      for (const p of byId(id)?.parameters ?? []) {
        expect({ name: p.name, type: p.type, dimensionality: p.dimensionality }).toEqual({
          name: p.name,
          type: 'any',
          dimensionality: 'matrix',
        });
        expect(p.description?.trim()).toBeTruthy();
      }
    });

    it('returns a range, so results can spill and broadcast', () => {
      expect(byId(id)?.result).toEqual({ dimensionality: 'matrix' });
    });
  });
});

describe('generated help page', () => {
  it('has a section for every function the helpUrls point at', () => {
    // reference.mjs is an ES module (shared with the build and docs), so it runs in its own node.
    const html = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { readReference, toHtml } from './scripts/reference.mjs'; process.stdout.write(toHtml(await readReference()));",
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    const anchors = [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    const targets = functions.map((f) => new URL(f.helpUrl ?? DEV_BASE_URL).hash.slice(1));
    expect(anchors.sort()).toEqual(targets.sort());
    expect(targets.length).toBe(Object.keys(CATALOGUE).length);
  });
});

describe('functions.json as the build completes it', () => {
  // reference.mjs is an ES module (shared with the build), so it runs in its own node.
  const completed = (): { allowCustomDataForDataTypeAny: boolean; functions: IFunction[] } => {
    const script = `
      import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
      import { completeMetadata } from './scripts/reference.mjs';
      const { metadataJson } = await generateCustomFunctionsMetadata(${JSON.stringify(SOURCE)});
      process.stdout.write(completeMetadata(metadataJson));`;
    return JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        cwd: ROOT,
        encoding: 'utf8',
      }),
    ) as { allowCustomDataForDataTypeAny: boolean; functions: IFunction[] };
  };

  it('lets every function see an error cell as that cell, so the error stays in its element', () => {
    const { functions: all } = completed();
    expect(all).toHaveLength(Object.keys(CATALOGUE).length);
    for (const fn of all) {
      expect(
        (fn.options as { capturesCalculationErrors?: boolean }).capturesCalculationErrors,
      ).toBe(true);
    }
  });

  it('passes data-type cells as objects, which the adapters read by their basic value', () => {
    expect(completed().allowCustomDataForDataTypeAny).toBe(true);
  });
});
