// The add-in manifest, checked offline. Microsoft's XSDs cannot be fetched here, so the rules of the
// schema that matter to this manifest are written out below: element order, required elements,
// resource ids, string lengths, and the shared-runtime wiring that custom functions depend on.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DEV_BASE_URL, DEV_PORT, rebase } from '../../scripts/baseUrl.cjs';
import { configure } from './webpackConfig';

const ROOT = join(__dirname, '..', '..');
const XML = readFileSync(join(ROOT, 'manifest', 'manifest.xml'), 'utf8');

interface Node {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly Node[];
  readonly text: string;
}

type Ordered = Record<string, unknown>;

/** fast-xml-parser's order-preserving output as a plain element tree (comments and PIs dropped). */
function toNodes(items: readonly Ordered[]): Node[] {
  return items.flatMap((item) => {
    const name = Object.keys(item).find((key) => key !== ':@');
    if (name === undefined || name === '#text' || name.startsWith('?')) return [];
    const content = item[name] as Ordered[];
    const text = content.map((c) => (typeof c['#text'] === 'string' ? c['#text'] : '')).join('');
    const attrs = (item[':@'] ?? {}) as Record<string, string>;
    return [{ name, attrs, children: toNodes(content), text: text.trim() }];
  });
}

function parse(xml: string): Node {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
  });
  const [root] = toNodes(parser.parse(xml) as Ordered[]);
  if (root === undefined) throw new Error('manifest has no root element');
  return root;
}

const root = parse(XML);

function child(node: Node | undefined, name: string): Node {
  const found = node?.children.find((c) => c.name === name);
  if (found === undefined) throw new Error(`${node?.name ?? '?'} has no <${name}>`);
  return found;
}

function path(...names: string[]): Node {
  return names.reduce<Node>((node, name) => child(node, name), root);
}

function all(node: Node): Node[] {
  return [node, ...node.children.flatMap(all)];
}

const names = (node: Node) => node.children.map((c) => c.name);

/**
 * Checks children against a schema sequence: each entry is an element name with `?` (optional),
 * `+` (one or more), `*` (any number) or nothing (exactly one). Returns the problems found.
 */
function sequenceProblems(node: Node, sequence: readonly string[]): string[] {
  const actual = names(node);
  const problems: string[] = [];
  let at = 0;
  for (const entry of sequence) {
    const [, name = '', mark = ''] = /^(.*?)([?+*]?)$/.exec(entry) ?? [];
    let count = 0;
    while (actual[at] === name) {
      at += 1;
      count += 1;
    }
    if (count === 0 && (mark === '' || mark === '+')) problems.push(`missing <${name}>`);
    if (count > 1 && (mark === '' || mark === '?')) problems.push(`<${name}> more than once`);
  }
  if (at < actual.length) problems.push(`<${actual[at] ?? ''}> not allowed at position ${at + 1}`);
  return problems;
}

/** The requirement sets the manifest declares: name → minimum version. */
function requiredSets(): Record<string, string | undefined> {
  return Object.fromEntries(
    path('Requirements', 'Sets').children.map((set) => [set.attrs.Name, set.attrs.MinVersion]),
  );
}

/**
 * The Excel JavaScript API members the Office port (addin/workbook/office) uses that came after
 * ExcelApi 1.1, with the set that brought each, from Microsoft's Excel API reference. Two are not
 * found by name here: Worksheet.names (1.4, sheet-scoped names; below 1.9) and RunOptions'
 * delayForCellEdit (1.11), an option older hosts ignore, so it raises no requirement.
 */
