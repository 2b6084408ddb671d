// Builds the add-in into dist/: the shared-runtime page (custom functions + task pane), the preview
// page, functions.json generated from the functions' JSDoc, help.html, the manifest and the icons.
// Usage: `npm run build` (production; ADDIN_BASE_URL=https://… sets where it is hosted),
// `npm run build:dev`, `npm start` (dev server). docs/DEPLOYMENT.md explains the base URL.
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { sources } = require('webpack');
const { DEV_BASE_URL, DEV_PORT, rebase, resolveBaseUrl } = require('./scripts/baseUrl.cjs');
const { LicencePlugin } = require('./scripts/licences.cjs');

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const FUNCTIONS_SOURCE = './addin/functions/functions.ts';
const DIST = path.resolve(__dirname, 'dist');

/**
 * Puts office.js first in the shared-runtime page's <head>, as a plain external script: it must run
 * before the deferred bundles, and the page's CSP allows no inline script. The preview page never
 * gets it (office.js cannot run outside Office).
 */
class OfficeJsPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap('OfficeJsPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('OfficeJsPlugin', (data) => {
        if (data.outputName === 'taskpane.html') {
          data.headTags.unshift(
            HtmlWebpackPlugin.createHtmlTagObject('script', { src: OFFICE_JS }, undefined, {
              plugin: 'OfficeJsPlugin',
            }),
          );
        }
        return data;
      });
    });
  }
}

/**
 * Completes functions.json (scripts/reference.mjs `completeMetadata`, loaded when the asset is
 * processed) and points its development URLs (each function's helpUrl) at the build's base URL.
 */
class RebaseMetadataPlugin {
  constructor(baseUrl, reference) {
    this.baseUrl = baseUrl;
    this.reference = reference;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('RebaseMetadataPlugin', (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        {
          name: 'RebaseMetadataPlugin',
          stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONS,
        },
        async () => {
          if (compilation.getAsset('functions.json') === undefined) return;
          const { completeMetadata } = await this.reference();
          compilation.updateAsset(
            'functions.json',
            (json) =>
              new sources.RawSource(
                rebase(completeMetadata(json.source().toString()), this.baseUrl),
              ),
          );
        },
      );
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === 'production' ? 'production' : 'development';
  // Development always serves from the dev server; only a production build is ever hosted elsewhere.
  const baseUrl = mode === 'production' ? resolveBaseUrl(process.env.ADDIN_BASE_URL) : DEV_BASE_URL;
  const reference = () => import('./scripts/reference.mjs');

  return {
    mode,
    // External source maps in both modes: eval-based devtools would break the pages' CSP (no eval).
    devtool: 'source-map',
    entry: {
      functions: FUNCTIONS_SOURCE,
      // The shared runtime page loads functions.js, then taskpane.js: the task pane takes the core
      // and decimal.js from functions.js instead of carrying a second copy. functions.js stays
      // whole on its own (webpack's runtime is in it), as Excel may load it alone as the
      // manifest's custom-functions <Script>.
      taskpane: { import: './addin/taskpane/taskpane.ts', dependOn: 'functions' },
      preview: './addin/preview/preview.ts',
    },
    output: { path: DIST, filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          // Type-checking is `npm run typecheck`; the build only strips types.
          use: { loader: 'ts-loader', options: { transpileOnly: true } },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: 'functions.json' }),
      new RebaseMetadataPlugin(baseUrl, reference),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './addin/taskpane/taskpane.html',
        // Functions and task pane share one runtime, so this one page loads both.
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        template: './addin/preview/preview.html',
        chunks: ['preview'],
      }),
      new HtmlWebpackPlugin({
        filename: 'help.html',
        inject: false,
        templateContent: async () => {
          const { readReference, toHtml } = await reference();
          return toHtml(await readReference());
        },
      }),
      new OfficeJsPlugin(),
      new LicencePlugin(),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: 'manifest/manifest.xml',
            to: 'manifest.xml',
            transform: (content) => rebase(content.toString(), baseUrl),
          },
          { from: 'addin/assets', to: 'assets' },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      host: 'localhost',
      // Certificates are made (into .certs/) only when serving, so a build never needs them.
      server: {
        type: 'https',
        options: env.WEBPACK_SERVE
          ? await (await import('./scripts/certs.mjs')).ensureCertificates()
          : {},
      },
      headers: { 'Access-Control-Allow-Origin': '*' },
      // Serve exactly what a build would write, and keep dist/ current for sideloading tools.
      devMiddleware: { writeToDisk: true },
      static: false,
      // No injected client: its websocket and runtime would need CSP exceptions the pages refuse.
      hot: false,
      liveReload: false,
      client: false,
    },
  };
};
