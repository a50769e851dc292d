// The player's socket, opened before the join: while the page loads or the PIN is typed, so that
// the PIN is checked before the nickname is asked and the join itself costs no handshake.
import { parseFrame, PROTOCOL_VERSION, type OfferedUnit } from '../../game/protocol';
import type { SocketFactory, SocketLike } from '../../game/socket';

/** What the room said about a PIN. `unknown`: no answer (network, server busy): the join will tell. */
export type PinCheck =
  | { pin: string; status: 'checking' | 'unknown' }
  | { pin: string; status: 'found'; units?: OfferedUnit[] }
  | { pin: string; status: 'notFound' | 'refused'; message: string };

const CONNECTING = 0;
const OPEN = 1;
/** After this long without an answer the nickname is asked anyway; the join then says what is wrong. */
const CHECK_PATIENCE_MILLIS = 6000;

export class EarlySocket {
  private socket: SocketLike | null = null;
  private checking: { pin: string; done: (check: PinCheck) => void; timer: ReturnType<typeof setTimeout> } | null = null;
  private foundPin: string | null = null;
  /** The last answer, for a listener that comes after it (the app renders after the check went out). */
  private answered: PinCheck | null = null;

  constructor(
    private readonly url: string,
    private readonly create: SocketFactory,
  ) {}

  /** Opens the socket if there is none (a valid PIN was typed, or the page came with one). */
  warm(): void {
    if (this.socket) return;
    let socket: SocketLike;
    try {
      socket = this.create(this.url);
    } catch {
      return;
    }
    this.attach(socket);
  }

  /**
   * Takes over the socket the page's first script opened (public/play-early.js), with the check it
   * sent and what the room has answered so far.
   */
  adopt(socket: SocketLike, pin: string, sent: boolean, frames: unknown[]): void {
    this.attach(socket);
    const timer = setTimeout(() => this.finish({ pin, status: 'unknown' }), CHECK_PATIENCE_MILLIS);
    this.checking = { pin, done: () => undefined, timer };
    if (socket.readyState === OPEN && !sent) this.send(pin);
    for (const frame of frames) this.onMessage(socket, frame);
  }

  private attach(socket: SocketLike): void {
    this.socket = socket;
    this.foundPin = null;
    socket.onopen = () => {
      if (this.checking && this.socket === socket) this.send(this.checking.pin);
    };
    socket.onmessage = (event) => this.onMessage(socket, event.data);
    socket.onclose = () => {
      if (this.socket !== socket) return;
      // The server closes a socket that names no game in time: the next check or join opens another.
      this.socket = null;
      this.foundPin = null;
      this.finish({ pin: this.checking?.pin ?? '', status: 'unknown' });
    };
    socket.onerror = () => undefined;
  }

  /** Asks the room whether the PIN has a game; `done` is called once with the answer. */
  check(pin: string, done: (check: PinCheck) => void): void {
    if (this.checking?.pin === pin) {
      // Asked already (at page load): the answer on its way goes to the new listener.
      this.checking.done = done;
      return;
    }
    this.finish(null);
    const known = this.answered;
    this.answered = null;
    if (known?.pin === pin && (known.status !== 'found' || this.socket?.readyState === OPEN)) {
      done(known);
      return;
    }
    this.warm();
    const timer = setTimeout(() => this.finish({ pin, status: 'unknown' }), CHECK_PATIENCE_MILLIS);
    this.checking = { pin, done, timer };
    if (this.socket?.readyState === OPEN) this.send(pin);
    else if (!this.socket) this.finish({ pin, status: 'unknown' });
  }

  /**
   * Hands the socket over to the game when it found this PIN (open or still opening, nothing in
   * flight); otherwise closes it, and the game opens its own.
   */
  take(pin: string): SocketLike | null {
    const socket = this.socket;
    this.socket = null;
    this.finish(null);
    if (!socket) return null;
    socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
    const usable = this.foundPin === pin && (socket.readyState === OPEN || socket.readyState === CONNECTING);
    this.foundPin = null;
    if (usable) return socket;
    try {
      socket.close(1000, 'bye');
    } catch {
      // closing already
    }
    return null;
  }

  close(): void {
    this.take('');
  }

  private send(pin: string): void {
    this.socket?.send(JSON.stringify({ type: 'check', v: PROTOCOL_VERSION, pin }));
  }

  private onMessage(socket: SocketLike, data: unknown): void {
    if (this.socket !== socket || !this.checking) return;
    const frame = parseFrame(data);
    const pin = this.checking.pin;
    if (frame?.type === 'PinFound' && frame.pin === pin) {
      this.foundPin = pin;
      const units = Array.isArray(frame.units) ? frame.units : [];
      this.finish(units.length > 0 ? { pin, status: 'found', units } : { pin, status: 'found' });
    } else if (frame?.type === 'Error') {
      if (frame.code === 'GAME_NOT_FOUND') this.finish({ pin, status: 'notFound', message: frame.message });
      else if (frame.code === 'RATE_LIMITED') this.finish({ pin, status: 'refused', message: frame.message });
      else this.finish({ pin, status: 'unknown' });
    }
  }

  private finish(check: PinCheck | null): void {
    const pending = this.checking;
    if (!pending) return;
    this.checking = null;
    clearTimeout(pending.timer);
    if (check) {
      this.answered = check.status === 'unknown' ? null : check;
      pending.done(check);
    }
  }
}

let prepared: EarlySocket | null = null;

/**
 * Opens the socket and checks the PIN of the link as the very first thing the page does, before
 * the app has rendered: on a slow phone that is most of a second earlier.
 */
export function prepareEarlySocket(url: string, pin: string): void {
  prepared = new EarlySocket(url, (address) => new WebSocket(address) as unknown as SocketLike);
  const early = (window as unknown as { luatvuiEarly?: EarlyStart }).luatvuiEarly;
  delete (window as unknown as { luatvuiEarly?: EarlyStart }).luatvuiEarly;
  if (early && early.pin === pin && early.socket.readyState <= OPEN) prepared.adopt(early.socket, pin, early.sent, early.frames);
  else prepared.check(pin, () => undefined);
}

/** What public/play-early.js leaves for the app. */
interface EarlyStart {
  socket: SocketLike;
  pin: string;
  sent: boolean;
  frames: unknown[];
}

/** The socket prepared at page load, once (the app's player game takes it over). */
export function takePrepared(): EarlySocket | null {
  const early = prepared;
  prepared = null;
  return early;
}