const EXCEL_API_SINCE: Readonly<Record<string, number>> = {
  getResizedRange: 1.2, // Range
  columnWidth: 1.2, // RangeFormat
  getRangeByIndexes: 1.3, // Worksheet
  getItemOrNullObject: 1.4, // WorksheetCollection
  getUsedRangeOrNullObject: 1.4, // Range
  isNullObject: 1.4,
  chartType: 1.7, // ChartSeries
  markerStyle: 1.7, // ChartSeries
  lineStyle: 1.7, // ChartLineFormat
  hasDataLabel: 1.7, // ChartPoint
  setCellProperties: 1.9, // Range
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RESOURCE_LISTS = {
  image: ['Resources', 'bt:Images'],
  url: ['Resources', 'bt:Urls'],
  short: ['Resources', 'bt:ShortStrings'],
  long: ['Resources', 'bt:LongStrings'],
} as const;
type ResourceKind = keyof typeof RESOURCE_LISTS;

const overrides = path('VersionOverrides');
const host = path('VersionOverrides', 'Hosts', 'Host');
const desktop = child(host, 'DesktopFormFactor');
const customFunctions = child(child(host, 'AllFormFactors'), 'ExtensionPoint');
const button = all(desktop).find((n) => n.name === 'Control');

function resources(kind: ResourceKind): readonly Node[] {
  return RESOURCE_LISTS[kind].reduce<Node>((node, name) => child(node, name), overrides).children;
}

function resource(kind: ResourceKind, id: string): string {
  const found = resources(kind).find((r) => r.attrs.id === id);
  if (found === undefined) throw new Error(`no ${kind} resource "${id}"`);
  return found.attrs.DefaultValue ?? '';
}

/** What kind of resource an element's resid must name, by the schema's type for that element. */
function residKind(node: Node, parent: Node): ResourceKind {
  if (node.name === 'bt:Image') return 'image';
  if (['SourceLocation', 'FunctionFile', 'Runtime', 'LearnMoreUrl'].includes(node.name))
    return 'url';
  if (node.name === 'Description' && ['GetStarted', 'Supertip'].includes(parent.name))
    return 'long';
  return 'short'; // Label, Title, Namespace
}

function residUses(node: Node): { node: Node; kind: ResourceKind; id: string }[] {
  return node.children.flatMap((c) => [
    ...(c.attrs.resid === undefined
      ? []
      : [{ node: c, kind: residKind(c, node), id: c.attrs.resid }]),
    ...residUses(c),
  ]);
}

/** Every URL the manifest hands to Office: element text, DefaultValue and Override values. */
function urls(xml: string): string[] {
  return all(parse(xml)).flatMap((n) =>
    [n.text, n.attrs.DefaultValue ?? '', n.attrs.Value ?? ''].filter((v) =>
      /^[a-z]+:\/\//i.test(v),
    ),
  );
}

describe('manifest/manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(XML)).toBe(true);
  });

  it('is a task pane add-in manifest in the 1.1 schema', () => {
    expect(root.name).toBe('OfficeApp');
    expect(root.attrs).toMatchObject({
      xmlns: 'http://schemas.microsoft.com/office/appforoffice/1.1',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xmlns:bt': 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
      'xsi:type': 'TaskPaneApp',
    });
  });

  it('has the schema’s elements in the schema’s order', () => {
    const problems = {
      OfficeApp: sequenceProblems(root, [
        'Id',
        'AlternateId?',
        'Version',
        'ProviderName',
        'DefaultLocale',
        'DisplayName',
        'Description',
        'IconUrl',
        'HighResolutionIconUrl?',
        'SupportUrl',
        'AppDomains?',
        'Hosts',
        'Requirements',
        'DefaultSettings',
        'Permissions',
        'AllowSnapshot?',
        'VersionOverrides',
      ]),
      VersionOverrides: sequenceProblems(overrides, [
        'Description?',
        'Requirements?',
        'Hosts',
        'Resources',
      ]),
      Host: sequenceProblems(host, ['Runtimes', 'AllFormFactors', 'DesktopFormFactor']),
      CustomFunctions: sequenceProblems(customFunctions, [
        'Script',
        'Page',
        'Metadata',
        'Namespace',
      ]),
      DesktopFormFactor: sequenceProblems(desktop, [
        'GetStarted?',
        'FunctionFile',
        'ExtensionPoint+',
      ]),
      Resources: sequenceProblems(child(overrides, 'Resources'), [
        'bt:Images',
        'bt:Urls',
        'bt:ShortStrings',
        'bt:LongStrings',
      ]),
      Button: button
        ? sequenceProblems(button, ['Label', 'Supertip', 'Icon', 'Action'])
        : ['no button'],
    };
    expect(problems).toEqual({
      OfficeApp: [],
      VersionOverrides: [],
      Host: [],
      CustomFunctions: [],
      DesktopFormFactor: [],
      Resources: [],
      Button: [],
    });
  });

  it('has a fixed GUID as its Id and a four-part version', () => {
    expect(path('Id').text).toMatch(GUID);
    expect(path('Version').text).toMatch(/^\d{1,5}(\.\d{1,5}){3}$/);
  });

  it('names a provider, a display name, a description and a support page within the schema’s lengths', () => {
    expect(path('ProviderName').text.length).toBeGreaterThan(0);
    expect(path('DisplayName').attrs.DefaultValue?.length).toBeLessThanOrEqual(125);
    expect(path('Description').attrs.DefaultValue?.length).toBeLessThanOrEqual(250);
    expect(path('SupportUrl').attrs.DefaultValue).toMatch(/^https:\/\//);
  });

  it('runs in Excel workbooks only, asking for the document access its sheets need and no more', () => {
    expect(path('Hosts').children.map((h) => h.attrs.Name)).toEqual(['Workbook']);
    expect(host.attrs['xsi:type']).toBe('Workbook');
    expect(path('Permissions').text).toBe('ReadWriteDocument');
  });

  it('requires the custom functions runtime 1.3, for its #DIV/0! and #NUM! results, and the shared runtime 1.1', () => {
    expect(requiredSets()).toMatchObject({ CustomFunctionsRuntime: '1.3', SharedRuntime: '1.1' });
  });

  it('requires the Excel API set of the newest Office JS call the task pane makes, and no other set', () => {
    const port = join(ROOT, 'addin', 'workbook', 'office');
    const source = readdirSync(port)
      .filter((file) => file.endsWith('.ts'))
      .map((file) => readFileSync(join(port, file), 'utf8'))
      .join('\n');
    const called = Object.keys(EXCEL_API_SINCE).filter((member) =>
      new RegExp(`\\.${member}\\b`).test(source),
    );
    expect(called).toEqual(Object.keys(EXCEL_API_SINCE));
    const newest = Math.max(...called.map((member) => EXCEL_API_SINCE[member] ?? 0));
    expect(Object.keys(requiredSets()).sort()).toEqual([
      'CustomFunctionsRuntime',
      'ExcelApi',
      'SharedRuntime',
    ]);
    expect(requiredSets().ExcelApi).toBe(newest.toFixed(1));
  });

  it('loads the functions and the task pane in one long-lived runtime', () => {
    const runtimes = child(host, 'Runtimes').children;
    expect(runtimes.map((r) => r.attrs.lifetime)).toEqual(['long']);
    const runtime = runtimes[0]?.attrs.resid ?? '';
    const pageResid = child(child(customFunctions, 'Page'), 'SourceLocation').attrs.resid;
    const action = button ? child(button, 'Action') : undefined;
    expect({
      functionsPage: pageResid,
      functionFile: child(desktop, 'FunctionFile').attrs.resid,
      taskpane: action ? child(action, 'SourceLocation').attrs.resid : undefined,
    }).toEqual({ functionsPage: runtime, functionFile: runtime, taskpane: runtime });
    expect(resource('url', runtime)).toBe(`${DEV_BASE_URL}/taskpane.html`);
    expect(path('DefaultSettings', 'SourceLocation').attrs.DefaultValue).toBe(
      `${DEV_BASE_URL}/taskpane.html`,
    );
  });

  it('declares the COLLAB functions with the generated metadata and the functions bundle', () => {
    expect(customFunctions.attrs['xsi:type']).toBe('CustomFunctions');
    const url = (name: string) =>
      resource('url', child(child(customFunctions, name), 'SourceLocation').attrs.resid ?? '');
    expect(url('Script')).toBe(`${DEV_BASE_URL}/functions.js`);
    expect(url('Metadata')).toBe(`${DEV_BASE_URL}/functions.json`);
    expect(resource('short', child(customFunctions, 'Namespace').attrs.resid ?? '')).toBe('COLLAB');
  });

  it('has a ribbon button that opens the task pane, with 16, 32 and 80 pixel icons', () => {
    expect(button?.attrs['xsi:type']).toBe('Button');
    const action = button ? child(button, 'Action') : undefined;
    expect(action?.attrs['xsi:type']).toBe('ShowTaskpane');
    const iconSizes = all(desktop)
      .filter((n) => n.name === 'Icon')
      .map((icon) => icon.children.map((i) => i.attrs.size));
    expect(iconSizes).toEqual([
      ['16', '32', '80'],
      ['16', '32', '80'],
    ]);
  });

  it('defines every resource it references, with the right kind, and nothing it does not use', () => {
    const uses = residUses(root);
    const missing = uses.filter((u) => !resources(u.kind).some((r) => r.attrs.id === u.id));
    expect(missing.map((u) => `${u.node.name} → ${u.kind} ${u.id}`)).toEqual([]);
    const defined = (Object.keys(RESOURCE_LISTS) as ResourceKind[]).flatMap((kind) =>
      resources(kind).map((r) => `${kind} ${r.attrs.id ?? ''}`),
    );
    const used = new Set(uses.map((u) => `${u.kind} ${u.id}`));
    expect(defined.filter((d) => !used.has(d))).toEqual([]);
    expect(new Set(defined).size).toBe(defined.length);
  });

  it('keeps resource ids and strings within the schema’s lengths', () => {
    const all4 = (Object.keys(RESOURCE_LISTS) as ResourceKind[]).flatMap(resources);
    expect(all4.filter((r) => (r.attrs.id ?? '').length > 32).map((r) => r.attrs.id)).toEqual([]);
    expect(resources('short').filter((r) => (r.attrs.DefaultValue ?? '').length > 125)).toEqual([]);
    expect(resources('long').filter((r) => (r.attrs.DefaultValue ?? '').length > 250)).toEqual([]);
  });

  it('points every URL over https at the dev server', () => {
    const found = urls(XML);
    expect(found.length).toBeGreaterThan(10);
    expect(found.filter((u) => !u.startsWith(`${DEV_BASE_URL}/`))).toEqual([]);
  });

  it('points every icon at a PNG of the size it declares', () => {
    const images = resources('image').map((r) => r.attrs);
    const pixels = (url: string) => {
      const file = join(ROOT, 'addin', url.slice(DEV_BASE_URL.length + 1));
      if (!existsSync(file)) return `missing ${file}`;
      const png = readFileSync(file);
      return png.toString('latin1', 1, 4) === 'PNG'
        ? `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`
        : 'not a PNG';
    };
    const icons = [
      ...images.map((i) => ({
        url: i.DefaultValue ?? '',
        size: (i.id ?? '').replace(/^Icon\./, ''),
      })),
      { url: path('IconUrl').attrs.DefaultValue ?? '', size: '32x32' },
      { url: path('HighResolutionIconUrl').attrs.DefaultValue ?? '', size: '64x64' },
    ];
    expect(icons.map((i) => pixels(i.url))).toEqual(icons.map((i) => i.size));
  });
});

