// Builds DOM nodes without innerHTML: text only ever goes in through textContent, attributes through
// setAttribute, so nothing read from a workbook cell can become markup or script.

type Child = Node | string | null | undefined | false;
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

function setAttributes(node: Element, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(node: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** An HTML element with attributes and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  setAttributes(node, attributes);
  append(node, children);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element, built the same way. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  setAttributes(node, attributes);
  append(node, children);
  return node;
}

/** Replaces all of a node's children. */
export function replaceChildren(node: Node, ...children: Child[]): void {
  while (node.firstChild) node.removeChild(node.firstChild);
  append(node, children);
}

let nextId = 0;
/** A page-unique id for pairing a <label> with its control. */
export const uniqueId = (prefix: string): string => `${prefix}-${(nextId += 1)}`;

/** A labelled control in a column, as both tabs lay out their forms: label, control, optional hint. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = uniqueId('field');
  control.id = id;
  const hintNode = hint ? h('span', { class: 'hint', id: `${id}-hint` }, hint) : null;
  if (hintNode) control.setAttribute('aria-describedby', hintNode.id);
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, hintNode);
}
