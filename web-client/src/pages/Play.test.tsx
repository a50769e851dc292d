import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { finalResult, opened, podium, result, reveal, welcome } from '../test/frames';
import { setLang } from '../i18n';
import { settle } from '../test/server';
import { socketFactory, type FakeSocket } from '../test/socket';
import { Play } from './Play';
import { PLAYER_STORAGE_KEY } from './play/usePlayerGame';

let root: HTMLElement;
let factory: ReturnType<typeof socketFactory>;

function show(query = 'pin=123456') {
  act(() => {
    render(<Play params={{}} location={{ path: '/play', query: new URLSearchParams(query) }} socketFactory={factory.create} />, root);
  });
}

function unmount() {
  act(() => render(null, root));
}

const text = () => root.textContent ?? '';
const input = (id: string) => root.querySelector<HTMLInputElement>(`#${id}`)!;

function type(id: string, value: string) {
  const el = input(id);
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function submit() {
  act(() => {
    root.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

async function receive(socket: FakeSocket, ...frames: unknown[]) {
  for (const f of frames) await act(() => socket.receive(f));
  await act(() => settle(2));
}

function click(button: Element | null | undefined) {
  if (!button) throw new Error('no such button');
  act(() => (button as HTMLButtonElement).click());
}

const buttonNamed = (name: RegExp) => [...root.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));

beforeEach(() => {
  setLang('vi');
  sessionStorage.clear();
  factory = socketFactory();
  root = document.createElement('div');
  document.body.appendChild(root);
});
afterEach(() => {
  unmount();
  root.remove();
});

describe('the player screen', () => {
  it('checks the PIN of the link on a socket opened at once, then joins on it with a nickname, and keeps the session', async () => {
    show();
    expect(factory.sockets).toHaveLength(1);
    expect(root.querySelector('#play-nickname')).toBeNull();
    expect(buttonNamed(/Đang kiểm tra mã PIN/)?.disabled).toBe(true);
    await act(() => factory.last().open());
    expect(factory.last().frames()).toEqual([{ type: 'check', v: 1, pin: '123456' }]);
    await receive(factory.last(), { type: 'PinFound', pin: '123456' });
    expect(root.querySelector('.pin-display')?.textContent).toContain('Mã PIN: 123 456');
    expect(document.activeElement).toBe(input('play-nickname'));
    type('play-nickname', '  Lan   Anh ');
    submit();
    expect(factory.sockets).toHaveLength(1);
    expect(factory.last().frames()).toEqual([
      { type: 'check', v: 1, pin: '123456' },
      { type: 'join', v: 1, pin: '123456', nickname: 'Lan Anh' },
    ]);
    await receive(factory.last(), welcome());
    expect(text()).toContain('Bạn đã vào phòng!');
    expect(text()).toContain('Chờ giáo viên bắt đầu trò chơi');
    expect(JSON.parse(sessionStorage.getItem(PLAYER_STORAGE_KEY)!)).toEqual({ pin: '123456', token: 'tok-7', playerId: 7, nickname: 'Lan Anh' });
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Bạn đã vào phòng!');
  });

  it('offers the units the game names, optional, and joins with the one chosen', async () => {
    show();
    await act(() => factory.last().open());
    await receive(factory.last(), { type: 'PinFound', pin: '123456' });
    expect(root.querySelector('#play-unit'), 'no list when the game offers no unit').toBeNull();
    unmount();
    factory = socketFactory();
    show();
    await act(() => factory.last().open());
    await receive(factory.last(), {
      type: 'PinFound',
      pin: '123456',
      units: [
        { id: 3, name: 'Trường THCS A' },
        { id: 4, name: 'Lớp 7A' },
      ],
    });
    const unit = root.querySelector<HTMLSelectElement>('#play-unit')!;
    expect([...unit.options].map((o) => o.textContent)).toEqual(['Không chọn', 'Trường THCS A', 'Lớp 7A']);
    expect(root.querySelector('label[for="play-unit"]')?.textContent).toBe('Đơn vị của bạn (không bắt buộc)');
    act(() => {
      unit.value = '4';
      unit.dispatchEvent(new Event('change', { bubbles: true }));
    });
    type('play-nickname', 'Hòa');
    submit();
    expect(factory.last().frames()[1]).toEqual({ type: 'join', v: 1, pin: '123456', nickname: 'Hòa', unitId: 4 });
  });

  it('says a wrong PIN at once, before any nickname is asked', async () => {
    show();
    await act(() => factory.last().open());
    await receive(factory.last(), { type: 'Error', code: 'GAME_NOT_FOUND', message: 'Không có trò chơi nào với mã PIN này.' });
    expect(root.querySelector('#play-pin-error')?.textContent).toBe('Không có trò chơi nào với mã PIN này.');
    expect(root.querySelector('#play-nickname')).toBeNull();
    expect(document.activeElement).toBe(input('play-pin'));
    type('play-pin', '654 321');
    submit();
    expect(factory.last().frames()).toEqual([
      { type: 'check', v: 1, pin: '123456' },
      { type: 'check', v: 1, pin: '654321' },
    ]);
    await receive(factory.last(), { type: 'PinFound', pin: '654321' });
    expect(root.querySelector('.pin-display')?.textContent).toContain('Mã PIN: 654 321');
  });

  it('checks the form before asking the room, and opens the socket once a whole PIN is typed', async () => {
    show('');
    submit();
    expect(factory.sockets).toHaveLength(0);
    expect(root.querySelector('#play-pin-error')?.textContent).toBe('Vui lòng nhập mã PIN.');
    type('play-pin', '65432');
    expect(factory.sockets).toHaveLength(0);
    type('play-pin', '654321');
    expect(factory.sockets).toHaveLength(1);
    await act(() => factory.last().open());
    expect(factory.last().frames()).toEqual([]);
    submit();
    expect(factory.last().frames()).toEqual([{ type: 'check', v: 1, pin: '654321' }]);
    await receive(factory.last(), { type: 'PinFound', pin: '654321' });
    submit();
    expect(root.querySelector('#play-nickname-error')?.textContent).toBe('Hãy nhập biệt danh.');
    expect(input('play-nickname').getAttribute('aria-invalid')).toBe('true');
    expect(factory.last().frames()).toHaveLength(1);
  });

  it('shows a refused nickname at its field and closes that connection', async () => {
    show();
    await act(() => factory.last().open());
    await receive(factory.last(), { type: 'PinFound', pin: '123456' });
    type('play-nickname', 'Bình');
    submit();
    await receive(factory.last(), { type: 'CommandRejected', reason: 'NICKNAME_TAKEN', message: 'Biệt danh đã có người dùng.' });
    expect(root.querySelector('#play-nickname-error')?.textContent).toBe('Biệt danh đã có người dùng.');
    expect(document.activeElement).toBe(input('play-nickname'));
    expect(factory.last().closedWith?.code).toBe(1000);
    expect(sessionStorage.getItem(PLAYER_STORAGE_KEY)).toBeNull();
  });

  it('joins on a new socket when the early one was closed while the nickname was typed', async () => {
    show();
    const early = factory.last();
    await act(() => early.open());
    await receive(early, { type: 'PinFound', pin: '123456' });
    await act(() => early.drop(1008));
    type('play-nickname', 'Bình');
    submit();
    expect(factory.sockets).toHaveLength(2);
    await act(() => factory.last().open());
    expect(factory.last().frames()).toEqual([{ type: 'join', v: 1, pin: '123456', nickname: 'Bình' }]);
  });

  it('comes back after a reload with reconnect and the stored token', async () => {
    sessionStorage.setItem(PLAYER_STORAGE_KEY, JSON.stringify({ pin: '123456', token: 'tok-7', playerId: 7, nickname: 'Lan Anh' }));
    show();
    expect(factory.sockets).toHaveLength(1);
    // Not the form: the player is coming back.
    expect(root.querySelector('h1')?.textContent).toBe('Đang kết nối…');
    expect(root.querySelector('form')).toBeNull();
    await act(() => factory.last().open());
    expect(factory.last().frames()).toEqual([{ type: 'reconnect', v: 1, pin: '123456', token: 'tok-7' }]);
    await receive(factory.last(), welcome({ reconnected: true, phase: 'QUESTION_OPEN', score: 1900 }), opened(1, 8000));
    expect(text()).toContain('Câu hỏi số 2?');
    expect(root.querySelector('.player-score')?.textContent).toBe('1.900 điểm');
    expect(root.querySelectorAll('.answer-button')).toHaveLength(4);
  });

  it('a refused reconnect forgets the session and asks to join again', async () => {
    sessionStorage.setItem(PLAYER_STORAGE_KEY, JSON.stringify({ pin: '123456', token: 'old', playerId: 7, nickname: 'Lan Anh' }));
    show();
    await act(() => factory.last().open());
    await receive(factory.last(), { type: 'CommandRejected', reason: 'UNKNOWN_SESSION', message: 'Phiên chơi không còn hiệu lực, hãy vào lại phòng.' });
    expect(sessionStorage.getItem(PLAYER_STORAGE_KEY)).toBeNull();
    expect(root.querySelector('form')).not.toBeNull();
    expect(root.querySelector('.notice-error')?.textContent).toBe('Phiên chơi không còn hiệu lực, hãy vào lại phòng.');
    // The game may still be there: its PIN is checked again before the nickname.
    const early = factory.last();
    await act(() => early.open());
    expect(early.frames()).toEqual([{ type: 'check', v: 1, pin: '123456' }]);
    await receive(early, { type: 'PinFound', pin: '123456' });
    expect(input('play-nickname').value).toBe('Lan Anh');
    submit();
    expect(early.frames()).toEqual([
      { type: 'check', v: 1, pin: '123456' },
      { type: 'join', v: 1, pin: '123456', nickname: 'Lan Anh' },
    ]);
  });

  it('a stored session for another game waits for the form', async () => {
    sessionStorage.setItem(PLAYER_STORAGE_KEY, JSON.stringify({ pin: '999999', token: 't', playerId: 1, nickname: 'X' }));
    show();
    await act(() => factory.last().open());
    expect(factory.last().frames()).toEqual([{ type: 'check', v: 1, pin: '123456' }]);
  });

  it('answers with one tap, shows the wait, then the result and the law', async () => {
    sessionStorage.setItem(PLAYER_STORAGE_KEY, JSON.stringify({ pin: '123456', token: 'tok-7', playerId: 7, nickname: 'Lan Anh' }));
    show();
    const socket = factory.last();
    await act(() => socket.open());
    await receive(socket, welcome({ reconnected: true, phase: 'QUESTION_OPEN' }), opened(0));
    const buttons = root.querySelectorAll<HTMLButtonElement>('.answer-button');
    expect(buttons[0].textContent).toBe('Tam giác: Dưới 16 tuổi');
    click(buttons[0]);
    await act(() => settle(2));
    expect(socket.frames().slice(1)).toEqual([{ type: 'answer', q: 0, answer: { choice: 0 } }]);
    expect(text()).toContain('Đang gửi câu trả lời…');
    await receive(socket, { type: 'AnswerAccepted', questionIndex: 0, alreadyAnswered: false });
    expect(text()).toContain('Đã gửi câu trả lời, chờ kết quả…');
    await receive(socket, reveal(0), result(0));
    expect(root.querySelector('h1')?.textContent).toContain('Chính xác!');
    expect(text()).toContain('+950 điểm');
    expect(text()).toContain('Bạn đã trả lời: Dưới 16 tuổi');
    expect(root.querySelector('.law-card .citation')?.textContent).toBe('Điều 1 — Luật Trẻ em (102/2016/QH13)');
    expect(root.querySelector('.law-card .quote')?.textContent).toBe('Trẻ em là người dưới 16 tuổi.');
    expect(root.querySelector('.law-card .explanation')?.textContent).toBe('Theo Điều 1 Luật Trẻ em, trẻ em là người dưới 16 tuổi.');
    await receive(socket, podium, finalResult, { type: 'GameEnded', early: false });
    expect(text()).toContain('Bạn xếp hạng 1/3');
    expect(text()).toContain('Trả lời đúng 2/3 câu');
  });

  it('multiple select: toggles, then one send', async () => {
    sessionStorage.setItem(PLAYER_STORAGE_KEY, JSON.stringify({ pin: '123456', token: 'tok-7', playerId: 7, nickname: 'Lan Anh' }));
    show();
    const socket = factory.last();
    await act(() => socket.open());
    await receive(socket, welcome({ phase: 'QUESTION_OPEN' }), opened(0, 20_000, { type: 'MULTIPLE_SELECT' }));
    const buttons = root.querySelectorAll<HTMLButtonElement>('.answer-button');
    click(buttons[2]);
    click(buttons[0]);
    click(buttons[3]);
    click(buttons[3]);
    expect(buttons[0].getAttribute('aria-pressed')).toBe('true');
    expect(buttons[3].getAttribute('aria-pressed')).toBe('false');
    expect(socket.frames()).toHaveLength(1);
    click(buttonNamed(/^Gửi \(2 đã chọn\)$/));
    await act(() => settle(2));
    expect(socket.frames()[1]).toEqual({ type: 'answer', q: 0, answer: { choices: [0, 2] } });
  });

  it('ordering: up and down, then send the order', async () => {
    sessionStorage.setItem(PLAYER_STORAGE_KEY, JSON.stringify({ pin: '123456', token: 'tok-7', playerId: 7, nickname: 'Lan Anh' }));
    show();
    const socket = factory.last();
    await act(() => socket.open());
    await receive(socket, welcome({ phase: 'QUESTION_OPEN' }), opened(0, 20_000, { type: 'ORDERING', choices: ['A', 'B', 'C'] }));
    const up = root.querySelector<HTMLButtonElement>('[data-order-item="2"] .move-up')!;
    expect(up.getAttribute('aria-label')).toBe('Đưa “C” lên');
    click(up);
    click(root.querySelector('[data-order-item="0"] .move-down'));
    expect([...root.querySelectorAll('.order-item .answer-text')].map((e) => e.textContent)).toEqual(['C', 'A', 'B']);
    expect(root.querySelector<HTMLButtonElement>('[data-order-item="2"] .move-up')!.disabled).toBe(true);
    click(buttonNamed(/^Gửi$/));
    await act(() => settle(2));
    expect(socket.frames()[1]).toEqual({ type: 'answer', q: 0, answer: { order: [2, 0, 1] } });
  });

  it('type-answer: refuses an empty answer, sends the text', async () => {
    sessionStorage.setItem(PLAYER_STORAGE_KEY, JSON.stringify({ pin: '123456', token: 'tok-7', playerId: 7, nickname: 'Lan Anh' }));
    show();
    const socket = factory.last();
    await act(() => socket.open());
    await receive(socket, welcome({ phase: 'QUESTION_OPEN' }), opened(0, 20_000, { type: 'TYPE_ANSWER', choices: [] }));
    submit();
    expect(root.querySelector('#type-answer-error')?.textContent).toBe('Hãy gõ câu trả lời trước khi gửi.');
    type('type-answer', ' mười sáu ');
    submit();
    await act(() => settle(2));
    expect(socket.frames()[1]).toEqual({ type: 'answer', q: 0, answer: { text: 'mười sáu' } });
  });

  it('keeps its session and tries again when the server cannot reach the game just now', async () => {
    sessionStorage.setItem(PLAYER_STORAGE_KEY, JSON.stringify({ pin: '123456', token: 'tok-7', playerId: 7, nickname: 'Lan Anh' }));
    show();
    const first = factory.last();
    await act(() => first.open());
    await receive(first, { type: 'Error', code: 'UNAVAILABLE', message: 'Máy chủ tạm thời không tìm được phòng chơi.' });
    expect(first.closedWith).toBeNull();
    await act(() => first.drop(1013));
    expect(text()).toContain('Đang kết nối…');
    // The first retry comes within the base delay of the backoff (half a second).
    await act(() => new Promise((resolve) => setTimeout(resolve, 600)));
    const second = factory.last();
    expect(second).not.toBe(first);
    await act(() => second.open());
    expect(second.frames()).toEqual([{ type: 'reconnect', v: 1, pin: '123456', token: 'tok-7' }]);
    expect(sessionStorage.getItem(PLAYER_STORAGE_KEY)).toContain('tok-7');
  });

  it('stops when the player opens the game in another tab, and takes it back with "Chơi ở đây"', async () => {
    sessionStorage.setItem(PLAYER_STORAGE_KEY, JSON.stringify({ pin: '123456', token: 'tok-7', playerId: 7, nickname: 'Lan Anh' }));
    show();
    const first = factory.last();
    await act(() => first.open());
    await receive(first, welcome({ phase: 'LOBBY' }));
    await act(() => first.drop(4000));
    await act(() => new Promise((resolve) => setTimeout(resolve, 600)));
    expect(factory.sockets).toHaveLength(1);
    expect(text()).toContain('Bạn đang chơi ở một thẻ hoặc thiết bị khác.');
    click(buttonNamed(/Chơi ở đây/));
    const second = factory.last();
    expect(second).not.toBe(first);
    await act(() => second.open());
    expect(second.frames()).toEqual([{ type: 'reconnect', v: 1, pin: '123456', token: 'tok-7' }]);
    await receive(second, welcome({ reconnected: true, phase: 'LOBBY' }));
    expect(text()).not.toContain('Bạn đang chơi ở một thẻ hoặc thiết bị khác.');
  });

  it('an answer tapped while the connection is down goes out after the reconnect', async () => {
    sessionStorage.setItem(PLAYER_STORAGE_KEY, JSON.stringify({ pin: '123456', token: 'tok-7', playerId: 7, nickname: 'Lan Anh' }));
    show();
    const first = factory.last();
    await act(() => first.open());
    await receive(first, welcome({ phase: 'QUESTION_OPEN' }), opened(0));
    await act(() => first.drop());
    expect(text()).toContain('Mất kết nối. Đang kết nối lại…');
    click(root.querySelectorAll('.answer-button')[1]);
    await act(() => settle(2));
    expect(first.frames()).toHaveLength(1);
    click(buttonNamed(/Thử lại ngay/));
    const second = factory.last();
    expect(second).not.toBe(first);
    await act(() => second.open());
    await receive(second, welcome({ reconnected: true, phase: 'QUESTION_OPEN' }), opened(0, 5000));
    expect(second.frames()).toEqual([
      { type: 'reconnect', v: 1, pin: '123456', token: 'tok-7' },
      { type: 'answer', q: 0, answer: { choice: 1 } },
    ]);
  });

  it('shows the pause over the question and an answer rejection', async () => {
    sessionStorage.setItem(PLAYER_STORAGE_KEY, JSON.stringify({ pin: '123456', token: 'tok-7', playerId: 7, nickname: 'Lan Anh' }));
    show();
    const socket = factory.last();
    await act(() => socket.open());
    await receive(socket, welcome({ phase: 'QUESTION_OPEN' }), opened(0), { type: 'Paused', phase: 'QUESTION_OPEN', remainingMillis: 9000 });
    expect(root.querySelector('.paused-overlay')?.textContent).toContain('Tạm dừng');
    expect(root.querySelector<HTMLButtonElement>('.answer-button')!.disabled).toBe(true);
    await receive(socket, { type: 'Resumed', phase: 'QUESTION_OPEN', endsAt: 1, remainingMillis: 9000 });
    expect(root.querySelector('.paused-overlay')).toBeNull();
    click(root.querySelector('.answer-button'));
    await receive(socket, { type: 'AnswerRejected', questionIndex: 0, reason: 'INVALID_ANSWER', message: 'Câu trả lời không hợp lệ.' });
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Câu trả lời không hợp lệ.');
  });

  it('a kick ends the game for the player, forgets the session and does not reconnect', async () => {
    sessionStorage.setItem(PLAYER_STORAGE_KEY, JSON.stringify({ pin: '123456', token: 'tok-7', playerId: 7, nickname: 'Lan Anh' }));
    show();
    const socket = factory.last();
    await act(() => socket.open());
    await receive(socket, welcome(), { type: 'Kicked', banned: true, message: 'Bạn đã bị chủ phòng mời ra khỏi trò chơi.' });
    await act(() => socket.drop(1000));
    expect(text()).toContain('Bạn đã rời trò chơi');
    expect(text()).toContain('Bạn đã bị chủ phòng mời ra khỏi trò chơi.');
    expect(text()).toContain('Biệt danh này không được dùng lại');
    expect(sessionStorage.getItem(PLAYER_STORAGE_KEY)).toBeNull();
    await act(() => settle(5));
    expect(factory.sockets).toHaveLength(1);
  });

  it('reads the question and its answers aloud with a Vietnamese voice, and offers nothing without one', async () => {
    const spoken: { text: string; lang: string }[] = [];
    let voices: { lang: string }[] = [];
    const synth = { getVoices: () => voices, speak: (u: { text: string; lang: string }) => spoken.push({ text: u.text, lang: u.lang }), cancel: () => undefined, addEventListener: () => undefined, removeEventListener: () => undefined };
    Object.assign(window, { speechSynthesis: synth, SpeechSynthesisUtterance: class { voice: unknown = null; lang = ''; constructor(public text: string) {} } });
    try {
      sessionStorage.setItem(PLAYER_STORAGE_KEY, JSON.stringify({ pin: '123456', token: 'tok-7', playerId: 7, nickname: 'Lan Anh' }));
      show();
      await act(() => factory.last().open());
      await receive(factory.last(), welcome({ phase: 'QUESTION_OPEN' }), opened(0));
      expect(buttonNamed(/Đọc câu hỏi/)).toBeUndefined();
      unmount();
      voices = [{ lang: 'vi-VN' }];
      show();
      await act(() => factory.last().open());
      await receive(factory.last(), welcome({ phase: 'QUESTION_OPEN' }), opened(0));
      click(buttonNamed(/^Đọc câu hỏi$/));
      expect(spoken).toHaveLength(1);
      expect(spoken[0].lang).toBe('vi-VN');
      expect(spoken[0].text).toMatch(/^Câu hỏi số 1\?\. Tam giác: Dưới 16 tuổi\. Hình thoi: /);
      unmount();
    } finally {
      delete (window as unknown as Record<string, unknown>).speechSynthesis;
    }
  });

  it('low-data mode, remembered on the phone, leaves the question image out', async () => {
    show('');
    const toggle = root.querySelector<HTMLInputElement>('.low-data-toggle input')!;
    act(() => toggle.click());
    expect(localStorage.getItem('luatvui.lowData')).toBe('1');
    expect(document.documentElement.classList.contains('low-data')).toBe(true);
    unmount();
    sessionStorage.setItem(PLAYER_STORAGE_KEY, JSON.stringify({ pin: '123456', token: 'tok-7', playerId: 7, nickname: 'Lan Anh' }));
    show();
    await act(() => factory.last().open());
    await receive(factory.last(), welcome({ phase: 'QUESTION_OPEN' }), opened(0, 20_000, { imageUrl: '/anh.png' }));
    expect(root.querySelector('img')).toBeNull();
    expect(text()).toContain('Ảnh của câu hỏi không được tải (tiết kiệm dữ liệu).');
    unmount();
    sessionStorage.clear();
    show('');
    act(() => root.querySelector<HTMLInputElement>('.low-data-toggle input')!.click());
    expect(localStorage.getItem('luatvui.lowData')).toBeNull();
  });

  it('shows the question image with its description, and in low-data mode the description until the player taps', async () => {
    sessionStorage.setItem(PLAYER_STORAGE_KEY, JSON.stringify({ pin: '123456', token: 'tok-7', playerId: 7, nickname: 'Lan Anh' }));
    show();
    await act(() => factory.last().open());
    await receive(factory.last(), welcome({ phase: 'QUESTION_OPEN' }), opened(0, 20_000, { imageUrl: '/media/anh.png', imageAlt: 'Biển tròn viền đỏ' }));
    expect(root.querySelector('img.question-image')!.getAttribute('alt')).toBe('Biển tròn viền đỏ');
    unmount();
    sessionStorage.clear();
    show('');
    act(() => root.querySelector<HTMLInputElement>('.low-data-toggle input')!.click());
    unmount();
    sessionStorage.setItem(PLAYER_STORAGE_KEY, JSON.stringify({ pin: '123456', token: 'tok-7', playerId: 7, nickname: 'Lan Anh' }));
    show();
    await act(() => factory.last().open());
    await receive(factory.last(), welcome({ phase: 'QUESTION_OPEN' }), opened(0, 20_000, { imageUrl: '/media/anh.png', imageAlt: 'Biển tròn viền đỏ' }));
    expect(root.querySelector('img')).toBeNull();
    expect(text()).toContain('Ảnh: Biển tròn viền đỏ');
    const show_ = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Xem ảnh')!;
    await act(async () => show_.click());
    expect(root.querySelector('img.question-image')!.getAttribute('src')).toBe('/media/anh.png');
    unmount();
    sessionStorage.clear();
    show('');
    act(() => root.querySelector<HTMLInputElement>('.low-data-toggle input')!.click());
    expect(localStorage.getItem('luatvui.lowData')).toBeNull();
  });
});
