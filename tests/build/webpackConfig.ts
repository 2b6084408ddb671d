// webpack.config.js (CommonJS, untyped) loaded for tests, typed as webpack and the dev server read it.
import type { Configuration } from 'webpack';
import type { Configuration as DevServerConfiguration } from 'webpack-dev-server';

export type AddinConfiguration = Configuration & { devServer?: DevServerConfiguration };

export const configure =
  jest.requireActual<
    (env: Record<string, unknown>, argv: { mode: string }) => Promise<AddinConfiguration>
  >('../../webpack.config.js');
