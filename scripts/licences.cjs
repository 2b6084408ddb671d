// The licence gate: the build fails unless every package that enters a shipped bundle declares a
// licence on the allow-list (permissive licences only). Copyleft (GPL, AGPL, LGPL, SSPL, EUPL,
// OSL, MPL…), a licence not on the list and an undeclared licence all fail. HyperFormula
// (GPL-3.0) is a benchmark comparison and the preview's inspiration, never bundled.
const fs = require('node:fs');
const path = require('node:path');

/** SPDX identifiers a shipped package may carry. */
const ALLOWED = new Set([
  '0BSD',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'CC0-1.0',
  'ISC',
  'MIT',
  'MIT-0',
  'Python-2.0',
  'Unlicense',
  'Zlib',
]);

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

/** The licence a package declares (the `license` field, or the old `licenses` list); '' if none. */
function licenceOf(pkg) {
  if (typeof pkg.license === 'string') return pkg.license.trim();
  if (typeof pkg.license?.type === 'string') return pkg.license.type.trim();
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((l) => l.type ?? l).join(' OR ');
  return '';
}

/**
 * Whether an SPDX expression allows shipping: an identifier on the list (a trailing "+" or a
 * WITH exception only grants more), "a OR b" if either does, "a AND b" if both do, with
 * parentheses; anything malformed or unknown is refused.
 */
function allows(expression) {
  const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? [];
  let pos = 0;
  const fail = () => {
    throw new SyntaxError(`not an SPDX expression: ${expression}`);
  };
  const term = () => {
    const token = tokens[pos++];
    if (token === undefined || token === ')' || /^(AND|OR|WITH)$/i.test(token)) fail();
    let ok;
    if (token === '(') {
      ok = or();
      if (tokens[pos++] !== ')') fail();
    } else {
      ok = ALLOWED.has(token.replace(/\+$/, ''));
    }
    if (/^WITH$/i.test(tokens[pos] ?? '')) {
      pos += 1;
      if (tokens[pos++] === undefined) fail();
    }
    return ok;
  };
  const and = () => {
    let ok = term();
    while (/^AND$/i.test(tokens[pos] ?? '')) {
      pos += 1;
      ok = term() && ok;
    }
    return ok;
  };
  const or = () => {
    let ok = and();
    while (/^OR$/i.test(tokens[pos] ?? '')) {
      pos += 1;
      ok = and() || ok;
    }
    return ok;
  };
  try {
    const ok = or();
    return pos === tokens.length && ok;
  } catch {
    return false;
  }
}

/** Bundled packages whose licence is not allowed: [{ name, licence }], '(none declared)' if none. */
function refusedPackages(files) {
  const found = new Map();
  for (const file of files) {
    const pkg = packageOf(file);
    if (!pkg) continue;
    const licence = licenceOf(pkg);
    if (!allows(licence)) found.set(pkg.name, licence || '(none declared)');
  }
  return [...found].map(([name, licence]) => ({ name, licence }));
}

class LicencePlugin {
  apply(compiler) {
    compiler.hooks.afterCompile.tap('LicencePlugin', (compilation) => {
      const files = [...compilation.modules].map((m) => m.resource).filter(Boolean);
      for (const { name, licence } of refusedPackages(files)) {
        compilation.errors.push(
          new Error(
            `${name} (${licence}) would be bundled; only permissive licences may ship in the add-in (scripts/licences.cjs)`,
          ),
        );
      }
    });
  }
}

module.exports = { LicencePlugin, allows, refusedPackages, ALLOWED };
