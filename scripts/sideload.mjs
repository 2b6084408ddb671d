// `npm run sideload` / `npm run stop`: registers the development manifest with Excel desktop (Windows
// or macOS) and removes it again. office-addin-debugging runs through npx at a pinned version and is
// not a devDependency: its peer dependencies pull a native keychain module that breaks `npm ci` on
// machines without Excel (TOOLCHAIN trap 1).
import { spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { DEV_BASE_URL, DEV_PORT } = require('./baseUrl.cjs');

const DEBUGGING = 'office-addin-debugging@7.0.0';
const MANIFEST = 'manifest/manifest.xml';

/** Whether something listens on the dev server's port (Excel would show a blank pane otherwise). */
function devServerRunning() {
  return new Promise((resolve) => {
    const socket = connect({ host: 'localhost', port: DEV_PORT });
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function debugging(...args) {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const run = spawnSync(npx, ['--yes', DEBUGGING, ...args], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (run.error) throw run.error;
  return run.status ?? 1;
}

const command = process.argv[2];
if (command === 'start') {
  if (!(await devServerRunning())) {
    console.error(
      `Nothing is serving ${DEV_BASE_URL}: run \`npm start\` in another terminal first.`,
    );
    process.exit(1);
  }
  process.exit(debugging('start', MANIFEST, 'desktop'));
} else if (command === 'stop') {
  process.exit(debugging('stop', MANIFEST));
} else {
  console.error('Usage: node scripts/sideload.mjs start|stop');
  process.exit(2);
}
