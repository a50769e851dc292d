// Touch targets of the browser tests: on a small phone every control a player or a reader taps is
// at least 44×44 CSS px (WCAG 2.5.5; axe checks only the 24 px of 2.5.8).
//
// What counts: buttons, links, inputs, selects, text areas, summaries, elements with a button, link,
// tab, radio, checkbox or option role, and the labels of checkboxes and radios. The allowed exceptions:
// - a link inside running text (an inline link in a sentence: the WCAG "inline" exception; making
//   it 44 px tall would break the line spacing of the text it sits in);
// - a checkbox or radio whose label is itself a 44 px target (tapping the label sets it);
// - what is not on screen: hidden, inert, aria-hidden, or visually hidden for screen readers only
//   (a 1 px clip), and disabled controls (nothing happens when they are tapped).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const MIN_TARGET = 44;
/** The two phones every screen is checked on: a small Android and a common mid-size one. */
export const TARGET_PHONES = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
] as const;

/** The controls on the page smaller than 44×44 px at its current size: "what (w×h)" lines. */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const SELECTOR = [
      'button',
      'a[href]',
      'input:not([type="hidden"])',
      'select',
      'textarea',
      'summary',
      '[role="button"]',
      '[role="link"]',
      '[role="tab"]',
      '[role="radio"]',
      '[role="checkbox"]',
      '[role="option"]',
      'label',
    ].join(',');
    const big = (r: DOMRect) => r.width >= min - 0.5 && r.height >= min - 0.5;
    const shown = (el: Element): boolean => {
      if (el.closest('[hidden], [inert], [aria-hidden="true"]')) return false;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') return false;
      const r = el.getBoundingClientRect();
      // Nothing drawn, or visually hidden (the 1 px clip of .sr-only): not a target a finger meets.
      if (r.width <= 1 || r.height <= 1) return false;
      for (let e: Element | null = el; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.display === 'none' || s.opacity === '0') return false;
        if (s.clip === 'rect(0px, 0px, 0px, 0px)' || s.clipPath === 'inset(50%)') return false;
      }
      return true;
    };
    const labelOf = (input: HTMLInputElement): HTMLLabelElement | null =>
      input.closest('label') ?? (input.id ? document.querySelector<HTMLLabelElement>(`label[for="${CSS.escape(input.id)}"]`) : null);
    const isToggle = (el: Element | null | undefined): el is HTMLInputElement =>
      el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');
    /**
     * A link in a sentence: inline, and its block holds words of its own outside any link or control
     * (a trail of links with "›" between them is not a sentence).
     */
    const inRunningText = (el: Element): boolean => {
      if (getComputedStyle(el).display !== 'inline') return false;
      let block = el.parentElement;
      while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
      if (!block) return false;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('a, button, label, [role="button"], [role="link"]')) continue;
        if (/[\p{L}\p{N}]/u.test(node.textContent ?? '')) return true;
      }
      return false;
    };
    const describe = (el: Element): string => {
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).value ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const type = el instanceof HTMLInputElement ? `[type=${el.type}]` : '';
      return `${el.tagName.toLowerCase()}${id}${cls}${type} "${name}"`;
    };
    const small: string[] = [];
    for (const el of document.querySelectorAll(SELECTOR)) {
      if (el instanceof HTMLLabelElement) {
        // Only the labels of checkboxes and radios are targets of their own.
        const control = el.control;
        if (!isToggle(control)) continue;
      }
      if (!shown(el)) continue;
      if ((el as HTMLButtonElement).disabled) continue;
      const rect = el.getBoundingClientRect();
      if (big(rect)) continue;
      if (el instanceof HTMLAnchorElement && inRunningText(el)) continue;
      if (isToggle(el)) {
        const label = labelOf(el);
        if (label && big(label.getBoundingClientRect())) continue;
      }
      small.push(`${describe(el)} (${Math.round(rect.width)}×${Math.round(rect.height)})`);
    }
    return small;
  }, MIN_TARGET);
}

/**
 * The controls smaller than 44×44 px on each of the two phones ({@link TARGET_PHONES}), as "phone:
 * what (w×h)" lines; the page gets its own size back afterwards.
 */
export async function smallTargetsOnPhones(page: Page): Promise<string[]> {
  const own = page.viewportSize();
  const found: string[] = [];
  try {
    for (const phone of TARGET_PHONES) {
      await page.setViewportSize(phone);
      // Let the layout settle (media queries, a resize listener) before measuring.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      for (const line of await smallTargets(page)) found.push(`${phone.width}×${phone.height}: ${line}`);
    }
  } finally {
    if (own) await page.setViewportSize(own);
  }
  return found;
}

/** Fails the test (after it has run on) when a control on `where` is under 44×44 px on either phone. */
export async function expectTouchTargets(page: Page, where: string): Promise<void> {
  expect.soft(await smallTargetsOnPhones(page), `${where}: controls under ${MIN_TARGET}×${MIN_TARGET} px`).toEqual([]);
}