describe('manifest and build agree', () => {
  it('serves the dev server on the port the manifest URLs use', async () => {
    const config = await configure({}, { mode: 'development' });
    expect(config.devServer?.port).toBe(DEV_PORT);
    expect(new URL(DEV_BASE_URL).port).toBe(String(config.devServer?.port));
    expect(config.devServer?.server).toMatchObject({ type: 'https' });
  });

  it('builds every page and script the manifest names', async () => {
    const config = await configure({}, { mode: 'development' });
    const built = new Set<string>([
      ...Object.keys(config.entry as object).map((name) => `${name}.js`),
      ...(config.plugins ?? []).flatMap((p) => {
        const options = p as {
          userOptions?: { filename?: unknown };
          options?: { output?: unknown };
        };
        return [options.userOptions?.filename, options.options?.output].filter(
          (f) => typeof f === 'string',
        );
      }),
    ]);
    const named = urls(XML)
      .map((u) => u.slice(DEV_BASE_URL.length + 1))
      .filter((file) => !file.startsWith('assets/'));
    expect(named.filter((file) => !built.has(file))).toEqual([]);
  });

  it('rebases every URL of the copied manifest onto the production base URL', () => {
    const base = 'https://addin.example.police.uk/collab';
    const rebased = urls(rebase(XML, base));
    expect(rebased).toHaveLength(urls(XML).length);
    expect(rebased.filter((u) => !u.startsWith(`${base}/`))).toEqual([]);
  });
});
