// `npm run package`: a production build for ADDIN_BASE_URL, checked and copied to
// release/collab-finance-addin-<version>/, ready to host without Node. Configuration mistakes are one
// line, not a stack trace.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { resolveBaseUrl } = require('./baseUrl.cjs');
const { makeRelease } = require('./release.cjs');
const { version } = require('../package.json');

const ROOT = path.resolve(import.meta.dirname, '..');

function fail(message) {
  console.error(`npm run package: ${message}`);
  process.exit(1);
}

let baseUrl;
try {
  if (!process.env.ADDIN_BASE_URL)
    throw new Error(
      'set ADDIN_BASE_URL to the https address the add-in will be served from, e.g. ADDIN_BASE_URL=https://addin.example.police.uk npm run package',
    );
  baseUrl = resolveBaseUrl(process.env.ADDIN_BASE_URL);
} catch (error) {
  fail(error.message);
}

execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', env: process.env });
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
  } catch {
    return 'unknown';
  }
})();
try {
  const { folder, files } = makeRelease({
    dist: path.join(ROOT, 'dist'),
    out: path.join(ROOT, 'release', `collab-finance-addin-${version}`),
    baseUrl,
    version,
    commit,
  });
  console.log(`\nRelease for ${baseUrl}: ${path.relative(ROOT, folder)}/ (${files.length} files).`);
  console.log(
    'Host its contents there and deploy its manifest.xml: docs/DEPLOYMENT.md, "Production".',
  );
} catch (error) {
  fail(error.message);
}
