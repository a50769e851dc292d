// The host's screen as a pure function of what happened: (state, action) → state.
import type {
  HostFrame,
  HostWelcome,
  OpenQuestion,
  Phase,
  QuestionIntro,
  Reveal,
  ServerFrame,
  Standing,
} from './protocol';
import type { SocketStatus } from './socket';
import { frozenTimer, startTimer, type Timer } from './timer';

export interface HostPlayer {
  playerId: number;
  nickname: string;
  connected: boolean;
  score: number;
  rank: number;
}

export interface HostState {
  connection: SocketStatus | 'idle';
  game: Omit<HostWelcome, 'type'> | null;
  phase: Phase;
  started: boolean;
  locked: boolean;
  lateJoinAllowed: boolean;
  leaderboardShown: boolean;
  /** In join order. */
  players: HostPlayer[];
  playerCount: number;
  /** The room's player cap, once the server said it. */
  maxPlayers: number | null;
  intro: QuestionIntro | null;
  question: OpenQuestion | null;
  timer: Timer | null;
  answered: number;
  reveal: Reveal | null;
  scoreboard: Standing[] | null;
  podium: Standing[] | null;
  paused: boolean;
  skipped: number | null;
  ended: { early: boolean } | null;
  /** The command sent and not answered yet (buttons wait for it, so a double click does not skip a phase). */
  pending: HostFrame['type'] | null;
  /** The last command the room refused. */
  rejection: { reason: string; message: string } | null;
  /** The server refused a frame; before HostWelcome it means this screen cannot host the game. */
  error: { code: string; message: string } | null;
  /** What just happened in the room, for the screen reader (joins, leaves). */
  news: { text: 'joined' | 'left' | 'kicked' | 'banned'; nickname: string; seq: number } | null;
}

export type HostAction =
  | { type: 'frame'; frame: ServerFrame; at: number }
  | { type: 'connection'; status: SocketStatus }
  | { type: 'sent'; command: HostFrame['type'] }
  /** A sent command got no answer in time: let the buttons work again. */
  | { type: 'settle' }
  | { type: 'dismiss' };

export const initialHostState: HostState = {
  connection: 'idle',
  game: null,
  phase: 'LOBBY',
  started: false,
  locked: false,
  lateJoinAllowed: true,
  leaderboardShown: true,
  players: [],
  playerCount: 0,
  maxPlayers: null,
  intro: null,
  question: null,
  timer: null,
  answered: 0,
  reveal: null,
  scoreboard: null,
  podium: null,
  paused: false,
  skipped: null,
  ended: null,
  pending: null,
  rejection: null,
  error: null,
  news: null,
};

/** Commands that move the game on: the screen waits for the room's answer before allowing another. */
const WAITED_FOR: readonly HostFrame['type'][] = ['start', 'next', 'skip', 'end'];

export function hostReducer(state: HostState, action: HostAction): HostState {
  switch (action.type) {
    case 'connection': {
      if (state.connection === action.status) return state;
      // A command sent on a connection that dropped is not coming back.
      return { ...state, connection: action.status, pending: action.status === 'open' ? state.pending : null };
    }
    case 'sent':
      return { ...state, pending: WAITED_FOR.includes(action.command) ? action.command : state.pending, rejection: null };
    case 'settle':
      return state.pending ? { ...state, pending: null } : state;
    case 'dismiss':
      return { ...state, rejection: null, error: state.game ? null : state.error };
    case 'frame':
      return onFrame(state, action.frame, action.at);
  }
}

function upsert(players: HostPlayer[], player: HostPlayer): HostPlayer[] {
  const i = players.findIndex((p) => p.playerId === player.playerId);
  if (i < 0) return [...players, player];
  const out = [...players];
  out[i] = { ...out[i], ...player };
  return out;
}

function news(state: HostState, text: NonNullable<HostState['news']>['text'], nickname: string): HostState['news'] {
  return { text, nickname, seq: (state.news?.seq ?? 0) + 1 };
}

/** Leaves the phase's data behind when the phase changes. */
function enter(state: HostState, phase: Phase): HostState {
  return { ...state, phase, started: state.started || phase !== 'LOBBY', pending: null, paused: false };
}

