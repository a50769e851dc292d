// JSON calls to the quiz-server REST API under /api/.
import { getLang } from './i18n';

/** An error answered by the server ({ "error": { "code", "message" } }) or a failed request. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

export interface ApiOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

/** Calls `/api/...` with a JSON body and returns the parsed JSON answer (undefined for 204). */
export async function api<T>(path: string, options: ApiOptions = {}): Promise<T> {
  if (!path.startsWith('/api/')) throw new Error(`API path must start with /api/: ${path}`);
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': getLang(),
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : String(cause));
  }

  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

async function toApiError(response: Response): Promise<ApiError> {
  const fallback = new ApiError(response.status, `http_${response.status}`, response.statusText);
  let payload: unknown;
  try {
    payload = await response.json();
  } catch {
    return fallback;
  }
  const error = (payload as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (!error || typeof error.code !== 'string') return fallback;
  const message = typeof error.message === 'string' ? error.message : error.code;
  return new ApiError(response.status, error.code, message);
}
