// The player's screen as a pure function of what happened: (state, action) → state.
import type {
  AnswerPayload,
  FinalResult,
  OpenQuestion,
  Phase,
  PlayerResult,
  QuestionIntro,
  Reveal,
  ServerFrame,
  Standing,
} from './protocol';
import type { SocketStatus } from './socket';
import { frozenTimer, startTimer, type Timer } from './timer';

/** The player's answer to the current question, from the tap to the server's word. */
export interface AnswerState {
  q: number;
  /** Null when only the server knows it (it was given before a reload). */
  payload: AnswerPayload | null;
  /** pending: not on the wire yet (sent once connected); sent: waiting for the server. */
  status: 'pending' | 'sent' | 'accepted' | 'rejected';
  reason?: string;
  message?: string;
}

export interface PlayerState {
  connection: SocketStatus | 'idle';
  /** A join or reconnect is on its way and not answered yet. */
  joining: boolean;
  me: { playerId: number; nickname: string } | null;
  /** Null until the room has welcomed us. */
  phase: Phase | null;
  started: boolean;
  questionCount: number;
  score: number;
  streak: number;
  rank: number;
  playerCount: number;
  intro: QuestionIntro | null;
  question: OpenQuestion | null;
  timer: Timer | null;
  answer: AnswerState | null;
  reveal: Reveal | null;
  result: PlayerResult | null;
  scoreboard: Standing[] | null;
  podium: Standing[] | null;
  final: FinalResult | null;
  paused: boolean;
  /** The index of a question the host skipped. */
  skipped: number | null;
  ended: { early: boolean } | null;
  kicked: { banned: boolean; message: string } | null;
  /** The room refused a join or a reconnect. */
  rejection: { reason: string; message: string } | null;
  /** The server could not accept a frame (an unknown PIN: GAME_NOT_FOUND). */
  error: { code: string; message: string } | null;
  /** The same player connected from another tab or device, which plays now. */
  replaced: boolean;
}

export type PlayerAction =
  | { type: 'frame'; frame: ServerFrame; at: number }
  | { type: 'connection'; status: SocketStatus }
  /** The join form was sent, or a stored session is being resumed. */
  | { type: 'joining' }
  /** The player chose an answer (queued until it is on the wire). */
  | { type: 'answer'; q: number; payload: AnswerPayload }
  | { type: 'answerSent'; q: number }
  /** Back to the join form. */
  | { type: 'reset' }
  /** The server closed this connection because the player connected again elsewhere. */
  | { type: 'replaced' };

export const initialPlayerState: PlayerState = {
  connection: 'idle',
  joining: false,
  me: null,
  phase: null,
  started: false,
  questionCount: 0,
  score: 0,
  streak: 0,
  rank: 0,
  playerCount: 0,
  intro: null,
  question: null,
  timer: null,
  answer: null,
  reveal: null,
  result: null,
  scoreboard: null,
  podium: null,
  final: null,
  paused: false,
  skipped: null,
  ended: null,
  kicked: null,
  rejection: null,
  error: null,
  replaced: false,
};

/** Refusals after which the stored session is worthless. */
export const SESSION_ENDING = ['UNKNOWN_SESSION', 'KICKED', 'GAME_OVER', 'GAME_NOT_FOUND'];

export function playerReducer(state: PlayerState, action: PlayerAction): PlayerState {
  switch (action.type) {
    case 'connection':
      return state.connection === action.status ? state : { ...state, connection: action.status };
    case 'joining':
      return { ...state, joining: true, rejection: null, error: null, kicked: null, replaced: false };
    case 'replaced':
      return { ...state, replaced: true };
    case 'answer':
      if (!canAnswer(state, action.q)) return state;
      return { ...state, answer: { q: action.q, payload: action.payload, status: 'pending' } };
    case 'answerSent':
      if (!state.answer || state.answer.q !== action.q || state.answer.status !== 'pending') return state;
      return { ...state, answer: { ...state.answer, status: 'sent' } };
    case 'reset':
      return { ...initialPlayerState, connection: state.connection };
    case 'frame':
      return onFrame(state, action.frame, action.at);
  }
}

/** Whether an answer to question `q` may be given now (open, not paused, not given yet). */
export function canAnswer(state: PlayerState, q: number): boolean {
  if (state.phase !== 'QUESTION_OPEN' || state.paused || state.kicked || !state.question) return false;
  if (state.question.index !== q) return false;
  const a = state.answer;
  return !a || a.q !== q || (a.status === 'rejected' && a.reason !== 'TIME_UP');
}

/** An answer queued while the connection was down (or before a reconnect caught up), to send now. */
export function answerToSend(state: PlayerState): { q: number; answer: AnswerPayload } | null {
  const a = state.answer;
  if (!a || a.status !== 'pending' || !a.payload) return null;
  if (state.phase !== 'QUESTION_OPEN' || state.paused || state.question?.index !== a.q) return null;
  return { q: a.q, answer: a.payload };
}

