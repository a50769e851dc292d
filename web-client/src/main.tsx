import { render } from 'preact';
import { App } from './App';
import { startSession } from './auth';
import { initLang, loadDictionary } from './i18n';
import { startRouter } from './router';
import './styles.css';

const lang = initLang();
startRouter();
void startSession();
// An English reader waits for the English words rather than seeing the page in Vietnamese first.
void loadDictionary(lang).finally(() => render(<App />, document.getElementById('app')!));
