// The entry of /play (play.html): the player's app only. It does not ask who is signed in: a
// student's phone has no account, and the answer would be a 401 on every phone.
import { render } from 'preact';
import { initLang, loadDictionary } from '../../i18n';
import { validatePin } from '../../pin';
import { startRouter } from '../../router';
import { socketUrl } from '../../game/socket';
import { prepareEarlySocket } from './earlySocket';
import { PlayerApp } from './PlayerApp';
import { loadStoredPlayer } from './usePlayerGame';
import '../../styles.css';

// A PIN typed into the still form before the app came is kept: it is checked at once.
const typed = validatePin(document.querySelector<HTMLInputElement>('#play-pin')?.value ?? '');
if (typed.ok && !new URLSearchParams(window.location.search).has('pin')) {
  window.history.replaceState(null, '', `/play?pin=${typed.pin}`);
}
// The socket opens and the PIN of the link is checked before anything is rendered. Not when this
// phone is coming back into that game (a reload): the app then reconnects with its stored session.
const linked = validatePin(new URLSearchParams(window.location.search).get('pin') ?? '');
if (linked.ok && loadStoredPlayer()?.pin !== linked.pin) prepareEarlySocket(socketUrl(), linked.pin);
const lang = initLang();
startRouter();
const app = document.getElementById('app')!;
void loadDictionary(lang).finally(() => {
  // The page came with a still form so that it showed at once; the app takes its place.
  app.textContent = '';
  render(<PlayerApp />, app);
});
