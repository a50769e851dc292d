import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { Attempt } from '../../contest/types';
import { currentLocation } from '../../router';
import { mountScreen } from '../../test/screen';
import { fakeServer, settle } from '../../test/server';
import { AttemptPage } from './AttemptPage';

const screen = mountScreen('/contests/3/attempts/77');

const CONTEST = {
  id: 3,
  title: 'Tìm hiểu Luật Giao thông',
  description: null,
  rules: null,
  organiser: 'Huyện Đoàn',
  status: 'PUBLISHED',
  settings: {},
  rounds: [{ number: 1, title: 'Đợt 1', opensAt: '2020-01-01T00:00:00Z', closesAt: '2099-01-01T00:00:00Z', state: 'OPEN', closedAt: null, actualFigure: null, resultsPublished: false, participants: 1 }],
  contestants: 1,
  canManage: false,
  serverTime: new Date().toISOString(),
};

const QUESTIONS: Attempt['questions'] = [
  { position: 0, type: 'SINGLE_CHOICE', text: 'Người đi xe máy phải đội gì?', choices: ['Mũ bảo hiểm', 'Mũ lưỡi trai', 'Khăn'], imageUrl: null, answer: null },
  { position: 1, type: 'MULTIPLE_SELECT', text: 'Hành vi nào bị cấm?', choices: ['Đua xe', 'Đi đúng làn', 'Lạng lách'], imageUrl: null, answer: null },
  { position: 2, type: 'TRUE_FALSE', text: 'Trẻ em dưới 6 tuổi được ngồi ghế trước ô tô.', choices: ['Đúng', 'Sai'], imageUrl: null, answer: { choice: 1 } },
];

function attempt(patch: Partial<Attempt> = {}): Attempt {
  return {
    id: 77,
    contestId: 3,
    round: 1,
    practice: false,
    status: 'IN_PROGRESS',
    startedAt: '2026-11-28T01:00:00Z',
    deadline: '2026-11-28T01:05:00Z',
    remainingMs: 300_000,
    serverTime: '2026-11-28T01:00:00Z',
    questions: QUESTIONS,
    prediction: { question: 'Bao nhiêu bài đạt điểm tối đa?', value: null },
    result: null,
    revealAt: null,
    review: null,
    ...patch,
  };
}

const SUBMITTED = attempt({
  status: 'SUBMITTED',
  remainingMs: 0,
  questions: QUESTIONS.map((q, i) => ({ ...q, answer: i === 0 ? { choice: 0 } : q.answer })),
  prediction: { question: 'Bao nhiêu bài đạt điểm tối đa?', value: 42 },
  result: { score: 10, maxScore: 15, correct: 2, total: 3, durationMs: 125_000, submittedAt: '2026-11-28T01:02:05Z', autoSubmitted: false, rank: 1 },
  review: [
    {
      position: 0,
      correct: true,
      points: 5,
      correctAnswer: { choice: 0 },
      explanation: 'Người điều khiển xe mô tô phải đội mũ bảo hiểm.',
      citations: [
        {
          reference: 'điểm b khoản 2 Điều 30',
          documentName: 'Luật Trật tự, an toàn giao thông đường bộ',
          quote: null,
          document: '36/2024/QH15',
          article: 30,
          clause: 2,
          point: 'b',
        },
      ],
    },
    { position: 1, correct: false, points: 0, correctAnswer: { choices: [0, 2] }, explanation: null, citations: [] },
    { position: 2, correct: true, points: 5, correctAnswer: { choice: 1 }, explanation: null, citations: [] },
  ],
});

async function show() {
  act(() => render(<AttemptPage params={{ id: '3', attemptId: '77' }} location={currentLocation()} />, screen.root));
  await act(() => settle());
}

const click = async (el: Element | null | undefined) => {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    (el as HTMLElement).click();
    await settle();
  });
};
const button = (text: string | RegExp) =>
  [...screen.root.querySelectorAll<HTMLButtonElement>('button')].find((b) => (typeof text === 'string' ? b.textContent?.trim() === text : text.test(b.textContent ?? '')));
