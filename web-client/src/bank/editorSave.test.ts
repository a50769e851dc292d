import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError, type ApiOptions } from '../api';
import type { Me } from '../auth';
import { setLang } from '../i18n';
import { emptyEditor, setChoiceText, setCitation, setCorrect, toContent, type EditorState } from './editor';
import { editRights, readyToSave, saveQuestion, shownErrors } from './editorSave';
import type { Question } from './types';

beforeEach(() => setLang('vi'));

/** A complete, valid single-choice question. */
function valid(): EditorState {
  let s = emptyEditor();
  s = { ...s, text: 'Trẻ em là người dưới bao nhiêu tuổi?', explanation: 'Theo Điều 1 Luật Trẻ em.' };
  ['Dưới 16 tuổi', 'Dưới 18 tuổi', 'Dưới 14 tuổi', 'Dưới 15 tuổi'].forEach((text, i) => (s = setChoiceText(s, s.choices[i].key, text)));
  s = setCorrect(s, s.choices[1].key, true);
  return setCitation(s, s.citations[0].key, { document: '102/2016/QH13', article: '1' });
}

function question(over: Partial<Question> = {}): Question {
  return {
    id: 41,
    key: null,
    status: 'DRAFT',
    version: 3,
    authorId: 7,
    authorName: 'Cô Hoa',
    needsReview: false,
    needsReviewReason: null,
    updatedAt: '2026-12-01T08:00:00Z',
    content: toContent(valid()),
    ...over,
  };
}

const me = (id: number, ...roles: Me['roles']): Me => ({ id, email: `u${id}@luatvui.test`, displayName: 'U', roles, csrfToken: 'x' });

/** A server that answers each request with the next reply (a value, or an error thrown), and notes what was asked. */
function server(...replies: unknown[]) {
  const asked: { path: string; options?: ApiOptions }[] = [];
  const request = async <T,>(path: string, options?: ApiOptions): Promise<T> => {
    asked.push({ path, options });
    const reply = replies.shift();
    if (reply instanceof Error) throw reply;
    return reply as T;
  };
  return { request, asked };
}

describe('saving a question from the editor', () => {
  it('sends nothing while the form has errors of its own', async () => {
    const s = server();
    expect(readyToSave(emptyEditor())).toBe(false);
    expect(await saveQuestion(emptyEditor(), null, true, s.request)).toEqual({ kind: 'invalid' });
    expect(s.asked).toEqual([]);
  });

  it('creates a new question as a draft, its content as the API expects', async () => {
    const state = valid();
    const s = server({ id: 90 });
    expect(await saveQuestion(state, null, false, s.request)).toEqual({ kind: 'saved', id: 90 });
    expect(s.asked).toEqual([{ path: '/api/questions', options: { body: toContent(state) } }]);
  });

  it('saves an edited question as a new version of the one it started from, then sends it for review', async () => {
    const state = valid();
    const s = server({ id: 41 }, null);
    expect(await saveQuestion(state, question(), true, s.request)).toEqual({ kind: 'submitted', id: 41 });
    expect(s.asked).toEqual([
      { path: '/api/questions/41', options: { method: 'PUT', body: { baseVersion: 3, content: toContent(state) } } },
      { path: '/api/questions/41/actions/submit', options: { method: 'POST' } },
    ]);
  });

  it('says the question was saved when sending it for review is refused', async () => {
    const refusal = new ApiError(409, 'conflict', 'Câu hỏi đang chờ duyệt.');
    const s = server({ id: 90 }, refusal);
    expect(await saveQuestion(valid(), null, true, s.request)).toEqual({ kind: 'savedNotSubmitted', id: 90, error: refusal });
  });

  it('puts the server\'s refusals on the fields they name', async () => {
    const state = valid();
    const s = server(new ApiError(422, 'invalid', 'Dữ liệu không hợp lệ', [{ field: 'content.choices[2].text', message: 'Trùng phương án 1' }]));
    expect(await saveQuestion(state, null, false, s.request)).toEqual({
      kind: 'violations',
      errors: { [`choice.${state.choices[2].key}`]: ['Trùng phương án 1'] },
    });
  });

  it('tells of a newer version saved meanwhile, and of any other failure as it is', async () => {
    expect(await saveQuestion(valid(), question(), false, server(new ApiError(409, 'stale', 'Có phiên bản mới hơn')).request)).toEqual({ kind: 'conflict' });
    const offline = new ApiError(0, 'network', 'Failed to fetch');
    expect(await saveQuestion(valid(), null, false, server(offline).request)).toEqual({ kind: 'failed', error: offline });
    // A 422 without field violations is not about a field.
    const bare = new ApiError(422, 'invalid', 'Không lưu được');
    expect(await saveQuestion(valid(), null, false, server(bare).request)).toEqual({ kind: 'failed', error: bare });
  });
});

describe('what the editor shows', () => {
  it('shows the form\'s own errors only once a save was attempted, and the server\'s always', () => {
    const blank = emptyEditor();
    expect(shownErrors(blank, false, {})).toEqual({});
    expect(Object.keys(shownErrors(blank, true, {}))).toContain('text');
    expect(shownErrors(valid(), false, { text: ['Đã có câu hỏi này'] })).toEqual({ text: ['Đã có câu hỏi này'] });
  });

  it('lets the author or a reviewer edit, nobody while the question is in review', () => {
    expect(editRights(null, me(1, 'AUTHOR'))).toEqual({ inReview: false, mayEdit: true });
    expect(editRights(question(), me(7, 'AUTHOR')).mayEdit).toBe(true);
    expect(editRights(question(), me(8, 'AUTHOR')).mayEdit).toBe(false);
    expect(editRights(question(), me(8, 'REVIEWER')).mayEdit).toBe(true);
    expect(editRights(question({ status: 'IN_REVIEW' }), me(7, 'AUTHOR')).inReview).toBe(true);
  });
});
