import { useEffect, useState } from 'preact/hooks';
import { currentUser, hasRole, signOut, useSession, type Role } from './auth';
import { roleLabel } from './bank/labels';
import { getLang, setLang, t, type Lang, type MessageKey } from './i18n';
import { navigate, useLocation } from './router';

/** The main navigation; an entry with `roles` is shown to those roles only. */
const NAV: readonly { href: string; labelKey: MessageKey; roles?: Role[] }[] = [
  { href: '/', labelKey: 'nav.home' },
  { href: '/play', labelKey: 'nav.play' },
  { href: '/host', labelKey: 'nav.host' },
  { href: '/contests', labelKey: 'nav.contests' },
  { href: '/contests/new', labelKey: 'nav.organise', roles: ['ORGANISER'] },
  { href: '/lookup', labelKey: 'nav.lookup' },
  { href: '/van-ban', labelKey: 'nav.reader' },
  { href: '/bank', labelKey: 'nav.bank' },
];

export function Header() {
  const { path } = useLocation();
  const me = currentUser(useSession());
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [path]);

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
          {NAV.filter((item) => !item.roles || hasRole(me, ...item.roles)).map((item) => (
            <li key={item.href}>
              <a href={item.href} aria-current={item.href === path ? 'page' : undefined}>
                {t(item.labelKey)}
              </a>
            </li>
          ))}
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
