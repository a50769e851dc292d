import { currentUser, hasRole, useSession } from '../../auth';
import { Badge } from '../../components/Badge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { roundStateLabel, roundStateTone, roundWindow } from '../../contest/rounds';
import { formatNumber } from '../../contest/standings';
import type { ContestSummary } from '../../contest/types';
import { t } from '../../i18n';
import type { RouteProps } from '../../router';
import { useApi } from '../../useApi';
import './contest.css';

/** The contests: published ones for everybody, an organiser's drafts for them. */
export function ContestList(_props: RouteProps) {
  const me = currentUser(useSession());
  const organiser = hasRole(me, 'ORGANISER');
  const contests = useApi<ContestSummary[]>('/api/contests');
  const locale = t('app.locale');

  return (
    <section class="page contest-list">
      <div class="page-head">
        <h1 tabIndex={-1}>{t('contests.title')}</h1>
        {organiser ? (
          <a class="button primary" href="/contests/new">
            {t('contests.create')}
          </a>
        ) : null}
      </div>
      <p class="lead">{t('contests.intro')}</p>
      <ErrorNotice error={contests.error} planned />
      {contests.loading && !contests.data ? <p class="loading">{t('common.loading')}</p> : null}
      {contests.data && contests.data.length === 0 ? (
        <p class="notice notice-info" role="status">
          {organiser ? t('contests.noneOrganiser') : t('contests.none')}
        </p>
      ) : null}
      {contests.data && contests.data.length > 0 ? (
        <ul class="contest-cards">
          {contests.data.map((c) => (
            <li key={c.id} class="contest-card">
              <h2>
                <a href={`/contests/${c.id}`}>{c.title}</a>
              </h2>
              <p class="meta">{t('contests.by', { organiser: c.organiser })}</p>
              <p class="badges">
                {c.status === 'DRAFT' ? <Badge tone="warn">{t('contest.status.DRAFT')}</Badge> : null}
                {c.currentRound ? <Badge tone={roundStateTone(c.currentRound.state)}>{roundStateLabel(c.currentRound.state)}</Badge> : null}
              </p>
              {c.currentRound ? (
                <p>
                  <strong>{c.currentRound.title}</strong>
                  <br />
                  <span class="meta">{roundWindow(c.currentRound)}</span>
                </p>
              ) : (
                <p class="meta">{t('contests.noRound')}</p>
              )}
              <p class="meta">{t('contests.contestants', { count: formatNumber(c.contestants ?? 0, locale) })}</p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
