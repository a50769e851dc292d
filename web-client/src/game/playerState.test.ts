import { describe, expect, it } from 'vitest';
import { finalResult, intro, opened, podium, result, reveal, scoreboard, welcome } from '../test/frames';
import { answerToSend, canAnswer, initialPlayerState, playerReducer, playerScreen, type PlayerAction, type PlayerState } from './playerState';
import type { ServerFrame } from './protocol';
import { remainingAt } from './timer';

const frame = (f: ServerFrame, at = 0): PlayerAction => ({ type: 'frame', frame: f, at });
const run = (actions: PlayerAction[], from: PlayerState = initialPlayerState) => actions.reduce(playerReducer, from);

const inLobby = () => run([{ type: 'joining' }, frame(welcome())]);
const inQuestion = (at = 1000) =>
  run([frame({ type: 'GameStarted', questionCount: 3, playerCount: 3 }), frame(opened(0, 20_000), at)], inLobby());

describe('player state: joining', () => {
  it('shows the form, then "connecting", then the lobby on Welcome', () => {
    expect(playerScreen(initialPlayerState)).toBe('form');
    const joining = playerReducer(initialPlayerState, { type: 'joining' });
    expect(playerScreen(joining)).toBe('connecting');
    const lobby = playerReducer(joining, frame(welcome()));
    expect(playerScreen(lobby)).toBe('lobby');
    expect(lobby.me).toEqual({ playerId: 7, nickname: 'Lan Anh' });
    expect(lobby.questionCount).toBe(3);
    expect(lobby.joining).toBe(false);
  });

  it('keeps a refused join on the form with the room’s message', () => {
    const refused = run([
      { type: 'joining' },
      frame({ type: 'CommandRejected', reason: 'NICKNAME_TAKEN', message: 'Biệt danh đã có người dùng.' }),
    ]);
    expect(playerScreen(refused)).toBe('form');
    expect(refused.rejection).toEqual({ reason: 'NICKNAME_TAKEN', message: 'Biệt danh đã có người dùng.' });
    // Trying again clears it.
    expect(playerReducer(refused, { type: 'joining' }).rejection).toBeNull();
  });

  it('keeps an unknown PIN on the form', () => {
    const state = run([{ type: 'joining' }, frame({ type: 'Error', code: 'GAME_NOT_FOUND', message: 'Không có trò chơi với mã PIN này.' })]);
    expect(playerScreen(state)).toBe('form');
    expect(state.error?.code).toBe('GAME_NOT_FOUND');
  });

  it('follows the connection status', () => {
    const state = playerReducer(inLobby(), { type: 'connection', status: 'reconnecting' });
    expect(state.connection).toBe('reconnecting');
    expect(playerReducer(state, { type: 'connection', status: 'reconnecting' })).toBe(state);
  });

  it('ignores pong and host-only events', () => {
    const lobby = inLobby();
    expect(playerReducer(lobby, frame({ type: 'pong', now: 1 }))).toBe(lobby);
    expect(playerReducer(lobby, frame({ type: 'AnswerCount', questionIndex: 0, answered: 1, playerCount: 3 }))).toBe(lobby);
  });
});

