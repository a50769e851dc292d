import { t, type MessageKey } from '../../i18n';
import { useLocation } from '../../router';

const LINKS: readonly { href: string; labelKey: MessageKey }[] = [
  { href: '/quan-tri', labelKey: 'admin.accounts' },
  { href: '/quan-tri/van-ban', labelKey: 'admin.registry' },
  { href: '/to-chuc', labelKey: 'nav.orgs' },
];

/** The admin area's own navigation: accounts, the legal-document registry, the organisation tree. */
export function AdminNav() {
  const { path } = useLocation();
  return (
    <nav class="bank-nav" aria-label={t('admin.nav')}>
      <ul>
        {LINKS.map((link) => (
          <li key={link.href}>
            <a href={link.href} aria-current={link.href === path ? 'page' : undefined}>
              {t(link.labelKey)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
