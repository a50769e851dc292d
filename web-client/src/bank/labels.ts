// Words for the bank's codes (types, statuses, roles…), in the current language.
import type { Role } from '../auth';
import { t, type MessageKey } from '../i18n';
import type { Audience, Difficulty, DocumentKind, QuestionType, Scoring, Status, Visibility } from './types';

export const typeLabel = (type: QuestionType) => t(`type.${type}`);
export const statusLabel = (status: Status) => t(`status.${status}`);
export const audienceLabel = (audience: Audience) => t(`audience.${audience}`);
export const visibilityLabel = (visibility: Visibility) => t(`visibility.${visibility}`);
export const scoringLabel = (scoring: Scoring) => t(`scoring.${scoring}`);
export const difficultyLabel = (difficulty: Difficulty | number) =>
  difficulty === 1 || difficulty === 2 || difficulty === 3 ? t(`difficulty.${difficulty}`) : String(difficulty);
export const roleLabel = (role: Role) => t(`role.${role}`);
export const kindLabel = (kind: DocumentKind) => t(`kind.${kind}`);

const HISTORY_KEYS: Record<string, MessageKey> = {
  CREATED: 'history.CREATED',
  EDITED: 'history.EDITED',
  SUBMITTED: 'history.SUBMITTED',
  APPROVED: 'history.APPROVED',
  RETURNED: 'history.RETURNED',
  RETIRED: 'history.RETIRED',
  COMMENTED: 'history.COMMENTED',
  FLAGGED: 'history.FLAGGED',
};

/** A history action in words; an action this client does not know is shown as the server names it. */
export const historyLabel = (action: string) => (HISTORY_KEYS[action] ? t(HISTORY_KEYS[action]) : action);

/** A date or date-time from the server, in the reader's language ("28/11/2026"). */
export function formatDate(iso: string | null | undefined, withTime = false): string {
  if (!iso) return '';
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = t('app.locale');
  return withTime
    ? date.toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' })
    : date.toLocaleDateString(locale, { day: '2-digit', month: '2-digit', year: 'numeric' });
}
