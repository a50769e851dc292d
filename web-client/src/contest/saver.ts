// Saves answers one at a time per question, the latest answer winning, and tries again by itself
// while the network is down. The server's refusal (time is up, the attempt is submitted) stops it.
import { ApiError } from '../api';

export type SaveState =
  | { status: 'saving' }
  | { status: 'saved' }
  | { status: 'retrying'; tries: number }
  | { status: 'refused'; message: string };

export interface SaverOptions<B, R> {
  /** Sends one answer; rejects with ApiError. */
  send: (key: string, body: B) => Promise<R>;
  onState: (key: string, state: SaveState) => void;
  onSaved?: (key: string, result: R, body: B) => void;
  /** The attempt can take no more answers (409): time is up or it was submitted. */
  onClosed?: (error: ApiError) => void;
  /** Waits between tries after a failed request (the last one repeats). */
  delays?: readonly number[];
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export const RETRY_DELAYS: readonly number[] = [1000, 2000, 4000, 8000, 15000];

/** Whether a failed save is worth trying again: no answer at all, the server busy or failing. */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.status === 0 || error.status === 429 || error.status === 408 || error.status >= 500;
}

interface Slot<B> {
  /** The answer waiting to be sent (newer than the one in flight), or null. */
  next: B | null;
  inFlight: boolean;
  tries: number;
  timer: unknown;
}

export class AnswerSaver<B, R> {
  private readonly slots = new Map<string, Slot<B>>();
  private closed = false;
  private readonly delays: readonly number[];
  private readonly setTimer: (run: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly options: SaverOptions<B, R>) {
    this.delays = options.delays ?? RETRY_DELAYS;
    this.setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  }

  /** Saves `body` under `key` now, or right after the save of that key already under way. */
  save(key: string, body: B): void {
    if (this.closed) return;
    const slot = this.slot(key);
    slot.next = body;
    slot.tries = 0;
    this.options.onState(key, { status: 'saving' });
    if (slot.timer !== null) {
      this.clearTimer(slot.timer);
      slot.timer = null;
    }
    if (!slot.inFlight) void this.run(key, slot);
  }

  /** Tries every waiting answer again now (the "Thử lại" button, or the network is back). */
  retryNow(): void {
    for (const [key, slot] of this.slots) {
      if (slot.timer !== null && !slot.inFlight) {
        this.clearTimer(slot.timer);
        slot.timer = null;
        void this.run(key, slot);
      }
    }
  }

  /** Whether some answer is not saved yet (being sent or waiting to be tried again). */
  pending(): boolean {
    for (const slot of this.slots.values()) if (slot.inFlight || slot.next !== null) return true;
    return false;
  }

  /** Keys whose answer is waiting to be tried again after a failure. */
  failing(): string[] {
    return [...this.slots].filter(([, slot]) => slot.tries > 0 && slot.next !== null).map(([key]) => key);
  }

  /** Resolves once nothing is in flight (answers waiting for a retry do not count), or after `timeoutMs`. */
  settled(timeoutMs: number): Promise<void> {
    const busy = () => [...this.slots.values()].some((s) => s.inFlight);
    if (!busy()) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = this.setTimer(() => resolve(), timeoutMs);
      this.idleWaiters.push(() => {
        this.clearTimer(timer);
        resolve();
      });
    });
  }

  /** Stops: nothing more is sent, retries are dropped. */
  close(): void {
    this.closed = true;
    for (const slot of this.slots.values()) {
      if (slot.timer !== null) this.clearTimer(slot.timer);
      slot.timer = null;
      slot.next = null;
    }
    this.wakeIdle();
  }

  private slot(key: string): Slot<B> {
    let slot = this.slots.get(key);
    if (!slot) {
      slot = { next: null, inFlight: false, tries: 0, timer: null };
      this.slots.set(key, slot);
    }
    return slot;
  }

  private async run(key: string, slot: Slot<B>): Promise<void> {
    while (slot.next !== null && !this.closed) {
      const body = slot.next;
      slot.next = null;
      slot.inFlight = true;
      try {
        const result = await this.options.send(key, body);
        slot.inFlight = false;
        if (this.closed) break;
        slot.tries = 0;
        this.options.onSaved?.(key, result, body);
        if (slot.next === null) this.options.onState(key, { status: 'saved' });
      } catch (error) {
        slot.inFlight = false;
        if (this.closed) break;
        if (slot.next !== null) continue; // a newer answer replaces the failed one
        if (isTransient(error)) {
          slot.next = body;
          slot.tries += 1;
          this.options.onState(key, { status: 'retrying', tries: slot.tries });
          const delay = this.delays[Math.min(slot.tries - 1, this.delays.length - 1)];
          slot.timer = this.setTimer(() => {
            slot.timer = null;
            void this.run(key, slot);
          }, delay);
          break;
        }
        const refused = error as ApiError;
        this.options.onState(key, { status: 'refused', message: refused.message });
        if (refused.status === 409) {
          this.options.onClosed?.(refused);
        }
      }
    }
    this.wakeIdle();
  }

  private wakeIdle(): void {
    if ([...this.slots.values()].some((s) => s.inFlight)) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    waiters.forEach((w) => w());
  }
}
