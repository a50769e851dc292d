// One example of every frame the web client may send, typed by the protocol's own types: a type the
// client can send without an example here, or an example that does not fit its type, fails tsc.
// client-frames.json holds the same examples for the server's ClientFramesContractTest, which reads
// each with the server's strict frame reader and checks that every frame the server takes is here.
import type { AnswerPayload, ClientFrame } from '../game/protocol';

type OnePerType = { [K in ClientFrame['type']]: Extract<ClientFrame, { type: K }> };

export const clientFrames: OnePerType = {
  host: { type: 'host', v: 1, gameId: 42 },
  check: { type: 'check', v: 1, pin: '482913' },
  join: { type: 'join', v: 1, pin: '482913', nickname: 'Lan Anh' },
  reconnect: { type: 'reconnect', v: 1, pin: '482913', token: 'tok-7' },
  answer: { type: 'answer', q: 0, answer: { choice: 1 } },
  leave: { type: 'leave' },
  ping: { type: 'ping' },
  start: { type: 'start' },
  next: { type: 'next' },
  skip: { type: 'skip' },
  pause: { type: 'pause' },
  resume: { type: 'resume' },
  end: { type: 'end' },
  leaderboard: { type: 'leaderboard', shown: true },
  lock: { type: 'lock', locked: true },
  lateJoin: { type: 'lateJoin', allowed: false },
  kick: { type: 'kick', playerId: 7, ban: true },
};

/** One answer of every shape. */
export const answerPayloads: AnswerPayload[] = [{ choice: 1 }, { choices: [0, 2] }, { text: 'mười sáu' }, { order: [2, 0, 1] }];
