// The host's connection: says it is the host, follows the room, sends the host's commands.
import { useEffect, useReducer, useRef } from 'preact/hooks';
import { hostReducer, initialHostState, type HostState } from '../../game/hostState';
import { PROTOCOL_VERSION, type HostFrame, type ServerFrame } from '../../game/protocol';
import { GameSocket, socketUrl, type GameSocketOptions } from '../../game/socket';

/** Errors after which this screen will never host the game: no more reconnects. */
const FATAL = ['GAME_NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'VERSION'];
/** How long a move-on command may go unanswered before its button works again. */
const SETTLE_MILLIS = 5000;

export interface HostGame {
  state: HostState;
  /** Sends a command; false when there is no connection to send it on. */
  send(frame: HostFrame): boolean;
  dismiss(): void;
  retry(): void;
}

export function useHostGame(gameId: number, create?: GameSocketOptions['create']): HostGame {
  const [state, dispatch] = useReducer(hostReducer, initialHostState);
  const socket = useRef<GameSocket | null>(null);
  const welcomed = useRef(false);
  const settleTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    const onFrame = (frame: ServerFrame) => {
      if (frame.type === 'HostWelcome') welcomed.current = true;
      if (frame.type === 'Error' && !welcomed.current && FATAL.includes(frame.code)) socket.current?.close();
      dispatch({ type: 'frame', frame, at: performance.now() });
    };
    const s = new GameSocket({
      url: socketUrl(),
      hello: () => {
        welcomed.current = false;
        return { type: 'host', v: PROTOCOL_VERSION, gameId };
      },
      onFrame,
      onStatus: (status) => dispatch({ type: 'connection', status }),
      create,
    });
    socket.current = s;
    s.connect();
    const wake = () => s.retryNow();
    window.addEventListener('online', wake);
    return () => {
      window.removeEventListener('online', wake);
      if (settleTimer.current) clearTimeout(settleTimer.current);
      s.close();
      socket.current = null;
    };
  }, [gameId]);

  return {
    state,
    send(frame) {
      const sent = !!socket.current?.send(frame);
      if (sent) {
        dispatch({ type: 'sent', command: frame.type });
        if (settleTimer.current) clearTimeout(settleTimer.current);
        settleTimer.current = setTimeout(() => dispatch({ type: 'settle' }), SETTLE_MILLIS);
      }
      return sent;
    },
    dismiss() {
      dispatch({ type: 'dismiss' });
    },
    retry() {
      socket.current?.retryNow();
    },
  };
}
