// Builds dist/ once before the end-to-end run, unless this setup's own production build is still there
// and newer than every source. A stamp records that build: anything written to dist/ after it (a
// development build from `npm start`, a build for another address) makes the next run rebuild.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SOURCES = ['addin', 'core/src', 'manifest', 'webpack.config.js', 'package.json'];
const STAMP = join(ROOT, 'test-output', 'e2e-build.stamp');

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

function fresh(): boolean {
  if (!existsSync(STAMP) || !existsSync(join(ROOT, 'dist', 'preview.html'))) return false;
  const built = statSync(STAMP).mtimeMs;
  return (
    built >= newest(join(ROOT, 'dist')) &&
    built > Math.max(...SOURCES.map((s) => newest(join(ROOT, s))))
  );
}

export default function globalSetup(): void {
  if (fresh()) return;
  // The tests judge what users get: a production build for the development address.
  const env = { ...process.env, ADDIN_BASE_URL: '' };
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', env });
  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  writeFileSync(STAMP, new Date().toISOString());
}
