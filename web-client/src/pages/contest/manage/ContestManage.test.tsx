import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { currentLocation, useLocation } from '../../../router';
import { mountScreen } from '../../../test/screen';
import { fakeServer, settle } from '../../../test/server';
import { ContestManage } from './ContestManage';

const screen = mountScreen();

const SETS = [{ id: 4, title: 'Giao thông cơ bản', description: null, ownerId: 2, ownerName: 'Cô Lan', shared: true, questionCount: 30, updatedAt: '2026-11-01T00:00:00Z' }];

const UNITS = [
  { id: 1, code: 'HD', name: 'Huyện Đoàn Bình Minh', parentId: null, depth: 0, members: null },
  { id: 2, code: 'XA1', name: 'Đoàn xã An Phú', parentId: 1, depth: 1, members: 30 },
];

const CONTEST = {
  id: 9,
  title: 'Tìm hiểu pháp luật 2026',
  description: null,
  rules: null,
  organiser: 'Huyện Đoàn Bình Minh',
  status: 'DRAFT',
  settings: { questionsPerAttempt: 5, timeLimitSeconds: 300, attemptsPerRound: 1, practiceEnabled: false, reveal: 'AFTER_SUBMIT', pointsPerQuestion: 5, predictionQuestion: null, predictionTarget: null, askIdNumber: false, winnersPerRound: 3, pool: { setIds: [4], tags: [], quotas: [] } },
  rounds: [{ number: 1, title: 'Đợt 1', opensAt: '2026-11-01T00:00:00Z', closesAt: '2099-01-01T00:00:00Z', state: 'OPEN', closedAt: null, actualFigure: null, resultsPublished: false, participants: 3 }],
  contestants: 3,
  canManage: true,
  serverTime: '2026-11-28T00:00:00Z',
};

function Screen(props: { id?: string }) {
  const location = useLocation();
  return <ContestManage params={props.id ? { id: props.id } : {}} location={location} />;
}

async function show(url: string, id?: string) {
  screen.visit(url);
  act(() => render(<Screen id={id} />, screen.root));
  await act(() => settle());
  await act(() => settle());
}

const button = (text: string) => [...screen.root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === text);
const click = async (el: Element | undefined | null) => {
  await act(async () => {
    (el as HTMLElement).click();
    await settle();
  });
};

