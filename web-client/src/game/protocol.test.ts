import { describe, expect, it } from 'vitest';
import { FakeSocket } from '../test/socket';
import { parseFrame, type ClientFrame, type ServerFrame } from './protocol';
import { GameSocket, backoffDelay, socketUrl } from './socket';

/** Timers under the test's control. */
class Clock {
  now = 0;
  private timers: { id: number; at: number; fn: () => void }[] = [];
  private next = 1;
  set = (fn: () => void, ms: number) => {
    const id = this.next++;
    this.timers.push({ id, at: this.now + ms, fn });
    return id;
  };
  clear = (id: unknown) => {
    this.timers = this.timers.filter((t) => t.id !== id);
  };
  advance(ms: number) {
    const end = this.now + ms;
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at);
      const due = this.timers[0];
      if (!due || due.at > end) break;
      this.timers.shift();
      this.now = due.at;
      due.fn();
    }
    this.now = end;
  }
  get pending() {
    return this.timers.length;
  }
}

function setUp(options: { hello?: () => ClientFrame; random?: () => number } = {}) {
  const sockets: FakeSocket[] = [];
  const frames: ServerFrame[] = [];
  const statuses: string[] = [];
  const finalCloses: number[] = [];
  const clock = new Clock();
  const socket = new GameSocket({
    url: 'ws://example.test/ws',
    hello: options.hello ?? (() => ({ type: 'join', v: 1, pin: '123456', nickname: 'Lan' })),
    onFrame: (f) => frames.push(f),
    onStatus: (s, attempt) => statuses.push(`${s}:${attempt}`),
    onFinalClose: (code) => finalCloses.push(code),
    create: (url) => {
      const s = new FakeSocket(url);
      sockets.push(s);
      return s;
    },
    pingMillis: 20_000,
    baseDelayMillis: 500,
    maxDelayMillis: 8_000,
    random: options.random ?? (() => 0.5),
    setTimer: clock.set,
    clearTimer: clock.clear,
    now: () => clock.now,
  });
  return { socket, sockets, frames, statuses, finalCloses, clock, last: () => sockets[sockets.length - 1] };
}

describe('parseFrame', () => {
  it('reads known events and drops anything else', () => {
    expect(parseFrame('{"type":"Welcome","playerId":7}')).toEqual({ type: 'Welcome', playerId: 7 });
    expect(parseFrame('{"type":"pong","now":5}')).toEqual({ type: 'pong', now: 5 });
    expect(parseFrame('{"type":"Nonsense"}')).toBeNull();
    expect(parseFrame('not json')).toBeNull();
    expect(parseFrame('[1,2]')).toBeNull();
    expect(parseFrame('null')).toBeNull();
    expect(parseFrame(new ArrayBuffer(2))).toBeNull();
  });
});

describe('socketUrl', () => {
  it('follows the page: ws on http, wss on https', () => {
    expect(socketUrl({ protocol: 'http:', host: 'localhost:4173' })).toBe('ws://localhost:4173/ws');
    expect(socketUrl({ protocol: 'https:', host: 'luatvui.vn' })).toBe('wss://luatvui.vn/ws');
  });
});

describe('backoffDelay', () => {
  it('doubles from the base up to the cap, with up to half taken off at random', () => {
    expect(backoffDelay(0, 500, 15_000, () => 1)).toBe(500);
    expect(backoffDelay(0, 500, 15_000, () => 0)).toBe(250);
    expect(backoffDelay(3, 500, 15_000, () => 1)).toBe(4000);
    expect(backoffDelay(10, 500, 15_000, () => 1)).toBe(15_000);
    expect(backoffDelay(10, 500, 15_000, () => 0)).toBe(7500);
    expect(backoffDelay(1000, 500, 15_000, () => 0.5)).toBe(11_250);
  });
});

