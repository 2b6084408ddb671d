// Every page the build ships carries a strict Content-Security-Policy (scripts from this site only,
// plus office.js from Office's CDN on the task pane; no inline script, no eval, no plugins), and
// no add-in source turns a string into markup or code, so cell text can never become script.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configure } from './webpackConfig';

const ROOT = join(__dirname, '..', '..');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';

/** help.html as the build makes it: the real function reference rendered by reference.mjs. */
function helpPage(): string {
  const script = `
    import { readReference, toHtml } from './scripts/reference.mjs';
    process.stdout.write(toHtml(await readReference()));`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

const PAGES: readonly [string, () => string, readonly string[]][] = [
  [
    'taskpane.html',
    () => readFileSync(join(ROOT, 'addin/taskpane/taskpane.html'), 'utf8'),
    ["'self'", OFFICE_CDN],
  ],
  [
    'preview.html',
    () => readFileSync(join(ROOT, 'addin/preview/preview.html'), 'utf8'),
    ["'self'"],
  ],
  ['help.html', helpPage, ["'self'"]],
];

/** The page's CSP meta as directive → sources; undefined when it has none. */
function policyOf(html: string): Map<string, string[]> | undefined {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  if (meta === null) return undefined;
  const policy = new Map<string, string[]>();
  for (const directive of (meta[1] as string).split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name !== undefined && name !== '' && !policy.has(name)) {
      policy.set(name.toLowerCase(), sources);
    }
  }
  return policy;
}

/** The sources a directive allows, falling back to default-src as browsers do. */
const effective = (policy: Map<string, string[]>, directive: string): string[] | undefined =>
  policy.get(directive) ?? policy.get('default-src');

describe('the pages the build ships', () => {
  it('are exactly the pages checked here', async () => {
    const config = await configure({}, { mode: 'production' });
    const pages = (config.plugins ?? [])
      .filter((p) => p?.constructor.name === 'HtmlWebpackPlugin')
      .map((p) => (p as unknown as { userOptions: { filename: string } }).userOptions.filename);
    expect(pages.sort()).toEqual(PAGES.map(([name]) => name).sort());
  });

  describe.each(PAGES)('%s', (_, read, allowed) => {
    const html = read();
    const policy = policyOf(html);

    it('carries a Content-Security-Policy meta', () => {
      expect(policy).toBeDefined();
    });

    it('allows scripts only from this site (and Office’s CDN on the task pane), none inline or eval', () => {
      const scripts = effective(policy ?? new Map(), 'script-src');
      expect(scripts).toBeDefined();
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(scripts).not.toContain("'wasm-unsafe-eval'");
      const sources = (scripts ?? []).filter((s) => s !== "'none'");
      for (const source of sources) expect(allowed).toContain(source);
    });

    it("allows no plugins: object-src 'none'", () => {
      expect(effective(policy ?? new Map(), 'object-src')).toEqual(["'none'"]);
    });

    it('has no inline script or event-handler attribute for the policy to block', () => {
      expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    });
  });
});

/** Tracked add-in sources, with comments removed so that a comment may name what it avoids. */
function addinSources(): [string, string][] {
  const files = execFileSync('git', ['ls-files', 'addin'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((f) => /\.(ts|html)$/.test(f));
  return files.map((file) => [
    file,
    readFileSync(join(ROOT, file), 'utf8')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1'),
  ]);
}

describe('the add-in sources', () => {
  const sources = addinSources();

  it('include the task pane, the preview page and the custom functions', () => {
    const names = sources.map(([file]) => file);
    expect(names).toEqual(
      expect.arrayContaining([
        'addin/taskpane/ui/dom.ts',
        'addin/preview/grid.ts',
        'addin/functions/functions.ts',
      ]),
    );
  });

  it.each([
    ['innerHTML', /\binnerHTML\b/],
    ['outerHTML', /\bouterHTML\b/],
    ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
    ['document.write', /\bdocument\s*\.\s*write(ln)?\b/],
    ['eval', /(^|[^.\w])eval\s*\(/],
    ['new Function', /\bnew\s+Function\s*\(/],
    ['a string given to setTimeout or setInterval', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
  ])('never use %s', (_, pattern) => {
    const offenders = sources.filter(([, text]) => pattern.test(text)).map(([file]) => file);
    expect(offenders).toEqual([]);
  });
});
