import { useEffect, useRef } from 'preact/hooks';
import { t, useLang } from './i18n';
import { Header } from './Header';
import { NotFound } from './pages/NotFound';
import { AccountGate } from './pages/account/AccountGate';
import { keepsFocus, locationKey, matchRoute, useLocation } from './router';
import { routes } from './routes';

/** The shell: skip link, header with navigation, the routed screen in <main>, footer. */
export function App() {
  const lang = useLang();
  const location = useLocation();
  const match = matchRoute(routes, location.path);
  const titleKey = match ? match.route.titleKey : 'notFound.title';
  const View = match?.route.view;

  useEffect(() => {
    document.title = t('app.docTitle', { page: t(titleKey) });
  }, [lang, titleKey]);

  useFocusOnNavigation(locationKey(location));

  return (
    <>
      <a href="#main" class="skip-link">
        {t('skip.toMain')}
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        <AccountGate>{match && View ? <View key={match.route.path} params={match.params} location={location} /> : <NotFound />}</AccountGate>
      </main>
      <footer class="site-footer">
        <p>{t('footer.about')}</p>
        <p>{t('footer.disclaimer')}</p>
      </footer>
    </>
  );
}

/** After an in-app navigation, move focus to the new screen's heading (not on first load). */
function useFocusOnNavigation(key: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (keepsFocus(key)) return;
    const heading = document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main');
    heading?.focus();
    window.scrollTo(0, 0);
  }, [key]);
}
