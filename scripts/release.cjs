// Turns a production build (dist/) into a release folder IT can host without Node: the files to serve,
// the manifest to deploy, checksums, and a note of what was built for where. Refuses a build that still
// points anywhere but its base URL, so a release can never send Excel to a developer's machine.
'use strict';

const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { DEV_BASE_URL } = require('./baseUrl.cjs');

/** Files a release leaves out: source maps (they publish the sources and nothing loads them). */
const LEFT_OUT = /\.map$/;
const TEXT = /\.(html|js|json|xml|css|txt)$/;

class ReleaseError extends Error {}

function listFiles(dir, base = dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
    })
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** Markup without its comments: what a comment says is never loaded. */
function withoutComments(text) {
  return text.replace(/<!--[\s\S]*?-->/g, '');
}

/** Every absolute URL the manifest gives Office (DefaultValue="https://…" and element text). */
function manifestUrls(xml) {
  return [...withoutComments(xml).matchAll(/https?:\/\/[^"'<\s]+/g)].map((m) => m[0]);
}

/** URLs Office must load from the add-in's own host (not XML namespaces, which are only names). */
function hostedUrls(xml) {
  const namespaces = new Set([...xml.matchAll(/xmlns(?::\w+)?="([^"]+)"/g)].map((m) => m[1]));
  return manifestUrls(xml).filter(
    (url) => !namespaces.has(url) && !url.includes('schemas.microsoft.com'),
  );
}

/**
 * Checks a production build for `baseUrl` and copies it to `out` with SHA256SUMS and RELEASE.txt.
 * Throws a ReleaseError naming the file at fault; `out` is written only once every check passed.
 */
function makeRelease({ dist, out, baseUrl, version, commit }) {
  if (baseUrl === DEV_BASE_URL) {
    throw new ReleaseError(
      `a release needs ADDIN_BASE_URL, the https address it will be served from (got the development address ${DEV_BASE_URL})`,
    );
  }
  if (!fs.existsSync(path.join(dist, 'manifest.xml'))) {
    throw new ReleaseError(`${dist} has no manifest.xml: run the production build first`);
  }
  const files = listFiles(dist).filter((file) => !LEFT_OUT.test(file));
  for (const file of files.filter((f) => TEXT.test(f))) {
    const text = withoutComments(fs.readFileSync(path.join(dist, file), 'utf8'));
    if (text.includes(DEV_BASE_URL)) {
      throw new ReleaseError(
        `${file} still points at ${DEV_BASE_URL}: it was built for development`,
      );
    }
  }
  const manifest = fs.readFileSync(path.join(dist, 'manifest.xml'), 'utf8');
  const stray = hostedUrls(manifest).filter((url) => !url.startsWith(`${baseUrl}/`));
  if (stray.length > 0) {
    throw new ReleaseError(
      `manifest.xml points outside ${baseUrl}: ${stray.join(', ')} (was the build made for another address?)`,
    );
  }

  fs.rmSync(out, { recursive: true, force: true });
  const sums = [];
  for (const file of files) {
    const target = path.join(out, ...file.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(dist, ...file.split('/')), target);
    const hash = createHash('sha256').update(fs.readFileSync(target)).digest('hex');
    sums.push(`${hash}  ${file}`);
  }
  fs.writeFileSync(path.join(out, 'SHA256SUMS'), `${sums.join('\n')}\n`);
  fs.writeFileSync(
    path.join(out, 'RELEASE.txt'),
    [
      `Collaboration finance add-in ${version} (commit ${commit})`,
      `Built for: ${baseUrl}`,
      '',
      `1. Serve every file of this folder at ${baseUrl}/ over HTTPS (see docs/DEPLOYMENT.md for the headers).`,
      '2. Deploy manifest.xml in the Microsoft 365 admin centre > Settings > Integrated apps.',
      '3. Check the files arrived whole: sha256sum -c SHA256SUMS (PowerShell: Get-FileHash).',
      '',
    ].join('\n'),
  );
  return { folder: out, files: [...files, 'SHA256SUMS', 'RELEASE.txt'] };
}

module.exports = { makeRelease, ReleaseError, hostedUrls };
