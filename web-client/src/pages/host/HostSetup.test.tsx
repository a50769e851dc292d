import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../../i18n';
import { currentLocation, startRouter } from '../../router';
import { fakeServer, settle } from '../../test/server';
import { HostSetup } from './HostSetup';

let root: HTMLElement;
let stop: () => void;

const SETS = [
  { id: 3, title: 'Luật giao thông', description: null, ownerId: 1, ownerName: 'Cô Lan', shared: true, questionCount: 10, updatedAt: '2026-11-01T00:00:00Z' },
  { id: 4, title: 'Bộ trống', description: null, ownerId: 1, ownerName: 'Cô Lan', shared: false, questionCount: 0, updatedAt: '2026-11-01T00:00:00Z' },
];

beforeEach(() => {
  setLang('vi');
  window.history.replaceState(null, '', '/host');
  stop = startRouter();
  root = document.createElement('div');
  document.body.appendChild(root);
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
  stop();
  vi.unstubAllGlobals();
});

async function show() {
  act(() => render(<HostSetup params={{}} location={currentLocation()} />, root));
  await act(() => settle());
}

const radio = (label: RegExp) =>
  [...root.querySelectorAll<HTMLLabelElement>('label')].find((l) => label.test(l.textContent ?? ''))!.querySelector('input')!;

describe('host set-up', () => {
  it('lists the sets (an empty one cannot be chosen), explains the scoring, creates the game and opens it', async () => {
    const calls = fakeServer({
      'GET /api/question-sets': { body: SETS },
      'POST /api/games': { status: 201, body: { gameId: 42, pin: '482913', joinUrl: 'http://x/play?pin=482913', title: 'Luật giao thông', questionCount: 10 } },
    });
    await show();
    expect(root.textContent).toContain('10 câu hỏi · Cô Lan · Dùng chung');
    expect(radio(/Bộ trống/).disabled).toBe(true);
    // The only playable set is chosen already.
    expect(radio(/Luật giao thông/).checked).toBe(true);
    expect(root.textContent).toContain('thời gian chỉ để phân định khi bằng điểm');
    act(() => radio(/Chính xác trước hết/).click());
    const leadIn = root.querySelector<HTMLInputElement>('#lead-in')!;
    act(() => {
      leadIn.value = '0';
      leadIn.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await act(() => settle());
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toEqual({ setId: 3, scoring: 'ACCURACY_FIRST', lateJoinAllowed: true, leadInSeconds: 0, leaderboardShown: true, maxPlayers: 200 });
    expect(currentLocation().path).toBe('/host/42');
  });

  it('checks the lead-in and shows the server’s refusal', async () => {
    fakeServer({
      'GET /api/question-sets': { body: SETS },
      'POST /api/games': { status: 422, body: { error: { code: 'invalid', message: 'Bộ câu hỏi chưa có câu hỏi nào đã duyệt.' } } },
    });
    await show();
    const leadIn = root.querySelector<HTMLInputElement>('#lead-in')!;
    act(() => {
      leadIn.value = '45';
      leadIn.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(root.querySelector('#lead-in-error')?.textContent).toBe('Hãy nhập một số nguyên từ 0 đến 30.');
    act(() => {
      leadIn.value = '5';
      leadIn.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await act(() => settle());
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Bộ câu hỏi chưa có câu hỏi nào đã duyệt.');
    expect(currentLocation().path).toBe('/host');
  });
});
