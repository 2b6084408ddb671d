// The function reference renderer shared by `npm run docs` (README.md) and the build (help.html).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const FIXTURE = join(__dirname, 'fixtures', 'functions.ts');

/** Runs reference.mjs (an ES module, so in its own node) on the fixture and returns both renderings. */
function render(): { markdown: string; html: string } {
  const script = `
    import { readReference, toHtml, toMarkdown } from './scripts/reference.mjs';
    const reference = await readReference(${JSON.stringify(FIXTURE)});
    process.stdout.write(JSON.stringify({ markdown: toMarkdown(reference), html: toHtml(reference) }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return JSON.parse(out) as { markdown: string; html: string };
}

const { markdown, html } = render();

describe('the Markdown reference', () => {
  it('writes the signature with optional arguments in brackets and a repeating one with an ellipsis', () => {
    expect(markdown).toContain('`COLLAB.ADDUP(first, rest, …, [scale])`');
  });

  it('lists each argument with whether it is required, optional or repeating', () => {
    expect(markdown).toContain('| first | required | The first &lt;value>. |');
    expect(markdown).toContain('| rest | required, repeating | More values, each a range. |');
    expect(markdown).toMatch(/\| \[scale\] \| optional \| Multiplier .* \|/);
  });

  it('escapes a pipe inside a table cell and leaves it alone in prose', () => {
    expect(markdown).toContain('| Multiplier \\| factor (default 1). |');
    expect(markdown).toContain('\nAdds things | or not.\n');
  });

  it('escapes < so a description cannot start raw HTML', () => {
    expect(markdown).not.toContain('<value>');
  });

  it('gives the result, the adapter’s own example and its errors', () => {
    expect(markdown).toContain('**Result:** The scaled total.');
    expect(markdown).toContain('**Example:** `=COLLAB.ADDUP(1, 2) //=> 3`');
    expect(markdown).toContain('**Errors:** #NUM! when scale is negative.');
  });
});

describe('the help page', () => {
  it('has a section per function, anchored by its ID, with the text escaped', () => {
    expect(html).toContain('<section id="ADDUP">');
    expect(html).toContain('The first &lt;value&gt;.');
    expect(html).not.toContain('<value>');
  });

  it('forbids every script and remote resource through its own CSP', () => {
    expect(html).toContain(`content="default-src 'none'"`);
    expect(html).not.toMatch(/<script/i);
  });
});
