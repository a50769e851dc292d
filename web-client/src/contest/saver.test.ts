import { describe, expect, it } from 'vitest';
import { ApiError } from '../api';
import { AnswerSaver, isTransient, type SaveState } from './saver';

/** A saver whose requests and timers the test answers by hand. */
function harness() {
  const sent: { key: string; body: unknown; resolve: (v: string) => void; reject: (e: unknown) => void }[] = [];
  const states: [string, SaveState][] = [];
  const saved: [string, string, unknown][] = [];
  const closed: ApiError[] = [];
  const timers: { run: () => void; ms: number; cleared: boolean }[] = [];
  const saver = new AnswerSaver<unknown, string>({
    send: (key, body) => new Promise<string>((resolve, reject) => sent.push({ key, body, resolve, reject })),
    onState: (key, state) => states.push([key, state]),
    onSaved: (key, result, body) => saved.push([key, result, body]),
    onClosed: (error) => closed.push(error),
    delays: [1000, 2000],
    setTimer: (run, ms) => {
      const timer = { run, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => {
      (timer as { cleared: boolean }).cleared = true;
    },
  });
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { saver, sent, states, saved, closed, timers, flush };
}

describe('saving answers', () => {
  it('saves at once and says so', async () => {
    const h = harness();
    h.saver.save('q0', { choice: 1 });
    expect(h.sent.map((s) => [s.key, s.body])).toEqual([['q0', { choice: 1 }]]);
    expect(h.states).toEqual([['q0', { status: 'saving' }]]);
    expect(h.saver.pending()).toBe(true);
    h.sent[0].resolve('ok');
    await h.flush();
    expect(h.saved).toEqual([['q0', 'ok', { choice: 1 }]]);
    expect(h.states.at(-1)).toEqual(['q0', { status: 'saved' }]);
    expect(h.saver.pending()).toBe(false);
  });

  it('sends one answer per question at a time, the latest winning', async () => {
    const h = harness();
    h.saver.save('q0', { choice: 0 });
    h.saver.save('q0', { choice: 1 });
    h.saver.save('q0', { choice: 2 });
    h.saver.save('q1', { choice: 3 });
    // q1 goes out beside q0; q0's newer answers wait for the one in flight.
    expect(h.sent.map((s) => [s.key, s.body])).toEqual([
      ['q0', { choice: 0 }],
      ['q1', { choice: 3 }],
    ]);
    h.sent[0].resolve('first');
    await h.flush();
    expect(h.sent.map((s) => s.body)).toEqual([{ choice: 0 }, { choice: 3 }, { choice: 2 }]);
    // Not "saved" while a newer answer of q0 is still on its way.
    expect(h.states.filter(([k, s]) => k === 'q0' && s.status === 'saved')).toEqual([]);
    h.sent[2].resolve('last');
    await h.flush();
    expect(h.states.filter(([k]) => k === 'q0').at(-1)).toEqual(['q0', { status: 'saved' }]);
  });

  it('tries again after a network failure, with growing waits, until it gets through', async () => {
    const h = harness();
    h.saver.save('q2', { text: 'tạm giữ' });
    h.sent[0].reject(new ApiError(0, 'network', 'offline'));
    await h.flush();
    expect(h.states.at(-1)).toEqual(['q2', { status: 'retrying', tries: 1 }]);
    expect(h.timers.map((t) => t.ms)).toEqual([1000]);
    expect(h.saver.pending()).toBe(true);
    expect(h.saver.failing()).toEqual(['q2']);
    h.timers[0].run();
    expect(h.sent).toHaveLength(2);
    h.sent[1].reject(new ApiError(503, 'unavailable', 'busy'));
    await h.flush();
    expect(h.timers.map((t) => t.ms)).toEqual([1000, 2000]);
    h.timers[1].run();
    h.sent[2].resolve('ok');
    await h.flush();
    expect(h.states.at(-1)).toEqual(['q2', { status: 'saved' }]);
    expect(h.saved.map(([, , body]) => body)).toEqual([{ text: 'tạm giữ' }]);
  });

  it('"Thử lại ngay" and a newer answer do not wait for the timer', async () => {
    const h = harness();
    h.saver.save('q0', { choice: 0 });
    h.sent[0].reject(new ApiError(0, 'network', 'offline'));
    await h.flush();
    h.saver.retryNow();
    expect(h.timers[0].cleared).toBe(true);
    expect(h.sent).toHaveLength(2);
    h.sent[1].reject(new ApiError(0, 'network', 'offline'));
    await h.flush();
    h.saver.save('q0', { choice: 1 });
    expect(h.timers[1].cleared).toBe(true);
    expect(h.sent.at(-1)!.body).toEqual({ choice: 1 });
  });

  it('stops when the server takes no more answers (time is up)', async () => {
    const h = harness();
    h.saver.save('q0', { choice: 0 });
    h.sent[0].reject(new ApiError(409, 'attempt_closed', 'Đã hết giờ làm bài.'));
    await h.flush();
    expect(h.states.at(-1)).toEqual(['q0', { status: 'refused', message: 'Đã hết giờ làm bài.' }]);
    expect(h.closed.map((e) => e.message)).toEqual(['Đã hết giờ làm bài.']);
    expect(h.timers).toEqual([]);
  });

  it('a refused answer (422) is not tried again and does not end the attempt', async () => {
    const h = harness();
    h.saver.save('q0', { choice: 9 });
    h.sent[0].reject(new ApiError(422, 'invalid', 'Câu trả lời không hợp lệ.'));
    await h.flush();
    expect(h.states.at(-1)).toEqual(['q0', { status: 'refused', message: 'Câu trả lời không hợp lệ.' }]);
    expect(h.closed).toEqual([]);
    expect(h.saver.pending()).toBe(false);
  });

  it('settles once nothing is in flight, and sends nothing after close', async () => {
    const h = harness();
    h.saver.save('q0', { choice: 0 });
    let settled = false;
    void h.saver.settled(5000).then(() => (settled = true));
    await h.flush();
    expect(settled).toBe(false);
    h.sent[0].resolve('ok');
    await h.flush();
    await h.flush();
    expect(settled).toBe(true);
    h.saver.close();
    h.saver.save('q1', { choice: 1 });
    expect(h.sent).toHaveLength(1);
  });

  it('knows which failures are worth another try', () => {
    expect(isTransient(new ApiError(0, 'network', ''))).toBe(true);
    expect(isTransient(new ApiError(502, 'http_502', ''))).toBe(true);
    expect(isTransient(new ApiError(429, 'rate_limited', ''))).toBe(true);
    expect(isTransient(new ApiError(409, 'closed', ''))).toBe(false);
    expect(isTransient(new ApiError(422, 'invalid', ''))).toBe(false);
  });
});
