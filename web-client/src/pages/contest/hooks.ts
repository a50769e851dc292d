import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { serverOffset } from '../../contest/clock';

/** Calls `reload` whenever `key` changes after the first render (a parent asking for fresh data). */
export function useRefresh(key: number | undefined, reload: () => void): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    reload();
  }, [key]);
}

/**
 * The time on the server's clock, from the `serverTime` of an answer (taken as received when it
 * is first rendered), ticking every `everyMs` so that round states move on by themselves.
 */
export function useServerNow(serverTime: string | null | undefined, everyMs = 15_000): number {
  const offset = useMemo(() => serverOffset(serverTime, Date.now()), [serverTime]);
  const [, setTick] = useState(0);
  useEffect(() => {
    const id = setInterval(() => setTick((n) => n + 1), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return Date.now() + offset;
}

/** Runs `run` every `everyMs` while `active` and the page is visible (and once when it becomes visible again). */
export function useInterval(run: () => void, everyMs: number, active = true): void {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    if (!active) return;
    const id = setInterval(() => {
      if (document.visibilityState !== 'hidden') latest.current();
    }, everyMs);
    const onVisible = () => {
      if (document.visibilityState === 'visible') latest.current();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(id);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [everyMs, active]);
}
