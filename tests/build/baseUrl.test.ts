// The one setting that moves a production build off the dev server: ADDIN_BASE_URL.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { DEV_BASE_URL, rebase, resolveBaseUrl } from '../../scripts/baseUrl.cjs';
import { configure } from './webpackConfig';

describe('resolveBaseUrl', () => {
  it('uses the dev server when ADDIN_BASE_URL is unset or blank', () => {
    expect(resolveBaseUrl(undefined)).toBe(DEV_BASE_URL);
    expect(resolveBaseUrl('  ')).toBe(DEV_BASE_URL);
  });

  it.each([
    ['https://addin.example.police.uk', 'https://addin.example.police.uk'],
    ['https://addin.example.police.uk/', 'https://addin.example.police.uk'],
    ['https://cdn.example.police.uk/collab/v1/', 'https://cdn.example.police.uk/collab/v1'],
    ['https://addin.example.police.uk:8443', 'https://addin.example.police.uk:8443'],
  ])('accepts the https origin and path %s, without a trailing slash', (setting, base) => {
    expect(resolveBaseUrl(setting)).toBe(base);
  });

  it.each([
    'http://addin.example.police.uk',
    'ftp://addin.example.police.uk',
    'addin.example.police.uk',
    'https://addin.example.police.uk/?v=2',
    'https://addin.example.police.uk/#top',
    'https://user:secret@addin.example.police.uk',
  ])('refuses %s, which Office could not load or the manifest could not extend', (setting) => {
    expect(() => resolveBaseUrl(setting)).toThrow(/ADDIN_BASE_URL/);
  });
});

describe('rebase', () => {
  it('moves every dev server URL and leaves other text alone', () => {
    const text = `<a href="${DEV_BASE_URL}/x.html"/><b>${DEV_BASE_URL}/y.js</b> https://other.example/z`;
    expect(rebase(text, 'https://p.example')).toBe(
      '<a href="https://p.example/x.html"/><b>https://p.example/y.js</b> https://other.example/z',
    );
  });
});

describe('the webpack configuration', () => {
  const saved = process.env.ADDIN_BASE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = saved;
  });

  it('fails a production build whose base URL is not https', async () => {
    process.env.ADDIN_BASE_URL = 'http://addin.example.police.uk';
    await expect(configure({}, { mode: 'production' })).rejects.toThrow(/https/);
  });

  it('says what is wrong with the base URL in one line, without a stack trace', () => {
    const webpack = spawnSync(
      process.execPath,
      [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'],
      {
        cwd: path.resolve(__dirname, '../..'),
        env: { ...process.env, ADDIN_BASE_URL: 'http://addin.example.police.uk' },
        encoding: 'utf8',
      },
    );
    expect(webpack.status).not.toBe(0);
    const said = `${webpack.stdout}${webpack.stderr}`.trim().split('\n');
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('ADDIN_BASE_URL must start with https://');
  });

  it('ignores ADDIN_BASE_URL in development, which always runs on the dev server', async () => {
    process.env.ADDIN_BASE_URL = 'http://addin.example.police.uk';
    await expect(configure({}, { mode: 'development' })).resolves.toMatchObject({
      mode: 'development',
    });
  });

  it('uses external source maps, never eval, which the pages’ CSP forbids', async () => {
    for (const mode of ['development', 'production']) {
      const config = await configure({}, { mode });
      expect(config.devtool).toBe('source-map');
    }
  });
});
