import { Badge } from '../../components/Badge';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { ContestSummary } from '../../contest/types';
import { t } from '../../i18n';
import type { RouteProps } from '../../router';
import { useApi } from '../../useApi';
import { HomeTabs } from './HomeTabs';

/** An organiser's home: the contests they created, drafts and published, each one step from its management. */
export function OrganiserHome(_props: RouteProps) {
  const contests = useApi<(ContestSummary & { mine?: boolean })[]>('/api/contests');
  const mine = (contests.data ?? []).filter((c) => c.mine);

  return (
    <section class="page">
      <HomeTabs />
      <div class="page-head">
        <h1 tabIndex={-1}>{t('organiserHome.title')}</h1>
        <a class="button primary" href="/contests/new">
          {t('contests.create')}
        </a>
      </div>
      <ErrorNotice error={contests.error} />
      {contests.loading && !contests.data ? <p class="loading">{t('common.loading')}</p> : null}
      {contests.data && mine.length === 0 ? <p>{t('organiserHome.none')}</p> : null}
      <ul class="q-list">
        {mine.map((c) => (
          <li key={c.id} class="q-row">
            <div class="q-row-head">
              <a class="q-link" href={`/contests/${c.id}/manage`}>
                {c.title}
              </a>
              <Badge tone={c.status === 'DRAFT' ? 'warn' : 'ok'}>{t(`contest.status.${c.status}`)}</Badge>
            </div>
            <p class="meta">
              {t('contests.contestants', { count: String(c.contestants ?? 0) })}
              {' · '}
              <a href={`/contests/${c.id}`}>{t('organiserHome.publicPage')}</a>
            </p>
          </li>
        ))}
      </ul>
      <p>
        <a href="/contests">{t('organiserHome.all')}</a>
      </p>
    </section>
  );
}
