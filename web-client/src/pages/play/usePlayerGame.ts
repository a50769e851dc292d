// The player's connection: join or reconnect, keep the session across reloads, send answers.
import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import { answerToSend, initialPlayerState, playerReducer, SESSION_ENDING, type PlayerState } from '../../game/playerState';
import { PROTOCOL_VERSION, type AnswerPayload, type HelloFrame, type ServerFrame } from '../../game/protocol';
import { GameSocket, socketUrl, type SocketFactory, type SocketLike } from '../../game/socket';
import { EarlySocket, takePrepared, type PinCheck } from './earlySocket';

/** What brings a player back after a reload or a dropped connection. */
export interface StoredPlayer {
  pin: string;
  token: string;
  playerId: number;
  nickname: string;
}

export const PLAYER_STORAGE_KEY = 'luatvui.player';

export function loadStoredPlayer(): StoredPlayer | null {
  try {
    const raw = sessionStorage.getItem(PLAYER_STORAGE_KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<StoredPlayer>;
    if (typeof value.pin !== 'string' || typeof value.token !== 'string' || typeof value.nickname !== 'string') return null;
    return { pin: value.pin, token: value.token, playerId: Number(value.playerId) || 0, nickname: value.nickname };
  } catch {
    return null;
  }
}

function storePlayer(player: StoredPlayer | null): void {
  try {
    if (player) sessionStorage.setItem(PLAYER_STORAGE_KEY, JSON.stringify(player));
    else sessionStorage.removeItem(PLAYER_STORAGE_KEY);
  } catch {
    // Private mode without storage: a reload then asks to join again.
  }
}

const now = () => performance.now();

export interface PlayerGame {
  state: PlayerState;
  /** The PIN being played (or tried). */
  pin: string | null;
  /** The nickname last asked for, to refill the form after a refusal. */
  nickname: string;
  /** Coming back into a game with a stored session (not joining a new one). */
  resuming: boolean;
  /** What the room said about the PIN being tried; the nickname is asked once it is found. */
  check: PinCheck | null;
  /** Opens the socket ahead (a valid PIN is being typed). */
  warm(): void;
  checkPin(pin: string): void;
  /** Back to the PIN step. */
  changePin(): void;
  /** Joins; {@code unitId}, optional, is the unit the player says they belong to. */
  join(pin: string, nickname: string, unitId?: number): void;
  answer(q: number, payload: AnswerPayload): void;
  leave(): void;
  retry(): void;
}

/**
 * Runs the player's side of a game. With a stored session for `urlPin` (or no PIN in the URL),
 * it reconnects at once; otherwise it checks the PIN of the link on a socket opened at once, and
 * joins on that same socket.
 */
export function usePlayerGame(urlPin: string | null, create?: SocketFactory): PlayerGame {
  const [state, dispatch] = useReducer(playerReducer, initialPlayerState);
  const [check, setCheck] = useState<PinCheck | null>(null);
  const makeSocket: SocketFactory = create ?? ((url) => new WebSocket(url) as unknown as SocketLike);
  const early = useRef<EarlySocket | null>(null);
  early.current ??= (create ? null : takePrepared()) ?? new EarlySocket(socketUrl(), makeSocket);
  const live = useRef(true);
  const checkPin = (pin: string) => {
    setCheck({ pin, status: 'checking' });
    early.current!.check(pin, (answer) => {
      if (live.current) setCheck(answer);
    });
  };
  const socket = useRef<GameSocket | null>(null);
  const session = useRef<StoredPlayer | null>(null);
  const attempt = useRef<{ pin: string; nickname: string; unitId?: number } | null>(null);
  /** Whether the current connection has been welcomed (refusals before that end it). */
  const welcomed = useRef(false);

  const onFrame = (frame: ServerFrame) => {
    if (frame.type === 'Error' && frame.code === 'UNAVAILABLE') {
      // The server could not reach the game just now: it closes this connection and the socket tries
      // again, so the screen stays on "connecting" rather than showing the join form.
      return;
    }
    if (frame.type === 'Welcome') {
      welcomed.current = true;
      const pin = session.current?.pin ?? attempt.current?.pin ?? '';
      session.current = { pin, token: frame.token ?? session.current?.token ?? '', playerId: frame.playerId, nickname: frame.nickname };
      storePlayer(session.current);
    } else if (!welcomed.current && (frame.type === 'CommandRejected' || frame.type === 'Error')) {
      // The room said no to join or reconnect: this connection is of no use.
      const code = frame.type === 'Error' ? frame.code : frame.reason;
      if (session.current && SESSION_ENDING.includes(code)) {
        attempt.current = { pin: session.current.pin, nickname: session.current.nickname };
        session.current = null;
        storePlayer(null);
        // Asked to join again: whether the game is still there is known before the nickname.
        if (code !== 'GAME_NOT_FOUND') checkPin(attempt.current.pin);
      }
      socket.current?.close();
      socket.current = null;
    } else if (frame.type === 'Kicked') {
      socket.current?.stopReconnecting();
      session.current = null;
      storePlayer(null);
    } else if (frame.type === 'GameEnded') {
      // Nothing more will happen; a reload still finds the result while the room lasts.
      socket.current?.stopReconnecting();
    }
    dispatch({ type: 'frame', frame, at: now() });
  };

  const connect = () => {
    socket.current?.close();
    welcomed.current = false;
    dispatch({ type: 'joining' });
    // The first connection of a join is the socket that checked the PIN, when there is one.
    let ahead = session.current ? null : early.current!.take(attempt.current?.pin ?? '');
    const s = new GameSocket({
      url: socketUrl(),
      hello: (): HelloFrame => {
        welcomed.current = false;
        const stored = session.current;
        if (stored) return { type: 'reconnect', v: PROTOCOL_VERSION, pin: stored.pin, token: stored.token };
        const a = attempt.current!;
        return a.unitId === undefined
          ? { type: 'join', v: PROTOCOL_VERSION, pin: a.pin, nickname: a.nickname }
          : { type: 'join', v: PROTOCOL_VERSION, pin: a.pin, nickname: a.nickname, unitId: a.unitId };
      },
      onFrame: (frame) => {
        if (socket.current === s) onFrame(frame);
      },
      onStatus: (status) => {
        if (socket.current === s || status === 'closed') dispatch({ type: 'connection', status });
      },
      onFinalClose: (code) => {
        if (socket.current === s && code === 4000) dispatch({ type: 'replaced' });
      },
      create: (url) => {
        const first = ahead;
        ahead = null;
        return first ?? makeSocket(url);
      },
    });
    socket.current = s;
    s.connect();
  };

  // A stored session for this game: come back into it.
  useEffect(() => {
    const stored = loadStoredPlayer();
    if (stored && (!urlPin || urlPin === stored.pin)) {
      session.current = stored;
      attempt.current = { pin: stored.pin, nickname: stored.nickname };
      connect();
    } else if (urlPin) {
      checkPin(urlPin);
    }
    const wake = () => socket.current?.retryNow();
    const visible = () => {
      if (document.visibilityState === 'visible') wake();
    };
    window.addEventListener('online', wake);
    document.addEventListener('visibilitychange', visible);
    return () => {
      window.removeEventListener('online', wake);
      document.removeEventListener('visibilitychange', visible);
      live.current = false;
      early.current?.close();
      socket.current?.close();
      socket.current = null;
    };
  }, []);

  // An answer chosen while the connection was down goes out as soon as it is up.
  useEffect(() => {
    const out = answerToSend(state);
    if (out && state.connection === 'open' && welcomed.current && socket.current?.send({ type: 'answer', q: out.q, answer: out.answer })) {
      dispatch({ type: 'answerSent', q: out.q });
    }
  }, [state.answer, state.connection, state.phase, state.question, state.paused]);

  return {
    state,
    pin: session.current?.pin ?? attempt.current?.pin ?? urlPin,
    nickname: attempt.current?.nickname ?? session.current?.nickname ?? '',
    resuming: !!session.current,
    check,
    warm() {
      early.current!.warm();
    },
    checkPin,
    changePin() {
      setCheck(null);
    },
    join(pin, nickname, unitId) {
      session.current = null;
      storePlayer(null);
      attempt.current = { pin, nickname, unitId };
      connect();
    },
    answer(q, payload) {
      dispatch({ type: 'answer', q, payload });
    },
    leave() {
      socket.current?.send({ type: 'leave' });
      socket.current?.close();
      socket.current = null;
      session.current = null;
      storePlayer(null);
      setCheck(null);
      dispatch({ type: 'reset' });
    },
    retry() {
      // After a final close (another tab took over) only a new connection brings the player back.
      if (socket.current && socket.current.status !== 'closed') socket.current.retryNow();
      else if (session.current || attempt.current) connect();
    },
  };
}
