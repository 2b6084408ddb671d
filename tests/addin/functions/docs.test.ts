// The function wizard's text is written once, in the core's TSDoc. This test fails when an adapter's
// JSDoc (which becomes functions.json and the README reference) drifts from it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const root = path.resolve(__dirname, '../../..');

interface Doc {
  summary: string;
  params: Map<string, string>;
}

/** Compared without code marks, case or trailing punctuation: Excel names are in capitals. */
const plain = (text: string) =>
  text.replace(/`/g, '').replace(/\s+/g, ' ').trim().replace(/[.:]$/, '').toLowerCase();
const firstSentence = (text: string) => text.split(/(?<=\.) /)[0]?.replace(/\.$/, '') ?? '';

function commentText(comment: string | ts.NodeArray<ts.JSDocComment> | undefined): string {
  return typeof comment === 'string' ? comment : (comment ?? []).map((c) => c.text).join('');
}

/** JSDoc of every exported function (and interface property) in the given files. */
function readDocs(files: string[]): {
  functions: Map<string, Doc>;
  properties: Map<string, string>;
} {
  const functions = new Map<string, Doc>();
  const properties = new Map<string, string>();
  for (const file of files) {
    const source = ts.createSourceFile(
      file,
      fs.readFileSync(file, 'utf8'),
      ts.ScriptTarget.ES2022,
      true,
    );
    source.forEachChild(function visit(node) {
      if (
        ts.isFunctionDeclaration(node) &&
        node.name &&
        ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Export
      ) {
        const jsDoc = ts.getJSDocCommentsAndTags(node).find(ts.isJSDoc);
        if (!jsDoc) return;
        const params = new Map<string, string>();
        for (const tag of jsDoc.tags ?? []) {
          if (ts.isJSDocParameterTag(tag)) {
            params.set(
              tag.name.getText().replace(/[[\]]/g, ''),
              plain(commentText(tag.comment).replace(/^- /, '')),
            );
          }
        }
        functions.set(node.name.text, { summary: plain(commentText(jsDoc.comment)), params });
      }
      if (ts.isPropertySignature(node) && ts.isIdentifier(node.name)) {
        const jsDoc = ts.getJSDocCommentsAndTags(node).find(ts.isJSDoc);
        if (jsDoc) properties.set(node.name.text, plain(commentText(jsDoc.comment)));
      }
      node.forEachChild(visit);
    });
  }
  return { functions, properties };
}

const coreFiles = fs
  .readdirSync(path.join(root, 'core/src'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => path.join(root, 'core/src', f));
const core = readDocs(coreFiles);
const adapters = readDocs([path.join(root, 'addin/functions/functions.ts')]).functions;

describe('adapter documentation', () => {
  it('documents every adapter', () => {
    expect(adapters.size).toBe(20);
  });

  it.each([...adapters.keys()])('%s opens with the core summary', (name) => {
    const coreDoc = core.functions.get(name);
    expect(coreDoc).toBeDefined();
    expect(adapters.get(name)?.summary.startsWith(firstSentence(coreDoc?.summary ?? ''))).toBe(
      true,
    );
  });

  it.each([...adapters.keys()])('%s describes each parameter as the core does', (name) => {
    const coreParams = core.functions.get(name)?.params ?? new Map<string, string>();
    for (const [param, text] of adapters.get(name)?.params ?? []) {
      const coreText = coreParams.get(param) ?? core.properties.get(param);
      expect(coreText).toBeDefined();
      expect(`${name}(${param}): ${text}`).toContain(
        `${name}(${param}): ${firstSentence(coreText ?? '')}`,
      );
    }
  });
});
