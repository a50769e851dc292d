import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api';
import { setLang } from '../../i18n';
import { currentLocation, startRouter } from '../../router';
import { fakeServer, REGISTRY, settle } from '../../test/server';
import { QuestionEditor } from './Editor';

let root: HTMLElement;
let stop: () => void;

beforeEach(() => {
  setLang('vi');
  window.history.replaceState(null, '', '/bank/new');
  stop = startRouter();
  root = document.createElement('div');
  document.body.appendChild(root);
});

afterEach(() => {
  act(() => render(null, root));
  root.remove();
  stop();
  setCsrfToken(null);
  vi.unstubAllGlobals();
});

async function open() {
  act(() => render(<QuestionEditor params={{}} location={currentLocation()} />, root));
  await act(() => settle());
}

const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(selector: string) => [...root.querySelectorAll<T>(selector)];
const byText = (selector: string, text: string) => $$(selector).find((el) => el.textContent?.includes(text)) as HTMLElement;

async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function click(el: HTMLElement) {
  await act(async () => {
    el.click();
    await settle();
  });
}

async function chooseType(label: string) {
  const radio = byText('.choice-card', label).querySelector('input')!;
  await click(radio);
}

/** Fills a valid single-choice question citing Điều 9 of 36/2024/QH15 through the picker. */
async function fillValid() {
  await type($('#q-text'), 'Hành vi nào bị nghiêm cấm khi tham gia giao thông?');
  const choices = $$<HTMLInputElement>('.choice-main input');
  for (const [i, text] of ['Đua xe trái phép', 'Đi bộ trên vỉa hè', 'Nhường đường', 'Bật đèn chiếu sáng'].entries()) {
    await type(choices[i], text);
  }
  await click($$<HTMLInputElement>('input[name="correct-choice"]')[0]);
  await type($('#q-explanation'), 'Đua xe trái phép bị nghiêm cấm.');
  await click(byText('button', 'Chọn văn bản'));
  await type($('input[type="search"]'), 'trat tu');
  await click(byText('.picker-option', '36/2024/QH15'));
  const article = $$<HTMLInputElement>('input[id$="-article"]')[0];
  await type(article, '9');
}

