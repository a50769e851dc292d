import { describe, expect, it } from 'vitest';
import { answerKey, navState, parsePrediction, progress, savedAnswers } from './progress';

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
