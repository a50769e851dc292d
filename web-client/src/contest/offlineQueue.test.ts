import { describe, expect, it } from 'vitest';
import { ApiError } from '../api';
import { attemptStorage, OfflineQueue, type QueuedAnswer } from './offlineQueue';
import type { SaveState } from './saver';

/** A queue whose requests, timers and storage the test holds. */
function harness(kept: QueuedAnswer<unknown>[] = []) {
  const sent: { key: string; body: unknown; resolve: (v: string) => void; reject: (e: unknown) => void }[] = [];
  const states: [string, SaveState][] = [];
  const saved: [string, unknown][] = [];
  const waiting: number[] = [];
  const closed: ApiError[] = [];
  const timers: { run: () => void; cleared: boolean }[] = [];
  let stored: QueuedAnswer<unknown>[] = kept;
  const make = () =>
    new OfflineQueue<unknown, string>({
      storage: { load: () => stored.map((e) => ({ ...e })), store: (entries) => (stored = entries.map((e) => ({ ...e }))) },
      send: (key, body) => new Promise<string>((resolve, reject) => sent.push({ key, body, resolve, reject })),
      onState: (key, state) => states.push([key, state]),
      onSaved: (key, _result, body) => saved.push([key, body]),
      onWaiting: (n) => waiting.push(n),
      onClosed: (error) => closed.push(error),
      delays: [1000],
      setTimer: (run) => {
        const timer = { run, cleared: false };
        timers.push(timer);
        return timer;
      },
      clearTimer: (timer) => {
        (timer as { cleared: boolean }).cleared = true;
      },
    });
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  const offline = () => new ApiError(0, 'network', 'Failed to fetch');
  return { make, sent, states, saved, waiting, closed, timers, flush, offline, stored: () => stored };
}

describe('answers waiting on the phone', () => {
  it('keeps answers given without network, counts them, and sends them in order one at a time once it is back', async () => {
    const h = harness();
    const queue = h.make();
    queue.save('q0', { choice: 1 });
    h.sent[0].reject(h.offline());
    await h.flush();
    queue.save('q2', { choice: 0 });
    h.sent[1].reject(h.offline());
    await h.flush();
    expect(queue.waiting()).toBe(2);
    expect(h.stored().map((e) => e.key)).toEqual(['q0', 'q2']);

    queue.retryNow();
    expect(h.sent.slice(2).map((s) => s.key)).toEqual(['q0']); // the second waits for the first's acknowledgement
    h.sent[2].resolve('ok');
    await h.flush();
    expect(h.sent.slice(2).map((s) => s.key)).toEqual(['q0', 'q2']);
    expect(h.stored().map((e) => e.key)).toEqual(['q2']);
    h.sent[3].resolve('ok');
    await h.flush();
    expect(h.saved).toEqual([
      ['q0', { choice: 1 }],
      ['q2', { choice: 0 }],
    ]);
    expect(queue.waiting()).toBe(0);
    expect(queue.pending()).toBe(false);
    expect(h.stored()).toEqual([]);
    expect(h.waiting.at(-1)).toBe(0);
  });

  it('replaces an answer still waiting by a newer answer to the same question, which goes out last', async () => {
    const h = harness();
    const queue = h.make();
    queue.save('q0', { choice: 1 });
    h.sent[0].reject(h.offline());
    await h.flush();
    queue.save('q1', { choice: 2 });
    h.sent[1].reject(h.offline());
    await h.flush();
    queue.save('q0', { choice: 3 });
    h.sent[2].reject(h.offline());
    await h.flush();
    expect(h.stored()).toEqual([
      { key: 'q1', body: { choice: 2 } },
      { key: 'q0', body: { choice: 3 } },
    ]);
  });

  it('sends, after a reload, what an earlier page left on the phone', async () => {
    const h = harness([
      { key: 'q3', body: { choice: 1 } },
      { key: 'q1', body: { text: 'Bộ luật Dân sự' } },
    ]);
    const queue = h.make();
    expect(queue.queued().map((e) => e.key)).toEqual(['q3', 'q1']);
    queue.start();
    expect(h.sent.map((s) => s.key)).toEqual(['q3']);
    h.sent[0].resolve('ok');
    await h.flush();
    expect(h.sent.map((s) => s.key)).toEqual(['q3', 'q1']);
  });

  it('drops every waiting answer when the server says the attempt takes no more (409), and the storage with them', async () => {
    const h = harness([
      { key: 'q0', body: { choice: 1 } },
      { key: 'q1', body: { choice: 1 } },
    ]);
    const queue = h.make();
    queue.start();
    h.sent[0].reject(new ApiError(409, 'conflict', 'Đã hết giờ làm bài.'));
    await h.flush();
    expect(h.sent).toHaveLength(1);
    expect(h.closed.map((e) => e.status)).toEqual([409]);
    expect(h.stored()).toEqual([]);
    expect(h.states.filter(([, s]) => s.status === 'refused').map(([k]) => k)).toEqual(['q0', 'q1']);
  });

  it('keeps nothing in localStorage once every answer is acknowledged', () => {
    const storage = attemptStorage<unknown>(77);
    storage.store([{ key: 'q0', body: { choice: 1 } }]);
    expect(JSON.parse(localStorage.getItem('luatvui.outbox.77')!)).toEqual([{ key: 'q0', body: { choice: 1 } }]);
    expect(attemptStorage<unknown>(77).load()).toEqual([{ key: 'q0', body: { choice: 1 } }]);
    storage.store([]);
    expect(localStorage.getItem('luatvui.outbox.77')).toBeNull();
  });
});

