// The live game protocol, version 1 (docs/protocol.md): every frame of /ws as a type, and
// GameSocket, one connection that reconnects by itself.
import type { Citation, QuestionType } from '../bank/types';

export const PROTOCOL_VERSION = 1;

export type Phase = 'LOBBY' | 'QUESTION_INTRO' | 'QUESTION_OPEN' | 'REVEAL' | 'SCOREBOARD' | 'PODIUM' | 'FINISHED';
export type ScoringMode = 'KAHOOT' | 'ACCURACY_FIRST';
export type ClosedBy = 'TIME_UP' | 'HOST' | 'ALL_ANSWERED';

// ---------- Starting a game (REST) ----------

/** The body of POST /api/games. */
export interface GameOptionsBody {
  setId: number;
  scoring: ScoringMode;
  lateJoinAllowed: boolean;
  leadInSeconds: number;
  leaderboardShown: boolean;
  /** The most players the room takes (the server's default when left out). */
  maxPlayers?: number;
  /** Questions to play in place of ones the game would not play (flagged for review, not approved). */
  replacements?: { questionId: number; replacementId: number }[];
}

/** The answer of POST /api/games. */
export interface CreatedGame {
  gameId: number;
  pin: string;
  joinUrl: string;
  title: string;
  questionCount: number;
}

// ---------- Client frames ----------

/** A player's answer: exactly one part, by question type; indices are positions as shown. */
export type AnswerPayload = { choice: number } | { choices: number[] } | { text: string } | { order: number[] };

export type HelloFrame =
  | { type: 'host'; v: number; gameId: number }
  /** Whether a game has this PIN, before the nickname is asked (answered with PinFound or GAME_NOT_FOUND). */
  | { type: 'check'; v: number; pin: string }
  | { type: 'join'; v: number; pin: string; nickname: string }
  | { type: 'reconnect'; v: number; pin: string; token: string };

export type PlayerFrame =
  | { type: 'answer'; q: number; answer: AnswerPayload }
  | { type: 'leave' }
  | { type: 'ping' };

export type HostFrame =
  | { type: 'start' }
  | { type: 'next' }
  | { type: 'skip' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'end' }
  | { type: 'leaderboard'; shown: boolean }
  | { type: 'lock'; locked: boolean }
  | { type: 'lateJoin'; allowed: boolean }
  | { type: 'kick'; playerId: number; ban: boolean }
  | { type: 'ping' };

export type ClientFrame = HelloFrame | PlayerFrame | HostFrame;

// ---------- Server frames ----------

export interface Standing {
  rank: number;
  playerId: number;
  nickname: string;
  score: number;
}

export interface PlayerSummary {
  playerId: number;
  nickname: string;
  connected: boolean;
  score: number;
  rank: number;
}

/** A question while answers are open: nothing in it says which answer is right. */
export interface OpenQuestion {
  index: number;
  number: number;
  total: number;
  type: QuestionType;
  text: string;
  imageUrl: string | null;
  /** What the image shows, in words (its text alternative). */
  imageAlt?: string | null;
  /** Texts in the order shown; answers name positions in this list; empty for TYPE_ANSWER. */
  choices: string[];
  timeLimitSeconds: number;
  points: number;
}

export interface TypedCount {
  answer: string;
  count: number;
}

