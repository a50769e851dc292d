import { t } from '../i18n';
import { JoinForm } from './JoinForm';

/** Home: what LuậtVui is, and the three ways in. */
export function Home() {
  return (
    <div class="page">
      <section class="hero">
        <h1 tabIndex={-1}>{t('home.heading')}</h1>
        <p class="lead">{t('home.intro')}</p>
      </section>
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
