// The core as a consumer uses it: the packed @collab-finance/core (only what `npm pack` ships),
// imported by name from plain Node ESM and type-checked by a TypeScript consumer under NodeNext.
// Nothing here reads core/src: if the package's exports, files or declarations break, this fails.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const CORE = join(ROOT, 'core');

interface PackedFile {
  readonly path: string;
}

let consumer = '';
let packed: readonly string[] = [];

/** Runs Node on an ES module in the consumer project and returns what it printed. */
function runModule(source: string): string {
  const file = join(consumer, `run-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, source);
  return execFileSync(process.execPath, [file], { cwd: consumer, encoding: 'utf8' }).trim();
}

beforeAll(() => {
  execFileSync('npm', ['run', 'build'], { cwd: CORE, stdio: 'ignore' });
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: CORE, encoding: 'utf8' }),
  ) as { files: PackedFile[] }[];
  packed = (pack?.files ?? []).map((f) => f.path).sort();
  // A project with the package installed as npm would: the packed files under node_modules, and
  // its one dependency beside it.
  consumer = mkdtempSync(join(tmpdir(), 'core-consumer-'));
  const installed = join(consumer, 'node_modules', '@collab-finance', 'core');
  mkdirSync(installed, { recursive: true });
  for (const path of packed) cpSync(join(CORE, path), join(installed, path));
  symlinkSync(
    join(ROOT, 'node_modules', 'decimal.js'),
    join(consumer, 'node_modules', 'decimal.js'),
  );
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ type: 'module', private: true }));
}, 120_000);

afterAll(() => {
  if (consumer) rmSync(consumer, { recursive: true, force: true });
});

describe('the @collab-finance/core package', () => {
  it('ships its built code, declarations, README and package.json, and no sources or tests', () => {
    expect(packed).toEqual(
      expect.arrayContaining(['README.md', 'package.json', 'dist/index.js', 'dist/index.d.ts']),
    );
    expect(
      packed.filter((p) => !p.startsWith('dist/') && p !== 'README.md' && p !== 'package.json'),
    ).toEqual([]);
    expect(packed.filter((p) => p.endsWith('.ts') && !p.endsWith('.d.ts'))).toEqual([]);
  });

  it('computes from plain Node by its package name, as the README example shows', () => {
    const out = runModule(`
      import { nrePerHead, savingRate, apportion } from '@collab-finance/core';
      console.log(JSON.stringify([
        nrePerHead(200000000, 20000000, 1200000).toString(),
        savingRate(4000, 22000).toFixed(4),
        apportion(100, [1, 1, 1]).map(String),
      ]));
    `);
    expect(JSON.parse(out)).toEqual(['150', '0.1818', ['33.34', '33.33', '33.33']]);
  });

  it('raises its typed error with a code a consumer can branch on', () => {
    const out = runModule(`
      import { perHead, CollabError } from '@collab-finance/core';
      try { perHead(100, 0); } catch (e) { console.log(e instanceof CollabError, e.code); }
    `);
    expect(out).toBe('true DIVIDE_BY_ZERO');
  });

  it('type-checks a TypeScript consumer under NodeNext resolution', () => {
    writeFileSync(
      join(consumer, 'consumer.ts'),
      [
        "import { nrePerHead, type Decimal, type NumberInput } from '@collab-finance/core';",
        'const population: NumberInput = 1200000;',
        'const figure: Decimal = nrePerHead(200000000, 20000000, population);',
        'export const text: string = figure.toFixed(2);',
      ].join('\n'),
    );
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          strict: true,
          noEmit: true,
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    expect(() =>
      execFileSync(process.execPath, [tsc, '-p', consumer], { encoding: 'utf8' }),
    ).not.toThrow();
    // The same consumer with a type error fails, so the check above is a real check.
    writeFileSync(
      join(consumer, 'consumer.ts'),
      "import { nrePerHead } from '@collab-finance/core';\nexport const n: number = nrePerHead(1, 0, 1);\n",
    );
    expect(() =>
      execFileSync(process.execPath, [tsc, '-p', consumer], { stdio: 'pipe' }),
    ).toThrow();
  });
});