export interface Welcome {
  type: 'Welcome';
  playerId: number;
  nickname: string;
  reconnected: boolean;
  phase: Phase;
  questionCount: number;
  score: number;
  streak: number;
  rank: number;
  token: string;
}
export interface HostWelcome {
  type: 'HostWelcome';
  gameId: number;
  pin: string;
  joinUrl: string;
  title: string;
  questionCount: number;
}
export interface CommandRejected {
  type: 'CommandRejected';
  reason: string;
  message: string;
}
export interface ErrorFrame {
  type: 'Error';
  code: string;
  message: string;
}
export interface Pong {
  type: 'pong';
  now: number;
}
/** The answer to a `check` whose PIN has a game: the socket may now join it. */
export interface PinFound {
  type: 'PinFound';
  pin: string;
}
export interface PlayerJoined {
  type: 'PlayerJoined';
  playerId: number;
  nickname: string;
  playerCount: number;
}
export interface PlayerLeft {
  type: 'PlayerLeft';
  playerId: number;
  nickname: string;
  kicked: boolean;
  banned: boolean;
  playerCount: number;
}
export interface PresenceChanged {
  type: 'PresenceChanged';
  playerId: number;
  connected: boolean;
  connectedCount: number;
}
export interface LobbyChanged {
  type: 'LobbyChanged';
  locked: boolean;
  lateJoinAllowed: boolean;
  leaderboardShown: boolean;
  playerCount: number;
  maxPlayers: number;
}
export interface PlayerList {
  type: 'PlayerList';
  players: PlayerSummary[];
}
export interface GameStarted {
  type: 'GameStarted';
  questionCount: number;
  playerCount: number;
}
export interface QuestionIntro {
  type: 'QuestionIntro';
  index: number;
  number: number;
  total: number;
  text: string;
  imageUrl: string | null;
  imageAlt?: string | null;
  timeLimitSeconds: number;
  points: number;
  opensAt: number;
  remainingMillis: number;
  /** The question's type (`type` is taken by the event's name). */
  questionType?: QuestionType;
}
export interface QuestionOpened {
  type: 'QuestionOpened';
  question: OpenQuestion;
  closesAt: number;
  remainingMillis: number;
}
export interface AnswerAccepted {
  type: 'AnswerAccepted';
  questionIndex: number;
  alreadyAnswered: boolean;
}
export interface AnswerRejected {
  type: 'AnswerRejected';
  questionIndex: number;
  reason: string;
  message: string;
}
export interface AnswerCount {
  type: 'AnswerCount';
  questionIndex: number;
  answered: number;
  playerCount: number;
}
export interface QuestionSkipped {
  type: 'QuestionSkipped';
  questionIndex: number;
}
export interface Reveal {
  type: 'Reveal';
  questionIndex: number;
  questionType?: QuestionType;
  closedBy: ClosedBy | null;
  text: string;
  choices: string[];
  /** Correct positions as shown; for ORDERING the shown positions in the right order. */
  correctChoices: number[];
  acceptedAnswers: string[];
  /** Per shown choice, how many chose it (ORDERING: how many put it in its right place). */
  choiceCounts: number[];
  topAnswers: TypedCount[];
  answered: number;
  correctCount: number;
  playerCount: number;
  /** Null for a poll. */
  percentCorrect: number | null;
  explanation: string | null;
  citations: Citation[];
  documentNames?: Record<string, string>;
}
export interface PlayerResult {
  type: 'PlayerResult';
  questionIndex: number;
  answered: boolean;
  correct: boolean;
  points: number;
  streakBonus: number;
  streak: number;
  score: number;
  rank: number;
  playerCount: number;
}
export interface Scoreboard {
  type: 'Scoreboard';
  questionIndex?: number;
  top: Standing[];
  playerCount?: number;
}
export interface Podium {
  type: 'Podium';
  top: Standing[];
  playerCount?: number;
}
export interface FinalResult {
  type: 'FinalResult';
  rank: number;
  score: number;
  correctCount: number;
  playerCount: number;
}
export interface Paused {
  type: 'Paused';
  phase: Phase;
  remainingMillis: number | null;
}
export interface Resumed {
  type: 'Resumed';
  phase: Phase;
  endsAt: number | null;
  remainingMillis: number | null;
}
export interface Kicked {
  type: 'Kicked';
  banned: boolean;
  message: string;
}
export interface GameEnded {
  type: 'GameEnded';
  early: boolean;
}

export type ServerFrame =
  | Welcome
  | HostWelcome
  | CommandRejected
  | ErrorFrame
  | Pong
  | PinFound
  | PlayerJoined
  | PlayerLeft
  | PresenceChanged
  | LobbyChanged
  | PlayerList
  | GameStarted
  | QuestionIntro
  | QuestionOpened
  | AnswerAccepted
  | AnswerRejected
  | AnswerCount
  | QuestionSkipped
  | Reveal
  | PlayerResult
  | Scoreboard
  | Podium
  | FinalResult
  | Paused
  | Resumed
  | Kicked
  | GameEnded;