describe('player state: a question', () => {
  it('shows the lead-in with its countdown, then the open question', () => {
    const started = run([frame({ type: 'GameStarted', questionCount: 3, playerCount: 3 })], inLobby());
    expect(playerScreen(started)).toBe('starting');
    const shown = playerReducer(started, frame(intro(0, 3000), 500));
    expect(playerScreen(shown)).toBe('intro');
    expect(shown.intro?.text).toBe('Câu hỏi số 1?');
    expect(remainingAt(shown.timer!, 1500)).toBe(2000);
    const open = playerReducer(shown, frame(opened(0, 20_000), 3600));
    expect(playerScreen(open)).toBe('question');
    expect(open.question?.choices).toHaveLength(4);
    expect(remainingAt(open.timer!, 8600)).toBe(15_000);
    expect(open.intro?.index).toBe(0);
  });

  it('queues an answer, marks it sent, and waits for the result once accepted', () => {
    const open = inQuestion();
    expect(canAnswer(open, 0)).toBe(true);
    expect(canAnswer(open, 1)).toBe(false);
    const tapped = playerReducer(open, { type: 'answer', q: 0, payload: { choice: 2 } });
    expect(tapped.answer).toEqual({ q: 0, payload: { choice: 2 }, status: 'pending' });
    expect(answerToSend(tapped)).toEqual({ q: 0, answer: { choice: 2 } });
    expect(playerScreen(tapped)).toBe('answered');
    // A second tap does nothing.
    expect(playerReducer(tapped, { type: 'answer', q: 0, payload: { choice: 1 } })).toBe(tapped);
    const sent = playerReducer(tapped, { type: 'answerSent', q: 0 });
    expect(sent.answer?.status).toBe('sent');
    expect(answerToSend(sent)).toBeNull();
    const accepted = playerReducer(sent, frame({ type: 'AnswerAccepted', questionIndex: 0, alreadyAnswered: false }));
    expect(accepted.answer?.status).toBe('accepted');
    expect(playerScreen(accepted)).toBe('answered');
  });

  it('takes a repeat acknowledgement as it is: nothing changes but the status', () => {
    const accepted = run(
      [
        { type: 'answer', q: 0, payload: { choice: 2 } },
        { type: 'answerSent', q: 0 },
        frame({ type: 'AnswerAccepted', questionIndex: 0, alreadyAnswered: false }),
      ],
      inQuestion(),
    );
    const again = playerReducer(accepted, frame({ type: 'AnswerAccepted', questionIndex: 0, alreadyAnswered: true }));
    expect(again.answer).toEqual({ q: 0, payload: { choice: 2 }, status: 'accepted' });
    expect(canAnswer(again, 0)).toBe(false);
  });

  it('shows a rejection and lets the player try again, except when time is up', () => {
    const sent = run([{ type: 'answer', q: 0, payload: { text: '' } }, { type: 'answerSent', q: 0 }], inQuestion());
    const rejected = playerReducer(
      sent,
      frame({ type: 'AnswerRejected', questionIndex: 0, reason: 'INVALID_ANSWER', message: 'Câu trả lời không hợp lệ.' }),
    );
    expect(rejected.answer?.status).toBe('rejected');
    expect(rejected.answer?.message).toBe('Câu trả lời không hợp lệ.');
    expect(playerScreen(rejected)).toBe('question');
    expect(canAnswer(rejected, 0)).toBe(true);
    const late = playerReducer(rejected, frame({ type: 'AnswerRejected', questionIndex: 0, reason: 'TIME_UP', message: 'Hết giờ trả lời.' }));
    expect(canAnswer(late, 0)).toBe(false);
  });

  it('ignores acknowledgements of another question', () => {
    const open = inQuestion();
    expect(playerReducer(open, frame({ type: 'AnswerAccepted', questionIndex: 4, alreadyAnswered: false }))).toBe(open);
    expect(playerReducer(open, frame({ type: 'AnswerRejected', questionIndex: 4, reason: 'WRONG_QUESTION', message: 'x' }))).toBe(open);
  });

  it('cannot answer while paused; the countdown stands still and runs on after the pause', () => {
    const open = inQuestion(1000);
    const paused = playerReducer(open, frame({ type: 'Paused', phase: 'QUESTION_OPEN', remainingMillis: 12_000 }, 9000));
    expect(paused.paused).toBe(true);
    expect(canAnswer(paused, 0)).toBe(false);
    expect(playerReducer(paused, { type: 'answer', q: 0, payload: { choice: 1 } })).toBe(paused);
    expect(remainingAt(paused.timer!, 60_000)).toBe(12_000);
    const resumed = playerReducer(
      paused,
      frame({ type: 'Resumed', phase: 'QUESTION_OPEN', endsAt: 1_700_000_100_000, remainingMillis: 12_000 }, 70_000),
    );
    expect(resumed.paused).toBe(false);
    expect(canAnswer(resumed, 0)).toBe(true);
    expect(remainingAt(resumed.timer!, 71_000)).toBe(11_000);
  });

  it('a pause without a timer (the reveal) keeps the screen and only shows the pause', () => {
    const shown = run([frame(reveal(0))], inQuestion());
    const paused = playerReducer(shown, frame({ type: 'Paused', phase: 'REVEAL', remainingMillis: null }));
    expect(paused.paused).toBe(true);
    expect(playerScreen(paused)).toBe('reveal');
    const resumed = playerReducer(paused, frame({ type: 'Resumed', phase: 'REVEAL', endsAt: null, remainingMillis: null }));
    expect(resumed.paused).toBe(false);
  });

  it('a skipped question is dropped with its answer', () => {
    const answered = run([{ type: 'answer', q: 0, payload: { choice: 1 } }], inQuestion());
    const skipped = playerReducer(answered, frame({ type: 'QuestionSkipped', questionIndex: 0 }));
    expect(skipped.skipped).toBe(0);
    expect(skipped.question).toBeNull();
    expect(skipped.answer).toBeNull();
    expect(skipped.timer).toBeNull();
    const next = playerReducer(skipped, frame(intro(1)));
    expect(playerScreen(next)).toBe('intro');
  });
});