function onFrame(state: HostState, frame: ServerFrame, at: number): HostState {
  switch (frame.type) {
    case 'HostWelcome': {
      const { type: _type, ...game } = frame;
      // A reconnect: the catch-up that follows (LobbyChanged, PlayerList, the phase's events) rebuilds the rest.
      return { ...initialHostState, connection: state.connection, game, news: state.news };
    }
    case 'LobbyChanged':
      return {
        ...state,
        locked: frame.locked,
        lateJoinAllowed: frame.lateJoinAllowed,
        leaderboardShown: frame.leaderboardShown,
        playerCount: frame.playerCount,
        maxPlayers: frame.maxPlayers ?? null,
      };
    case 'PlayerList':
      return {
        ...state,
        players: frame.players.map((p) => ({ ...p })),
        playerCount: frame.players.length,
      };
    case 'PlayerJoined':
      return {
        ...state,
        players: upsert(state.players, { playerId: frame.playerId, nickname: frame.nickname, connected: true, score: 0, rank: 0 }),
        playerCount: frame.playerCount,
        news: news(state, 'joined', frame.nickname),
      };
    case 'PlayerLeft':
      return {
        ...state,
        players: state.players.filter((p) => p.playerId !== frame.playerId),
        playerCount: frame.playerCount,
        news: news(state, frame.banned ? 'banned' : frame.kicked ? 'kicked' : 'left', frame.nickname),
      };
    case 'PresenceChanged':
      return {
        ...state,
        players: state.players.map((p) => (p.playerId === frame.playerId ? { ...p, connected: frame.connected } : p)),
      };
    case 'GameStarted':
      return {
        ...state,
        started: true,
        pending: null,
        playerCount: frame.playerCount,
        game: state.game && { ...state.game, questionCount: frame.questionCount },
      };
    case 'QuestionIntro':
      return {
        ...enter(state, 'QUESTION_INTRO'),
        intro: frame,
        question: null,
        timer: startTimer(frame.remainingMillis, at),
        answered: 0,
        reveal: null,
        scoreboard: null,
      };
    case 'QuestionOpened': {
      const same = state.question?.index === frame.question.index;
      return {
        ...enter(state, 'QUESTION_OPEN'),
        intro: state.intro?.index === frame.question.index ? state.intro : null,
        question: frame.question,
        timer: startTimer(frame.remainingMillis, at),
        answered: same ? state.answered : 0,
        reveal: null,
        scoreboard: null,
      };
    }
    case 'AnswerCount':
      if (state.question && state.question.index !== frame.questionIndex) return state;
      return { ...state, answered: frame.answered, playerCount: frame.playerCount };
    case 'QuestionSkipped':
      return {
        ...state,
        pending: null,
        skipped: frame.questionIndex,
        question: state.question?.index === frame.questionIndex ? null : state.question,
        intro: state.intro?.index === frame.questionIndex ? null : state.intro,
        timer: null,
        paused: false,
      };
    case 'Reveal':
      return {
        ...enter(state, 'REVEAL'),
        reveal: frame,
        answered: frame.answered,
        timer: null,
      };
    case 'Scoreboard': {
      let players = state.players;
      for (const s of frame.top) {
        players = players.map((p) => (p.playerId === s.playerId ? { ...p, score: s.score, rank: s.rank } : p));
      }
      return { ...enter(state, 'SCOREBOARD'), scoreboard: frame.top, players, timer: null };
    }
    case 'Podium':
      return {
        ...enter(state, 'PODIUM'),
        podium: frame.top,
        intro: null,
        question: null,
        timer: null,
      };
    case 'GameEnded':
      return { ...enter(state, 'FINISHED'), ended: { early: frame.early }, timer: null };
    case 'Paused':
      return {
        ...state,
        pending: null,
        paused: true,
        timer: frame.remainingMillis != null ? frozenTimer(frame.remainingMillis, at) : state.timer && { ...state.timer, running: false },
      };
    case 'Resumed':
      return {
        ...state,
        pending: null,
        paused: false,
        timer: frame.remainingMillis != null ? startTimer(frame.remainingMillis, at) : state.timer,
      };
    case 'CommandRejected':
      return { ...state, pending: null, rejection: { reason: frame.reason, message: frame.message } };
    case 'Error':
      return { ...state, pending: null, error: { code: frame.code, message: frame.message } };
    default:
      // Player-only events and pong.
      return state;
  }
}

/** Whether this screen can never host the game (an error before the room welcomed it). */
export function hostRefused(state: HostState): boolean {
  return !state.game && !!state.error;
}

/** Players still connected. */
export function connectedCount(state: HostState): number {
  return state.players.filter((p) => p.connected).length;
}

/** Whether the question on screen is the last of the game. */
export function isLastQuestion(state: HostState): boolean {
  const total = state.game?.questionCount ?? 0;
  const index = state.reveal?.questionIndex ?? state.question?.index ?? state.intro?.index ?? -1;
  return total > 0 && index >= total - 1;
}
