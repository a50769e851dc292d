// The answers of an attempt not yet acknowledged by the server, kept on the phone (localStorage) and
// sent one at a time in the order they were given: an answer given without network waits here,
// survives a reload, and goes out when the network is back. A newer answer to the same question
// replaces the one waiting. The server keeps one answer per (attempt, question), so an answer sent
// twice (the reply was lost) is stored once; what is late is decided by the server's clock when the
// answer arrives, never by the phone's.
import { ApiError } from '../api';
import { isTransient, RETRY_DELAYS, type SaverOptions } from './saver';

export interface QueuedAnswer<B> {
  key: string;
  body: B;
}

/** Where the waiting answers are kept between page loads. */
export interface QueueStorage<B> {
  load(): QueuedAnswer<B>[];
  store(entries: readonly QueuedAnswer<B>[]): void;
}

export interface QueueOptions<B, R> extends SaverOptions<B, R> {
  storage?: QueueStorage<B>;
  /** How many answers wait for the network (0 once all are sent, or while the first try is under way). */
  onWaiting?: (count: number) => void;
}

const KEY_PREFIX = 'luatvui.outbox.';
/** A bound on what is kept: an attempt has at most 100 questions and the prediction. */
const MAX_KEPT = 101;

/** The waiting answers of one attempt in the browser's localStorage (nothing kept where it is unavailable). */
export function attemptStorage<B>(attemptId: number): QueueStorage<B> {
  const name = KEY_PREFIX + attemptId;
  return {
    load() {
      try {
        const parsed: unknown = JSON.parse(localStorage.getItem(name) ?? '[]');
        if (!Array.isArray(parsed)) return [];
        return parsed
          .filter((e): e is QueuedAnswer<B> => !!e && typeof e.key === 'string' && e.body !== undefined)
          .slice(-MAX_KEPT)
          .map((e) => ({ key: e.key, body: e.body }));
      } catch {
        return [];
      }
    },
    store(entries) {
      try {
        if (entries.length === 0) localStorage.removeItem(name);
        else localStorage.setItem(name, JSON.stringify(entries.map((e) => ({ key: e.key, body: e.body }))));
      } catch {
        // Private mode or full: the answers still go out from memory.
      }
    },
  };
}

const memoryStorage = <B>(): QueueStorage<B> => ({ load: () => [], store: () => undefined });

/**
 * Sends answers one at a time, oldest first; each leaves the queue only when the server acknowledged
 * it. A failure for want of network (or a busy server) keeps it and tries again later (or at once when
 * the network comes back: {@link retryNow}); a refusal drops it, and a 409 (time is up, submitted)
 * drops every answer waiting and closes the attempt.
 */
export class OfflineQueue<B, R> {
  private entries: QueuedAnswer<B>[];
  private sending: QueuedAnswer<B> | null = null;
  private timer: unknown = null;
  private tries = 0;
  private closed = false;
  private idleWaiters: (() => void)[] = [];
  private readonly storage: QueueStorage<B>;
  private readonly delays: readonly number[];
  private readonly setTimer: (run: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  constructor(private readonly options: QueueOptions<B, R>) {
    this.storage = options.storage ?? memoryStorage<B>();
    this.delays = options.delays ?? RETRY_DELAYS;
    this.setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
    this.entries = this.storage.load();
  }

  /** The answers waiting, oldest first (those kept from an earlier page load included). */
  queued(): QueuedAnswer<B>[] {
    return this.entries.map((e) => ({ ...e }));
  }

  /** Sends what an earlier page load left waiting. */
  start(): void {
    if (this.closed) return;
    for (const key of this.keys()) this.options.onState(key, { status: 'saving' });
    void this.pump();
  }

  /** Queues `body` for `key` (replacing an answer to it still waiting) and tries to send at once. */
  save(key: string, body: B): void {
    if (this.closed) return;
    this.entries = this.entries.filter((e) => e.key !== key || e === this.sending);
    this.entries.push({ key, body });
    this.persist();
    this.options.onState(key, { status: 'saving' });
    this.retryNow();
  }

  /** Tries the waiting answers again now (the "Thử lại" button, or the network is back). */
  retryNow(): void {
    if (this.closed || this.sending) return;
    if (this.timer !== null) {
      this.clearTimer(this.timer);
      this.timer = null;
    }
    void this.pump();
  }

  /** Whether some answer is not acknowledged yet. */
  pending(): boolean {
    return this.entries.length > 0;
  }

  /** How many answers wait for the network (shown as "Đang chờ gửi: n"). */
  waiting(): number {
    return this.tries > 0 ? this.entries.length : 0;
  }

  /** Keys whose answer waits after a failure. */
  failing(): string[] {
    return this.tries > 0 ? this.keys() : [];
  }

  /** Resolves once nothing is in flight (answers waiting for a retry do not count), or after `timeoutMs`. */
  settled(timeoutMs: number): Promise<void> {
    if (!this.sending) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = this.setTimer(() => resolve(), timeoutMs);
      this.idleWaiters.push(() => {
        this.clearTimer(timer);
        resolve();
      });
    });
  }

  /** Stops sending; what waits stays on the phone (see {@link discard}). */
  close(): void {
    this.closed = true;
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    this.wakeIdle();
  }

  /** Stops and forgets what waits: the attempt takes no more answers. */
  discard(): void {
    this.close();
    this.entries = [];
    this.persist();
  }

  private keys(): string[] {
    return [...new Set(this.entries.map((e) => e.key))];
  }

  private persist(): void {
    this.storage.store(this.entries);
    this.options.onWaiting?.(this.waiting());
  }

  private async pump(): Promise<void> {
    while (!this.closed && !this.sending && this.entries.length > 0) {
      const head = this.entries[0];
      this.sending = head;
      let result: R;
      try {
        result = await this.options.send(head.key, head.body);
      } catch (error) {
        this.sending = null;
        if (this.closed) break;
        if (isTransient(error)) {
          this.tries += 1;
          for (const key of this.keys()) this.options.onState(key, { status: 'retrying', tries: this.tries });
          this.options.onWaiting?.(this.waiting());
          const delay = this.delays[Math.min(this.tries - 1, this.delays.length - 1)];
          this.timer = this.setTimer(() => {
            this.timer = null;
            void this.pump();
          }, delay);
          break;
        }
        this.refused(head, error as ApiError);
        continue;
      }
      this.sending = null;
      if (this.closed) break;
      this.tries = 0;
      this.entries = this.entries.filter((e) => e !== head);
      this.persist();
      this.options.onSaved?.(head.key, result, head.body);
      if (!this.entries.some((e) => e.key === head.key)) this.options.onState(head.key, { status: 'saved' });
    }
    this.wakeIdle();
  }

  private refused(head: QueuedAnswer<B>, error: ApiError): void {
    const dropped = error.status === 409 ? this.entries : [head];
    this.entries = this.entries.filter((e) => !dropped.includes(e));
    this.persist();
    for (const key of new Set(dropped.map((e) => e.key))) this.options.onState(key, { status: 'refused', message: error.message });
    if (error.status === 409) this.options.onClosed?.(error);
  }

  private wakeIdle(): void {
    if (this.sending) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    waiters.forEach((w) => w());
  }
}
