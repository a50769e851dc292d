import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, setCsrfToken } from '../api';
import { uploadWithProgress } from './upload';

/** A stand-in for the browser's XMLHttpRequest: records the request, lets the test play the upload. */
class FakeXhr {
  static last: FakeXhr;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  statusText = '';
  responseText = '';
  withCredentials = false;
  upload: { onprogress?: (e: { lengthComputable: boolean; loaded: number; total: number }) => void; onload?: () => void } = {};
  onload?: () => void;
  onerror?: () => void;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('uploadWithProgress', () => {
  it('reports the share sent and answers the server’s JSON', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    setCsrfToken('csrf-7');
    const file = new Blob(['x'.repeat(1000)]);
    const seen: number[] = [];
    const done = uploadWithProgress<{ total: number }>('/api/imports?format=CSV_LUATVUI', file, (s) => seen.push(s));
    const xhr = FakeXhr.last;
    expect(xhr.method).toBe('POST');
    expect(xhr.headers['X-CSRF-Token']).toBe('csrf-7');
    expect(xhr.headers['Content-Type']).toBe('application/octet-stream');
    expect(xhr.body).toBe(file);
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 250, total: 1000 });
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 1000, total: 1000 });
    xhr.answer(200, { total: 3 });
    await expect(done).resolves.toEqual({ total: 3 });
    expect(seen).toEqual([0.25, 1]);
  });

  it('gives the server’s refusal as an ApiError with its payload (an import report with errors)', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const done = uploadWithProgress('/api/imports', new Blob(['a']), () => {});
    FakeXhr.last.answer(422, { error: { code: 'invalid', message: 'Tệp có lỗi.' }, errors: [] });
    const error = await done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(422);
    expect((error as ApiError).message).toBe('Tệp có lỗi.');
  });
});
