import { currentUser, useSession } from '../../auth';
import { t } from '../../i18n';
import { homesFor, rememberHome } from '../../roles';
import { useLocation } from '../../router';

/** The person's homes side by side, for someone with several roles to switch between them. */
export function HomeTabs() {
  const me = currentUser(useSession());
  const { path } = useLocation();
  const homes = homesFor(me);
  if (homes.length < 2) return null;
  return (
    <nav class="bank-nav home-tabs" aria-label={t('homes.switch')}>
      <ul>
        {homes.map((home) => (
          <li key={home.href}>
            <a href={home.href} aria-current={home.href === path ? 'page' : undefined} onClick={() => rememberHome(home.href)}>
              {t(home.labelKey)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
