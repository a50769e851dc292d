import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { currentLocation } from '../../router';
import { mountScreen } from '../../test/screen';
import { fakeServer, settle } from '../../test/server';
import { ContestLanding } from './ContestLanding';

const screen = mountScreen('/contests/3');

const CONTEST = {
  id: 3,
  title: 'Tìm hiểu Luật Trật tự, an toàn giao thông đường bộ',
  description: 'Dành cho đoàn viên, thanh niên huyện Bình Minh.',
  rules: 'Điều 1. Đối tượng\n  Đoàn viên từ 16 tuổi.',
  organiser: 'Huyện Đoàn Bình Minh',
  status: 'PUBLISHED',
  settings: { questionsPerAttempt: 5, timeLimitSeconds: 300, askIdNumber: false, practiceEnabled: true },
  rounds: [
    { number: 1, title: 'Đợt 1', opensAt: '2020-01-01T00:00:00Z', closesAt: '2099-01-01T00:00:00Z', state: 'OPEN', closedAt: null, actualFigure: null, resultsPublished: false, participants: 2 },
    { number: 2, title: 'Đợt 2', opensAt: '2099-02-01T00:00:00Z', closesAt: '2099-03-01T00:00:00Z', state: 'UPCOMING', closedAt: null, actualFigure: null, resultsPublished: false, participants: 0 },
  ],
  contestants: 2,
  canManage: false,
  serverTime: new Date().toISOString(),
};

const UNITS = [
  { id: 10, code: 'HD', name: 'Huyện Đoàn Bình Minh', depth: 0 },
  { id: 11, code: 'CD1', name: 'Chi đoàn Thôn Đông', parentId: 10, depth: 1, members: 30 },
  { id: 12, code: 'CD2', name: 'Chi đoàn Thôn Tây', parentId: 10, depth: 1, members: 25 },
];

// As the server sends it: empty fields (no attempt in progress, no best yet) are left out.
const ME = {
  contestant: { id: 501, fullName: 'Trần Thị Ánh', birthDate: '2006-03-15', unitId: 12, unitName: 'Chi đoàn Thôn Tây' },
  rounds: [{ number: 1, attemptsUsed: 0, attemptsLeft: 1 }],
  attempts: [],
};

const BOARD = {
  round: 1,
  final: false,
  actualFigure: null,
  total: 2,
  top: [
    { rank: 1, contestantId: 500, fullName: 'Lê Văn Bình', unit: 'Chi đoàn Thôn Đông', score: 25, durationMs: 61_000, prediction: null, distance: null },
    { rank: 2, contestantId: 501, fullName: 'Trần Thị Ánh', unit: 'Chi đoàn Thôn Tây', score: 20, durationMs: 90_000, prediction: null, distance: null },
  ],
  me: { rank: 2, neighbours: [] },
};

async function show() {
  act(() => render(<ContestLanding params={{ id: '3' }} location={currentLocation()} />, screen.root));
  // The contest first, then what its page loads.
  await act(() => settle());
  await act(() => settle());
}

const submit = async (form: Element) => {
  await act(async () => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle();
  });
};

