// A fake quiz-server for component tests: fetch answered from a table of handlers.
import { vi } from 'vitest';

export interface Call {
  method: string;
  url: string;
  body: unknown;
  headers: Record<string, string>;
}

type Handler = (call: Call) => { status?: number; body?: unknown } | undefined;

/** Answers "METHOD /path" (query ignored) from the handlers; anything else is a 404. Returns the calls. */
export function fakeServer(handlers: Record<string, Handler | { status?: number; body?: unknown }>): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      const body = typeof init.body === 'string' ? JSON.parse(init.body) : init.body;
      const call = { method, url, body, headers: (init.headers ?? {}) as Record<string, string> };
      calls.push(call);
      const path = url.split('?')[0];
      const entry = handlers[`${method} ${path}`];
      const answer = typeof entry === 'function' ? entry(call) : entry;
      if (!answer) return new Response('{"error":{"code":"not_found","message":"Không có gì ở địa chỉ này."}}', { status: 404 });
      const status = answer.status ?? 200;
      return new Response(status === 204 || answer.body === undefined ? null : JSON.stringify(answer.body), { status });
    }),
  );
  return calls;
}

/** Lets pending promises and the renders they cause run. */
export async function settle(rounds = 12): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

export const REGISTRY = [
  {
    id: 1,
    number: '36/2024/QH15',
    name: 'Luật Trật tự, an toàn giao thông đường bộ',
    kind: 'LUAT',
    issued: '2024-06-27',
    effectiveFrom: '2025-01-01',
    effectiveTo: null,
    replacedBy: [],
    inForce: true,
    citingQuestions: 3,
  },
  {
    id: 2,
    number: '23/2008/QH12',
    name: 'Luật Giao thông đường bộ',
    kind: 'LUAT',
    issued: '2008-11-13',
    effectiveFrom: '2009-07-01',
    effectiveTo: '2024-12-31',
    replacedBy: ['36/2024/QH15', '35/2024/QH15'],
    inForce: false,
    citingQuestions: 5,
  },
  {
    id: 3,
    number: '102/2016/QH13',
    name: 'Luật Trẻ em',
    kind: 'LUAT',
    issued: '2016-04-05',
    effectiveFrom: '2017-06-01',
    effectiveTo: null,
    replacedBy: [],
    inForce: true,
    citingQuestions: 0,
  },
];
