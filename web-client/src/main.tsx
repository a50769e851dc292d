import { render } from 'preact';
import { App } from './App';
import { initLang } from './i18n';
import { startRouter } from './router';
import './styles.css';

initLang();
startRouter();
render(<App />, document.getElementById('app')!);
