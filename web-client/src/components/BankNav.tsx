import { currentUser, hasRole, useSession, type Role } from '../auth';
import { shownCount, useCounts } from '../bank/counts';
import { t, type MessageKey } from '../i18n';
import { useLocation } from '../router';

const LINKS: readonly { href: string; labelKey: MessageKey; roles: Role[] }[] = [
  { href: '/bank', labelKey: 'bankNav.list', roles: ['AUTHOR', 'REVIEWER', 'HOST'] },
  { href: '/bank/new', labelKey: 'bankNav.new', roles: ['AUTHOR', 'REVIEWER'] },
  { href: '/bank/review', labelKey: 'bankNav.review', roles: ['REVIEWER'] },
  { href: '/bank/registry', labelKey: 'bankNav.registry', roles: ['AUTHOR', 'REVIEWER', 'HOST'] },
  { href: '/bank/import', labelKey: 'bankNav.import', roles: ['AUTHOR', 'REVIEWER'] },
  { href: '/bank/sets', labelKey: 'bankNav.sets', roles: ['AUTHOR', 'REVIEWER', 'HOST'] },
  { href: '/bank/citations', labelKey: 'bankNav.citations', roles: ['REVIEWER'] },
];

/** The question bank's own navigation, showing what the user's roles allow. */
export function BankNav() {
  const me = currentUser(useSession());
  const { path } = useLocation();
  const counts = useCounts();
  return (
    <nav class="bank-nav" aria-label={t('bankNav.label')}>
      <ul>
        {LINKS.filter((link) => hasRole(me, ...link.roles)).map((link) => (
          <li key={link.href}>
            <a href={link.href} aria-current={link.href === path ? 'page' : undefined}>
              {t(link.labelKey)}
              {link.href === '/bank/review' && shownCount(counts.waiting) ? (
                <>
                  {' '}
                  <span class="nav-count">{counts.waiting}</span>
                  <span class="sr-only"> {t('nav.waitingCount')}</span>
                </>
              ) : null}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
