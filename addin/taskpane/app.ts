// The whole task pane: a title and one tab per capability (Benchmark and MTFS, listed in SECTIONS),
// each mounted on the WorkbookPort it is given, Office or in-memory alike.
import type { WorkbookPort } from '../workbook/port';
import { mountBenchmark } from './benchmark/panel';
import { mountMtfs } from './mtfs/view';
import { h } from './ui/dom';
import { adoptStyles } from './ui/styles';

interface Section {
  readonly id: string;
  readonly label: string;
  readonly mount: (root: HTMLElement, port: WorkbookPort) => void;
}

const SECTIONS: readonly Section[] = [
  { id: 'benchmark', label: 'Benchmark', mount: mountBenchmark },
  { id: 'mtfs', label: 'MTFS', mount: mountMtfs },
];

/** Renders the task pane into `root`, talking to the workbook only through `port`. */
export function mountTaskpane(root: HTMLElement, port: WorkbookPort): void {
  adoptStyles(root.ownerDocument);
  const tabs = SECTIONS.map((section, i) =>
    h(
      'button',
      {
        type: 'button',
        class: 'tab',
        role: 'tab',
        id: `tab-${section.id}`,
        'aria-controls': `panel-${section.id}`,
        'aria-selected': String(i === 0),
        tabindex: i === 0 ? 0 : -1,
      },
      section.label,
    ),
  );
  const panels = SECTIONS.map((section, i) =>
    h('div', {
      role: 'tabpanel',
      id: `panel-${section.id}`,
      'aria-labelledby': `tab-${section.id}`,
      hidden: i !== 0,
    }),
  );
  // The first tab is built at once; a hidden one when it is first chosen or the page is next idle,
  // whichever comes first (the MTFS form is some two hundred boxes the first view does not need).
  const built = new Set<number>();
  const build = (index: number) => {
    const section = SECTIONS[index];
    if (section === undefined || built.has(index)) return;
    built.add(index);
    section.mount(panels[index] as HTMLElement, port);
  };
  build(0);
  const select = (index: number) => {
    build(index);
    tabs.forEach((tab, i) => {
      tab.setAttribute('aria-selected', String(i === index));
      tab.tabIndex = i === index ? 0 : -1;
      (panels[i] as HTMLElement).hidden = i !== index;
    });
    tabs[index]?.focus();
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => select(i));
    // Arrow keys move between tabs, as in Office's own tab lists.
    tab.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (step !== 0) select((i + step + tabs.length) % tabs.length);
    });
  });
  root.classList.add('pane');
  root.append(
    h('h1', {}, 'Collaboration finance'),
    h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Capabilities' }, ...tabs),
    ...panels,
  );
  // Every control of the tab in view is in place and listening: `npm run bench` reads this as time
  // to interactive.
  performance.mark('taskpane-interactive');
  const whenIdle: (run: () => void) => unknown =
    typeof requestIdleCallback === 'function'
      ? (run) => requestIdleCallback(run, { timeout: 2000 })
      : (run) => setTimeout(run, 0);
  whenIdle(() => SECTIONS.forEach((_, i) => build(i)));
}
