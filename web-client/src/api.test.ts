import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api } from './api';

function respond(status: number, body?: unknown) {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  const fetchMock = vi.fn(async () => new Response(status === 204 ? null : text, { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

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
});
