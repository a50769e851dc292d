import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../i18n';

/** An honest placeholder for a screen that a later release brings. */
export function ComingSoon(props: { titleKey: MessageKey; textKey: MessageKey; children?: ComponentChildren }) {
  return (
    <section class="page narrow">
      <h1 tabIndex={-1}>{t(props.titleKey)}</h1>
      <p class="badge">{t('soon.badge')}</p>
      <p>{t(props.textKey)}</p>
      {props.children}
      <p>
        <a href="/">{t('soon.home')}</a>
      </p>
    </section>
  );
}
