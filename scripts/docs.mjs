// `npm run docs`: writes the COLLAB function reference into README.md between the markers below,
// from the functions' JSDoc via the metadata generator. `--check` only compares, and exits 1 when
// README.md is stale (npm test runs it), so the reference cannot drift from the functions.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import prettier from 'prettier';
import { readReference, ROOT, toMarkdown } from './reference.mjs';

const README = join(ROOT, 'README.md');
const START = '<!-- functions:start -->';
const END = '<!-- functions:end -->';

/** README.md with the reference between the markers; the markers' section is appended if missing. */
async function withReference(readme) {
  const options = { ...(await prettier.resolveConfig(README)), parser: 'markdown' };
  // Formatted alone, as prettier would format it in place, so `format:check` and `--check` agree.
  const block = (await prettier.format(toMarkdown(await readReference()), options)).trim();
  const section = `${START}\n\n${block}\n\n${END}`;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 && end === -1) {
    return `${readme.trimEnd()}${readme.trim() === '' ? '' : '\n\n'}## Function reference\n\n${section}\n`;
  }
  if (start === -1 || end < start) {
    throw new Error(`README.md must have ${START} before ${END}, or neither`);
  }
  return readme.slice(0, start) + section + readme.slice(end + END.length);
}

const current = existsSync(README) ? readFileSync(README, 'utf8') : '';
const next = await withReference(current);
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error('README.md function reference is out of date: run `npm run docs`.');
    process.exit(1);
  }
  console.log('README.md function reference is up to date.');
} else if (next !== current) {
  writeFileSync(README, next);
  console.log('README.md function reference updated.');
} else {
  console.log('README.md function reference was already up to date.');
}
