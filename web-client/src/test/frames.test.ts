// The hand-built server frames of the unit tests (frames.ts) against the server's real ones
// (server-frames.json, written and kept current by the server's ServerFramesTest): the same
// fields, of the same JSON types, at every level.
import { describe, expect, it } from 'vitest';
import server from './server-frames.json';
import * as frames from './frames';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const kind = (value: Json): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** Where the fixture and the server's frame differ in shape; a null in the fixture stands for a field the server leaves out. */
function differences(fixture: Json, real: Json, path: string): string[] {
  if (fixture === null || real === null) return [];
  if (kind(fixture) !== kind(real)) return [`${path}: ${kind(fixture)} here, ${kind(real)} from the server`];
  if (Array.isArray(fixture) && Array.isArray(real)) {
    return fixture.length > 0 && real.length > 0 ? differences(fixture[0], real[0], `${path}[0]`) : [];
  }
  if (kind(fixture) !== 'object') return [];
  const mine = fixture as Record<string, Json>;
  const theirs = real as Record<string, Json>;
  const found: string[] = [];
  for (const key of Object.keys(theirs)) {
    if (!(key in mine)) found.push(`${path}.${key}: missing here`);
  }
  for (const key of Object.keys(mine)) {
    if (!(key in theirs)) {
      if (mine[key] !== null) found.push(`${path}.${key}: not sent by the server`);
    } else {
      found.push(...differences(mine[key], theirs[key], `${path}.${key}`));
    }
  }
  return found;
}

const real = server as unknown as Record<string, Json>;

const fixtures: [string, Json][] = [
  ['Welcome', frames.welcome() as unknown as Json],
  ['QuestionIntro', frames.intro(0) as unknown as Json],
  ['QuestionOpened', frames.opened(0) as unknown as Json],
  ['Reveal', frames.reveal(0) as unknown as Json],
  ['PlayerResult', frames.result(0) as unknown as Json],
  ['AnswerCount', frames.count(0, 1) as unknown as Json],
  ['Scoreboard', frames.scoreboard(0) as unknown as Json],
  ['Podium', frames.podium as unknown as Json],
  ['FinalResult', frames.finalResult as unknown as Json],
];

describe('the test frames', () => {
  it.each(fixtures)('%s has the fields of the server frame, of the same types', (type, fixture) => {
    expect(real[type], `the server sent no ${type}`).toBeDefined();
    expect(differences(fixture, real[type], type)).toEqual([]);
  });

  it('tells a missing or mistyped field', () => {
    expect(differences({ type: 'X', a: 1 } as Json, { type: 'X', a: '1', b: true } as Json, 'X')).toEqual([
      'X.b: missing here',
      'X.a: number here, string from the server',
    ]);
  });
});
