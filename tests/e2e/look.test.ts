// The pane's Fluent 2 look, measured on the rendered page at a phone-narrow 320×768 (the pane fills
// the width) and a laptop's 1366×768 (the pane in its 320 px column): no sideways scrolling, 32 px
// controls, every control reached by Tab with a visible 2 px focus ring, and text contrast of at
// least 4.5:1 worked out from the colours the browser actually renders.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { errorMessage, LAPTOP, ROOT, insertSample, message, onScreen, usePreview } from './harness';

const preview = usePreview('file');
const PANE = '#app';
const NARROW = { width: 320, height: 768 } as const;

/** Fluent's medium control height, less half a pixel for sub-pixel layout. */
const CONTROL_HEIGHT = 31.5;

beforeAll(async () => {
  // Data read and a benchmark written, so every control is enabled and the results show.
  await insertSample(preview.page);
  await preview.page.getByLabel('Force or forces').selectOption(['Kent']);
  await preview.page.getByRole('button', { name: 'Write benchmark sheet' }).click();
  await message(preview.page).filter({ hasText: 'Wrote the sheet' }).waitFor();
});

async function showTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

/** Whatever sticks out sideways: from the page, from the pane, or from the pane's box. */
function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate((pane) => {
    const root = document.querySelector(pane) as HTMLElement;
    const box = root.getBoundingClientRect();
    const found: string[] = [];
    const page = document.scrollingElement as Element;
    if (page.scrollWidth > window.innerWidth) found.push(`the page: ${page.scrollWidth}px`);
    if (root.scrollWidth > root.clientWidth) found.push(`the pane: ${root.scrollWidth}px`);
    for (const el of root.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right > box.right + 0.5 || r.left < box.left - 0.5) {
        found.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').slice(0, 30)}"`);
      }
    }
    return found;
  }, PANE);
}

/**
 * Every visible text in the pane whose contrast with what is behind it is under 4.5:1: the text's
 * colour (an SVG text's fill) against the first opaque background among its ancestors, blended
 * over white. Disabled controls are exempt, as WCAG exempts them; native option lists are drawn
 * by the browser, not by the pane's styles.
 */
function lowContrast(page: Page): Promise<string[]> {
  return page.evaluate((pane) => {
    const rgba = (text: string): number[] => {
      const parts =
        /rgba?\(([^)]+)\)/
          .exec(text)?.[1]
          ?.split(/[\s,/]+/)
          .filter(Boolean) ?? [];
      const [r = 0, g = 0, b = 0, a = 1] = parts.map(Number);
      return [r, g, b, a];
    };
    const over = (top: number[], under: number[]) =>
      [0, 1, 2].map((i) => (top[i] ?? 0) * (top[3] ?? 1) + (under[i] ?? 0) * (1 - (top[3] ?? 1)));
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const background = (el: Element): number[] => {
      const layers: number[][] = [];
      for (let e: Element | null = el; e !== null; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if ((c[3] ?? 0) > 0) layers.push(c);
        if ((c[3] ?? 0) === 1) break;
      }
      return layers.reverse().reduce((under, layer) => over(layer, under), [255, 255, 255]);
    };
    const found: string[] = [];
    for (const el of document.querySelectorAll(`${pane} *`)) {
      const text = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (text === '' || el.getClientRects().length === 0) continue;
      if (el.closest('option, :disabled, title') !== null) continue;
      const style = getComputedStyle(el);
      if (style.visibility !== 'visible') continue;
      const colour = rgba(el instanceof SVGElement ? style.fill : style.color);
      const back = background(el);
      const fore = over(colour, back);
      const [hi, lo] = [luminance(fore), luminance(back)].sort((a, b) => b - a);
      const ratio = ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
      if (ratio < 4.5) found.push(`"${text.slice(0, 40)}": ${ratio.toFixed(2)}:1`);
    }
    return found;
  }, PANE);
}

/** Visible controls of `scope` under 32 px high; a radio or checkbox counts with its label row. */
function shortControls(page: Page, scope: string): Promise<string[]> {
  return page.evaluate(
    ({ scope, min }) => {
      const found: string[] = [];
      const controls = document.querySelectorAll(
        `${scope} button, ${scope} input, ${scope} select, ${scope} [role="tab"]`,
      );
      for (const control of controls) {
        if (control.getClientRects().length === 0) continue;
        const target = control.matches('[type="radio"], [type="checkbox"]')
          ? (control.closest('.check') ?? control)
          : control;
        const height = target.getBoundingClientRect().height;
        const name =
          (control as HTMLInputElement).labels?.[0]?.textContent ?? control.textContent ?? '';
        if (height < min) found.push(`${control.tagName.toLowerCase()} "${name}": ${height}px`);
      }
      return found;
    },
    { scope, min: CONTROL_HEIGHT },
  );
}

interface Focused {
  readonly key: string;
  readonly inPane: boolean;
  readonly ring: { readonly style: string; readonly width: number; readonly offset: number };
}

/** Tabs from the pane's first tab to past its last control, noting each focus and its ring. */
async function tabThrough(page: Page): Promise<Focused[]> {
  await page.locator(`${PANE} [role="tab"][aria-selected="true"]`).focus();
  // Away and back by keyboard, so the first tab's focus is keyboard focus as well.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  const seen: Focused[] = [];
  for (let i = 0; i < 200; i++) {
    const focused = await page.evaluate((pane) => {
      const el = document.activeElement as HTMLElement | null;
      if (el === null) return null;
      const style = getComputedStyle(el);
      const input = el as HTMLInputElement;
      return {
        key: input.type === 'radio' ? `radio ${input.name}` : el.id || el.textContent || '',
        inPane: el.closest(pane) !== null,
        ring: {
          style: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
          offset: parseFloat(style.outlineOffset),
        },
      };
    }, PANE);
    if (focused === null || !focused.inPane) break;
    seen.push(focused);
    await page.keyboard.press('Tab');
  }
  return seen;
}