export type ServerFrameType = ServerFrame['type'];

const SERVER_TYPES: readonly string[] = [
  'Welcome',
  'HostWelcome',
  'CommandRejected',
  'Error',
  'pong',
  'PinFound',
  'PlayerJoined',
  'PlayerLeft',
  'PresenceChanged',
  'LobbyChanged',
  'PlayerList',
  'GameStarted',
  'QuestionIntro',
  'QuestionOpened',
  'AnswerAccepted',
  'AnswerRejected',
  'AnswerCount',
  'QuestionSkipped',
  'Reveal',
  'PlayerResult',
  'Scoreboard',
  'Podium',
  'FinalResult',
  'Paused',
  'Resumed',
  'Kicked',
  'GameEnded',
];

/**
 * Reads a text frame: a JSON object whose `type` is a known event, or null. QuestionIntro and
 * Reveal carry the question's type too; where the server could not name it `type` (taken by the
 * event name) it may come as `questionType`.
 */
export function parseFrame(data: unknown): ServerFrame | null {
  if (typeof data !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && SERVER_TYPES.includes(type) ? (value as ServerFrame) : null;
}

/** The WebSocket address of this page's server: ws(s)://host/ws. */
export function socketUrl(location: { protocol: string; host: string } = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}

// ---------- GameSocket ----------

export type SocketStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

/** The part of WebSocket that GameSocket uses (a fake one in tests). */
export interface SocketLike {
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export type SocketFactory = (url: string) => SocketLike;

/**
 * Close codes after which the server wants no reconnect: 4000, the same player connected again
 * from another tab or device (which plays now); 4001, kicked; 1008, too many invalid frames.
 */
export const FINAL_CLOSE_CODES: readonly number[] = [4000, 4001, 1008];

export interface GameSocketOptions {
  url: string;
  /** The first frame of each connection (join, reconnect or host): asked anew at every attempt. */
  hello: () => ClientFrame;
  onFrame: (frame: ServerFrame) => void;
  onStatus?: (status: SocketStatus, attempt: number) => void;
  /** The server closed the connection with one of {@link FINAL_CLOSE_CODES}: no reconnect follows. */
  onFinalClose?: (code: number) => void;
  create?: SocketFactory;
  /** Keep-alive interval (ms); 0 turns pings off. */
  pingMillis?: number;
  /** First retry delay and the cap of the exponential backoff (ms). */
  baseDelayMillis?: number;
  maxDelayMillis?: number;
  random?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
  now?: () => number;
}

const OPEN = 1;

/**
 * One game connection. It says hello on every (re)connect, pings, and after a dropped connection
 * tries again with exponential backoff and jitter until close() or stopReconnecting().
 * A connection that has been silent for more than 2.5 pings is taken as dead and replaced.
 */
export class GameSocket {
  private socket: SocketLike | null = null;
  private attempt = 0;
  private retryTimer: unknown = null;
  private pingTimer: unknown = null;
  private lastHeard = 0;
  private stopped = false;
  private currentStatus: SocketStatus = 'closed';
  private readonly o: Required<Omit<GameSocketOptions, 'onStatus' | 'onFinalClose'>> &
    Pick<GameSocketOptions, 'onStatus' | 'onFinalClose'>;

  constructor(options: GameSocketOptions) {
    this.o = {
      create: (url) => new WebSocket(url) as unknown as SocketLike,
      pingMillis: 20_000,
      baseDelayMillis: 500,
      maxDelayMillis: 15_000,
      random: Math.random,
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
      now: () => Date.now(),
      ...defined(options),
    } as GameSocket['o'];
  }

  get status(): SocketStatus {
    return this.currentStatus;
  }

  /** Attempts since the last open connection (0 while connected). */
  get attempts(): number {
    return this.attempt;
  }

  connect(): void {
    this.stopped = false;
    this.clearRetry();
    this.open(this.attempt === 0 ? 'connecting' : 'reconnecting');
  }

  /** Sends a frame on the open connection; false (nothing sent) while there is none. */
  send(frame: ClientFrame): boolean {
    if (!this.socket || this.socket.readyState !== OPEN) return false;
    this.socket.send(JSON.stringify(frame));
    return true;
  }

  /** Tries now instead of waiting out the backoff (the network came back, the tab is visible). */
  retryNow(): void {
    if (this.stopped || this.currentStatus !== 'reconnecting' || this.socket) return;
    this.clearRetry();
    this.open('reconnecting');
  }

  /** No more reconnects; the current connection stays until the server closes it. */
  stopReconnecting(): void {
    this.stopped = true;
    this.clearRetry();
    if (!this.socket) this.setStatus('closed');
  }

  /** Closes for good. */
  close(): void {
    this.stopped = true;
    this.clearRetry();
    this.stopPing();
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      detach(socket);
      try {
        socket.close(1000, 'bye');
      } catch {
        // already closing
      }
    }
    this.setStatus('closed');
  }

  private open(status: SocketStatus): void {
    this.setStatus(status);
    let socket: SocketLike;
    try {
      socket = this.o.create(this.o.url);
    } catch {
      this.dropped();
      return;
    }
    this.socket = socket;
    const onOpen = () => {
      if (this.socket !== socket) return;
      this.lastHeard = this.o.now();
      this.attempt = 0;
      socket.send(JSON.stringify(this.o.hello()));
      this.setStatus('open');
      this.startPing();
    };
    socket.onopen = onOpen;
    socket.onmessage = (event) => {
      if (this.socket !== socket) return;
      this.lastHeard = this.o.now();
      const frame = parseFrame(event.data);
      if (frame) this.o.onFrame(frame);
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      detach(socket);
      const code = event?.code ?? 0;
      if (FINAL_CLOSE_CODES.includes(code)) {
        this.stopped = true;
        this.clearRetry();
        this.o.onFinalClose?.(code);
      }
      this.dropped();
    };
    socket.onerror = () => {
      // onclose follows and decides.
    };
    // A socket opened ahead (while the player typed a nickname) is open already: say hello now.
    if (socket.readyState === OPEN) onOpen();
  }

  private dropped(): void {
    this.stopPing();
    if (this.stopped) {
      this.setStatus('closed');
      return;
    }
    const delay = backoffDelay(this.attempt, this.o.baseDelayMillis, this.o.maxDelayMillis, this.o.random);
    this.attempt++;
    this.setStatus('reconnecting');
    this.retryTimer = this.o.setTimer(() => {
      this.retryTimer = null;
      if (!this.stopped) this.open('reconnecting');
    }, delay);
  }

  private startPing(): void {
    this.stopPing();
    if (this.o.pingMillis <= 0) return;
    const tick = () => {
      this.pingTimer = this.o.setTimer(tick, this.o.pingMillis);
      if (this.o.now() - this.lastHeard > this.o.pingMillis * 2.5) {
        this.replaceDeadSocket();
        return;
      }
      this.send({ type: 'ping' });
    };
    this.pingTimer = this.o.setTimer(tick, this.o.pingMillis);
  }

  private stopPing(): void {
    if (this.pingTimer !== null) this.o.clearTimer(this.pingTimer);
    this.pingTimer = null;
  }

  private replaceDeadSocket(): void {
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      detach(socket);
      try {
        socket.close(4000, 'silent');
      } catch {
        // gone already
      }
    }
    this.dropped();
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) this.o.clearTimer(this.retryTimer);
    this.retryTimer = null;
  }

  private setStatus(status: SocketStatus): void {
    if (status === this.currentStatus && status !== 'reconnecting') return;
    this.currentStatus = status;
    this.o.onStatus?.(status, this.attempt);
  }
}

/** The options that were given a value (an explicit `undefined` keeps the default). */
function defined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function detach(socket: SocketLike): void {
  socket.onopen = null;
  socket.onmessage = null;
  socket.onclose = null;
  socket.onerror = null;
}

/**
 * The wait before retry number `attempt` (0-based): base × 2^attempt capped at `max`, of which a
 * random half is taken off ("equal jitter"), so that forty phones do not all come back at once.
 */
export function backoffDelay(attempt: number, base: number, max: number, random: () => number = Math.random): number {
  const ceiling = Math.min(max, base * 2 ** Math.min(attempt, 20));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