describe('question editor', () => {
  it('reshapes the form when the type changes', async () => {
    fakeServer({ 'GET /api/legal-documents': { body: REGISTRY } });
    await open();
    expect($$('input[name="correct-choice"]')).toHaveLength(4);

    await chooseType('Đúng/Sai');
    expect($('#q-choices legend').textContent).toBe('Nhận định trên là');
    expect($$('input[name="true-false"]')).toHaveLength(2);
    expect($$('input[name="correct-choice"]')).toHaveLength(0);

    await chooseType('Sắp xếp');
    expect($$('button[aria-label^="Đưa mục"]').length).toBe(8);
    expect($('button[aria-label="Đưa mục 1 lên trên"]').hasAttribute('disabled')).toBe(true);

    await chooseType('Điền đáp án');
    expect($('#q-accepted legend').textContent).toBe('Các đáp án được chấp nhận');

    await chooseType('Nhiều đáp án');
    expect($$('input[type="checkbox"][id$="-correct"]')).toHaveLength(4);
    expect($('#q-scoring')).not.toBeNull();

    await chooseType('Thăm dò ý kiến');
    expect($$('[id$="-correct"]')).toHaveLength(0);
  });

  it('moves an ordering item and keeps focus on it', async () => {
    fakeServer({ 'GET /api/legal-documents': { body: REGISTRY } });
    await open();
    await chooseType('Sắp xếp');
    const inputs = $$<HTMLInputElement>('.choice-main input');
    await type(inputs[0], 'Một');
    await type(inputs[1], 'Hai');
    await click($('button[aria-label="Đưa mục 1 xuống dưới"]'));
    expect($$<HTMLInputElement>('.choice-main input').map((i) => i.value).slice(0, 2)).toEqual(['Hai', 'Một']);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Đưa mục 2 xuống dưới');
  });

  it('shows every problem in a summary and next to its field before sending anything', async () => {
    const calls = fakeServer({ 'GET /api/legal-documents': { body: REGISTRY } });
    await open();
    await click(byText('button', 'Lưu nháp'));
    const summary = $('.error-summary');
    expect(summary.getAttribute('role')).toBe('alert');
    expect(document.activeElement).toBe(summary);
    expect(summary.textContent).toContain('Hãy nhập nội dung câu hỏi.');
    expect($('#q-text').getAttribute('aria-invalid')).toBe('true');
    expect($('#q-text-error').textContent).toBe('Hãy nhập nội dung câu hỏi.');
    expect($('#q-text').getAttribute('aria-describedby')).toContain('q-text-error');
    expect(calls.filter((c) => c.method !== 'GET')).toHaveLength(0);
  });

  it('sends the content with the CSRF token and shows the server’s violations by field', async () => {
    setCsrfToken('csrf-1');
    const calls = fakeServer({
      'GET /api/legal-documents': { body: REGISTRY },
      'POST /api/questions': {
        status: 422,
        body: {
          error: {
            code: 'invalid',
            message: 'Câu hỏi chưa hợp lệ.',
            violations: [
              { field: 'choices[1]', message: 'Phương án 2 trùng với một phương án khác.' },
              { field: 'citations[0].article', message: 'Điều 999 không có trong văn bản.' },
            ],
          },
        },
      },
    });
    await open();
    await fillValid();
    await click(byText('button', 'Lưu nháp'));

    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers['X-CSRF-Token']).toBe('csrf-1');
    expect(post.body).toMatchObject({
      type: 'SINGLE_CHOICE',
      text: 'Hành vi nào bị nghiêm cấm khi tham gia giao thông?',
      choices: [
        { text: 'Đua xe trái phép', correct: true },
        { text: 'Đi bộ trên vỉa hè', correct: false },
        { text: 'Nhường đường', correct: false },
        { text: 'Bật đèn chiếu sáng', correct: false },
      ],
      citations: [{ document: '36/2024/QH15', article: 9, clause: null, point: null, quote: null }],
      accepted: [],
      scoring: null,
    });

    const choice2 = $$<HTMLInputElement>('.choice-main input')[1];
    expect(choice2.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector(`#${choice2.id}-error`)?.textContent).toBe('Phương án 2 trùng với một phương án khác.');
    const article = $$<HTMLInputElement>('input[id$="-article"]')[0];
    expect(root.querySelector(`#${article.id}-error`)?.textContent).toBe('Điều 999 không có trong văn bản.');
    expect($('.error-summary').textContent).toContain('Có 2 chỗ cần sửa');
  });

  it('saves, submits for review, and offers the next question or the one just sent', async () => {
    const question = { id: 41, status: 'DRAFT', version: 1 };
    const calls = fakeServer({
      'GET /api/legal-documents': { body: REGISTRY },
      'POST /api/questions': { status: 201, body: question },
      'POST /api/questions/41/actions/submit': { body: { ...question, status: 'IN_REVIEW' } },
    });
    await open();
    await fillValid();
    await click(byText('button', 'Lưu và gửi duyệt'));
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url)).toEqual(['/api/questions', '/api/questions/41/actions/submit']);
    expect($('h1').textContent).toBe('Đã gửi duyệt');
    expect($('a[href="/bank/41"]').textContent).toBe('Xem câu hỏi vừa gửi');
    await click(byText('button', 'Soạn câu hỏi tiếp'));
    expect(window.location.pathname).toBe('/bank/new');
    expect($<HTMLTextAreaElement>('#q-text').value).toBe('');
  });

  it('previews the question as a player sees it, with shapes as well as colours', async () => {
    fakeServer({ 'GET /api/legal-documents': { body: REGISTRY } });
    await open();
    await fillValid();
    const tiles = $$('.preview .tile');
    expect(tiles).toHaveLength(4);
    expect(tiles.every((tile) => tile.querySelector('svg.shape'))).toBe(true);
    expect(tiles[0].textContent).toContain('Tam giác');
    await click(byText('.preview button', 'Hiện đáp án'));
    expect(tiles[0].textContent).toContain('đáp án đúng');
    expect($('.preview .reveal').textContent).toContain('Điều 9 — Luật Trật tự, an toàn giao thông đường bộ (36/2024/QH15)');
  });
});
