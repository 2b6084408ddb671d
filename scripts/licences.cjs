// The licence gate: the build fails if a GPL or AGPL package would enter a shipped bundle
// (HyperFormula, GPL-3.0, is a benchmark comparison only and must never be bundled).
const fs = require('node:fs');
const path = require('node:path');

const COPYLEFT = /\b(A?GPL|GNU (Affero )?General Public)/i;

/** The package.json of the package a bundled file comes from, or null for project files. */
function packageOf(file) {
  const marker = `${path.sep}node_modules${path.sep}`;
  const at = file.lastIndexOf(marker);
  if (at < 0) return null;
  const rest = file.slice(at + marker.length).split(path.sep);
  const name = rest[0]?.startsWith('@') ? rest.slice(0, 2).join(path.sep) : rest[0];
  const manifest = path.join(file.slice(0, at + marker.length), name ?? '', 'package.json');
  return fs.existsSync(manifest) ? JSON.parse(fs.readFileSync(manifest, 'utf8')) : null;
}

/** The licence text a package declares (the `license` field, or the old `licenses` list). */
function licenceOf(pkg) {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license?.type) return pkg.license.type;
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((l) => l.type ?? l).join(' OR ');
  return 'UNKNOWN';
}

/** Copyleft packages among the given bundled files: [{ name, licence }]. LGPL is not refused. */
function copyleftPackages(files) {
  const found = new Map();
  for (const file of files) {
    const pkg = packageOf(file);
    if (!pkg) continue;
    const licence = licenceOf(pkg);
    if (COPYLEFT.test(licence.replace(/LGPL/gi, ''))) found.set(pkg.name, licence);
  }
  return [...found].map(([name, licence]) => ({ name, licence }));
}

class LicencePlugin {
  apply(compiler) {
    compiler.hooks.afterCompile.tap('LicencePlugin', (compilation) => {
      const files = [...compilation.modules].map((m) => m.resource).filter(Boolean);
      for (const { name, licence } of copyleftPackages(files)) {
        compilation.errors.push(
          new Error(
            `${name} (${licence}) would be bundled; copyleft packages may not ship in the add-in`,
          ),
        );
      }
    });
  }
}

module.exports = { LicencePlugin, copyleftPackages };
