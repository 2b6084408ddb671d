// The MTFS form's boxes on the page: one factory for a box of any kind, the one repeatable line list
// every list of the form uses (add and remove rows), and the register of boxes by path: it reads
// the form's values, and gives the box at a path (a refit's or an error's).
import { field, h, replaceChildren } from '../ui/dom';
import { blankRow, type MtfsFormValues, type Row } from './form';
import {
  FIELDS,
  LISTS,
  rowName,
  type ChoiceSource,
  type Column,
  type ListKey,
  type ListSpec,
} from './schema';

export type Control = HTMLInputElement | HTMLSelectElement;
export type Choice = { readonly value: string; readonly label: string };

/** Every box by its path, and the lists' rows: the page side of MtfsFormValues. */
export class Register {
  private readonly controls = new Map<string, Control>();
  private readonly lists = new Map<ListKey, LineList>();

  constructor(
    /** The choices of a select whose options come from the form itself. */
    private readonly choices: (source: ChoiceSource) => readonly Choice[],
  ) {}

  /**
   * A box for `column` at `path`, registered by its path; its label is the column's, read out after
   * `prefix` (a list row's name) so that every box's name is unique.
   */
  box(column: Column, path: string, prefix: string, text: string, hint?: string): HTMLElement {
    const control: Control =
      column.kind === 'select'
        ? h('select', {})
        : h('input', { type: 'text', spellcheck: false, autocomplete: 'off' });
    control.dataset.path = path;
    this.controls.set(path, control);
    // A choice from the form's own boxes waits for refreshChoices: the form is not all built yet.
    if (control instanceof HTMLSelectElement) {
      this.fillChoices(control, Array.isArray(column.options) ? column.options : [], text);
    } else control.value = text;
    const node = field(column.label, control, hint);
    if (prefix !== '') {
      node.querySelector('label')?.prepend(h('span', { class: 'visually-hidden' }, `${prefix}: `));
    }
    // A per-year list takes the row's whole width, so seven years show in the 320 px pane.
    if (column.kind === 'perYear') node.classList.add('wide');
    return node;
  }

  private fillChoices(select: HTMLSelectElement, choices: readonly Choice[], value: string): void {
    // A value no longer offered (a renamed scenario) stays shown, so an error can point at it.
    const all =
      value === '' || choices.some((c) => c.value === value)
        ? choices
        : [...choices, { value, label: `${value} (no longer in the form)` }];
    replaceChildren(
      select,
      ...all.map((c) => h('option', { value: c.value, selected: c.value === value }, c.label)),
    );
    select.value = value === '' ? (all[0]?.value ?? '') : value;
  }

  /** Refreshes the selects whose options come from the form, keeping their choices. */
  refreshChoices(): void {
    // Each source is read once per refresh, however many selects show it.
    const read = new Map<ChoiceSource, readonly Choice[]>();
    const choices = (source: ChoiceSource) =>
      read.get(source) ?? read.set(source, this.choices(source)).get(source) ?? [];
    for (const control of this.controls.values()) {
      if (!(control instanceof HTMLSelectElement)) continue;
      const options = this.column(control.dataset.path ?? '')?.options;
      if (options === 'scenarios' || options === 'assumptions') {
        this.fillChoices(control, choices(options), control.value);
      }
    }
  }

  private column(path: string): Column | undefined {
    const field = FIELDS.find((f) => f.path === path);
    if (field !== undefined) return field;
    const spec = LISTS.find((l) => path.startsWith(`${l.key}.`));
    const name = path.split('.').at(-1);
    return spec?.columns.find((c) => c.name === name);
  }

  forget(prefix: string): void {
    for (const path of [...this.controls.keys()]) {
      if (path.startsWith(prefix)) this.controls.delete(path);
    }
  }

  get(path: string): Control | undefined {
    return this.controls.get(path);
  }

  all(): Control[] {
    return [...this.controls.values()];
  }

  addList(list: LineList): void {
    this.lists.set(list.spec.key, list);
  }

  text(path: string): string {
    return this.controls.get(path)?.value ?? '';
  }

  /** The form's values as typed now. */
  values(): MtfsFormValues {
    return {
      fields: Object.fromEntries(FIELDS.map((f) => [f.path, this.text(f.path)])),
      lists: Object.fromEntries(
        LISTS.map((spec) => [spec.key, this.lists.get(spec.key)?.rows() ?? []]),
      ) as Record<ListKey, Row[]>,
    };
  }
}

/** One repeatable list of the form: a group of boxes per row, with Add and Remove. */
export class LineList {
  readonly node: HTMLElement;
  private readonly body: HTMLElement;
  private count = 0;

  constructor(
    readonly spec: ListSpec,
    rows: readonly Row[],
    private readonly register: Register,
    /** Called after a row is added or removed. */
    private readonly changed: () => void,
  ) {
    this.body = h('div', { class: 'line-rows' });
    const noun = spec.item.toLowerCase();
    const add = h('button', { type: 'button', class: 'add' }, `Add ${noun}`);
    add.addEventListener('click', () => {
      this.render([...this.rows(), blankRow(spec.key)]);
      this.changed();
      this.register.get(`${spec.key}.${this.count - 1}.${spec.columns[0]?.name ?? ''}`)?.focus();
    });
    this.node = h('div', { class: 'line-list', 'data-list': spec.key }, this.body, add);
    register.addList(this);
    this.render(rows);
  }

  /** The rows as typed now. */
  rows(): Row[] {
    return Array.from({ length: this.count }, (_, i) =>
      Object.fromEntries(
        this.spec.columns.map((c) => [
          c.name,
          this.register.text(`${this.spec.key}.${i}.${c.name}`),
        ]),
      ),
    );
  }

  /** Shows `rows`, numbering them afresh (row labels and paths follow the order). */
  render(rows: readonly Row[]): void {
    const { spec } = this;
    this.register.forget(`${spec.key}.`);
    this.count = rows.length;
    replaceChildren(
      this.body,
      ...rows.map((row, i) => {
        const name = rowName(spec, i);
        const remove = h(
          'button',
          { type: 'button', class: 'remove', 'aria-label': `Remove ${name.toLowerCase()}` },
          'Remove',
        );
        remove.addEventListener('click', () => {
          this.render(this.rows().filter((_, j) => j !== i));
          this.changed();
        });
        return h(
          'div',
          { class: 'line-row', role: 'group', 'aria-label': name },
          h('div', { class: 'line-head' }, h('span', {}, name), remove),
          ...spec.columns.map((c) =>
            this.register.box(
              c,
              `${spec.key}.${i}.${c.name}`,
              name,
              row[c.name] ?? '',
              i === 0 ? c.hint : undefined,
            ),
          ),
        );
      }),
    );
  }
}
