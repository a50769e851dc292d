// The route table: adding a screen = adding one entry here. First match wins.
// Screens for signed-in staff are loaded on first visit and guarded by role.
import type { ComponentType } from 'preact';
import type { Role } from './auth';
import { guarded } from './components/RequireRole';
import { lazyView } from './lazy';
import { Home } from './pages/Home';
import { Login } from './pages/Login';
import { NotFound } from './pages/NotFound';
import type { Route, RouteProps } from './router';

const READERS: Role[] = ['AUTHOR', 'REVIEWER', 'HOST'];
const WRITERS: Role[] = ['AUTHOR', 'REVIEWER'];
const ORGANISERS: Role[] = ['ORGANISER'];
/** Unit managers hold a grant on a node, not a role: any account may open /to-chuc; the server decides. */
const SIGNED_IN: Role[] = ['AUTHOR', 'REVIEWER', 'HOST', 'ORGANISER'];

// The contest screens are their own chunks: a contestant's phone loads the landing page and the
// attempt, never the organiser's forms.
const contestManage = lazyView(() => import('./pages/contest/manage/ContestManage').then((m) => m.ContestManage));

/** "/bank/abc" is no question: not found, without asking the server. */
function numericId(View: ComponentType<RouteProps>, param = 'id'): ComponentType<RouteProps> {
  return (props: RouteProps) => (/^\d{1,12}$/.test(props.params[param] ?? '') ? <View {...props} /> : <NotFound />);
}