describe('organiser: a new contest', () => {
  it('lists what to fix, then creates the draft with its settings and opens its page', async () => {
    const calls = fakeServer({
      'GET /api/question-sets': { body: SETS },
      'POST /api/contests': { status: 201, body: { ...CONTEST, id: 21 } },
      'GET /api/contests/21': { body: { ...CONTEST, id: 21 } },
    });
    await show('/contests/new');
    expect(screen.root.querySelector('h1')?.textContent).toBe('Tạo cuộc thi');
    expect([...screen.root.querySelectorAll('[role="tab"]')].map((t) => t.textContent)).toEqual(['Thiết lập', 'Đợt thi']);
    expect(screen.root.textContent).toContain('Chưa chọn nguồn câu hỏi nào');

    await screen.type('#cf-settings-timeLimitSeconds', '0,5');
    await click(button('Tạo cuộc thi (bản nháp)'));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    const summary = screen.root.querySelector('#cform-problems')!;
    expect(summary.textContent).toContain('Có 3 chỗ cần sửa');
    expect(summary.textContent).toContain('Tên cuộc thi: Mục này bắt buộc.');
    expect(summary.textContent).toContain('Thời gian làm bài (phút): Hãy nhập số phút từ 1 đến 120');
    expect(screen.root.querySelector('#cf-title')?.getAttribute('aria-invalid')).toBe('true');

    await screen.type('#cf-title', 'Tìm hiểu pháp luật 2026');
    await screen.type('#cf-organiser', 'Huyện Đoàn Bình Minh');
    await screen.type('#cf-settings-timeLimitSeconds', '5');
    await act(async () => screen.root.querySelector<HTMLInputElement>('.set-picks input')!.click());
    // A round, on the other tab.
    await click(screen.root.querySelector('#tab-rounds'));
    expect(currentLocation().query.get('tab')).toBe('rounds');
    await click(button('Thêm đợt thi'));
    expect(screen.root.querySelector<HTMLInputElement>('#cf-rounds-0-title')?.value).toBe('Đợt 1');
    await click(button('Tạo cuộc thi (bản nháp)'));

    const post = calls.find((c) => c.method === 'POST')!;
    const body = post.body as { title: string; settings: Record<string, unknown>; rounds: { number: number; opensAt: string }[] };
    expect(body.title).toBe('Tìm hiểu pháp luật 2026');
    expect(body.settings).toMatchObject({ timeLimitSeconds: 300, questionsPerAttempt: 20, pool: { setIds: [4], tags: [], quotas: [] } });
    expect(body.rounds).toHaveLength(1);
    expect(body.rounds[0].number).toBe(1);
    expect(body.rounds[0].opensAt).toMatch(/Z$/);
    expect(currentLocation().path).toBe('/contests/21/manage');
  });

  it('puts the server’s violations on the fields', async () => {
    fakeServer({
      'GET /api/question-sets': { body: SETS },
      'POST /api/contests': {
        status: 422,
        // The server names a round by its number.
        body: { error: { code: 'invalid', message: 'Có lỗi.', violations: [{ field: 'rounds[1].closesAt', message: 'Đợt thi chồng lên đợt khác.' }] } },
      },
    });
    await show('/contests/new');
    await screen.type('#cf-title', 'Cuộc thi A');
    await screen.type('#cf-organiser', 'Thành Đoàn');
    await click(screen.root.querySelector('#tab-rounds'));
    await click(button('Thêm đợt thi'));
    await click(button('Tạo cuộc thi (bản nháp)'));
    expect(screen.root.querySelector('#cform-problems')?.textContent).toContain('Đợt 1, Đóng lúc: Đợt thi chồng lên đợt khác.');
    expect(screen.root.querySelector('#cf-rounds-0-closesAt-error')?.textContent).toBe('Đợt thi chồng lên đợt khác.');
  });
});