/** What Tab must reach: every enabled, visible control (not in a closed section), radios once per group. */
function reachable(page: Page): Promise<string[]> {
  return page.evaluate((pane) => {
    const keys = new Set<string>();
    const controls = document.querySelectorAll<HTMLElement>(
      `${pane} button, ${pane} input, ${pane} select`,
    );
    for (const el of controls) {
      if (el.getClientRects().length === 0 || (el as HTMLButtonElement).disabled) continue;
      // A closed section's controls keep their boxes in Chromium but are not shown or focusable.
      const closed = el.closest('details:not([open])');
      if (closed !== null && el.closest('summary') === null) continue;
      // Tabs use a roving tab stop (arrows move between them): the selected one stands for all.
      if (el.getAttribute('role') === 'tab' && el.getAttribute('aria-selected') !== 'true')
        continue;
      const input = el as HTMLInputElement;
      keys.add(input.type === 'radio' ? `radio ${input.name}` : el.id || el.textContent || '');
    }
    return [...keys];
  }, PANE);
}

describe.each([
  ['320×768', NARROW],
  ['1366×768', LAPTOP],
])('the pane at %s', (_, size) => {
  beforeAll(async () => {
    await preview.page.setViewportSize(size);
  });

  describe.each(['Benchmark', 'MTFS'])('on the %s tab', (tab) => {
    beforeAll(async () => {
      await showTab(preview.page, tab);
    });

    it('needs no sideways scrolling', async () => {
      expect(await sidewaysOverflow(preview.page)).toEqual([]);
    });

    it('shows every text at a contrast of 4.5:1 or more', async () => {
      expect(await lowContrast(preview.page)).toEqual([]);
    });

    it('reaches every enabled control by Tab, each with a 2 px focus ring clear of it', async () => {
      const seen = await tabThrough(preview.page);
      const keys = new Set(seen.map((f) => f.key));
      const controls = await reachable(preview.page);
      expect(controls.length).toBeGreaterThan(5);
      expect(controls.filter((k) => !keys.has(k))).toEqual([]);
      for (const focused of seen) {
        expect(focused.ring.style).toBe('solid');
        expect(focused.ring.width).toBeGreaterThanOrEqual(2);
        expect(focused.ring.offset).toBeGreaterThanOrEqual(1);
      }
    });
  });

  it("shows every choice of the Benchmark tab's drop-down lists whole, without cutting it off", async () => {
    await showTab(preview.page, 'Benchmark');
    const cut = await preview.page.evaluate(() => {
      const context = document.createElement('canvas').getContext('2d');
      const found: string[] = [];
      for (const select of document.querySelectorAll<HTMLSelectElement>(
        '#panel-benchmark select:not([multiple])',
      )) {
        const style = getComputedStyle(select);
        if (context === null || select.getClientRects().length === 0) continue;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        // Room for text: the box less its padding and the drop-down arrow (about 20 px).
        const room =
          select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
        for (const option of select.options) {
          const width = context.measureText(option.text).width;
          if (width > room) found.push(`"${option.text}": ${Math.ceil(width)} of ${room}px`);
        }
      }
      return found;
    });
    expect(cut).toEqual([]);
  });

  it('makes the tabs and every Benchmark and MTFS control at least 32 px high', async () => {
    await showTab(preview.page, 'Benchmark');
    expect(await shortControls(preview.page, `${PANE} .tabs`)).toEqual([]);
    expect(await shortControls(preview.page, '#panel-benchmark')).toEqual([]);
    await showTab(preview.page, 'MTFS');
    const sections = preview.page.locator('#panel-mtfs details.mtfs-section');
    await sections.evaluateAll((all) =>
      all.forEach((d) => ((d as HTMLDetailsElement).open = true)),
    );
    expect(await shortControls(preview.page, '#panel-mtfs')).toEqual([]);
    await sections.evaluateAll((all) =>
      all.forEach((d, i) => ((d as HTMLDetailsElement).open = i === 0)),
    );
  });
});

it('pictures the pane at 320 px for the user guide', async () => {
  await preview.page.setViewportSize(NARROW);
  await showTab(preview.page, 'Benchmark');
  await preview.page.evaluate(() => window.scrollTo(0, 0));
  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  const shot = join(ROOT, 'test-output', 'pane-320.png');
  await preview.page.locator(PANE).screenshot({ path: shot });
  copyFileSync(shot, join(ROOT, 'docs', 'images', 'pane-320.png'));
});

// Last, since the box at fault stays marked (and focused) after the error.
describe.each([
  ['320×768', NARROW],
  ['1366×768', LAPTOP],
])('an error at %s', (_, size) => {
  it('shows as an alert in view, as readable as any text and within the pane', async () => {
    await preview.page.setViewportSize(size);
    await showTab(preview.page, 'MTFS');
    const panel = preview.page.locator('#panel-mtfs');
    const horizon = panel.getByLabel('Horizon (years)', { exact: true });
    await horizon.fill('12');
    await panel.getByRole('button', { name: 'Write MTFS sheet' }).click();
    const alert = errorMessage(preview.page, '#panel-mtfs');
    await alert.waitFor();
    expect(await onScreen(alert)).toBe(true);
    expect(await sidewaysOverflow(preview.page)).toEqual([]);
    expect(await lowContrast(preview.page)).toEqual([]);
    await horizon.fill('3');
  });
});
