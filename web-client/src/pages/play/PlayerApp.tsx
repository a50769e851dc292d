// The player's own small app: what a phone loads on /play. No staff screens, no account, no
// route table: a brand link, the language switch and the game.
import { useEffect } from 'preact/hooks';
import { getLang, setLang, t, useLang, type Lang } from '../../i18n';
import { useLocation } from '../../router';
import { Play } from '../Play';

export function PlayerApp() {
  const lang = useLang();
  const location = useLocation();
  const here = location.path === '/play';

  useEffect(() => {
    document.title = t('app.docTitle', { page: t('play.title') });
  }, [lang]);
  useEffect(() => {
    // Any other page of the site is the full app: load it.
    const query = location.query.toString();
    if (!here) window.location.assign(location.path + (query ? `?${query}` : ''));
  }, [here]);

  return (
    <>
      <header class="site-header player-header">
        <div class="header-bar">
          <a href="/" class="brand">
            {t('app.name')}
          </a>
          <LangSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {here ? <Play params={{}} location={location} /> : null}
      </main>
    </>
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
