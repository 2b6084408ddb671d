// The status area both tabs share: a progress bar kept in place, one message with its tone (progress
// and outcomes announced politely, an error as an alert, at once, and kept in view), a busy state that
// disables the tab's controls, and the question asked before a sheet the pane wrote is replaced. One
// action runs at a time: a second click (a double-click, Enter pressed twice) while an action runs is
// ignored, so it never writes two sheets.
import { h, replaceChildren } from './dom';

export type Tone = 'info' | 'error' | 'success';

/** What to do when the sheet name a write wants is a sheet this pane wrote earlier. */
export type ReplaceAnswer = 'replace' | 'new' | 'cancel';

export interface Status {
  /** The area to place in the tab: progress bar, message and any question. */
  readonly node: HTMLElement;
  /** Shows `text`, replacing the message before: an error as an alert, anything else as a status. */
  say(text: string, tone: Tone): void;
  /**
   * Runs `job` with the tab busy (controls disabled by `setBusy`, progress shown, aria-busy set)
   * and returns its result; while one job runs, another call returns undefined at once.
   */
  run<T>(job: () => Promise<T>): Promise<T | undefined>;
  /** Asks whether to replace the sheet `existing` or write `instead`; the tab stays busy meanwhile. */
  askReplace(existing: string, instead: string): Promise<ReplaceAnswer>;
}

export function createStatus(root: HTMLElement, setBusy: (busy: boolean) => void): Status {
  const progress = h('progress', { class: 'idle', 'aria-label': 'Working' });
  // Two live regions, both in the page from the start (a region added with its text is not reliably
  // announced): a polite status for progress and outcomes, and an alert for an error, which screen
  // readers announce at once, interrupting what they were reading. One of them holds the message.
  const note = h('div', { class: 'message', role: 'status', 'aria-live': 'polite' });
  const alert = h('div', { class: 'message error', role: 'alert' });
  const question = h('div', {
    class: 'actions',
    role: 'group',
    'aria-label': 'Replace the sheet?',
  });
  const node = h('div', { class: 'status' }, progress, note, alert, question);
  let running = false;

  const say = (text: string, tone: Tone) => {
    const error = tone === 'error';
    // The other region is emptied, and an empty message is not drawn: one message shows at a time.
    if (!error) note.className = `message ${tone}`;
    note.textContent = error ? '' : text;
    alert.textContent = error ? text : '';
    // An error stays on screen: the status area sticks to the bottom of the pane while the field at
    // fault, higher up the form, has the focus.
    node.classList.toggle('alerting', error);
    if (error) alert.scrollIntoView({ block: 'nearest' });
  };

  const busy = (on: boolean) => {
    setBusy(on);
    progress.className = on ? '' : 'idle';
    root.setAttribute('aria-busy', String(on));
  };

  return {
    node,
    say,
    async run(job) {
      if (running) return undefined;
      running = true;
      busy(true);
      try {
        return await job();
      } finally {
        running = false;
        busy(false);
      }
    },
    askReplace(existing, instead) {
      say(
        `The sheet "${existing}" was written by this pane. Replace it with the new figures, or write a new sheet "${instead}"?`,
        'info',
      );
      return new Promise((resolve) => {
        const answer = (choice: ReplaceAnswer) => () => {
          replaceChildren(question);
          resolve(choice);
        };
        const replace = h('button', { type: 'button', class: 'primary' }, `Replace "${existing}"`);
        const write = h('button', { type: 'button' }, `Write "${instead}"`);
        const cancel = h('button', { type: 'button' }, 'Cancel');
        replace.addEventListener('click', answer('replace'));
        write.addEventListener('click', answer('new'));
        cancel.addEventListener('click', answer('cancel'));
        replaceChildren(question, replace, write, cancel);
        replace.focus();
      });
    },
  };
}

/** Names of the sheets this pane wrote, compared as Excel compares sheet names (ignoring case). */
export class WrittenSheets {
  private readonly names = new Set<string>();

  add(name: string): void {
    this.names.add(name.toLowerCase());
  }

  has(name: string): boolean {
    return this.names.has(name.toLowerCase());
  }
}

/**
 * Chooses where a write goes. `plan` makes the write for a list of sheets that exist (it takes a free
 * name). If the name it would take with the pane's own sheets left out is one of them, the user is
 * asked: replace that sheet, write the new one beside it, or cancel (undefined).
 */
export async function chooseTarget<P extends { readonly sheet: { readonly name: string } }>(
  status: Status,
  existing: readonly string[],
  written: WrittenSheets,
  plan: (existing: readonly string[]) => P,
): Promise<{ readonly plan: P; readonly replace: boolean } | undefined> {
  const beside = plan(existing);
  const over = plan(existing.filter((name) => !written.has(name)));
  if (over.sheet.name === beside.sheet.name) return { plan: beside, replace: false };
  const answer = await status.askReplace(over.sheet.name, beside.sheet.name);
  if (answer === 'cancel') return undefined;
  return answer === 'replace' ? { plan: over, replace: true } : { plan: beside, replace: false };
}

/**
 * The line heading a results panel: the figures are those of the last write, fixed then, while the
 * sheet's formulas go on recalculating, so a reader does not take one for the other.
 */
export function snapshotNote(sheet: string): HTMLElement {
  return h(
    'p',
    { class: 'snapshot' },
    `A snapshot of the last write, to "${sheet}". The sheet recalculates when its figures change; this panel does not.`,
  );
}
