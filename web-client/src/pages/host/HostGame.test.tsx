import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { count, intro, opened, podium, reveal, scoreboard } from '../../test/frames';
import { setLang } from '../../i18n';
import { settle } from '../../test/server';
import { socketFactory, type FakeSocket } from '../../test/socket';
import { HostGame } from './HostGame';

let root: HTMLElement;
let factory: ReturnType<typeof socketFactory>;

const WELCOME = {
  type: 'HostWelcome',
  gameId: 42,
  pin: '482913',
  joinUrl: 'http://localhost/play?pin=482913',
  title: 'Luật giao thông',
  questionCount: 3,
};
const LOBBY = { type: 'LobbyChanged', locked: false, lateJoinAllowed: true, leaderboardShown: true, playerCount: 0, maxPlayers: 200 };

async function show(): Promise<FakeSocket> {
  act(() => {
    render(<HostGame params={{ gameId: '42' }} location={{ path: '/host/42', query: new URLSearchParams() }} socketFactory={factory.create} />, root);
  });
  const socket = factory.last();
  await act(() => socket.open());
  return socket;
}

async function receive(socket: FakeSocket, ...frames: unknown[]) {
  for (const f of frames) await act(() => socket.receive(f));
  await act(() => settle(2));
}

const text = () => root.textContent ?? '';
const button = (name: string | RegExp) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    typeof name === 'string' ? b.textContent === name || b.getAttribute('aria-label') === name : name.test(b.textContent ?? ''),
  );
function click(b: HTMLButtonElement | undefined) {
  if (!b) throw new Error('no such button');
  act(() => b.click());
}