function onFrame(state: PlayerState, frame: ServerFrame, at: number): PlayerState {
  switch (frame.type) {
    case 'Welcome':
      return {
        ...state,
        joining: false,
        rejection: null,
        error: null,
        kicked: null,
        me: { playerId: frame.playerId, nickname: frame.nickname },
        phase: frame.phase,
        started: frame.phase !== 'LOBBY',
        questionCount: frame.questionCount,
        score: frame.score,
        streak: frame.streak,
        rank: frame.rank,
        // The catch-up that follows brings back what the phase shows.
        intro: null,
        question: frame.phase === 'QUESTION_OPEN' ? state.question : null,
        timer: null,
        reveal: null,
        result: null,
        scoreboard: null,
        podium: null,
        final: null,
        paused: false,
        ended: null,
      };
    case 'GameStarted':
      return { ...state, started: true, questionCount: frame.questionCount, playerCount: frame.playerCount };
    case 'QuestionIntro':
      return {
        ...state,
        started: true,
        phase: 'QUESTION_INTRO',
        intro: frame,
        question: null,
        timer: startTimer(frame.remainingMillis, at),
        answer: state.answer?.q === frame.index ? state.answer : null,
        reveal: null,
        result: null,
        scoreboard: null,
        paused: false,
      };
    case 'QuestionOpened': {
      const q = frame.question.index;
      let answer = state.answer?.q === q ? state.answer : null;
      // Sent but not acknowledged before the connection dropped: send again (a repeat changes nothing).
      if (answer?.status === 'sent') answer = { ...answer, status: 'pending' };
      return {
        ...state,
        started: true,
        phase: 'QUESTION_OPEN',
        intro: state.intro?.index === q ? state.intro : null,
        question: frame.question,
        questionCount: frame.question.total || state.questionCount,
        timer: startTimer(frame.remainingMillis, at),
        answer,
        reveal: null,
        result: null,
        scoreboard: null,
        paused: false,
      };
    }
    case 'AnswerAccepted': {
      const q = frame.questionIndex;
      if (state.question && state.question.index !== q) return state;
      const payload = state.answer?.q === q ? state.answer.payload : null;
      return { ...state, answer: { q, payload, status: 'accepted' } };
    }
    case 'AnswerRejected': {
      const q = frame.questionIndex;
      if (state.question && state.question.index !== q) return state;
      const payload = state.answer?.q === q ? state.answer.payload : null;
      return { ...state, answer: { q, payload, status: 'rejected', reason: frame.reason, message: frame.message } };
    }
    case 'QuestionSkipped':
      return {
        ...state,
        skipped: frame.questionIndex,
        question: state.question?.index === frame.questionIndex ? null : state.question,
        intro: state.intro?.index === frame.questionIndex ? null : state.intro,
        answer: state.answer?.q === frame.questionIndex ? null : state.answer,
        timer: null,
        paused: false,
      };
    case 'Reveal':
      return {
        ...state,
        phase: 'REVEAL',
        reveal: frame,
        result: state.result?.questionIndex === frame.questionIndex ? state.result : null,
        timer: null,
        paused: false,
      };
    case 'PlayerResult':
      return {
        ...state,
        result: frame,
        score: frame.score,
        streak: frame.streak,
        rank: frame.rank,
        playerCount: frame.playerCount,
      };
    case 'Scoreboard':
      return { ...state, phase: 'SCOREBOARD', scoreboard: frame.top, timer: null, paused: false };
    case 'Podium':
      return {
        ...state,
        phase: 'PODIUM',
        podium: frame.top,
        intro: null,
        question: null,
        timer: null,
        answer: null,
        paused: false,
        playerCount: frame.playerCount ?? state.playerCount,
      };
    case 'FinalResult':
      return { ...state, final: frame, score: frame.score, rank: frame.rank, playerCount: frame.playerCount };
    case 'GameEnded':
      return { ...state, phase: 'FINISHED', ended: { early: frame.early }, timer: null, paused: false };
    case 'Paused':
      return {
        ...state,
        paused: true,
        timer: frame.remainingMillis != null ? frozenTimer(frame.remainingMillis, at) : state.timer && { ...state.timer, running: false },
      };
    case 'Resumed':
      return {
        ...state,
        paused: false,
        timer: frame.remainingMillis != null ? startTimer(frame.remainingMillis, at) : state.timer,
      };
    case 'Kicked':
      return { ...state, kicked: { banned: frame.banned, message: frame.message }, joining: false, timer: null, paused: false };
    case 'CommandRejected':
      return { ...state, joining: false, rejection: { reason: frame.reason, message: frame.message } };
    case 'Error':
      return { ...state, joining: false, error: { code: frame.code, message: frame.message } };
    default:
      // Host-only events and pong change nothing here.
      return state;
  }
}

/** What the screen shows now. */
export type PlayerScreen =
  | 'form'
  | 'connecting'
  | 'lobby'
  | 'starting'
  | 'intro'
  | 'question'
  | 'answered'
  | 'reveal'
  | 'scoreboard'
  | 'final'
  | 'kicked';

export function playerScreen(state: PlayerState): PlayerScreen {
  if (state.kicked) return 'kicked';
  if (!state.me || state.phase === null) return state.joining ? 'connecting' : 'form';
  switch (state.phase) {
    case 'LOBBY':
      return state.started ? 'starting' : 'lobby';
    case 'QUESTION_INTRO':
      return state.intro ? 'intro' : 'connecting';
    case 'QUESTION_OPEN':
      if (!state.question) return state.skipped !== null ? 'starting' : 'connecting';
      return state.answer?.q === state.question.index && state.answer.status !== 'rejected' ? 'answered' : 'question';
    case 'REVEAL':
      return state.reveal ? 'reveal' : 'connecting';
    case 'SCOREBOARD':
      return state.scoreboard ? 'scoreboard' : state.reveal ? 'reveal' : 'connecting';
    case 'PODIUM':
    case 'FINISHED':
      return 'final';
  }
}
