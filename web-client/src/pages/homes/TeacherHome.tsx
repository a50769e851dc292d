import { currentUser, useSession } from '../../auth';
import { formatDate } from '../../bank/labels';
import type { QuestionSetSummary } from '../../bank/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { t } from '../../i18n';
import type { RouteProps } from '../../router';
import { useApi } from '../../useApi';
import { HomeTabs } from './HomeTabs';

/** GET /api/games: the host's games, newest first. */
interface GameSummary {
  id: number;
  title: string;
  status: string;
  createdAt: string;
  players: number;
}

/** A teacher's home: their question sets (to start a game from) and their recent games (to read the report). */
export function TeacherHome(_props: RouteProps) {
  const me = currentUser(useSession());
  const sets = useApi<QuestionSetSummary[]>('/api/question-sets');
  const games = useApi<GameSummary[]>('/api/games');
  const recent = (games.data ?? []).slice(0, 10);
  const mine = (sets.data ?? []).filter((s) => s.ownerId === me?.id);
  const shared = (sets.data ?? []).filter((s) => s.ownerId !== me?.id).slice(0, 5);

  return (
    <section class="page">
      <HomeTabs />
      <div class="page-head">
        <h1 tabIndex={-1}>{t('teacherHome.title')}</h1>
        <a class="button primary" href="/host">
          {t('teacherHome.host')}
        </a>
      </div>
      <section aria-labelledby="teacher-sets">
        <h2 id="teacher-sets">{t('teacherHome.sets', { count: mine.length })}</h2>
        <ErrorNotice error={sets.error} />
        {sets.data && mine.length === 0 ? <p>{t('teacherHome.noSets')}</p> : null}
        <SetList sets={mine} />
        {shared.length > 0 ? (
          <>
            <h3>{t('teacherHome.shared')}</h3>
            <SetList sets={shared} />
          </>
        ) : null}
        <p>
          <a href="/bank/sets">{t('teacherHome.allSets')}</a>
        </p>
      </section>
      <section aria-labelledby="teacher-games">
        <h2 id="teacher-games">{t('teacherHome.games')}</h2>
        <ErrorNotice error={games.error} />
        {games.data && games.data.length === 0 ? <p>{t('teacherHome.noGames')}</p> : null}
        <ul class="q-list">
          {recent.map((g) => (
            <li key={g.id} class="q-row">
              <a class="q-link" href={`/host/${g.id}/report`}>
                {g.title}
              </a>
              <p class="meta">{t('teacherHome.gameMeta', { players: g.players, date: formatDate(g.createdAt, true) })}</p>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}

function SetList(props: { sets: QuestionSetSummary[] }) {
  return (
    <ul class="q-list">
      {props.sets.map((s) => (
        <li key={s.id} class="q-row">
          <a class="q-link" href={`/bank/sets/${s.id}`}>
            {s.title}
          </a>
          <p class="meta">{t('teacherHome.setMeta', { count: s.questionCount, owner: s.ownerName, date: formatDate(s.updatedAt) })}</p>
        </li>
      ))}
    </ul>
  );
}
