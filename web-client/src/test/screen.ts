// A screen under test: a root element in the document and the router running, set up before and torn
// down after every test of the file (fetch stubs included).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, vi } from 'vitest';
import { setLang } from '../i18n';
import { startRouter } from '../router';

export interface Screen {
  /** Where the screen renders. */
  readonly root: HTMLElement;
  /** Puts the address bar at `path` and starts the router there. */
  visit(path: string): void;
  /** Types into the input found by `selector`, as a person would. */
  type(selector: string, value: string): Promise<void>;
}

/** Call at the top of a test file; `path`, when given, is visited before each test. */
export function mountScreen(path?: string): Screen {
  let root: HTMLElement | null = null;
  let stop: (() => void) | null = null;
  const screen: Screen = {
    get root() {
      if (!root) throw new Error('No screen outside a test');
      return root;
    },
    visit(to: string) {
      stop?.();
      window.history.replaceState(null, '', to);
      stop = startRouter();
    },
    async type(selector: string, value: string) {
      const input = screen.root.querySelector<HTMLInputElement>(selector)!;
      await act(async () => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    },
  };
  beforeEach(() => {
    setLang('vi');
    if (path) screen.visit(path);
    root = document.createElement('div');
    document.body.appendChild(root);
  });
  afterEach(() => {
    const mounted = root!;
    act(() => render(null, mounted));
    mounted.remove();
    root = null;
    stop?.();
    stop = null;
    vi.unstubAllGlobals();
  });
  return screen;
}
