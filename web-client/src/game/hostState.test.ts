import { describe, expect, it } from 'vitest';
import { count, intro, opened, podium, reveal, scoreboard } from '../test/frames';
import { connectedCount, hostReducer, hostRefused, initialHostState, isLastQuestion, type HostAction, type HostState } from './hostState';
import type { HostWelcome, ServerFrame } from './protocol';
import { remainingAt } from './timer';

const frame = (f: ServerFrame, at = 0): HostAction => ({ type: 'frame', frame: f, at });
const run = (actions: HostAction[], from: HostState = initialHostState) => actions.reduce(hostReducer, from);

const hello: HostWelcome = {
  type: 'HostWelcome',
  gameId: 42,
  pin: '482913',
  joinUrl: 'http://localhost/play?pin=482913',
  title: 'Luật giao thông',
  questionCount: 3,
};
const lobbyChanged = (over: Partial<{ locked: boolean; lateJoinAllowed: boolean; leaderboardShown: boolean; playerCount: number }> = {}) =>
  ({ type: 'LobbyChanged', locked: false, lateJoinAllowed: true, leaderboardShown: true, playerCount: 0, maxPlayers: 200, ...over }) as const;

const lobby = () =>
  run([
    { type: 'connection', status: 'open' },
    frame(hello),
    frame(lobbyChanged()),
    frame({ type: 'PlayerList', players: [] }),
    frame({ type: 'PlayerJoined', playerId: 1, nickname: 'An', playerCount: 1 }),
    frame({ type: 'PlayerJoined', playerId: 2, nickname: 'Bình', playerCount: 2 }),
    frame({ type: 'PlayerJoined', playerId: 3, nickname: 'Chi', playerCount: 3 }),
  ]);

const inQuestion = () => run([{ type: 'sent', command: 'start' }, frame({ type: 'GameStarted', questionCount: 3, playerCount: 3 }), frame(opened(0), 100), frame(count(0, 0))], lobby());

describe('host state: the lobby', () => {
  it('takes the welcome, the settings and the players in join order', () => {
    const state = lobby();
    expect(state.game).toEqual({ gameId: 42, pin: '482913', joinUrl: 'http://localhost/play?pin=482913', title: 'Luật giao thông', questionCount: 3 });
    expect(state.phase).toBe('LOBBY');
    expect(state.players.map((p) => p.nickname)).toEqual(['An', 'Bình', 'Chi']);
    expect(state.playerCount).toBe(3);
    expect(state.news).toEqual({ text: 'joined', nickname: 'Chi', seq: 3 });
  });

  it('follows presence, leaves, kicks and bans', () => {
    const state = run(
      [
        frame({ type: 'PresenceChanged', playerId: 2, connected: false, connectedCount: 2 }),
        frame({ type: 'PlayerLeft', playerId: 1, nickname: 'An', kicked: false, banned: false, playerCount: 2 }),
      ],
      lobby(),
    );
    expect(state.players.map((p) => [p.nickname, p.connected])).toEqual([
      ['Bình', false],
      ['Chi', true],
    ]);
    expect(connectedCount(state)).toBe(1);
    expect(state.news?.text).toBe('left');
    const kicked = hostReducer(state, frame({ type: 'PlayerLeft', playerId: 3, nickname: 'Chi', kicked: true, banned: true, playerCount: 1 }));
    expect(kicked.news).toMatchObject({ text: 'banned', nickname: 'Chi' });
    expect(kicked.playerCount).toBe(1);
  });

  it('follows lock, late join and leaderboard settings', () => {
    const state = hostReducer(lobby(), frame(lobbyChanged({ locked: true, lateJoinAllowed: false, leaderboardShown: false, playerCount: 3 })));
    expect([state.locked, state.lateJoinAllowed, state.leaderboardShown]).toEqual([true, false, false]);
  });

  it('a join seen twice (catch-up after a PlayerList) does not list the player twice', () => {
    const state = hostReducer(lobby(), frame({ type: 'PlayerJoined', playerId: 2, nickname: 'Bình', playerCount: 3 }));
    expect(state.players).toHaveLength(3);
  });

  it('shows a refused command, and clears it when dismissed or on the next command', () => {
    const refused = run(
      [{ type: 'sent', command: 'start' }, frame({ type: 'CommandRejected', reason: 'NO_PLAYERS', message: 'Chưa có người chơi nào trong phòng.' })],
      run([frame(hello)]),
    );
    expect(refused.rejection).toEqual({ reason: 'NO_PLAYERS', message: 'Chưa có người chơi nào trong phòng.' });
    expect(refused.pending).toBeNull();
    expect(hostReducer(refused, { type: 'dismiss' }).rejection).toBeNull();
    expect(hostReducer(refused, { type: 'sent', command: 'lock' }).rejection).toBeNull();
  });

  it('an error before the welcome means this screen cannot host the game', () => {
    const state = hostReducer(initialHostState, frame({ type: 'Error', code: 'GAME_NOT_FOUND', message: 'Không tìm thấy trò chơi.' }));
    expect(hostRefused(state)).toBe(true);
    expect(hostReducer(state, { type: 'dismiss' }).error).not.toBeNull();
    const later = hostReducer(lobby(), frame({ type: 'Error', code: 'RATE', message: 'Quá nhanh.' }));
    expect(hostRefused(later)).toBe(false);
    expect(hostReducer(later, { type: 'dismiss' }).error).toBeNull();
  });
});

