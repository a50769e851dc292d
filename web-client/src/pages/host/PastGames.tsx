import { formatDate } from '../../bank/labels';
import { t, type MessageKey } from '../../i18n';
import { useApi } from '../../useApi';

/** GET /api/games: a game in the host's list. */
export interface GameSummary {
  id: number;
  title: string;
  pin: string;
  status: 'LOBBY' | 'RUNNING' | 'FINISHED' | 'ABANDONED';
  createdAt: string;
  finishedAt: string | null;
  players: number;
}

const STATUS: Record<GameSummary['status'], MessageKey> = {
  LOBBY: 'host.past.LOBBY',
  RUNNING: 'host.past.RUNNING',
  FINISHED: 'host.past.FINISHED',
  ABANDONED: 'host.past.ABANDONED',
};

/** The host's past games, newest first, each with its report (or its control screen while it runs). */
export function PastGames() {
  const games = useApi<GameSummary[]>('/api/games');
  const list = (games.data ?? []).slice(0, 20);
  if (list.length === 0) return null;
  return (
    <section class="card-plain past-games" aria-labelledby="past-games">
      <h2 id="past-games">{t('host.past.title')}</h2>
      <ul class="q-list">
        {list.map((g) => (
          <li key={g.id} class="q-row">
            <p>
              <strong>{g.title}</strong>
            </p>
            <p class="meta">
              {t(STATUS[g.status] ?? 'host.past.FINISHED')} · {formatDate(g.createdAt, true)} ·{' '}
              {t('host.playerCount', { count: g.players })}
            </p>
            {g.status === 'FINISHED' ? (
              <a href={`/host/${g.id}/report`}>{t('host.past.report', { title: g.title })}</a>
            ) : g.status === 'ABANDONED' ? null : (
              <a href={`/host/${g.id}`}>{t('host.past.resume')}</a>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