describe('organiser: an existing contest', () => {
  it('shows the server’s refusal to publish', async () => {
    fakeServer({
      'GET /api/contests/9': { body: CONTEST },
      'GET /api/question-sets': { body: SETS },
      'GET /api/contests/9/pool-report': { body: { candidates: 40, excludePublic: false, publicQuestions: 0, withoutPublic: 40, practiceRule: 'REVEAL_AFTER_LAST_ROUND' } },
      'GET /api/contests/9/units': { body: UNITS },
      'POST /api/contests/9/publish': { status: 422, body: { error: { code: 'not_ready', message: 'Cuộc thi chưa có đơn vị nào.' } } },
    });
    await show('/contests/9/manage', '9');
    expect(screen.root.querySelector('h1')?.textContent).toBe('Quản lý: Tìm hiểu pháp luật 2026');
    expect(screen.root.querySelectorAll('[role="tab"]')).toHaveLength(5);
    await click(button('Công bố cuộc thi'));
    expect(screen.root.querySelector('[role="alert"]')?.textContent).toContain('Cuộc thi chưa có đơn vị nào.');
  });

  it('says how many pool questions are public and publishes without them when asked', async () => {
    const calls = fakeServer({
      'GET /api/contests/9': { body: CONTEST },
      'GET /api/question-sets': { body: SETS },
      'GET /api/contests/9/pool-report': {
        body: { candidates: 40, excludePublic: false, publicQuestions: 12, withoutPublic: 28, practiceRule: 'REVEAL_AFTER_LAST_ROUND' },
      },
      'GET /api/contests/9/units': { body: UNITS },
      'POST /api/contests/9/publish': { body: { ...CONTEST, status: 'PUBLISHED' } },
    });
    await show('/contests/9/manage', '9');
    await click(button('Công bố cuộc thi'));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    expect(screen.root.querySelector('.public-questions')?.textContent).toContain('12 trong 40 câu hỏi');
    await click(button('Chỉ dùng 28 câu không công khai và công bố'));
    expect(calls.find((c) => c.url === '/api/contests/9/publish')?.body).toEqual({ publicQuestions: 'EXCLUDE' });
  });

  it('closes a round after a confirmation and shows the real figure', async () => {
    const calls = fakeServer({
      'GET /api/contests/9': { body: CONTEST },
      'POST /api/contests/9/rounds/1/close': { body: { ...CONTEST.rounds[0], state: 'CLOSED', closedAt: '2026-11-28T02:00:00Z', actualFigure: 17 } },
    });
    await show('/contests/9/manage?tab=rounds', '9');
    await click(button('Đóng đợt thi Đợt 1'));
    const dialog = screen.root.querySelector('dialog')!;
    expect(dialog.textContent).toContain('Đóng đợt thi ngay?');
    // The two buttons cannot be confused: no "Đóng" beside "Đóng đợt thi ngay".
    expect([...dialog.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Đóng đợt thi ngay', 'Huỷ']);
    expect(dialog.querySelector('button')?.className).toContain('danger');
    await click([...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Đóng đợt thi ngay'));
    expect(calls.some((c) => c.method === 'POST' && c.url === '/api/contests/9/rounds/1/close')).toBe(true);
    expect(screen.root.textContent).toContain('Con số thực tế của câu dự đoán: 17');
    expect(button('Công bố kết quả Đợt 1')).toBeTruthy();
    expect(screen.root.querySelector<HTMLInputElement>('#cf-rounds-0-title')?.disabled).toBe(true);
  });

  it('uploads the units as CSV text and lists the problems by row and column', async () => {
    const calls = fakeServer({
      'GET /api/contests/9': { body: CONTEST },
      'GET /api/contests/9/units': { body: [] },
      'PUT /api/contests/9/units': {
        status: 422,
        body: { error: { code: 'invalid_units', message: 'Danh sách đơn vị có lỗi.' }, problems: [{ row: 3, column: 'ma_cap_tren', message: 'Không có đơn vị mã XX.' }] },
      },
    });
    await show('/contests/9/manage?tab=units', '9');
    expect(screen.root.textContent).toContain('Chưa có đơn vị nào.');
    const input = screen.root.querySelector<HTMLInputElement>('#units-file')!;
    const file = new File(['\uFEFFma,ten,ma_cap_tren\nHD,Huyện Đoàn,\nCD,Chi đoàn,XX\n'], 'don-vi.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file] });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => {
      input.closest('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      await settle();
    });
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toEqual({ csv: 'ma,ten,ma_cap_tren\nHD,Huyện Đoàn,\nCD,Chi đoàn,XX\n' });
    const cells = [...screen.root.querySelectorAll('.units-tab tbody td')].map((td) => td.textContent);
    expect(cells).toEqual(['3', 'ma_cap_tren', 'Không có đơn vị mã XX.']);
    expect(screen.root.textContent).toContain('Danh sách đơn vị có lỗi.');
  });

  it('lists every missing piece at once before publishing, each a link to its tab', async () => {
    fakeServer({
      'GET /api/contests/9': { body: { ...CONTEST, rounds: [] } },
      'GET /api/question-sets': { body: SETS },
      'GET /api/contests/9/pool-report': { body: { candidates: 2, problem: 'Nguồn câu hỏi chỉ có 2 câu, cần 5.', excludePublic: false, publicQuestions: 0, withoutPublic: 2, practiceRule: 'REVEAL_AFTER_LAST_ROUND' } },
      'GET /api/contests/9/units': { body: [] },
    });
    await show('/contests/9/manage', '9');
    const list = screen.root.querySelector('.publish-checklist')!;
    expect(list.textContent).toContain('Còn thiếu 3 mục');
    const todo = [...list.querySelectorAll('li.todo a')].map((a) => a.textContent);
    expect(todo).toEqual([
      'Thêm ít nhất một đợt thi chưa kết thúc (và lưu)',
      'Thêm đơn vị dự thi (trên màn hình hoặc bằng tệp CSV)',
      'Chọn nguồn câu hỏi đủ cho mỗi bài thi (bộ câu hỏi, chủ đề hoặc điều luật)',
    ]);
    expect(list.textContent).toContain('Nguồn câu hỏi chỉ có 2 câu, cần 5.');
    expect(button('Công bố cuộc thi')?.disabled).toBe(true);
    await click(list.querySelectorAll('li.todo a')[1]);
    expect(currentLocation().query.get('tab')).toBe('units');
  });

  it('adds one unit on screen, sending the list back with it', async () => {
    const calls = fakeServer({
      'GET /api/contests/9': { body: { ...CONTEST, unitLevels: ['Huyện đoàn', 'Đoàn xã'] } },
      'GET /api/contests/9/units': { body: UNITS },
      'PUT /api/contests/9/units': { body: [...UNITS, { id: 3, code: 'XA2', name: 'Đoàn xã Tân Lộc', parentId: 1, depth: 1, members: 20 }] },
    });
    await show('/contests/9/manage?tab=units', '9');
    expect(screen.root.querySelector('.unit-tree')?.textContent).toContain('XA1 · Đoàn xã');
    await screen.type('#unit-code', 'XA2');
    await screen.type('#unit-name', 'Đoàn xã Tân Lộc');
    const parent = screen.root.querySelector<HTMLSelectElement>('#unit-parent')!;
    await act(async () => {
      parent.value = 'HD';
      parent.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await screen.type('#unit-members', '20');
    await click(button('Thêm đơn vị'));
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toEqual({
      units: [
        { code: 'HD', name: 'Huyện Đoàn Bình Minh', parentCode: null, members: null },
        { code: 'XA1', name: 'Đoàn xã An Phú', parentCode: 'HD', members: 30 },
        { code: 'XA2', name: 'Đoàn xã Tân Lộc', parentCode: 'HD', members: 20 },
      ],
    });
    expect(screen.root.textContent).toContain('Đã thêm đơn vị Đoàn xã Tân Lộc.');
  });

  it('after publishing, shows the link, its QR code and a poster to print', async () => {
    fakeServer({
      'GET /api/contests/9': { body: CONTEST },
      'GET /api/question-sets': { body: SETS },
      'GET /api/contests/9/pool-report': { body: { candidates: 40, excludePublic: false, publicQuestions: 0, withoutPublic: 40, practiceRule: 'REVEAL_AFTER_LAST_ROUND' } },
      'GET /api/contests/9/units': { body: UNITS },
      'POST /api/contests/9/publish': { body: { ...CONTEST, status: 'PUBLISHED' } },
    });
    await show('/contests/9/manage', '9');
    await click(button('Công bố cuộc thi'));
    const panel = screen.root.querySelector<HTMLDetailsElement>('.share-panel')!;
    expect(panel.open).toBe(true);
    expect(panel.querySelector<HTMLInputElement>('#share-link')?.value).toMatch(/\/contests\/9$/);
    expect(panel.querySelector('svg.share-qr path')?.getAttribute('d')).toMatch(/^M/);
    expect(button('In áp phích')).toBeTruthy();
    expect(panel.querySelector('.contest-poster')?.textContent).toContain('Tìm hiểu pháp luật 2026');
  });

  it('refuses a contest organised by someone else', async () => {
    fakeServer({ 'GET /api/contests/9': { body: { ...CONTEST, canManage: false } } });
    await show('/contests/9/manage', '9');
    expect(screen.root.querySelector('h1')?.textContent).toBe('Không đủ quyền');
  });
});
