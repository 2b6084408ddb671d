// taskpane.html opened outside Excel (a browser, a proxy check, IT testing the host) says what it is
// and where to try the add-in, instead of showing a blank page.
import type { Browser } from 'playwright-core';
import { launchChromium, serveDist } from './harness';

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('the task pane page outside Excel', () => {
  it('says it is the add-in’s task pane and links to the preview page, with no error of its own', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // office.js cannot be fetched here, as on any machine without Office's CDN.
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
    await page.goto(`${server.url}/taskpane.html`);
    const note = page.getByRole('status');
    await note.waitFor();
    expect(await note.textContent()).toContain('runs inside Excel');
    expect(await page.getByRole('link', { name: 'the preview page' }).getAttribute('href')).toBe(
      'preview.html',
    );
    // functions.js ends with the metadata plugin's CustomFunctions.associate calls, which only
    // Excel's runtime can answer; any other error would be the page's own.
    expect(errors.filter((e) => e !== 'CustomFunctions is not defined')).toEqual([]);
    await page.close();
  });
});
