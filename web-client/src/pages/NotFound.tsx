import { t } from '../i18n';

export function NotFound() {
  return (
    <section class="page narrow">
      <h1 tabIndex={-1}>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <a href="/" class="button primary">
          {t('notFound.home')}
        </a>
      </p>
    </section>
  );
}
