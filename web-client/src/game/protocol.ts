// The live game protocol, version 1 (docs/protocol.md): every frame of /ws as a type; the
// connection that carries them is GameSocket in socket.ts.
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
  | { type: 'join'; v: number; pin: string; nickname: string; unitId?: number }
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
  /** The units the game offers its players to name (the host's organisation and those under it); absent when none. */
  units?: OfferedUnit[];
}
/** A unit a player may say they belong to when joining (optional). */
export interface OfferedUnit {
  id: number;
  name: string;
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
