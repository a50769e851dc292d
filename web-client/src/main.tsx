import { render } from 'preact';
import { App } from './App';
import { startSession } from './auth';
import { initLang } from './i18n';
import { startRouter } from './router';
import './styles.css';

initLang();
startRouter();
void startSession();
render(<App />, document.getElementById('app')!);
