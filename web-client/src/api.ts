// JSON calls to the quiz-server REST API under /api/.
import { getLang } from './i18n';

/** A rule a request body broke, by field path ("choices[1]", "citations[0].document"). */
export interface Violation {
  field: string;
  message: string;
}

/** An error answered by the server ({ "error": { "code", "message", "violations"? } }) or a failed request. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly violations: readonly Violation[];
  /** The parsed answer body, whatever its shape (an import report comes back with 422). */
  readonly payload: unknown;

  constructor(status: number, code: string, message: string, violations: readonly Violation[] = [], payload?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.violations = violations;
    this.payload = payload;
  }
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiOptions {
  method?: Method;
  /** JSON-encoded, or sent as it is when a Blob (a File to import) as application/octet-stream. */
  body?: unknown;
  signal?: AbortSignal;
}

export const CSRF_HEADER = 'X-CSRF-Token';
const SAFE_METHODS: readonly string[] = ['GET', 'HEAD', 'OPTIONS'];

let csrfToken: string | null = null;
let refreshCsrf: (() => Promise<string | null>) | null = null;

/** The signed-in session's CSRF token (from login and /api/auth/me); null when signed out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

/**
 * How to get a fresh token when the server refuses the one held (the session changed in another
 * tab): the request is then repeated once with the new token.
 */
export function setCsrfRefresher(refresh: (() => Promise<string | null>) | null): void {
  refreshCsrf = refresh;
}

/** The headers of a request: language, JSON, and the CSRF token on requests that change something. */
export function requestHeaders(method: Method, body: unknown): Record<string, string> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': getLang(),
  };
  if (body instanceof Blob) headers['Content-Type'] = 'application/octet-stream';
  else if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (!SAFE_METHODS.includes(method) && csrfToken) headers[CSRF_HEADER] = csrfToken;
  return headers;
}

/** Calls `/api/...` and returns the parsed JSON answer (undefined for 204). */
export async function api<T>(path: string, options: ApiOptions = {}): Promise<T> {
  const response = await send(path, options);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

/** Calls `/api/...` for a file: the bytes and the file name the server suggests. */
export async function apiFile(path: string, options: ApiOptions = {}): Promise<{ blob: Blob; filename: string | null }> {
  const response = await send(path, options);
  return { blob: await response.blob(), filename: filenameOf(response.headers.get('Content-Disposition')) };
}

async function send(path: string, options: ApiOptions, retried = false): Promise<Response> {
  if (!path.startsWith('/api/')) throw new Error(`API path must start with /api/: ${path}`);
  const method = options.method ?? (options.body === undefined ? 'GET' : 'POST');
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: requestHeaders(method, options.body),
      body: encode(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : String(cause));
  }
  if (response.ok) return response;
  const error = await toApiError(response);
  if (error.status === 403 && error.code === 'csrf' && !retried && refreshCsrf && !SAFE_METHODS.includes(method)) {
    const fresh = await refreshCsrf().catch(() => null);
    if (fresh) return send(path, options, true);
  }
  throw error;
}

function encode(body: unknown): BodyInit | undefined {
  if (body === undefined) return undefined;
  if (body instanceof Blob) return body;
  return JSON.stringify(body);
}

export async function toApiError(response: Response): Promise<ApiError> {
  let payload: unknown;
  try {
    const text = await response.text();
    payload = text === '' ? undefined : JSON.parse(text);
  } catch {
    payload = undefined;
  }
  const error = (payload as { error?: { code?: unknown; message?: unknown; violations?: unknown } } | null)?.error;
  if (!error || typeof error.code !== 'string') {
    return new ApiError(response.status, `http_${response.status}`, response.statusText, [], payload);
  }
  const message = typeof error.message === 'string' ? error.message : error.code;
  return new ApiError(response.status, error.code, message, readViolations(error.violations), payload);
}

function readViolations(value: unknown): Violation[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((v): v is Violation => !!v && typeof v.field === 'string' && typeof v.message === 'string')
    .map((v) => ({ field: v.field, message: v.message }));
}

/** The file name of a Content-Disposition header (filename*=UTF-8'' first, then filename=). */
export function filenameOf(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain ? plain[1].trim() : null;
}

/** A query string from values, leaving out empty ones: { q: 'x', page: 2, tag: '' } → "?q=x&page=2". */
export function queryString(values: Record<string, string | number | boolean | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** Endpoints the server may not have yet answer 404/405/501: the screen says "not available yet". */
export function isNotAvailable(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 405 || error.status === 501);
}
