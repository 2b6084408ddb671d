// The licence gate is an allow-list: a bundled package ships only under a permissive licence on
// the list, read from its SPDX expression; copyleft, unknown and undeclared licences are refused.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { ALLOWED, allows, refusedPackages } from '../../scripts/licences.cjs';

const root = path.resolve(__dirname, '../..');
const inModules = (...parts: string[]) => path.join(root, 'node_modules', ...parts);

/** A file of a package in a throw-away node_modules, whose package.json says `fields`. */
function packageFile(name: string, fields: Record<string, unknown>): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'licence-')), 'node_modules', name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, ...fields }));
  return path.join(dir, 'index.js');
}

describe('licence gate', () => {
  it('names a GPL package that would be bundled', () => {
    expect(refusedPackages([inModules('hyperformula', 'commonjs', 'index.js')])).toEqual([
      { name: 'hyperformula', licence: 'GPL-3.0-only' },
    ]);
  });

  it('lets MIT packages and the project’s own files through', () => {
    expect(
      refusedPackages([
        inModules('decimal.js', 'decimal.js'),
        path.join(root, 'core/src/index.ts'),
      ]),
    ).toEqual([]);
  });

  it.each([
    ['SSPL-1.0', { license: 'SSPL-1.0' }],
    ['EUPL-1.2', { license: 'EUPL-1.2' }],
    ['OSL-3.0', { license: 'OSL-3.0' }],
    ['LGPL-3.0-only', { license: 'LGPL-3.0-only' }],
    ['MPL-2.0', { license: 'MPL-2.0' }],
    ['SEE LICENSE IN LICENSE.txt', { license: 'SEE LICENSE IN LICENSE.txt' }],
    ['UNLICENSED', { license: 'UNLICENSED' }],
    ['(none declared)', {}],
  ])('refuses a package licensed %s', (licence, fields) => {
    expect(refusedPackages([packageFile('pkg', fields)])).toEqual([{ name: 'pkg', licence }]);
  });

  it('reads the old `licenses` list and the `license` object', () => {
    expect(refusedPackages([packageFile('a', { licenses: [{ type: 'MIT' }] })])).toEqual([]);
    expect(refusedPackages([packageFile('b', { license: { type: 'ISC' } })])).toEqual([]);
    expect(refusedPackages([packageFile('c', { licenses: [{ type: 'GPL-2.0' }] })])).toHaveLength(
      1,
    );
  });

  describe('SPDX expressions', () => {
    it.each([
      ['MIT', true],
      ['(MIT OR Apache-2.0)', true],
      ['GPL-3.0-or-later OR MIT', true],
      ['MIT AND ISC', true],
      ['MIT AND GPL-2.0-only', false],
      ['Apache-2.0 WITH LLVM-exception', true],
      ['GPL-2.0-only WITH Classpath-exception-2.0', false],
      ['Apache-2.0+', true],
      ['(MIT OR GPL-3.0) AND (BSD-3-Clause OR SSPL-1.0)', true],
      ['(MIT OR GPL-3.0) AND SSPL-1.0', false],
      ['BlueOak-1.0.0', true],
      ['CC0-1.0', true],
      ['Python-2.0', true],
      ['', false],
      ['MIT OR', false],
      ['(MIT', false],
      ['mit', false],
    ])('%j is %s', (expression, expected) => {
      expect(allows(expression)).toBe(expected);
    });

    const allowed = fc.constantFrom(...ALLOWED);
    const refused = fc.constantFrom('GPL-3.0-only', 'AGPL-3.0', 'SSPL-1.0', 'EUPL-1.2', 'OSL-3.0');

    it('allows "a OR b" exactly when a or b is allowed', () => {
      fc.assert(
        fc.property(fc.oneof(allowed, refused), fc.oneof(allowed, refused), (a, b) => {
          expect(allows(`${a} OR ${b}`)).toBe(allows(a) || allows(b));
        }),
      );
    });

    it('allows "a AND b" exactly when both are allowed', () => {
      fc.assert(
        fc.property(fc.oneof(allowed, refused), fc.oneof(allowed, refused), (a, b) => {
          expect(allows(`(${a}) AND (${b})`)).toBe(allows(a) && allows(b));
        }),
      );
    });
  });
});
