import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, filenameOf, isNotAvailable, queryString, requestHeaders, setCsrfRefresher, setCsrfToken } from './api';

function respond(status: number, body?: unknown) {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  const fetchMock = vi.fn(async () => new Response(status === 204 ? null : text, { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
  setCsrfRefresher(null);
});

const headersOf = (fetchMock: ReturnType<typeof vi.fn>, call = 0) =>
  (fetchMock.mock.calls[call] as unknown as [string, RequestInit])[1].headers as Record<string, string>;

describe('api', () => {
  it('sends JSON and returns the parsed answer', async () => {
    const fetchMock = respond(200, { id: 7 });
    await expect(api('/api/sets', { body: { name: 'Giao thông' } })).resolves.toEqual({ id: 7 });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/sets');
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"name":"Giao thông"}');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('returns undefined for 204', async () => {
    respond(204);
    await expect(api('/api/x', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('turns an error body into a typed ApiError', async () => {
    respond(409, { error: { code: 'nickname_taken', message: 'Biệt danh đã có người dùng' } });
    const error = await api('/api/join').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'nickname_taken', message: 'Biệt danh đã có người dùng' });
  });

  it('falls back to http_<status> when the body is not the error shape', async () => {
    respond(502, '<html>Bad gateway</html>');
    await expect(api('/api/x')).rejects.toMatchObject({ status: 502, code: 'http_502' });
  });

  it('reports network failures as code "network"', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(api('/api/x')).rejects.toMatchObject({ status: 0, code: 'network' });
  });

  it('refuses paths outside /api/', async () => {
    await expect(api('/health/live')).rejects.toThrow('/api/');
  });

  it('reads the violations of a 422', async () => {
    respond(422, {
      error: {
        code: 'invalid',
        message: 'Câu hỏi chưa hợp lệ.',
        violations: [{ field: 'choices[1]', message: 'Phương án 2 đang trống.' }, { bad: true }],
      },
    });
    const error = (await api('/api/questions', { body: {} }).catch((e: unknown) => e)) as ApiError;
    expect(error.violations).toEqual([{ field: 'choices[1]', message: 'Phương án 2 đang trống.' }]);
  });

  it('keeps an error body of another shape as the payload (an import report)', async () => {
    respond(422, { total: 3, valid: 2, errors: [{ row: 2, column: 'B', message: 'Thiếu đáp án' }] });
    const error = (await api('/api/imports?mode=commit', { method: 'POST' }).catch((e: unknown) => e)) as ApiError;
    expect(error).toMatchObject({ status: 422, code: 'http_422' });
    expect(error.payload).toMatchObject({ total: 3, valid: 2 });
  });

  it('sends a file as it is, as application/octet-stream', async () => {
    const fetchMock = respond(200, { total: 0 });
    const file = new Blob(['Question,Answer 1'], { type: 'text/csv' });
    await api('/api/imports?format=CSV_KAHOOT&mode=preview', { method: 'POST', body: file });
    const init = (fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(init.body).toBe(file);
    expect(headersOf(fetchMock)['Content-Type']).toBe('application/octet-stream');
  });
});

describe('CSRF', () => {
  it('adds the token to requests that change something, never to reads', async () => {
    setCsrfToken('tok-1');
    const fetchMock = respond(200, {});
    await api('/api/questions', { body: {} });
    await api('/api/questions/1', { method: 'PUT', body: {} });
    await api('/api/question-sets/1', { method: 'DELETE' });
    await api('/api/questions');
    expect(headersOf(fetchMock, 0)['X-CSRF-Token']).toBe('tok-1');
    expect(headersOf(fetchMock, 1)['X-CSRF-Token']).toBe('tok-1');
    expect(headersOf(fetchMock, 2)['X-CSRF-Token']).toBe('tok-1');
    expect(headersOf(fetchMock, 3)['X-CSRF-Token']).toBeUndefined();
  });

  it('sends no token while signed out', () => {
    expect(requestHeaders('POST', {})['X-CSRF-Token']).toBeUndefined();
  });

  it('repeats a refused request once with a fresh token', async () => {
    setCsrfToken('stale');
    setCsrfRefresher(async () => {
      setCsrfToken('fresh');
      return 'fresh';
    });
    const fetchMock = vi.fn(async (_url: string, init: RequestInit) =>
      (init.headers as Record<string, string>)['X-CSRF-Token'] === 'fresh'
        ? new Response('{"id":1}', { status: 201 })
        : new Response('{"error":{"code":"csrf","message":"Phiên làm việc cần mã chống giả mạo"}}', { status: 403 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    await expect(api('/api/questions', { body: {} })).resolves.toEqual({ id: 1 });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('gives up after one retry', async () => {
    setCsrfToken('stale');
    setCsrfRefresher(async () => 'still-stale');
    const fetchMock = respond(403, { error: { code: 'csrf', message: 'CSRF' } });
    await expect(api('/api/questions', { body: {} })).rejects.toMatchObject({ status: 403, code: 'csrf' });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});

describe('helpers', () => {
  it('reads the file name of a download', () => {
    expect(filenameOf('attachment; filename="cau-hoi.xlsx"')).toBe('cau-hoi.xlsx');
    expect(filenameOf("attachment; filename*=UTF-8''c%C3%A2u%20h%E1%BB%8Fi.csv; filename=\"cau hoi.csv\"")).toBe('câu hỏi.csv');
    expect(filenameOf(null)).toBeNull();
  });

  it('builds query strings without empty values', () => {
    expect(queryString({ q: 'giao thông', page: 2, tag: '', mine: false, needsReview: true, article: null })).toBe(
      '?q=giao+th%C3%B4ng&page=2&needsReview=true',
    );
    expect(queryString({})).toBe('');
  });

  it('treats 404, 405 and 501 as "not available yet"', () => {
    expect(isNotAvailable(new ApiError(404, 'not_found', ''))).toBe(true);
    expect(isNotAvailable(new ApiError(501, 'http_501', ''))).toBe(true);
    expect(isNotAvailable(new ApiError(409, 'conflict', ''))).toBe(false);
    expect(isNotAvailable(new Error('x'))).toBe(false);
  });
});
