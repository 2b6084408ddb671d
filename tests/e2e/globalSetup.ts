// Builds dist/ once before the end-to-end run, unless it is newer than every source it is made from.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SOURCES = ['addin', 'core/src', 'manifest', 'webpack.config.js', 'package.json'];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

export default function globalSetup(): void {
  const built = join(ROOT, 'dist', 'preview.html');
  const fresh =
    existsSync(built) &&
    statSync(built).mtimeMs > Math.max(...SOURCES.map((s) => newest(join(ROOT, s))));
  if (fresh) return;
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
