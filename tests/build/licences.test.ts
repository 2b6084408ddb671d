// The licence gate refuses copyleft packages in the shipped bundles, and the bundles have none.
import * as path from 'node:path';
import { copyleftPackages } from '../../scripts/licences.cjs';

const root = path.resolve(__dirname, '../..');
const inModules = (...parts: string[]) => path.join(root, 'node_modules', ...parts);

describe('licence gate', () => {
  it('names a GPL package that would be bundled', () => {
    expect(copyleftPackages([inModules('hyperformula', 'commonjs', 'index.js')])).toEqual([
      { name: 'hyperformula', licence: 'GPL-3.0-only' },
    ]);
  });

  it('lets MIT packages and the project’s own files through', () => {
    expect(
      copyleftPackages([
        inModules('decimal.js', 'decimal.js'),
        path.join(root, 'core/src/index.ts'),
      ]),
    ).toEqual([]);
  });
});