describe('host state: a question', () => {
  it('waits for the room after start, then shows the lead-in and the open question', () => {
    const sent = hostReducer(lobby(), { type: 'sent', command: 'start' });
    expect(sent.pending).toBe('start');
    const started = run([frame({ type: 'GameStarted', questionCount: 3, playerCount: 3 }), frame(intro(0, 5000), 10)], sent);
    expect(started.pending).toBeNull();
    expect(started.phase).toBe('QUESTION_INTRO');
    expect(started.started).toBe(true);
    expect(remainingAt(started.timer!, 1010)).toBe(4000);
    const open = run([frame(opened(0, 20_000), 5000), frame(count(0, 0))], started);
    expect(open.phase).toBe('QUESTION_OPEN');
    expect(open.question?.text).toBe('Câu hỏi số 1?');
    expect(open.answered).toBe(0);
  });

  it('counts answers of the current question only', () => {
    const state = run([frame(count(0, 1)), frame(count(0, 2)), frame(count(5, 3))], inQuestion());
    expect(state.answered).toBe(2);
    expect(state.playerCount).toBe(3);
  });

  it('keeps the count when the open question is sent again (catch-up)', () => {
    const state = run([frame(count(0, 2)), frame(opened(0, 9000))], inQuestion());
    expect(state.answered).toBe(2);
  });

  it('pending "next" blocks a double click until the reveal comes, or the command settles', () => {
    const sent = hostReducer(inQuestion(), { type: 'sent', command: 'next' });
    expect(sent.pending).toBe('next');
    expect(hostReducer(sent, frame(reveal(0))).pending).toBeNull();
    expect(hostReducer(sent, { type: 'settle' }).pending).toBeNull();
    expect(hostReducer(sent, { type: 'connection', status: 'reconnecting' }).pending).toBeNull();
    // Settings are not waited for.
    expect(hostReducer(inQuestion(), { type: 'sent', command: 'pause' }).pending).toBeNull();
  });

  it('pauses and resumes the countdown', () => {
    const paused = hostReducer(inQuestion(), frame({ type: 'Paused', phase: 'QUESTION_OPEN', remainingMillis: 8000 }, 1000));
    expect(paused.paused).toBe(true);
    expect(remainingAt(paused.timer!, 99_000)).toBe(8000);
    const resumed = hostReducer(paused, frame({ type: 'Resumed', phase: 'QUESTION_OPEN', endsAt: 5, remainingMillis: 8000 }, 100_000));
    expect(resumed.paused).toBe(false);
    expect(remainingAt(resumed.timer!, 101_000)).toBe(7000);
  });

  it('a skipped question leaves the screen', () => {
    const skipped = hostReducer(inQuestion(), frame({ type: 'QuestionSkipped', questionIndex: 0 }));
    expect(skipped.question).toBeNull();
    expect(skipped.skipped).toBe(0);
    expect(skipped.timer).toBeNull();
  });
});

describe('host state: reveal to the end', () => {
  it('shows the reveal, then the scoreboard with scores copied to the players', () => {
    const revealed = hostReducer(inQuestion(), frame(reveal(0)));
    expect(revealed.phase).toBe('REVEAL');
    expect(revealed.reveal?.choiceCounts).toEqual([2, 1, 0, 0]);
    expect(revealed.answered).toBe(3);
    expect(revealed.timer).toBeNull();
    expect(isLastQuestion(revealed)).toBe(false);
    const board = hostReducer(
      revealed,
      frame({ ...scoreboard(0), top: [{ rank: 1, playerId: 2, nickname: 'Bình', score: 950 }] }),
    );
    expect(board.phase).toBe('SCOREBOARD');
    expect(board.players.find((p) => p.playerId === 2)).toMatchObject({ score: 950, rank: 1 });
  });

  it('knows the last question', () => {
    const last = run([frame(opened(2)), frame(reveal(2))], inQuestion());
    expect(isLastQuestion(last)).toBe(true);
  });

  it('ends with the podium and the end of the game', () => {
    const end = run([frame(reveal(2)), frame(podium), frame({ type: 'GameEnded', early: false })], inQuestion());
    expect(end.phase).toBe('FINISHED');
    expect(end.podium?.map((s) => s.nickname)).toEqual(['Lan Anh', 'Bảo', 'Chi']);
    expect(end.ended).toEqual({ early: false });
  });

  it('rebuilds everything after a reconnect: welcome, settings, players, the phase', () => {
    const before = run([frame(reveal(0))], inQuestion());
    const back = run(
      [
        { type: 'connection', status: 'open' },
        frame(hello),
        frame(lobbyChanged({ playerCount: 3, locked: true })),
        frame({
          type: 'PlayerList',
          players: [
            { playerId: 1, nickname: 'An', connected: true, score: 950, rank: 1 },
            { playerId: 3, nickname: 'Chi', connected: false, score: 0, rank: 2 },
          ],
        }),
        frame(opened(1, 6000), 200),
        frame(count(1, 1)),
      ],
      before,
    );
    expect(back.game?.pin).toBe('482913');
    expect(back.locked).toBe(true);
    expect(back.players.map((p) => p.nickname)).toEqual(['An', 'Chi']);
    expect(back.phase).toBe('QUESTION_OPEN');
    expect(back.started).toBe(true);
    expect(back.question?.index).toBe(1);
    expect(back.answered).toBe(1);
    expect(back.reveal).toBeNull();
    expect(remainingAt(back.timer!, 1200)).toBe(5000);
  });

  it('ignores pong and player-only events', () => {
    const state = lobby();
    expect(hostReducer(state, frame({ type: 'pong', now: 3 }))).toBe(state);
    expect(hostReducer(state, frame({ type: 'AnswerAccepted', questionIndex: 0, alreadyAnswered: false }))).toBe(state);
  });
});
