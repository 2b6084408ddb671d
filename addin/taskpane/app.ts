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
  const panels = SECTIONS.map((section, i) => {
    const panel = h('div', {
      role: 'tabpanel',
      id: `panel-${section.id}`,
      'aria-labelledby': `tab-${section.id}`,
      hidden: i !== 0,
    });
    section.mount(panel, port);
    return panel;
  });
  const select = (index: number) => {
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
  // Every control is in place and listening: `npm run bench` reads this as time to interactive.
  performance.mark('taskpane-interactive');
}
