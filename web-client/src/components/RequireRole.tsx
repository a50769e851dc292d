import type { ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';
import { hasRole, useSession, type Role } from '../auth';
import { t } from '../i18n';
import { homesFor } from '../roles';
import { navigate, useLocation, type RouteProps } from '../router';

/** The path to come back to after signing in: only this site's own paths. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/bank';
}

/**
 * A screen for some roles only: signed-out people go to /login and come back after; a user
 * without the role is told so.
 */
export function guarded(roles: Role[], View: ComponentType<RouteProps>): ComponentType<RouteProps> {
  return function Guarded(props: RouteProps) {
    const session = useSession();
    const { path, query } = useLocation();
    const here = path + (query.toString() ? `?${query.toString()}` : '');
    useEffect(() => {
      if (session.state === 'anonymous') navigate(`/login?next=${encodeURIComponent(here)}`, { replace: true });
    }, [session.state]);
    if (session.state === 'unknown' || session.state === 'anonymous') {
      return <p class="loading">{t('common.loading')}</p>;
    }
    if (!hasRole(session.me, ...roles)) {
      return (
        <section class="page narrow">
          <h1 tabIndex={-1}>{t('auth.forbiddenTitle')}</h1>
          <p>{t('auth.forbidden')}</p>
          <ul class="plain-list">
            {homesFor(session.me).map((home) => (
              <li key={home.href}>
                <a href={home.href}>{t(home.labelKey)}</a>
              </li>
            ))}
            <li>
              <a href="/">{t('soon.home')}</a>
            </li>
          </ul>
        </section>
      );
    }
    return <View {...props} />;
  };
}
