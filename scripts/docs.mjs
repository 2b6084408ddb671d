// `npm run docs`: generates addin/functions/functions.ts (the adapters' JSDoc, which Excel's metadata
// is made from) from the function specs, read from the built @collab-finance/core as any consumer
// reads them, then writes the COLLAB function reference into README.md between the markers below.
// `--check` only compares, and exits 1 when either file is stale (npm test runs it), so neither can
// drift from the specs.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import prettier from 'prettier';
import { SPECS } from '@collab-finance/core';
import {
  FUNCTIONS_SOURCE,
  readReference,
  renderFunctions,
  ROOT,
  toMarkdown,
} from './reference.mjs';

const { DEV_BASE_URL } = createRequire(import.meta.url)('./baseUrl.cjs');
const README = join(ROOT, 'README.md');
const START = '<!-- functions:start -->';
const END = '<!-- functions:end -->';
const check = process.argv.includes('--check');

/** Formats generated text as prettier would format the file in place, so `format:check` agrees. */
async function formatted(text, file, parser) {
  return prettier.format(text, { ...(await prettier.resolveConfig(file)), parser });
}

/** README.md with the reference between the markers; the markers' section is appended if missing. */
async function withReference(readme, source) {
  const block = (
    await formatted(toMarkdown(await readReference(source)), README, 'markdown')
  ).trim();
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

/** Writes `next` to `file` unless it is already there; with --check, reports staleness instead. */
function update(file, label, current, next) {
  if (next === current) {
    console.log(`${label} is up to date.`);
    return true;
  }
  if (check) {
    console.error(`${label} is out of date: run \`npm run docs\`.`);
    return false;
  }
  writeFileSync(file, next);
  console.log(`${label} updated.`);
  return true;
}

const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
const functions = await formatted(
  renderFunctions(SPECS, DEV_BASE_URL),
  FUNCTIONS_SOURCE,
  'typescript',
);
const functionsFresh = update(
  FUNCTIONS_SOURCE,
  'addin/functions/functions.ts',
  read(FUNCTIONS_SOURCE),
  functions,
);
// The reference is read through Excel's metadata generator from the file as generated, so a check
// run on a stale functions.ts still compares the README with what the specs say.
const scratch = join(ROOT, 'node_modules', '.cache', 'collab-docs');
mkdirSync(scratch, { recursive: true });
const generated = join(scratch, 'functions.ts');
writeFileSync(generated, functions);
const readme = read(README);
const readmeFresh = update(
  README,
  'README.md function reference',
  readme,
  await withReference(readme, generated),
);
if (!(functionsFresh && readmeFresh)) process.exit(1);
