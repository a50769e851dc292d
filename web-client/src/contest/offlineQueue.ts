// The answers of an attempt not yet acknowledged by the server, kept on the phone (localStorage) and
// sent one at a time in the order they were given: an answer given without network waits here,
// survives a reload (or a second tab of the same attempt), and goes out when the network is back. A
// newer answer to the same question replaces the one waiting. Two tabs of one attempt share what
// waits: one sends at a time (a lock of the browser's), re-reading what waits each time, so an answer
// the other tab sent is not sent again. The server keeps one answer per (attempt, question), so an
// answer sent twice anyway (the reply was lost) is stored once; what is late is decided by the
// server's clock when the answer arrives, never by the phone's.
import { ApiError } from '../api';
import { isTransient, RETRY_DELAYS, type SaverOptions } from './saver';

export interface QueuedAnswer<B> {
  key: string;
  body: B;
}

/** Where the waiting answers are kept between page loads, shared by the tabs of one device. */
export interface QueueStorage<B> {
  load(): QueuedAnswer<B>[];
  store(entries: readonly QueuedAnswer<B>[]): void;
  /** Runs `run` while no other tab sends this attempt's answers (without one: at once). */
  exclusive?<T>(run: () => Promise<T>): Promise<T>;
  /** Calls `changed` whenever another tab changes what waits; returns how to stop listening. */
  watch?(changed: () => void): () => void;
}

export interface QueueOptions<B, R> extends SaverOptions<B, R> {
  storage?: QueueStorage<B>;
  /** How many answers wait for the network (0 once all are sent, or while the first try is under way). */
  onWaiting?: (count: number) => void;
  /** Answers this tab showed as waiting were sent (or refused) by another tab: the server knows the outcome. */
  onSentElsewhere?: (keys: string[]) => void;
}

const KEY_PREFIX = 'luatvui.outbox.';
/** A bound on what is kept: an attempt has at most 100 questions and the prediction. */
const MAX_KEPT = 101;
/** How long a tab that takes the sending lock waits for another tab's last write to reach its localStorage. */
const STORAGE_SETTLE_MS = 60;

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
    exclusive(run) {
      // Web Locks are shared by the tabs of one origin; without them (an old browser) each tab sends
      // alone, and the server's one answer per question keeps a double send harmless. Tabs may live in
      // different processes, whose copies of localStorage catch up with each other a moment after a
      // write: the lock's holder gives the previous one's last write that moment before reading.
      const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
      return locks
        ? locks.request(name, () => new Promise<void>((settled) => setTimeout(settled, STORAGE_SETTLE_MS)).then(run))
        : run();
    },
    watch(changed) {
      if (typeof window === 'undefined') return () => undefined;
      const listener = (event: StorageEvent) => {
        if (event.key === name || event.key === null) changed();
      };
      window.addEventListener('storage', listener);
      return () => window.removeEventListener('storage', listener);
    },
  };
}

/** The same answer: one question, the same body (entries are compared across tabs, not by identity). */
function same<B>(a: QueuedAnswer<B>, b: QueuedAnswer<B> | null): boolean {
  return !!b && a.key === b.key && JSON.stringify(a.body) === JSON.stringify(b.body);
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
  /** A send loop is running (or waiting for the other tab to finish its send). */
  private pumping = false;
  private timer: unknown = null;
  private unwatch: () => void = () => undefined;
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
    this.unwatch = this.storage.watch?.(() => this.changedElsewhere()) ?? this.unwatch;
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
    // Read afresh: another tab may have sent, or queued, answers since.
    this.entries = this.storage.load().filter((e) => e.key !== key || same(e, this.sending));
    this.entries.push({ key, body });
    this.persist();
    this.options.onState(key, { status: 'saving' });
    this.retryNow();
  }

  /** Tries the waiting answers again now (the "Thử lại" button, or the network is back). */
  retryNow(): void {
    if (this.closed || this.pumping) return;
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
    if (!this.pumping) return Promise.resolve();
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
    this.unwatch();
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
    if (this.pumping) return;
    this.pumping = true;
    try {
      const exclusive = this.storage.exclusive?.bind(this.storage) ?? ((run: () => Promise<boolean>) => run());
      while (!this.closed && (await exclusive(() => this.sendOldest()))) {
        // on to the next answer, the lock given back in between
      }
    } finally {
      this.pumping = false;
      this.wakeIdle();
    }
  }

  /** Sends the oldest answer waiting (read afresh under the lock); whether to go on with the next. */
  private async sendOldest(): Promise<boolean> {
    if (this.closed) return false;
    const before = this.keys();
    this.entries = this.storage.load();
    this.reportGone(before);
    const head = this.entries[0];
    if (!head) {
      this.tries = 0;
      this.options.onWaiting?.(this.waiting());
      return false;
    }
    this.sending = head;
    let result: R;
    try {
      result = await this.options.send(head.key, head.body);
    } catch (error) {
      this.sending = null;
      if (this.closed) return false;
      if (isTransient(error)) {
        this.tries += 1;
        for (const key of this.keys()) this.options.onState(key, { status: 'retrying', tries: this.tries });
        this.options.onWaiting?.(this.waiting());
        const delay = this.delays[Math.min(this.tries - 1, this.delays.length - 1)];
        this.timer = this.setTimer(() => {
          this.timer = null;
          void this.pump();
        }, delay);
        return false;
      }
      this.refused(head, error as ApiError);
      return true;
    }
    this.sending = null;
    // Acknowledged: it leaves what waits even if this page is closing, so that no tab sends it again.
    this.entries = this.storage.load().filter((e) => !same(e, head));
    this.persist();
    if (this.closed) return false;
    this.tries = 0;
    this.options.onSaved?.(head.key, result, head.body);
    if (!this.entries.some((e) => e.key === head.key)) this.options.onState(head.key, { status: 'saved' });
    return true;
  }

  /** Another tab changed what waits: the count follows, and what it sent is the server's to tell. */
  private changedElsewhere(): void {
    if (this.closed) return;
    const before = this.keys();
    this.entries = this.storage.load();
    this.options.onWaiting?.(this.waiting());
    this.reportGone(before);
  }

  private reportGone(before: string[]): void {
    const now = new Set(this.keys());
    const gone = before.filter((key) => !now.has(key) && key !== this.sending?.key);
    if (gone.length > 0) this.options.onSentElsewhere?.(gone);
  }

  private refused(head: QueuedAnswer<B>, error: ApiError): void {
    const current = this.storage.load();
    const dropped = error.status === 409 ? current : [head];
    this.entries = current.filter((e) => !dropped.some((d) => same(e, d)));
    this.persist();
    for (const key of new Set(dropped.map((e) => e.key))) this.options.onState(key, { status: 'refused', message: error.message });
    if (error.status === 409) this.options.onClosed?.(error);
  }

  private wakeIdle(): void {
    if (this.pumping) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    waiters.forEach((w) => w());
  }
}
