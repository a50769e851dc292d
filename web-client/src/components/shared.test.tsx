// The pieces that used to be written out twice: the PIN box, the one-line error and a load that is
// aborted when what it loads changes.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api';
import { setLang } from '../i18n';
import { useLoaded, type Loaded } from '../useApi';
import { ErrorLine } from './ErrorNotice';
import { PinInput } from './PinInput';

let root: HTMLElement;
beforeEach(() => {
  setLang('vi');
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the PIN box', () => {
  it('asks for digits without autofill, says when it is wrong and reports what is typed', () => {
    const typed: string[] = [];
    act(() => {
      render(<PinInput id="pin" inputRef={null} value="12" invalid describedBy="pin-hint pin-error" onValue={(v) => typed.push(v)} />, root);
    });
    const input = root.querySelector<HTMLInputElement>('#pin')!;
    expect(input.inputMode).toBe('numeric');
    expect(input.getAttribute('autocomplete')).toBe('off');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('pin-hint pin-error');
    input.value = '123456';
    act(() => {
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(typed).toEqual(['123456']);
  });
});

describe('the one-line error', () => {
  it('shows the server message as an alert, and nothing without an error', () => {
    act(() => {
      render(<ErrorLine error={new ApiError(409, 'conflict', 'Câu hỏi vừa được người khác thay đổi.')} />, root);
    });
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Câu hỏi vừa được người khác thay đổi.');
    act(() => {
      render(<ErrorLine error={null} />, root);
    });
    expect(root.innerHTML).toBe('');
  });
});

describe('a load that follows its key', () => {
  it('aborts the load in flight when the key changes and keeps only the answer for the current key', async () => {
    const pending = new Map<string, { resolve: (v: string) => void; signal: AbortSignal }>();
    // Like fetch: an aborted load fails.
    const load = (key: string, signal: AbortSignal) =>
      new Promise<string>((resolve, reject) => {
        pending.set(key, { resolve, signal });
        signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    let seen: Loaded<string> | null = null;
    const Probe = (props: { k: string | null }) => {
      seen = useLoaded<string>(props.k, load);
      return null;
    };
    act(() => {
      render(<Probe k="a" />, root);
    });
    act(() => {
      render(<Probe k="b" />, root);
    });
    expect(pending.get('a')!.signal.aborted).toBe(true);
    expect(pending.get('b')!.signal.aborted).toBe(false);
    await act(async () => {
      pending.get('b')!.resolve('B');
      pending.get('a')!.resolve('A');
    });
    expect(seen!.data).toBe('B');
    expect(seen!.error).toBeNull();
    expect(seen!.loading).toBe(false);
    act(() => {
      render(<Probe k={null} />, root);
    });
    expect(seen!.loading).toBe(false);
  });
});