/** The localStorage and the lock two tabs of one device share: a store in one tab is heard by the other. */
function device(kept: QueuedAnswer<unknown>[] = []) {
  let stored = kept.map((e) => ({ ...e }));
  let held: Promise<unknown> = Promise.resolve();
  const watchers = new Map<number, () => void>();
  const sent: { tab: number; key: string; body: unknown; resolve: (v: string) => void; reject: (e: unknown) => void }[] = [];
  const gone: [number, string[]][] = [];
  const tab = (n: number) =>
    new OfflineQueue<unknown, string>({
      storage: {
        load: () => stored.map((e) => ({ ...e })),
        store: (entries) => {
          stored = entries.map((e) => ({ ...e }));
          for (const [other, changed] of watchers) if (other !== n) changed();
        },
        exclusive: <T,>(run: () => Promise<T>) => {
          const turn = held.then(run);
          held = turn.catch(() => undefined);
          return turn;
        },
        watch: (changed) => {
          watchers.set(n, changed);
          return () => watchers.delete(n);
        },
      },
      send: (key, body) => new Promise<string>((resolve, reject) => sent.push({ tab: n, key, body, resolve, reject })),
      onState: () => undefined,
      onSentElsewhere: (keys) => gone.push([n, keys]),
      delays: [1000],
      setTimer: () => ({}),
      clearTimer: () => undefined,
    });
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { tab, sent, gone, flush, stored: () => stored };
}

describe('two tabs of one attempt on one device', () => {
  it('send each waiting answer once, oldest first, one tab at a time', async () => {
    const d = device([
      { key: 'q2', body: { choice: 0 } },
      { key: 'q1', body: { choice: 3 } },
    ]);
    const first = d.tab(1);
    const second = d.tab(2);
    first.start();
    second.start();
    await d.flush();
    expect(d.sent.map((s) => s.key)).toEqual(['q2']); // the other tab waits for the lock
    d.sent[0].resolve('ok');
    await d.flush();
    expect(d.sent.map((s) => s.key)).toEqual(['q2', 'q1']);
    d.sent[1].resolve('ok');
    await d.flush();
    await d.flush();
    expect(d.sent.map((s) => s.key)).toEqual(['q2', 'q1']);
    expect(d.stored()).toEqual([]);
    expect(first.pending()).toBe(false);
    expect(second.pending()).toBe(false);
  });

  it('keep an answer given in one tab while the other sends, and tell the other tab what was sent', async () => {
    const d = device([{ key: 'q0', body: { choice: 1 } }]);
    const first = d.tab(1);
    const second = d.tab(2);
    first.start();
    await d.flush();
    expect(d.sent.map((s) => [s.tab, s.key])).toEqual([[1, 'q0']]);
    second.save('q3', { choice: 2 });
    expect(d.stored().map((e) => e.key)).toEqual(['q0', 'q3']);
    d.sent[0].resolve('ok');
    await d.flush();
    await d.flush();
    expect(d.sent.map((s) => s.key)).toEqual(['q0', 'q3']);
    expect(d.stored().map((e) => e.key)).toEqual(['q3']);
    expect(d.gone).toContainEqual([2, ['q0']]);
    d.sent[1].resolve('ok');
    await d.flush();
    await d.flush();
    expect(d.stored()).toEqual([]);
    expect(d.sent).toHaveLength(2);
  });
});
