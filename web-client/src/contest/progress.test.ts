import { describe, expect, it } from 'vitest';
import { answerKey, navState, parsePrediction, progress, savedAnswers, withAcknowledged } from './progress';
import type { Attempt } from './types';

const questions = [0, 1, 2, 3].map((position) => ({ position, answer: position === 1 ? { choice: 0 } : null }));

describe('progress of an attempt', () => {
  it('counts saved answers and lists what is left', () => {
    const saved = savedAnswers(questions);
    expect(saved).toEqual({ 0: null, 1: { choice: 0 }, 2: null, 3: null });
    const states = { [answerKey(2)]: { status: 'retrying' as const, tries: 1 }, [answerKey(3)]: { status: 'saving' as const } };
    expect(progress(questions, saved, states)).toEqual({ answered: 1, total: 4, unanswered: [0, 2, 3], unsaved: [2] });
  });

  it('shows each question’s state in the navigator', () => {
    const saved = { 0: { choice: 1 }, 1: null };
    expect(navState(0, saved, {})).toBe('answered');
    expect(navState(1, saved, {})).toBe('unanswered');
    expect(navState(1, saved, { q1: { status: 'saving' } })).toBe('saving');
    expect(navState(0, saved, { q0: { status: 'refused', message: 'x' } })).toBe('failed');
    expect(navState(0, saved, { q0: { status: 'saved' } })).toBe('answered');
  });

  it('reads a prediction as a whole number', () => {
    expect(parsePrediction('1250')).toBe(1250);
    expect(parsePrediction(' 1.250 ')).toBe(1250);
    expect(parsePrediction('12 500')).toBe(12500);
    expect(parsePrediction('0')).toBe(0);
    expect(parsePrediction('-3')).toBeNull();
    expect(parsePrediction('2000000000')).toBeNull();
    expect(parsePrediction('abc')).toBeNull();
    expect(parsePrediction('')).toBeNull();
  });
});

describe('an attempt read while answers were being saved', () => {
  const read: Attempt = {
    id: 9,
    contestId: 1,
    practice: false,
    status: 'IN_PROGRESS',
    startedAt: '2026-11-28T01:00:00Z',
    deadline: '2026-11-28T01:10:00Z',
    remainingMs: 500_000,
    serverTime: '2026-11-28T01:01:40Z',
    questions: [
      { position: 0, type: 'SINGLE_CHOICE', text: 'A?', choices: ['x', 'y'], imageUrl: null, answer: { choice: 0 } },
      { position: 1, type: 'SINGLE_CHOICE', text: 'B?', choices: ['x', 'y'], imageUrl: null, answer: null },
    ],
    prediction: { question: 'Bao nhiêu?', value: null },
  };

  it('keeps the answers acknowledged after the read was asked for, not those before', () => {
    const merged = withAcknowledged(
      read,
      [
        { at: 5, key: 'q0', body: { choice: 1 } },
        { at: 12, key: 'q1', body: { choice: 1 } },
        { at: 13, key: 'prediction', body: { value: 7 } },
      ],
      10,
    );
    expect(savedAnswers(merged.questions)).toEqual({ 0: { choice: 0 }, 1: { choice: 1 } });
    expect(merged.prediction?.value).toBe(7);
    expect(withAcknowledged(read, [{ at: 5, key: 'q1', body: { choice: 1 } }], 10)).toBe(read);
  });
});