const answerButton = (text: string) => [...screen.root.querySelectorAll('.answer-button')].find((b) => b.querySelector('.answer-text')?.textContent === text);

describe('attempt screen', () => {
  it('resumes with the saved answers, saves each tap at once and re-syncs the clock', async () => {
    const calls = fakeServer({
      'GET /api/attempts/77': { body: attempt() },
      'GET /api/contests/3': { body: CONTEST },
      'PUT /api/attempts/77/answers/0': { body: { answered: 2, remainingMs: 120_000 } },
      'PUT /api/attempts/77/answers/1': { body: { answered: 3, remainingMs: 110_000 } },
    });
    await show();
    expect(screen.root.querySelector('.attempt-clock-time')?.textContent).toBe('05:00');
    expect(screen.root.querySelector('.attempt-progress')?.textContent).toBe('Đã trả lời 1/3');
    expect(screen.root.querySelector('h1')?.textContent).toBe('Người đi xe máy phải đội gì?');
    expect(screen.root.querySelector('.question-number')?.textContent).toContain('Câu 1/3');
    // Colour and shape on every answer; nothing says which is correct.
    expect(screen.root.querySelectorAll('.answer-button svg.shape')).toHaveLength(3);
    expect(screen.root.textContent).not.toContain('Đáp án đúng');

    await click(answerButton('Mũ bảo hiểm'));
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.url).toBe('/api/attempts/77/answers/0');
    expect(put.body).toEqual({ choice: 0 });
    expect(answerButton('Mũ bảo hiểm')?.getAttribute('aria-pressed')).toBe('true');
    expect(screen.root.querySelector('.save-note')?.textContent).toContain('Đã lưu');
    expect(screen.root.querySelector('.attempt-progress')?.textContent).toBe('Đã trả lời 2/3');
    // The server said 2 minutes were left: the clock follows it.
    expect(screen.root.querySelector('.attempt-clock-time')?.textContent).toBe('02:00');
    expect(screen.root.querySelector('.q-nav-item')?.getAttribute('aria-label')).toBe('Câu 1, đã trả lời');

    // Multiple select: each toggle is saved, sorted.
    await click(button('Câu sau ›'));
    expect(screen.root.querySelector('h1')?.textContent).toBe('Hành vi nào bị cấm?');
    await click(answerButton('Lạng lách'));
    await click(answerButton('Đua xe'));
    const puts = calls.filter((c) => c.url === '/api/attempts/77/answers/1').map((c) => c.body);
    expect(puts).toEqual([{ choices: [2] }, { choices: [0, 2] }]);

    // The third question comes back with its saved answer marked.
    await click(screen.root.querySelectorAll('.q-nav-item')[2]);
    expect(answerButton('Sai')?.getAttribute('aria-pressed')).toBe('true');
    expect(screen.root.querySelector('.save-note')?.textContent).toContain('Đã lưu');
  });

  it('saves the prediction and submits after a confirmation that counts what is unanswered', async () => {
    let submitted = false;
    const calls = fakeServer({
      'GET /api/attempts/77': { body: attempt() },
      'GET /api/contests/3': { body: CONTEST },
      'PUT /api/attempts/77/prediction': { body: { answered: 1, remainingMs: 200_000 } },
      'POST /api/attempts/77/submit': () => {
        submitted = true;
        return { body: SUBMITTED };
      },
    });
    await show();
    await click([...screen.root.querySelectorAll('.q-nav-item')].find((b) => b.textContent === 'Dự đoán'));
    expect(screen.root.querySelector('h1')?.textContent).toBe('Bao nhiêu bài đạt điểm tối đa?');
    const input = screen.root.querySelector<HTMLInputElement>('#prediction-value')!;
    await act(async () => {
      input.value = '1.250';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(button('Lưu dự đoán'));
    expect(calls.find((c) => c.url === '/api/attempts/77/prediction')?.body).toEqual({ value: 1250 });

    await click(screen.root.querySelector('.attempt-submit .button'));
    const dialog = screen.root.querySelector('dialog')!;
    expect(dialog.textContent).toContain('Bạn còn 2/3 câu chưa trả lời.');
    expect(dialog.textContent).not.toContain('câu hỏi dự đoán');
    await click([...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Nộp bài'));
    expect(submitted).toBe(true);

    // The result, then every question with the correct answer and the law.
    expect(screen.root.querySelector('h1')?.textContent).toBe('Kết quả bài thi');
    expect(screen.root.querySelector('.result-score')?.textContent).toBe('10/15 điểm');
    expect(screen.root.querySelector('.result-correct')?.textContent).toBe('Trả lời đúng 2/3 câu');
    expect(screen.root.querySelector('.result-time')?.textContent).toBe('Thời gian làm bài: 2 phút 5 giây');
    expect(screen.root.querySelector('.result-rank')?.textContent).toContain('Xếp hạng: 1');
    expect(screen.root.querySelector('.result-rank')?.textContent).toContain('Tạm tính');
    const first = screen.root.querySelector('.review-item')!;
    expect(first.querySelector('.answer-line')?.textContent).toBe('Mũ bảo hiểm');
    expect(first.querySelector('.citation')?.textContent).toBe('điểm b khoản 2 Điều 30 — Luật Trật tự, an toàn giao thông đường bộ');
    expect(first.querySelector('.cite-open')?.textContent, 'opens the cited article in place').toBe('Đọc điểm b khoản 2 Điều 30');
    expect(first.querySelector('.explanation')?.textContent).toBe('Người điều khiển xe mô tô phải đội mũ bảo hiểm.');
    expect(screen.root.querySelectorAll('.review-item')[1].querySelectorAll('.answer-lines li')).toHaveLength(2);
  });

  it('at 0 says the attempt was submitted automatically and fetches the result', async () => {
    let gets = 0;
    fakeServer({
      'GET /api/attempts/77': () => {
        gets += 1;
        return { body: gets === 1 ? attempt({ remainingMs: 300 }) : { ...SUBMITTED, review: null, revealAt: '2099-01-01T00:00:00Z', result: { ...SUBMITTED.result!, autoSubmitted: true } } };
      },
      'GET /api/contests/3': { body: CONTEST },
    });
    await show();
    expect(screen.root.querySelector('h1')?.textContent).toBe('Người đi xe máy phải đội gì?');
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await settle();
    });
    expect(gets).toBe(2);
    expect(screen.root.querySelector('h1')?.textContent).toBe('Kết quả bài thi');
    expect(screen.root.textContent).toContain('Hết giờ — bài đã được nộp tự động.');
    expect(screen.root.textContent).toContain('Đáp án và giải thích sẽ được công bố lúc');
    expect(screen.root.querySelector('.review-item')).toBeNull();
  });

  it('keeps an answer the network dropped and says it is trying again', async () => {
    fakeServer({
      'GET /api/attempts/77': { body: attempt() },
      'GET /api/contests/3': { body: CONTEST },
    });
    await show();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await click(answerButton('Khăn'));
    expect(screen.root.querySelector('.save-note')?.textContent).toContain('Chưa lưu được vì mất kết nối; đang thử lại…');
    expect(screen.root.querySelector('.save-summary')?.textContent).toContain('Đang chờ gửi: 1');
    expect(screen.root.querySelector('.q-nav-item')?.classList.contains('failed')).toBe(true);
    expect(answerButton('Khăn')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('explains an attempt that is not this device’s', async () => {
    fakeServer({
      'GET /api/attempts/77': { status: 404, body: { error: { code: 'not_found', message: 'Không tìm thấy bài thi.' } } },
      'GET /api/contests/3': { body: CONTEST },
    });
    await show();
    expect(screen.root.querySelector('h1')?.textContent).toBe('Không mở được bài thi');
    expect(screen.root.querySelector('a')?.getAttribute('href')).toBe('/contests/3');
  });
});