describe('player state: reveal, scoreboard, end', () => {
  it('shows the reveal with the player’s own result, score and rank', () => {
    const revealed = run(
      [
        { type: 'answer', q: 0, payload: { choice: 0 } },
        { type: 'answerSent', q: 0 },
        frame({ type: 'AnswerAccepted', questionIndex: 0, alreadyAnswered: false }),
        frame(reveal(0)),
        frame(result(0, { points: 950, streakBonus: 0, streak: 1, score: 950, rank: 1 })),
      ],
      inQuestion(),
    );
    expect(playerScreen(revealed)).toBe('reveal');
    expect(revealed.timer).toBeNull();
    expect(revealed.reveal?.citations[0].document).toBe('102/2016/QH13');
    expect(revealed.result?.correct).toBe(true);
    expect(revealed.score).toBe(950);
    expect(revealed.rank).toBe(1);
    expect(revealed.playerCount).toBe(3);
  });

  it('moves on to the scoreboard and the next question, forgetting the last answer', () => {
    const board = run([frame(reveal(0)), frame(result(0)), frame(scoreboard(0))], inQuestion());
    expect(playerScreen(board)).toBe('scoreboard');
    expect(board.scoreboard).toHaveLength(3);
    const next = run([frame(opened(1))], board);
    expect(playerScreen(next)).toBe('question');
    expect(next.answer).toBeNull();
    expect(next.reveal).toBeNull();
    expect(next.scoreboard).toBeNull();
  });

  it('ends with the podium, the final result and the end of the game', () => {
    const end = run([frame(reveal(2)), frame(result(2)), frame(podium), frame(finalResult), frame({ type: 'GameEnded', early: false })], inQuestion());
    expect(playerScreen(end)).toBe('final');
    expect(end.podium).toHaveLength(3);
    expect(end.final).toEqual(finalResult);
    expect(end.phase).toBe('FINISHED');
    expect(end.ended).toEqual({ early: false });
  });

  it('a game ended early from the lobby shows the end too', () => {
    const end = run([frame({ type: 'GameEnded', early: true })], inLobby());
    expect(playerScreen(end)).toBe('final');
    expect(end.ended?.early).toBe(true);
    expect(end.final).toBeNull();
  });
});

describe('player state: reconnecting', () => {
  it('comes back mid-question with its score and the answer it had given', () => {
    const before = run([{ type: 'connection', status: 'reconnecting' }], inQuestion());
    const back = run(
      [
        { type: 'joining' },
        frame(welcome({ reconnected: true, phase: 'QUESTION_OPEN', score: 950, streak: 1, rank: 2 })),
        frame(opened(1, 7000), 50_000),
        frame({ type: 'AnswerAccepted', questionIndex: 1, alreadyAnswered: true }),
      ],
      { ...initialPlayerState },
    );
    expect(before.connection).toBe('reconnecting');
    expect(back.score).toBe(950);
    expect(back.streak).toBe(1);
    expect(back.rank).toBe(2);
    expect(playerScreen(back)).toBe('answered');
    expect(back.answer).toEqual({ q: 1, payload: null, status: 'accepted' });
    expect(remainingAt(back.timer!, 51_000)).toBe(6000);
  });

  it('resends an answer that was on its way when the connection dropped', () => {
    const sent = run([{ type: 'answer', q: 0, payload: { choices: [0, 2] } }, { type: 'answerSent', q: 0 }], inQuestion());
    const back = run([frame(welcome({ reconnected: true, phase: 'QUESTION_OPEN' })), frame(opened(0, 9000))], sent);
    expect(back.answer?.status).toBe('pending');
    expect(answerToSend(back)).toEqual({ q: 0, answer: { choices: [0, 2] } });
  });

  it('comes back into the reveal with its own result', () => {
    const back = run([
      { type: 'joining' },
      frame(welcome({ reconnected: true, phase: 'REVEAL', score: 950 })),
      frame(reveal(0)),
      frame(result(0)),
    ]);
    expect(playerScreen(back)).toBe('reveal');
    expect(back.result?.points).toBe(950);
  });

  it('shows "connecting" between Welcome and the catch-up', () => {
    const back = run([{ type: 'joining' }, frame(welcome({ reconnected: true, phase: 'REVEAL' }))]);
    expect(playerScreen(back)).toBe('connecting');
  });

  it('a refused reconnect goes back to the form with the message', () => {
    const refused = run(
      [{ type: 'joining' }, frame({ type: 'CommandRejected', reason: 'UNKNOWN_SESSION', message: 'Phiên chơi không còn hiệu lực.' })],
    );
    expect(playerScreen(refused)).toBe('form');
    expect(refused.rejection?.reason).toBe('UNKNOWN_SESSION');
  });
});

describe('player state: kicked', () => {
  it('shows the host’s decision and stops the question', () => {
    const kicked = run([frame({ type: 'Kicked', banned: true, message: 'Bạn đã bị chủ phòng mời ra khỏi trò chơi.' })], inQuestion());
    expect(playerScreen(kicked)).toBe('kicked');
    expect(kicked.kicked).toEqual({ banned: true, message: 'Bạn đã bị chủ phòng mời ra khỏi trò chơi.' });
    expect(canAnswer(kicked, 0)).toBe(false);
    expect(kicked.timer).toBeNull();
  });

  it('reset goes back to an empty form, keeping the connection status', () => {
    const state = run([{ type: 'connection', status: 'closed' }, { type: 'reset' }], inQuestion());
    expect(state).toEqual({ ...initialPlayerState, connection: 'closed' });
  });
});
