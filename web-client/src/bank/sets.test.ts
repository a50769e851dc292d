import { describe, expect, it } from 'vitest';
import { newItem } from './sets';

describe('a question added to a set', () => {
  it("starts at the question's own time, from its imported file, or 20 seconds", () => {
    expect(newItem({ timeLimitSeconds: 60 })).toEqual({ timeLimitSeconds: 60, points: 1000 });
    expect(newItem({ timeLimitSeconds: null })).toEqual({ timeLimitSeconds: 20, points: 1000 });
    expect(newItem({ timeLimitSeconds: 45 })).toEqual({ timeLimitSeconds: 20, points: 1000 });
    expect(newItem({})).toEqual({ timeLimitSeconds: 20, points: 1000 });
  });
});
