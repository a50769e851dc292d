import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../../i18n';
import { fakeServer, settle } from '../../test/server';
import { HostReport, type GameReport } from './HostReport';

let root: HTMLElement;

const REPORT: GameReport = {
  gameId: '42',
  scoring: 'ACCURACY_FIRST',
  finished: true,
  players: [
    { rank: 1, playerId: 2, nickname: 'Bình', score: 2000, correctCount: 2, answered: 2, averageTimeMs: 1500, answers: [] },
    { rank: 2, playerId: 1, nickname: 'An', score: 0, correctCount: 0, answered: 1, averageTimeMs: 800, answers: [] },
  ],
  questions: [
    {
      index: 0,
      questionId: 5,
      version: 1,
      type: 'SINGLE_CHOICE',
      text: 'Người dưới bao nhiêu tuổi là trẻ em?',
      status: 'SCORED',
      answered: 2,
      correctCount: 1,
      playerCount: 2,
      percentCorrect: 50,
      averageTimeMs: 1200,
      distribution: [
        { text: 'Dưới 16 tuổi', correct: true, count: 1 },
        { text: 'Dưới 18 tuổi', correct: false, count: 1 },
      ],
    },
    {
      index: 1,
      questionId: 6,
      version: 1,
      type: 'TRUE_FALSE',
      text: 'Đội mũ bảo hiểm là bắt buộc.',
      status: 'SCORED',
      answered: 2,
      correctCount: 0,
      playerCount: 2,
      percentCorrect: 0,
      averageTimeMs: 900,
      distribution: [
        { text: 'Đúng', correct: true, count: 0 },
        { text: 'Sai', correct: false, count: 2 },
      ],
    },
    { index: 2, questionId: 7, version: 1, type: 'POLL', text: 'Ý kiến?', status: 'SKIPPED', answered: 0, correctCount: 0, playerCount: 0, percentCorrect: null, averageTimeMs: 0, distribution: [] },
  ],
};

beforeEach(() => {
  setLang('vi');
  root = document.createElement('div');
  document.body.appendChild(root);
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
  vi.unstubAllGlobals();
});

async function show() {
  act(() => render(<HostReport params={{ gameId: '42' }} location={{ path: '/host/42/report', query: new URLSearchParams() }} />, root));
  await act(() => settle());
}

describe('game report', () => {
  it('shows the players, the questions to go over again, and the downloads', async () => {
    fakeServer({
      'GET /api/games/42/report': { body: REPORT },
      'GET /api/games': { body: [{ id: 42, title: 'Luật giao thông', pin: '482913', status: 'FINISHED', createdAt: '', finishedAt: '', players: 2 }] },
    });
    await show();
    expect(root.querySelector('h1')?.textContent).toBe('Báo cáo: Luật giao thông');
    expect(root.querySelector('.lead')?.textContent).toBe('2 người chơi · 3 câu hỏi · Chính xác trước hết · trung bình 25% trả lời đúng');
    expect([...root.querySelectorAll('tbody tr')].map((r) => r.textContent)).toEqual(['1Bình2.0002/21,5', '2An00/10,8']);
    expect(root.querySelector('#report-review + ul')?.textContent).toBe('Câu 2 (0% đúng): Đội mũ bảo hiểm là bắt buộc.');
    expect(root.querySelector('a[href="/api/games/42/report?format=xlsx"]')?.hasAttribute('download')).toBe(true);
    expect(root.querySelector('a[href="/api/games/42/report?format=csv&part=questions"]')).not.toBeNull();
    expect(root.querySelectorAll('.report-questions > li')[2].textContent).toContain('Đã bỏ qua');
  });

  it('says when the report is not there yet', async () => {
    fakeServer({ 'GET /api/games': { body: [] } });
    await show();
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Báo cáo có sau khi trò chơi kết thúc.');
  });
});
