import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api';
import { setLang } from '../../i18n';
import { currentLocation, startRouter } from '../../router';
import { fakeServer, REGISTRY, settle } from '../../test/server';
import { QuestionEditor } from './Editor';

const SHA = 'ab'.repeat(32);
const URL_ = `/media/${SHA}.png`;
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

const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(selector: string) => [...root.querySelectorAll<T>(selector)];
const byText = (selector: string, text: string) => $$(selector).find((el) => el.textContent?.includes(text)) as HTMLElement;

async function open() {
  act(() => render(<QuestionEditor params={{}} location={currentLocation()} />, root));
  await act(() => settle());
}

async function pick(file: File) {
  const input = $<HTMLInputElement>('#q-imageFile');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
  });
}

async function type(el: HTMLInputElement, value: string) {
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const png = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])], 'bien-bao.png', { type: 'image/png' });

describe('question image in the editor', () => {
  it('uploads a picked image with the CSRF token, previews it, asks for its description and removes it', async () => {
    setCsrfToken('csrf-9');
    const calls = fakeServer({
      'GET /api/legal-documents': { body: REGISTRY },
      'POST /api/media': { status: 201, body: { sha256: SHA, url: URL_, mediaType: 'image/png', width: 640, height: 480 } },
    });
    await open();

    await pick(png());

    const upload = calls.find((c) => c.method === 'POST' && c.url === '/api/media')!;
    expect(upload.body).toBeInstanceOf(File);
    expect(upload.headers['X-CSRF-Token']).toBe('csrf-9');
    expect(upload.headers['Content-Type']).toBe('application/octet-stream');
    const preview = $<HTMLImageElement>('.image-preview img');
    expect(preview.getAttribute('src')).toBe(URL_);
    expect($('label[for="q-imageAlt"]').textContent).toBe('Mô tả ảnh (bắt buộc)');
    expect($<HTMLInputElement>('#q-imageAlt').required).toBe(true);

    await act(async () => {
      byText('button', 'Lưu nháp').click();
      await settle();
    });
    expect($('#q-imageAlt-error').textContent).toBe('Hãy mô tả ảnh bằng lời (cho người không xem được ảnh).');
    expect(calls.filter((c) => c.method === 'POST' && c.url.startsWith('/api/questions'))).toHaveLength(0);

    await type($<HTMLInputElement>('#q-imageAlt'), 'Biển tròn viền đỏ');
    expect(preview.getAttribute('alt')).toBe('Biển tròn viền đỏ');

    await act(async () => {
      byText('button', 'Bỏ ảnh').click();
      await settle();
    });
    expect($('.image-preview')).toBeNull();
    expect($<HTMLInputElement>('#q-imageUrl').value).toBe('');
    expect($<HTMLInputElement>('#q-imageAlt').value).toBe('');
  });

  it('refuses a file that is not an image before sending it, and shows the server’s refusal', async () => {
    const calls = fakeServer({
      'GET /api/legal-documents': { body: REGISTRY },
      'POST /api/media': {
        status: 422,
        body: { error: { code: 'bad_image', message: 'Tệp không phải là ảnh PNG, JPEG, GIF hay WebP.' } },
      },
    });
    await open();

    await pick(new File(['<html>'], 'trang.html', { type: 'text/html' }));
    expect($('[role="alert"].field-error').textContent).toBe('Chỉ nhận ảnh PNG, JPEG, GIF hoặc WebP.');
    expect(calls.filter((c) => c.url === '/api/media')).toHaveLength(0);

    await pick(png());
    expect($('[role="alert"].field-error').textContent).toBe('Tệp không phải là ảnh PNG, JPEG, GIF hay WebP.');
    expect($('.image-preview')).toBeNull();
  });
});
