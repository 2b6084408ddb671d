// `npm start`: builds the add-in and serves it over HTTPS on https://localhost:3000 (certificates in
// .certs/), then says how to try it: the preview page in a browser, or Excel on the web or desktop.
// Works offline on a fresh clone: nothing here needs Excel or the internet.
import { createRequire } from 'node:module';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';

const require = createRequire(import.meta.url);
const configure = require('../webpack.config.js');
const { DEV_BASE_URL } = require('./baseUrl.cjs');

const config = await configure({ WEBPACK_SERVE: true }, { mode: 'development' });
// The dev middleware prints stats; errors and warnings are all a running server needs to show.
const compiler = webpack({ ...config, stats: 'errors-warnings' });
const server = new WebpackDevServer(config.devServer, compiler);

// Announced once, after the first build that works (a failed build's errors are printed instead).
let announced = false;
compiler.hooks.done.tap('start', (stats) => {
  if (announced || stats.hasErrors()) return;
  announced = true;
  console.log(`
The add-in is served at ${DEV_BASE_URL} (stop with Ctrl+C).

  Preview, no Excel needed:  ${DEV_BASE_URL}/preview.html
  Excel on the web:          Insert > Add-ins > Upload My Add-in, and choose manifest/manifest.xml
  Excel desktop:             npm run sideload   (and npm run stop to remove it)

Browsers and Excel must trust the development CA in .certs/ca.crt first: see docs/DEPLOYMENT.md.
`);
});

async function shutdown() {
  await server.stop();
  process.exit(0);
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);

await server.start();
