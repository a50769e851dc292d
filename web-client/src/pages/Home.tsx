import { currentUser, useSession } from '../auth';
import { t } from '../i18n';
import { homesFor } from '../roles';
import { JoinForm } from './JoinForm';

/** Home: what LuậtVui is, and the three ways in. */
export function Home() {
  const me = currentUser(useSession());
  const homes = homesFor(me);
  return (
    <div class="page">
      <section class="hero">
        <h1 tabIndex={-1}>{t('home.heading')}</h1>
        <p class="lead">{t('home.intro')}</p>
      </section>
      {me && homes.length > 0 ? (
        <nav class="notice notice-info" aria-label={t('homes.switch')}>
          {t('homes.hello', { name: me.displayName })}{' '}
          {homes.map((home, i) => (
            <span key={home.href}>
              {i > 0 ? ' · ' : ''}
              <a href={home.href}>{t(home.labelKey)}</a>
            </span>
          ))}
        </nav>
      ) : null}
      <div class="cards">
        <section class="card card-join" aria-labelledby="card-join">
          <h2 id="card-join">{t('home.join.heading')}</h2>
          <p>{t('home.join.text')}</p>
          <JoinForm id="home-pin" />
        </section>
        <section class="card" aria-labelledby="card-contests">
          <h2 id="card-contests">{t('home.contests.heading')}</h2>
          <p>{t('home.contests.text')}</p>
          <a href="/contests" class="button">
            {t('home.contests.link')}
          </a>
        </section>
        <section class="card" aria-labelledby="card-lookup">
          <h2 id="card-lookup">{t('home.lookup.heading')}</h2>
          <p>{t('home.lookup.text')}</p>
          <a href="/lookup" class="button">
            {t('home.lookup.link')}
          </a>
        </section>
      </div>
    </div>
  );
}
