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
      'GET /api/question-sets/3/check': { body: { setId: 3, playable: 10, unplayable: [] } },
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
      'GET /api/question-sets/3/check': { body: { setId: 3, playable: 10, unplayable: [] } },
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

  it('plays a ready set in one step, and names a flagged question with a replacement before playing', async () => {
    const ready = { ...SETS[0], id: 7, title: 'An toàn giao thông', titleEn: 'Road traffic safety', starterKey: 'an-toan-giao-thong', topic: 'traffic' };
    const replacement = { id: 99, status: 'APPROVED', needsReview: false, content: { text: 'Câu thay thế cùng Điều 9?' } };
    const calls = fakeServer({
      'GET /api/question-sets': { body: [ready, ...SETS] },
      'GET /api/games': { body: [{ id: 5, title: 'Lớp 9A', pin: '1', status: 'FINISHED', createdAt: '2026-11-01T08:00:00Z', finishedAt: null, players: 31 }] },
      'GET /api/question-sets/7/check': {
        body: {
          setId: 7,
          playable: 9,
          unplayable: [{ position: 2, questionId: 12, text: 'Câu cũ?', reason: 'NEEDS_REVIEW', detail: 'Luật đã hết hiệu lực', replacement }],
        },
      },
      'POST /api/games': { status: 201, body: { gameId: 43, pin: '1', joinUrl: 'x', title: 'An toàn giao thông', questionCount: 10 } },
    });
    await show();
    expect(root.textContent).toContain('Bộ câu hỏi mẫu');
    expect(root.querySelector<HTMLAnchorElement>('a[href="/host/5/report"]')?.textContent).toContain('Lớp 9A');
    expect(root.querySelector<HTMLDetailsElement>('#game-options')!.open).toBe(false);
    const playNow = root.querySelector<HTMLButtonElement>('button[aria-label="Chơi ngay: An toàn giao thông"]')!;
    expect(playNow.textContent).toBe('Chơi ngay');
    act(() => playNow.click());
    await act(() => settle());
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    const alert = root.querySelector('.play-warning')!;
    expect(alert.textContent).toContain('1 câu hỏi sẽ không được chơi');
    expect(alert.textContent).toContain('Câu 3: Câu cũ?');
    expect(alert.textContent).toContain('Không chơi vì đang cần rà soát: Luật đã hết hiệu lực');
    expect(alert.textContent).toContain('Thay bằng câu cùng điều luật: Câu thay thế cùng Điều 9?');
    const go = [...alert.querySelectorAll('button')].find((b) => b.textContent === 'Chơi với 10 câu')!;
    act(() => go.click());
    await act(() => settle());
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toMatchObject({ setId: 7, replacements: [{ questionId: 12, replacementId: 99 }] });
    expect(currentLocation().path).toBe('/host/43');
  });
});
