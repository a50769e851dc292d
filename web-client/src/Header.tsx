import { useEffect, useState } from 'preact/hooks';
import { currentUser, signOut, useSession } from './auth';
import { refreshCounts, shownCount, useCounts } from './bank/counts';
import { roleLabel } from './bank/labels';
import { getLang, setLang, t, type Lang } from './i18n';
import { menuFor, rememberHome } from './roles';
import { navigate, useLocation } from './router';

export function Header() {
  const { path } = useLocation();
  const me = currentUser(useSession());
  const [open, setOpen] = useState(false);
  const counts = useCounts();
  useEffect(() => setOpen(false), [path]);
  useEffect(() => {
    if (me) void refreshCounts(me);
  }, [path, me?.id]);

  return (
    <header class="site-header">
      <div class="header-bar">
        <a href="/" class="brand">
          {t('app.name')}
          <span class="tagline">{t('app.tagline')}</span>
        </a>
        <LangSwitch />
        <button
          type="button"
          class="menu-toggle"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls="main-nav"
          onClick={() => setOpen(!open)}
        >
          {t('nav.menu')}
        </button>
      </div>
      <nav id="main-nav" class={open ? 'main-nav open' : 'main-nav'} aria-label={t('nav.label')}>
        <ul>
          {menuFor(me).map((item) => {
            const count = item.count ? shownCount(counts[item.count]) : null;
            return (
              <li key={item.href} class={item.home ? 'nav-home' : undefined}>
                <a
                  href={item.href}
                  aria-current={item.href === path ? 'page' : undefined}
                  onClick={item.home ? () => rememberHome(item.href) : undefined}
                >
                  {t(item.labelKey)}
                  {count ? (
                    <>
                      {' '}
                      <span class="nav-count">{count}</span>
                      <span class="sr-only"> {t(item.count === 'returned' ? 'nav.returnedCount' : 'nav.waitingCount')}</span>
                    </>
                  ) : null}
                </a>
              </li>
            );
          })}
          {me ? (
            <li class="account">
              <span class="account-name">
                <a href="/account" aria-current={path === '/account' ? 'page' : undefined}>
                  {t('auth.signedIn', { name: me.displayName })}
                </a>
                <span class="account-roles">{me.roles.map(roleLabel).join(', ')}</span>
              </span>
              <button
                type="button"
                class="account-signout"
                onClick={() => signOut().catch(() => undefined).then(() => navigate('/'))}
              >
                {t('auth.signOut')}
              </button>
            </li>
          ) : (
            <li>
              <a href="/login" aria-current={path === '/login' ? 'page' : undefined}>
                {t('nav.login')}
              </a>
            </li>
          )}
        </ul>
      </nav>
    </header>
  );
}

/** Offers the other language, named in that language ("English" / "Tiếng Việt"). */
function LangSwitch() {
  const other: Lang = getLang() === 'vi' ? 'en' : 'vi';
  return (
    <button type="button" class="lang-switch" lang={other} title={t('lang.label')} onClick={() => setLang(other)}>
      {t(other === 'vi' ? 'lang.vi' : 'lang.en')}
    </button>
  );
}