describe('GameSocket', () => {
  it('says hello first, then sends frames and hands typed events on', () => {
    const { socket, sockets, frames, statuses } = setUp();
    socket.connect();
    expect(sockets).toHaveLength(1);
    expect(sockets[0].url).toBe('ws://example.test/ws');
    expect(socket.send({ type: 'ping' })).toBe(false);
    sockets[0].open();
    expect(sockets[0].frames()).toEqual([{ type: 'join', v: 1, pin: '123456', nickname: 'Lan' }]);
    expect(socket.status).toBe('open');
    expect(socket.send({ type: 'answer', q: 0, answer: { choice: 2 } })).toBe(true);
    expect(sockets[0].frames()[1]).toEqual({ type: 'answer', q: 0, answer: { choice: 2 } });
    sockets[0].receive({ type: 'AnswerAccepted', questionIndex: 0, alreadyAnswered: false });
    sockets[0].receive({ type: 'Unknown' });
    sockets[0].receive('garbage');
    expect(frames).toEqual([{ type: 'AnswerAccepted', questionIndex: 0, alreadyAnswered: false }]);
    expect(statuses).toEqual(['connecting:0', 'open:0']);
  });

  it('reconnects after a drop with growing delays, asking for a fresh hello each time', () => {
    let hello: ClientFrame = { type: 'join', v: 1, pin: '123456', nickname: 'Lan' };
    const { socket, sockets, clock, statuses } = setUp({ hello: () => hello });
    socket.connect();
    sockets[0].open();
    hello = { type: 'reconnect', v: 1, pin: '123456', token: 'tok' };
    sockets[0].drop();
    expect(socket.status).toBe('reconnecting');
    // attempt 0: 500 ms × (0.5 + 0.5 × 0.5) = 375 ms
    clock.advance(374);
    expect(sockets).toHaveLength(1);
    clock.advance(1);
    expect(sockets).toHaveLength(2);
    sockets[1].drop();
    // attempt 1: 1000 × 0.75 = 750 ms
    clock.advance(749);
    expect(sockets).toHaveLength(2);
    clock.advance(1);
    expect(sockets).toHaveLength(3);
    sockets[2].open();
    expect(sockets[2].frames()).toEqual([{ type: 'reconnect', v: 1, pin: '123456', token: 'tok' }]);
    expect(socket.attempts).toBe(0);
    expect(statuses).toEqual(['connecting:0', 'open:0', 'reconnecting:1', 'reconnecting:1', 'reconnecting:2', 'reconnecting:2', 'open:0']);
    // After a success the backoff starts again from the base.
    sockets[2].drop();
    clock.advance(375);
    expect(sockets).toHaveLength(4);
  });

  it('caps the delay', () => {
    const { socket, sockets, clock } = setUp({ random: () => 1 });
    socket.connect();
    for (let i = 0; i < 8; i++) {
      const before = sockets.length;
      sockets[before - 1].drop();
      clock.advance(8000);
      expect(sockets.length, `attempt ${i}`).toBe(before + 1);
    }
  });

  it('pings every interval while open, and replaces a connection that went silent', () => {
    const { socket, sockets, clock } = setUp();
    socket.connect();
    sockets[0].open();
    clock.advance(20_000);
    expect(sockets[0].frames().slice(1)).toEqual([{ type: 'ping' }]);
    sockets[0].receive({ type: 'pong', now: 1 });
    clock.advance(20_000);
    expect(sockets[0].frames().filter((f) => f.type === 'ping')).toHaveLength(2);
    // Nothing heard for 60 s: the third tick finds it dead, closes it and tries again.
    clock.advance(20_000);
    clock.advance(20_000);
    expect(sockets[0].closedWith?.code).toBe(4000);
    expect(socket.status).toBe('reconnecting');
    clock.advance(375);
    expect(sockets).toHaveLength(2);
  });

  it('stops pinging when the connection drops', () => {
    const { socket, sockets, clock } = setUp();
    socket.connect();
    sockets[0].open();
    sockets[0].drop();
    socket.stopReconnecting();
    expect(clock.pending).toBe(0);
    clock.advance(60_000);
    expect(sockets).toHaveLength(1);
    expect(socket.status).toBe('closed');
  });

  it('closes for good: no reconnect, no more events', () => {
    const { socket, sockets, clock, frames } = setUp();
    socket.connect();
    sockets[0].open();
    socket.close();
    expect(sockets[0].closedWith?.code).toBe(1000);
    expect(socket.status).toBe('closed');
    sockets[0].receive({ type: 'pong', now: 1 });
    sockets[0].drop();
    clock.advance(60_000);
    expect(sockets).toHaveLength(1);
    expect(frames).toEqual([]);
  });

  it('stops reconnecting after stopReconnecting() when the server closes (a kick)', () => {
    const { socket, sockets, clock, frames } = setUp();
    socket.connect();
    sockets[0].open();
    sockets[0].receive({ type: 'Kicked', banned: false, message: 'Bạn đã bị mời ra.' });
    socket.stopReconnecting();
    sockets[0].drop(1000);
    clock.advance(60_000);
    expect(sockets).toHaveLength(1);
    expect(socket.status).toBe('closed');
    expect(frames.map((f) => f.type)).toEqual(['Kicked']);
  });

  it('does not reconnect when the server says the player plays elsewhere now (4000), and tells the page', () => {
    const { socket, sockets, clock, finalCloses } = setUp();
    socket.connect();
    sockets[0].open();
    sockets[0].drop(4000);
    clock.advance(60_000);
    expect(sockets).toHaveLength(1);
    expect(socket.status).toBe('closed');
    expect(finalCloses).toEqual([4000]);
  });

  it('reconnects after a room moved to another server (4002), as after any drop', () => {
    const { socket, sockets, clock, finalCloses } = setUp();
    socket.connect();
    sockets[0].open();
    sockets[0].drop(4002);
    clock.advance(1_000);
    expect(sockets).toHaveLength(2);
    expect(finalCloses).toEqual([]);
  });

  it('retries at once when asked (the network is back)', () => {
    const { socket, sockets } = setUp();
    socket.connect();
    sockets[0].drop();
    expect(sockets).toHaveLength(1);
    socket.retryNow();
    expect(sockets).toHaveLength(2);
    // Not while a connection is being made.
    socket.retryNow();
    expect(sockets).toHaveLength(2);
  });

  it('treats a socket that cannot even be created as a drop', () => {
    let fail = true;
    const clock = new Clock();
    const made: FakeSocket[] = [];
    const socket = new GameSocket({
      url: 'ws://x/ws',
      hello: () => ({ type: 'host', v: 1, gameId: 4 }),
      onFrame: () => undefined,
      create: (url) => {
        if (fail) throw new Error('offline');
        const s = new FakeSocket(url);
        made.push(s);
        return s;
      },
      random: () => 0.5,
      setTimer: clock.set,
      clearTimer: clock.clear,
      now: () => clock.now,
    });
    socket.connect();
    expect(socket.status).toBe('reconnecting');
    fail = false;
    clock.advance(375);
    expect(made).toHaveLength(1);
    made[0].open();
    expect(made[0].frames()).toEqual([{ type: 'host', v: 1, gameId: 4 }]);
  });
});

describe('GameSocket options', () => {
  it('an option passed as undefined keeps its default', () => {
    const made: string[] = [];
    const original = globalThis.WebSocket;
    class Stub {
      readyState = 0;
      onopen = null;
      onmessage = null;
      onclose = null;
      onerror = null;
      constructor(url: string) {
        made.push(url);
      }
      send() {}
      close() {}
    }
    globalThis.WebSocket = Stub as unknown as typeof WebSocket;
    try {
      const socket = new GameSocket({ url: 'ws://x/ws', hello: () => ({ type: 'ping' }), onFrame: () => undefined, create: undefined });
      socket.connect();
      expect(made).toEqual(['ws://x/ws']);
      expect(socket.status).toBe('connecting');
      socket.close();
    } finally {
      globalThis.WebSocket = original;
    }
  });
});
