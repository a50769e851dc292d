// Screens loaded on first visit, so a player's phone never downloads the bank's editor.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from './i18n';
import type { RouteProps } from './router';

export function lazyView(load: () => Promise<ComponentType<RouteProps>>): ComponentType<RouteProps> {
  let loaded: ComponentType<RouteProps> | null = null;
  let loading: Promise<ComponentType<RouteProps>> | null = null;
  return function Lazy(props: RouteProps) {
    const [, setReady] = useState(false);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      (loading ??= load()).then(
        (view) => {
          loaded = view;
          if (!live) return;
          setReady(true);
          // Navigation focused <main> while the screen loaded: hand focus on to its heading.
          requestAnimationFrame(() => {
            if (document.activeElement?.id === 'main') document.querySelector<HTMLElement>('main h1')?.focus();
          });
        },
        () => {
          loading = null;
          if (live) setFailed(true);
        },
      );
      return () => {
        live = false;
      };
    }, []);
    if (loaded) {
      const View = loaded;
      return <View {...props} />;
    }
    return failed ? (
      <p class="notice notice-error" role="alert">
        {t('common.loadFailed')}
      </p>
    ) : (
      <p class="loading">{t('common.loading')}</p>
    );
  };
}