export const routes: readonly Route[] = [
  { path: '/', titleKey: 'home.title', view: () => <Home /> },
  // A phone opening /play gets play.html, the player's own small page; this route serves a move to
  // /play from inside the site (the PIN form on the home page), loaded on first visit.
  { path: '/play', titleKey: 'play.title', view: lazyView(() => import('./pages/Play').then((m) => m.Play)) },
  {
    path: '/host',
    titleKey: 'host.title',
    view: guarded(['HOST'], lazyView(() => import('./pages/host/HostSetup').then((m) => m.HostSetup))),
  },
  {
    path: '/host/:gameId',
    titleKey: 'host.liveTitle',
    view: numericId(guarded(['HOST'], lazyView(() => import('./pages/host/HostGame').then((m) => m.HostGame))), 'gameId'),
  },
  {
    path: '/host/:gameId/report',
    titleKey: 'host.reportTitle',
    view: numericId(guarded(['HOST'], lazyView(() => import('./pages/host/HostReport').then((m) => m.HostReport))), 'gameId'),
  },
  {
    path: '/contests',
    titleKey: 'contests.title',
    view: lazyView(() => import('./pages/contest/ContestList').then((m) => m.ContestList)),
  },
  { path: '/contests/new', titleKey: 'manage.newTitle', view: guarded(ORGANISERS, contestManage) },
  {
    path: '/contests/:id',
    titleKey: 'contest.docTitle',
    view: numericId(lazyView(() => import('./pages/contest/ContestLanding').then((m) => m.ContestLanding))),
  },
  { path: '/contests/:id/manage', titleKey: 'manage.title', view: numericId(guarded(ORGANISERS, contestManage)) },
  {
    path: '/contests/:id/attempts/:attemptId',
    titleKey: 'attempt.title',
    view: numericId(numericId(lazyView(() => import('./pages/contest/AttemptPage').then((m) => m.AttemptPage))), 'attemptId'),
  },
  { path: '/lookup', titleKey: 'lookup.title', view: lazyView(() => import('./pages/Lookup').then((m) => m.Lookup)) },
  // The public reader of the legal store: its own chunks; "tim" (search) before a document's address.
  { path: '/van-ban', titleKey: 'reader.title', view: lazyView(() => import('./pages/law/LawList').then((m) => m.LawList)) },
  { path: '/van-ban/tim', titleKey: 'reader.searchTitle', view: lazyView(() => import('./pages/law/LawSearch').then((m) => m.LawSearch)) },
  {
    path: '/van-ban/:doc',
    titleKey: 'reader.documentTitle',
    view: lazyView(() => import('./pages/law/LawDocumentPage').then((m) => m.LawDocumentPage)),
  },
  {
    path: '/van-ban/:doc/:article',
    titleKey: 'reader.articleTitle',
    view: lazyView(() => import('./pages/law/LawArticlePage').then((m) => m.LawArticlePage)),
  },
  { path: '/login', titleKey: 'login.title', view: Login },
  { path: '/account', titleKey: 'account.title', view: lazyView(() => import('./pages/account/Account').then((m) => m.Account)) },
  {
    path: '/to-chuc',
    titleKey: 'org.title',
    view: guarded(SIGNED_IN, lazyView(() => import('./pages/org/OrgTree').then((m) => m.OrgTree))),
  },
  {
    path: '/to-chuc/theo-doi',
    titleKey: 'reach.title',
    view: guarded(SIGNED_IN, lazyView(() => import('./pages/reach/ReachDashboard').then((m) => m.ReachDashboard))),
  },
  {
    path: '/to-chuc/tham-gia/:code',
    titleKey: 'join.title',
    view: lazyView(() => import('./pages/org/JoinOrg').then((m) => m.JoinOrg)),
  },
  {
    path: '/bank',
    titleKey: 'bank.title',
    view: guarded(READERS, lazyView(() => import('./pages/bank/BankList').then((m) => m.BankList))),
  },
  {
    path: '/bank/new',
    titleKey: 'editor.newTitle',
    view: guarded(WRITERS, lazyView(() => import('./pages/bank/Editor').then((m) => m.QuestionEditor))),
  },
  {
    path: '/bank/review',
    titleKey: 'review.title',
    view: guarded(['REVIEWER'], lazyView(() => import('./pages/bank/ReviewQueue').then((m) => m.ReviewQueue))),
  },
  {
    path: '/bank/registry',
    titleKey: 'registry.title',
    view: guarded(READERS, lazyView(() => import('./pages/bank/Registry').then((m) => m.Registry))),
  },
  {
    path: '/bank/import',
    titleKey: 'import.title',
    view: guarded(WRITERS, lazyView(() => import('./pages/bank/ImportWizard').then((m) => m.ImportWizard))),
  },
  {
    path: '/bank/sets',
    titleKey: 'sets.title',
    view: guarded(READERS, lazyView(() => import('./pages/bank/Sets').then((m) => m.SetList))),
  },
  {
    path: '/bank/sets/:id',
    titleKey: 'sets.oneTitle',
    view: numericId(guarded(READERS, lazyView(() => import('./pages/bank/SetEditor').then((m) => m.SetEditor)))),
  },
  {
    path: '/bank/users',
    titleKey: 'users.title',
    view: guarded(['ADMIN'], lazyView(() => import('./pages/bank/Users').then((m) => m.Users))),
  },
  // The staff homes and the admin area (each role lands on its home after sign-in; see roles.ts).
  { path: '/quan-tri', titleKey: 'admin.title', view: guarded(['ADMIN'], lazyView(() => import('./pages/bank/Users').then((m) => m.Users))) },
  {
    path: '/quan-tri/van-ban',
    titleKey: 'registry.title',
    view: guarded(['ADMIN'], lazyView(() => import('./pages/bank/Registry').then((m) => m.Registry))),
  },
  {
    path: '/tac-gia',
    titleKey: 'authorHome.title',
    view: guarded(['AUTHOR'], lazyView(() => import('./pages/homes/AuthorHome').then((m) => m.AuthorHome))),
  },
  {
    path: '/giao-vien',
    titleKey: 'teacherHome.title',
    view: guarded(['HOST'], lazyView(() => import('./pages/homes/TeacherHome').then((m) => m.TeacherHome))),
  },
  {
    path: '/cuoc-thi-cua-toi',
    titleKey: 'organiserHome.title',
    view: guarded(ORGANISERS, lazyView(() => import('./pages/homes/OrganiserHome').then((m) => m.OrganiserHome))),
  },
  {
    path: '/dat-mat-khau',
    titleKey: 'invite.title',
    view: lazyView(() => import('./pages/account/SetPassword').then((m) => m.SetPassword)),
  },
  {
    path: '/bank/citations',
    titleKey: 'citations.title',
    view: guarded(['REVIEWER'], lazyView(() => import('./pages/bank/UnresolvedCitations').then((m) => m.UnresolvedCitations))),
  },
  {
    path: '/bank/:id',
    titleKey: 'detail.docTitle',
    view: numericId(guarded(READERS, lazyView(() => import('./pages/bank/Detail').then((m) => m.QuestionDetail)))),
  },
  {
    path: '/bank/:id/edit',
    titleKey: 'editor.editDocTitle',
    view: numericId(guarded(WRITERS, lazyView(() => import('./pages/bank/Editor').then((m) => m.QuestionEditor)))),
  },
];
