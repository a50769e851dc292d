// Rounds (đợt thi): their state in words, their window, and which one a page should show first.
import type { Tone } from '../components/Badge';
import { t, type MessageKey } from '../i18n';
import type { Round, RoundState } from './types';

const STATE_KEYS: Record<RoundState, MessageKey> = {
  UPCOMING: 'round.state.UPCOMING',
  OPEN: 'round.state.OPEN',
  CLOSED: 'round.state.CLOSED',
};
const STATE_TONES: Record<RoundState, Tone> = { UPCOMING: 'info', OPEN: 'ok', CLOSED: 'neutral' };

/** Sắp mở / Đang mở / Đã kết thúc. */
export function roundStateLabel(state: RoundState): string {
  return t(STATE_KEYS[state] ?? 'round.state.CLOSED');
}

export function roundStateTone(state: RoundState): Tone {
  return STATE_TONES[state] ?? 'neutral';
}

/**
 * The round's state now (`now` on the server's clock): as the server said, moved on when its
 * opening or closing time has passed since the page was loaded.
 */
export function stateAt(round: Pick<Round, 'state' | 'opensAt' | 'closesAt'> & { closedAt?: string | null }, now: number): RoundState {
  if (round.state === 'CLOSED' || round.closedAt) return 'CLOSED';
  const closes = Date.parse(round.closesAt);
  if (!Number.isNaN(closes) && now >= closes) return 'CLOSED';
  if (round.state === 'OPEN') return 'OPEN';
  const opens = Date.parse(round.opensAt);
  return !Number.isNaN(opens) && now >= opens ? 'OPEN' : 'UPCOMING';
}

/** The open round, or null. */
export function openRound<R extends Pick<Round, 'state' | 'opensAt' | 'closesAt'>>(rounds: readonly R[], now: number): R | null {
  return rounds.find((r) => stateAt(r, now) === 'OPEN') ?? null;
}

/** The round a page shows first: the open one, else the last one that has begun, else the first. */
export function focusRound<R extends Pick<Round, 'state' | 'opensAt' | 'closesAt'>>(rounds: readonly R[], now: number): R | null {
  const open = openRound(rounds, now);
  if (open) return open;
  const begun = rounds.filter((r) => stateAt(r, now) !== 'UPCOMING');
  return begun[begun.length - 1] ?? rounds[0] ?? null;
}

/** A moment in the reader's language and time zone, with the full year: "08:00 01/12/2026". */
export function formatWhen(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return date.toLocaleString(t('app.locale'), { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  } catch {
    return date.toISOString();
  }
}

/** "Từ 08:00 01/12/2026 đến 20:00 07/12/2026" in the reader's language and time zone. */
export function roundWindow(round: Pick<Round, 'opensAt' | 'closesAt'>): string {
  return t('round.window', { from: formatWhen(round.opensAt), to: formatWhen(round.closesAt) });
}

/** Whether the contest still takes registrations: published, and some round not over. */
export function registrationOpen(status: string, rounds: readonly Pick<Round, 'state' | 'opensAt' | 'closesAt'>[], now: number): boolean {
  return status === 'PUBLISHED' && rounds.some((r) => stateAt(r, now) !== 'CLOSED');
}
