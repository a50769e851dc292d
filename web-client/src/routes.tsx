// The route table: adding a screen = adding one entry here. First match wins.
import { ComingSoon } from './pages/ComingSoon';
import { Home } from './pages/Home';
import { Play } from './pages/Play';
import type { Route } from './router';

export const routes: readonly Route[] = [
  { path: '/', titleKey: 'home.title', view: () => <Home /> },
  { path: '/play', titleKey: 'play.title', view: (props) => <Play {...props} /> },
  { path: '/host', titleKey: 'host.title', view: () => <ComingSoon titleKey="host.title" textKey="host.soon" /> },
  {
    path: '/contests',
    titleKey: 'contests.title',
    view: () => <ComingSoon titleKey="contests.title" textKey="contests.soon" />,
  },
  { path: '/lookup', titleKey: 'lookup.title', view: () => <ComingSoon titleKey="lookup.title" textKey="lookup.soon" /> },
  { path: '/bank', titleKey: 'bank.title', view: () => <ComingSoon titleKey="bank.title" textKey="bank.soon" /> },
  { path: '/login', titleKey: 'login.title', view: () => <ComingSoon titleKey="login.title" textKey="login.soon" /> },
];
