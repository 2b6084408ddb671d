// One copy of decimal.js and the core in the shared runtime: the task pane page loads functions.js
// and then taskpane.js, and taskpane.js takes the core from functions.js instead of carrying its
// own. functions.js must still work alone, as Excel may load it (the other suites load it alone).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness';
import { useRuntime } from './host';

const dist = (file: string) => readFileSync(join(ROOT, 'dist', file), 'utf8');

/** decimal.js's own error prefix: present once per copy of the library in a bundle. */
const DECIMAL_JS = /\[DecimalError\]/g;

describe('the shared runtime’s bundles', () => {
  it('load functions.js before taskpane.js on the task pane page', () => {
    const scripts = [...dist('taskpane.html').matchAll(/<script [^>]*src="?([^" >]+)/g)].map(
      ([, src]) => src,
    );
    const own = scripts.filter((src) => !src?.startsWith('https://'));
    expect(own).toEqual(['functions.js', 'taskpane.js']);
  });

  it('carry decimal.js once, in functions.js', () => {
    expect(dist('functions.js').match(DECIMAL_JS)).toHaveLength(1);
    expect(dist('taskpane.js').match(DECIMAL_JS)).toBeNull();
  });
});

describe('the task pane in the page that runs the functions', () => {
  const host = useRuntime({ taskpane: true });

  it('mounts on the core that functions.js brought, and the functions still answer', async () => {
    await host.page.locator('#app [role="tab"]').first().waitFor();
    const [saving] = await host.invoke([{ id: 'SAVING', args: [[[22_000]], [[18_000]]] }]);
    expect(saving?.value).toEqual([[4_000]]);
    expect(host.problems).toEqual([]);
  });
});
