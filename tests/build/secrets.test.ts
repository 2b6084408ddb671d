// No secrets in the repository: every git-tracked file is scanned for private keys, key files,
// access tokens and passwords written into code or settings, and the dev certificates stay ignored.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });

/**
 * What a secret looks like. The patterns are assembled from pieces so that this file, which is
 * tracked and scanned too, does not contain what it looks for.
 */
const DASHES = '-'.repeat(5);
const SECRETS: readonly [string, RegExp][] = [
  ['a private key', new RegExp(`${DASHES}BEGIN ([A-Z0-9]+ )*PRIVATE KEY${DASHES}`)],
  ['an AWS access key id', /\b(AKIA|ASIA)[0-9A-Z]{16}\b/],
  ['a GitHub token', /\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{60,})\b/],
  ['an npm token', /\bnpm_[A-Za-z0-9]{36}\b/],
  ['an npm auth token setting', /_auth(Token)?\s*=\s*\S+/],
  ['a Slack token', /\bxox[abposr]-[A-Za-z0-9-]{10,}/],
  ['a Google API key', /\bAIza[0-9A-Za-z_-]{35}\b/],
  ['an Azure storage key', /AccountKey=[A-Za-z0-9+/]{40,}/],
  ['a JSON web token', /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/],
  ['credentials in a URL', /\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@'"]+:[^/\s@'"]+@/i],
  [
    'a password, secret or key assigned a literal',
    /\b(password|passwd|pwd|secret|client_?secret|api_?key|access_?token|auth_?token)['"]?\s*[:=]\s*['"][^'"\s]{6,}['"]/i,
  ],
];

/** Made-up credentials a test needs, by file: the only match allowed there. */
const PLACEHOLDERS: Readonly<Record<string, string>> = {
  // A base URL with a user and password, which the build must refuse.
  'tests/build/baseUrl.test.ts': 'credentials in a URL',
};

/** Files that hold keys or certificates by their kind, whatever is in them. */
const KEY_FILE = /(^|\/)(\.env(\..*)?|[^/]*\.(pem|key|pfx|p12|crt|cer|der|jks|keystore))$/i;

const tracked = git('ls-files', '-z').split('\0').filter(Boolean);

/** The text of each tracked text file (binary files, such as the icons, have a NUL byte). */
const texts = tracked
  .map((file): [string, string] => [file, readFileSync(join(ROOT, file)).toString('latin1')])
  .filter(([, text]) => !text.includes('\0'));

describe('the secret patterns', () => {
  it.each<[string, string]>([
    ['a private key', `${DASHES}BEGIN RSA PRIVATE KEY${DASHES}\nMIIEow`],
    ['a private key', `${DASHES}BEGIN PRIVATE KEY${DASHES}`],
    ['an AWS access key id', `aws_key = ${'AKIA'}${'Q'.repeat(16)}`],
    ['a GitHub token', `token: ${'ghp_'}${'a1'.repeat(18)}`],
    ['an npm token', `${'npm_'}${'Z9'.repeat(18)}`],
    ['a Slack token', `${'xoxb'}-1234567890-abcdefghij`],
    ['a Google API key', `${'AIza'}${'Sy'.repeat(17)}x`],
    ['an Azure storage key', `${'AccountKey'}=${'Ab+/'.repeat(11)}`],
    ['an npm auth token setting', `//registry.npmjs.org/:${'_authToken'}=abc`],
    ['a JSON web token', `${'eyJ'}hbGciOiJIUzI1.${'eyJ'}zdWIiOiIxMjM0.SflKxwRJSMeKKF2QT4f`],
    ['credentials in a URL', `https://deploy:${'hunter'}22@example.org/feed`],
    ['a password, secret or key assigned a literal', `const ${'password'} = "correct-horse"`],
    ['a password, secret or key assigned a literal', `"api_key": "${'k'.repeat(20)}"`],
  ])('recognise %s', (name, sample) => {
    const [, pattern] = SECRETS.find(([n]) => n === name) as [string, RegExp];
    expect(sample).toMatch(pattern);
  });

  it('leave ordinary code alone: a token kind, a password field label, a URL', () => {
    const ordinary = [
      "kind: 'token'",
      "h('label', {}, 'Password')",
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
    ].join('\n');
    for (const [, pattern] of SECRETS) expect(ordinary).not.toMatch(pattern);
  });
});

describe('the git-tracked files', () => {
  it('are read: code, settings and documents', () => {
    expect(texts.map(([file]) => file)).toEqual(
      expect.arrayContaining(['package.json', '.npmrc', 'manifest/manifest.xml', 'SECURITY.md']),
    );
  });

  it.each(SECRETS)('contain nothing that looks like %s', (name, pattern) => {
    const found = texts
      .filter(([file, text]) => pattern.test(text) && PLACEHOLDERS[file] !== name)
      .map(([file]) => file);
    expect(found).toEqual([]);
  });

  it('include no key, certificate or .env file', () => {
    expect(tracked.filter((file) => KEY_FILE.test(file))).toEqual([]);
  });
});

describe('the dev certificates', () => {
  it('are made into .certs/, which git ignores', () => {
    const ignored = git('check-ignore', '--no-index', '.certs/localhost.key', '.certs/ca.crt');
    expect(ignored.trim().split('\n')).toEqual(['.certs/localhost.key', '.certs/ca.crt']);
    expect(readFileSync(join(ROOT, 'scripts/certs.mjs'), 'utf8')).toMatch(/\.certs/);
  });
});
