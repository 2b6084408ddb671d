// The release folder IT hosts: only what a production build for its address serves, with checksums,
// and never a build that still points at the development server or at another host.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeRelease, ReleaseError } from '../../scripts/release.cjs';

const BASE = 'https://addin.example.police.uk';

function manifest(base: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!-- a comment may mention https://localhost:3000 without harm to Office -->',
    '<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1">',
    `  <IconUrl DefaultValue="${base}/assets/icon-32.png"/>`,
    `  <SourceLocation DefaultValue="${base}/taskpane.html"/>`,
    '</OfficeApp>',
  ].join('\n');
}

let scratch = '';
let dist = '';
let out = '';

function writeDist(files: Record<string, string>): void {
  rmSync(dist, { recursive: true, force: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dist, file, '..'), { recursive: true });
    writeFileSync(join(dist, file), text);
  }
}

const release = (baseUrl = BASE) =>
  makeRelease({ dist, out, baseUrl, version: '1.2.3', commit: 'abc1234' });

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'release-'));
  dist = join(scratch, 'dist');
  out = join(scratch, 'release');
});

afterEach(() => rmSync(scratch, { recursive: true, force: true }));

describe('makeRelease', () => {
  it('copies what a host serves, leaves out source maps, and adds checksums and a note', () => {
    writeDist({
      'manifest.xml': manifest(BASE),
      'taskpane.html': '<html></html>',
      'functions.js': 'x()',
      'functions.js.map': '{}',
      'assets/icon-32.png': 'png',
    });
    const { files } = release();
    expect(files).toEqual([
      'assets/icon-32.png',
      'functions.js',
      'manifest.xml',
      'taskpane.html',
      'SHA256SUMS',
      'RELEASE.txt',
    ]);
    expect(existsSync(join(out, 'functions.js.map'))).toBe(false);
    const sums = readFileSync(join(out, 'SHA256SUMS'), 'utf8').trim().split('\n');
    for (const line of sums) {
      const [hash, file] = line.split('  ') as [string, string];
      expect(
        createHash('sha256')
          .update(readFileSync(join(out, file)))
          .digest('hex'),
      ).toBe(hash);
    }
    expect(sums).toHaveLength(4);
    expect(readFileSync(join(out, 'RELEASE.txt'), 'utf8')).toContain(`Built for: ${BASE}`);
  });

  it('refuses the development address', () => {
    writeDist({ 'manifest.xml': manifest('https://localhost:3000') });
    expect(() => release('https://localhost:3000')).toThrow(ReleaseError);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a build that still loads something from the development server, naming the file', () => {
    writeDist({
      'manifest.xml': manifest(BASE),
      'functions.json': '{"helpUrl":"https://localhost:3000/help.html"}',
    });
    expect(() => release()).toThrow(/functions\.json/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a manifest built for another address', () => {
    writeDist({ 'manifest.xml': manifest('https://elsewhere.example.org') });
    expect(() => release()).toThrow(/elsewhere\.example\.org/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a folder with no build in it', () => {
    writeDist({ 'taskpane.html': '<html></html>' });
    expect(() => release()).toThrow(/no manifest\.xml/);
  });
});
