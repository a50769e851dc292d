import { describe, expect, it } from 'vitest';
import { changedLines, contentChanges } from './diff';
import type { QuestionContent } from './types';

const content = (patch: Partial<QuestionContent> = {}): QuestionContent => ({
  type: 'SINGLE_CHOICE',
  text: 'Người đủ bao nhiêu tuổi thì được lái xe máy?',
  choices: [
    { text: '16 tuổi', correct: false },
    { text: '18 tuổi', correct: true },
  ],
  accepted: [],
  explanation: 'Theo Luật Trật tự, an toàn giao thông đường bộ.',
  citations: [{ document: '36/2024/QH15', article: 59, clause: 1, point: null, quote: null }],
  tags: ['giao-thong'],
  difficulty: 1,
  audience: null,
  visibility: null,
  scoring: null,
  imageUrl: null,
  ...patch,
});

describe('what changed since a question was returned', () => {
  it('nothing when the content is the same', () => {
    expect(contentChanges(content(), content())).toEqual([]);
  });

  it('names each changed field with its lines before and after', () => {
    const after = content({
      explanation: 'Khoản 1 Điều 59 quy định độ tuổi lái xe.',
      choices: [
        { text: '16 tuổi', correct: false },
        { text: 'Đủ 18 tuổi', correct: true },
      ],
    });
    const changes = contentChanges(content(), after);
    expect(changes.map((c) => c.field)).toEqual(['choices', 'explanation']);
    const choices = changedLines(changes[0]);
    expect([...choices.removed]).toEqual(['✓ 18 tuổi']);
    expect([...choices.added]).toEqual(['✓ Đủ 18 tuổi']);
  });

  it('sees a correct answer moved even when the texts stay', () => {
    const after = content({
      choices: [
        { text: '16 tuổi', correct: true },
        { text: '18 tuổi', correct: false },
      ],
    });
    expect(contentChanges(content(), after).map((c) => c.field)).toEqual(['choices']);
  });

  it('shows a citation added', () => {
    const after = content({ citations: [...content().citations, { document: '36/2024/QH15', article: 60, clause: null, point: null, quote: null }] });
    const [change] = contentChanges(content(), after);
    expect(change.field).toBe('citations');
    expect(change.after).toHaveLength(2);
    expect(changedLines(change).added.size).toBe(1);
  });
});