beforeEach(() => {
  setLang('vi');
  factory = socketFactory();
  root = document.createElement('div');
  document.body.appendChild(root);
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

describe('the host screen', () => {
  it('says it is the host, then shows the lobby: PIN, address, QR code, Start', async () => {
    const socket = await show();
    expect(socket.frames()).toEqual([{ type: 'host', v: 1, gameId: 42 }]);
    expect(text()).toContain('Đang kết nối với phòng chơi…');
    await receive(socket, WELCOME, LOBBY, { type: 'PlayerList', players: [] });
    expect(root.querySelector('.lobby-pin')?.textContent).toBe('482 913');
    expect(root.querySelector('.lobby-url')?.textContent).toBe('localhost/play?pin=482913');
    expect(root.querySelector('.qr svg')?.getAttribute('aria-label')).toBe('Mã QR dẫn đến http://localhost/play?pin=482913');
    expect(root.querySelector('.qr path')?.getAttribute('d')).toMatch(/^M4 4h7/);
    expect(button('Bắt đầu')?.disabled).toBe(true);
    expect(text()).toContain('Chưa có ai vào phòng.');
  });

  it('lists players as they join, kicks, asks before a ban, starts', async () => {
    const socket = await show();
    await receive(socket, WELCOME, LOBBY, { type: 'PlayerList', players: [] });
    await receive(
      socket,
      { type: 'PlayerJoined', playerId: 1, nickname: 'An', playerCount: 1 },
      { type: 'PlayerJoined', playerId: 2, nickname: 'Trần Thị Ánh', playerCount: 2 },
    );
    expect([...root.querySelectorAll('.chip-name')].map((e) => e.textContent)).toEqual(['An', 'Trần Thị Ánh']);
    expect(root.querySelector('[role="status"][aria-live]')?.textContent).toBe('Trần Thị Ánh đã vào phòng. 2 người chơi');
    expect(root.querySelector('.host-count')?.textContent, 'the room cap on the host screen').toBe('2/200 người chơi');
    click(button('Mời ra khỏi phòng: An'));
    expect(socket.frames().pop()).toEqual({ type: 'kick', playerId: 1, ban: false });
    click(button('Chặn Trần Thị Ánh: mời ra và chặn biệt danh này'));
    expect(root.querySelector('dialog')?.textContent).toContain('Chặn Trần Thị Ánh?');
    const confirm = [...root.querySelectorAll<HTMLButtonElement>('dialog button')].find((b) => b.textContent === 'Chặn');
    click(confirm);
    expect(socket.frames().pop()).toEqual({ type: 'kick', playerId: 2, ban: true });
    expect(root.querySelector('dialog')).toBeNull();
    click(button('Bắt đầu'));
    expect(socket.frames().pop()).toEqual({ type: 'start' });
    expect(button('Bắt đầu')?.disabled).toBe(true);
  });

  it('locks the room and changes the settings', async () => {
    const socket = await show();
    await receive(socket, WELCOME, LOBBY, { type: 'PlayerList', players: [] });
    const lock = button(/Khoá phòng$/)!;
    expect(lock.getAttribute('aria-pressed')).toBe('false');
    click(lock);
    expect(socket.frames().pop()).toEqual({ type: 'lock', locked: true });
    // The setting shows what the room says, not what was asked.
    expect(button(/Khoá phòng$/)!.getAttribute('aria-pressed')).toBe('false');
    await receive(socket, { ...LOBBY, locked: true });
    expect(button(/Khoá phòng$/)!.getAttribute('aria-pressed')).toBe('true');
    expect(text()).toContain('Phòng đã khoá');
    click(button(/Cho vào muộn$/));
    expect(socket.frames().pop()).toEqual({ type: 'lateJoin', allowed: false });
    click(button(/Hiện bảng xếp hạng$/));
    expect(socket.frames().pop()).toEqual({ type: 'leaderboard', shown: false });
  });

  it('runs a question: countdown, answer count, close, reveal with chart and law, scoreboard, podium', async () => {
    const socket = await show();
    await receive(
      socket,
      WELCOME,
      LOBBY,
      { type: 'PlayerList', players: [{ playerId: 7, nickname: 'Lan Anh', connected: true, score: 0, rank: 0 }] },
      { type: 'GameStarted', questionCount: 3, playerCount: 3 },
      intro(0, 3000),
    );
    expect(root.querySelector('h1')?.textContent).toBe('Câu hỏi số 1?');
    expect(text()).toContain('Mời cả lớp đọc câu hỏi…');
    click(button('Mở trả lời ngay'));
    expect(socket.frames().pop()).toEqual({ type: 'next' });
    await receive(socket, opened(0, 20_000), count(0, 2));
    expect(root.querySelector('.answer-count-number')?.textContent).toBe('2');
    expect(root.querySelector('.countdown-number')?.textContent).toBe('20');
    expect([...root.querySelectorAll('.host-tiles .tile')].map((e) => e.textContent)).toEqual([
      'Tam giác: Dưới 16 tuổi',
      'Hình thoi: Dưới 18 tuổi',
      'Hình tròn: Dưới 14 tuổi',
      'Hình vuông: Dưới 15 tuổi',
    ]);
    click(button('Tạm dừng'));
    expect(socket.frames().pop()).toEqual({ type: 'pause' });
    await receive(socket, { type: 'Paused', phase: 'QUESTION_OPEN', remainingMillis: 12_000 });
    expect(root.querySelector('.paused-banner')?.textContent).toBe('Tạm dừng');
    click(button('Tiếp tục'));
    expect(socket.frames().pop()).toEqual({ type: 'resume' });
    await receive(socket, { type: 'Resumed', phase: 'QUESTION_OPEN', endsAt: 1, remainingMillis: 12_000 });
    click(button('Đóng câu trả lời'));
    expect(socket.frames().pop()).toEqual({ type: 'next' });
    // A double click does not skip the reveal.
    expect(button('Đóng câu trả lời')?.disabled).toBe(true);
    await receive(socket, reveal(0));
    expect(root.querySelector('.reveal-percent')?.textContent).toBe('67% trả lời đúng');
    const rows = [...root.querySelectorAll('.chart-row')].map((e) => e.textContent);
    expect(rows[0]).toBe('Tam giác: Dưới 16 tuổi✓ đáp án đúng2 người (67%)');
    expect(rows[1]).toBe('Hình thoi: Dưới 18 tuổi1 người (33%)');
    expect(root.querySelector('.host-law .citation')?.textContent).toBe('Điều 1 — Luật Trẻ em (102/2016/QH13)');
    expect(root.querySelector('.host-law .explanation')?.textContent).toContain('trẻ em là người dưới 16 tuổi');
    click(button('Xem bảng xếp hạng'));
    await receive(socket, scoreboard(0));
    expect([...root.querySelectorAll('.ranking-name')].map((e) => e.textContent)).toEqual(['Lan Anh', 'Bảo', 'Chi']);
    await receive(socket, podium);
    expect([...root.querySelectorAll('.podium-name')].map((e) => e.textContent)).toEqual(['Lan Anh', 'Bảo', 'Chi']);
    click(button('Kết thúc trò chơi'));
    await receive(socket, { type: 'GameEnded', early: false });
    expect(root.querySelector('h1')?.textContent).toBe('Trò chơi kết thúc');
    expect(root.querySelector<HTMLAnchorElement>('a[href="/host/42/report"]')?.textContent).toBe('Xem báo cáo');
  });

  it('shows a refused command until it is dismissed', async () => {
    const socket = await show();
    await receive(socket, WELCOME, LOBBY, { type: 'PlayerList', players: [] });
    await receive(socket, { type: 'CommandRejected', reason: 'NO_PLAYERS', message: 'Chưa có người chơi nào trong phòng.' });
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Chưa có người chơi nào trong phòng.');
    click(button('Đóng'));
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('asks before ending early', async () => {
    const socket = await show();
    await receive(socket, WELCOME, LOBBY, { type: 'PlayerList', players: [] }, opened(1));
    click(button('Kết thúc sớm'));
    expect(root.querySelector('dialog')?.textContent).toContain('Kết thúc trò chơi ngay?');
    const confirm = [...root.querySelectorAll<HTMLButtonElement>('dialog button')].find((b) => b.textContent === 'Kết thúc sớm');
    click(confirm);
    expect(socket.frames().pop()).toEqual({ type: 'end' });
  });

  it('a screen that may not host the game says so and stops trying', async () => {
    const socket = await show();
    await receive(socket, { type: 'Error', code: 'FORBIDDEN', message: 'Chỉ giáo viên tạo trò chơi mới điều khiển được.' });
    expect(root.querySelector('h1')?.textContent).toBe('Không điều khiển được trò chơi này');
    expect(text()).toContain('Chỉ giáo viên tạo trò chơi mới điều khiển được.');
    await act(() => socket.drop());
    await act(() => settle(5));
    expect(factory.sockets).toHaveLength(1);
  });

  it('shows a lost connection and comes back with the same hello', async () => {
    const socket = await show();
    await receive(socket, WELCOME, LOBBY, { type: 'PlayerList', players: [] });
    await act(() => socket.drop());
    expect(root.querySelector('.conn')?.textContent).toContain('Mất kết nối, đang kết nối lại…');
    click(button('Thử lại ngay'));
    const again = factory.last();
    expect(again).not.toBe(socket);
    await act(() => again.open());
    expect(again.frames()).toEqual([{ type: 'host', v: 1, gameId: 42 }]);
    await receive(again, WELCOME, LOBBY, { type: 'PlayerList', players: [{ playerId: 3, nickname: 'Chi', connected: false, score: 0, rank: 0 }] });
    expect(root.querySelector('.conn')?.textContent).toBe('Đã kết nối');
    expect(root.querySelector('.player-chip')?.textContent).toContain('mất kết nối');
  });
});