describe('contest landing page', () => {
  it('registers a contestant: checks the form, picks the unit by a search without diacritics, shows the access code', async () => {
    let registered = false;
    const calls = fakeServer({
      'GET /api/contests/3': { body: CONTEST },
      'GET /api/contests/3/me': () => (registered ? { body: ME } : { status: 401, body: { error: { code: 'not_registered', message: 'Chưa đăng ký.' } } }),
      'GET /api/contests/3/units': { body: UNITS },
      'GET /api/contests/3/leaderboard': { body: { ...BOARD, me: null } },
      'GET /api/contests/3/unit-ranking': { body: [] },
      'POST /api/contests/3/registrations': (call) => {
        registered = true;
        return { status: 201, body: { contestant: { ...ME.contestant, fullName: (call.body as { fullName: string }).fullName }, accessCode: 'K7QP-29XM' } };
      },
      'POST /api/contests/3/attempts': { status: 201, body: { id: 88 } },
    });
    await show();
    expect(screen.root.querySelector('h1')?.textContent).toBe(CONTEST.title);
    expect(screen.root.querySelector('.rules-text')?.textContent).toBe(CONTEST.rules);
    expect([...screen.root.querySelectorAll('.round-list .badge')].map((b) => b.textContent)).toEqual(['Đang mở', 'Sắp mở']);
    // Not registered: the form and the sign-in with a code; nobody's rank.
    expect(screen.root.querySelector('#register-heading')?.textContent).toBe('Đăng ký dự thi');
    expect(screen.root.querySelector('#signin-heading')?.textContent).toBe('Đã đăng ký? Nhập mã dự thi');
    expect(screen.root.querySelector('.my-rank')).toBeNull();
    expect(screen.root.textContent).toContain('Tạm tính');

    const form = screen.root.querySelector('.register-form')!;
    await submit(form);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    expect(screen.root.querySelector('#reg-fullName-error')?.textContent).toBe('Hãy nhập họ và tên.');
    expect(screen.root.querySelector('#reg-contact-error')?.textContent).toBe('Hãy nhập số điện thoại hoặc email.');
    expect(document.activeElement?.id).toBe('reg-fullName');

    await screen.type('#reg-fullName', 'Trần Thị Ánh');
    await screen.type('#reg-birthDate', '2006-03-15');
    await screen.type('#reg-unitId', 'thon tay');
    const options = [...screen.root.querySelectorAll('.unit-option')];
    expect(options.map((o) => o.textContent)).toEqual(['Huyện Đoàn Bình Minh › Chi đoàn Thôn Tây']);
    await act(async () => options[0].querySelector('input')!.click());
    expect(screen.root.querySelector('.unit-chosen')?.textContent).toContain('Huyện Đoàn Bình Minh › Chi đoàn Thôn Tây');
    await screen.type('#reg-phone', '0912 345 678');
    expect(screen.root.querySelector('.privacy-notice')?.textContent).toContain('Số điện thoại hoặc email');
    await submit(form);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    expect(screen.root.textContent).toContain('Cần đồng ý với việc xử lý dữ liệu cá nhân');
    await act(async () => (screen.root.querySelector('#reg-consent') as HTMLInputElement).click());
    await submit(form);
    await act(() => settle());

    const post = calls.find((c) => c.url === '/api/contests/3/registrations')!;
    expect(post.body).toEqual({
      fullName: 'Trần Thị Ánh',
      birthDate: '2006-03-15',
      unitId: 12,
      phone: '0912345678',
      email: null,
      idNumber: null,
      consent: { accepted: true, guardianName: null, guardianAccepted: false },
    });
    expect(screen.root.querySelector('.access-code')?.textContent).toBe('K7QP-29XM');
    expect(screen.root.textContent).toContain('Hãy lưu mã dự thi này');
    // Registered now: the contestant's rounds, and the open one can start.
    expect(screen.root.querySelector('#my-heading')?.textContent).toBe('Bài thi của Trần Thị Ánh');
    expect(screen.root.querySelector('.register-form')).toBeNull();
    const start = [...screen.root.querySelectorAll('button')].find((b) => b.textContent === 'Bắt đầu làm bài')!;
    await act(async () => {
      start.click();
      await settle();
    });
    expect(calls.find((c) => c.url === '/api/contests/3/attempts')?.body).toEqual({ round: 1 });
    expect(currentLocation().path).toBe('/contests/3/attempts/88');
  });

  it('a registered contestant sees their rank and can continue an attempt in progress', async () => {
    fakeServer({
      'GET /api/contests/3': { body: CONTEST },
      'GET /api/contests/3/me': { body: { ...ME, attemptInProgress: 64, rounds: [{ number: 1, attemptsUsed: 1, attemptsLeft: 0, best: null }] } },
      'GET /api/contests/3/units': { body: UNITS },
      'GET /api/contests/3/leaderboard': { body: BOARD },
      'GET /api/contests/3/unit-ranking': { body: [] },
    });
    await show();
    expect(screen.root.querySelector('.register-form')).toBeNull();
    const resume = [...screen.root.querySelectorAll('a')].find((a) => a.textContent === 'Tiếp tục bài đang làm')!;
    expect(resume.getAttribute('href')).toBe('/contests/3/attempts/64');
    expect([...screen.root.querySelectorAll('button')].some((b) => b.textContent === 'Bắt đầu làm bài')).toBe(false);
    expect(screen.root.querySelector('.my-rank')?.textContent).toBe('Bạn đang xếp hạng 2/2');
    expect(screen.root.querySelector('.board-table tr.me .board-name')?.textContent).toBe('Trần Thị Ánh');
  });

  it('signs in with an access code; a wrong one is explained at the field', async () => {
    const calls = fakeServer({
      'GET /api/contests/3': { body: CONTEST },
      'GET /api/contests/3/me': { status: 401, body: { error: { code: 'not_registered', message: 'Chưa đăng ký.' } } },
      'GET /api/contests/3/units': { body: UNITS },
      'GET /api/contests/3/leaderboard': { body: { ...BOARD, me: null } },
      'GET /api/contests/3/unit-ranking': { body: [] },
      'POST /api/contests/3/sign-in': (call) =>
        (call.body as { accessCode: string }).accessCode === 'K7QP-29XM'
          ? { body: ME }
          : { status: 401, body: { error: { code: 'bad_code', message: 'Mã dự thi không đúng.' } } },
    });
    await show();
    const form = screen.root.querySelector('.signin-form')!;
    await screen.type('#signin-code', 'SAI-MA');
    await submit(form);
    expect(screen.root.querySelector('#signin-code-error')?.textContent).toBe('Mã dự thi không đúng.');
    await screen.type('#signin-code', ' K7QP-29XM ');
    await submit(form);
    expect(calls.filter((c) => c.url.endsWith('/sign-in')).map((c) => c.body)).toEqual([{ accessCode: 'SAI-MA' }, { accessCode: 'K7QP-29XM' }]);
    expect(screen.root.querySelector('#my-heading')?.textContent).toBe('Bài thi của Trần Thị Ánh');
  });

  it('says so when the contest does not exist', async () => {
    fakeServer({ 'GET /api/contests/3': { status: 404, body: { error: { code: 'not_found', message: 'Không tìm thấy cuộc thi.' } } } });
    await show();
    expect(screen.root.querySelector('h1')?.textContent).toBe('Không tìm thấy cuộc thi');
  });
});
