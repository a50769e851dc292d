import { describe, expect, it } from 'vitest';
import { guess, mappingProblem, mappingQuery, remember, remembered, signature } from './mapping';

const COLUMNS = [
  { letter: 'A', header: 'STT', samples: ['1'] },
  { letter: 'B', header: 'Nội dung câu hỏi', samples: ['Trẻ em là người dưới bao nhiêu tuổi?'] },
  { letter: 'C', header: 'A', samples: ['14 tuổi'] },
  { letter: 'D', header: 'B', samples: ['16 tuổi'] },
  { letter: 'E', header: 'Đáp án', samples: ['B'] },
  { letter: 'F', header: 'Căn cứ pháp lý', samples: ['Điều 1 Luật 102/2016/QH13'] },
];

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

describe('the mapping step', () => {
  it('guesses the usual Vietnamese headers of a school exam sheet', () => {
    expect(guess(COLUMNS)).toEqual({ B: 'question', C: 'option1', D: 'option2', E: 'correct', F: 'citation' });
  });

  it('writes the query the import call takes, and needs a question column used once', () => {
    expect(mappingQuery({ B: 'question', C: 'option1', E: 'correct' })).toBe('question:B,option1:C,correct:E');
    expect(mappingQuery({})).toBeNull();
    expect(mappingProblem({ C: 'option1' })).toBe('question');
    expect(mappingProblem({ B: 'question', C: 'option1', D: 'option1' })).toBe('twice');
    expect(mappingProblem({ B: 'question' })).toBeNull();
  });

  it('remembers a mapping for the next file with the same headers, not for other headers', () => {
    const storage = memoryStorage();
    remember(COLUMNS, { B: 'question', C: 'option1', D: 'option2', E: 'correct' }, storage);

    const same = COLUMNS.map((c) => ({ ...c, header: ` ${c.header.toUpperCase()} `, samples: [] }));
    expect(remembered(same, storage)).toEqual({ B: 'question', C: 'option1', D: 'option2', E: 'correct' });
    expect(remembered(COLUMNS.slice(0, 3), storage)).toBeNull();
    expect(signature(same)).toBe(signature(COLUMNS));
  });
});
