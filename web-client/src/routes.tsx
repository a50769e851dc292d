// The route table: adding a screen = adding one entry here. First match wins.
// Screens for signed-in staff are loaded on first visit and guarded by role.
import type { ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Role } from './auth';
import { guarded } from './components/RequireRole';
import { lazyView } from './lazy';
import { Home } from './pages/Home';
import { Login } from './pages/Login';
import { NotFound } from './pages/NotFound';
import { navigate, type Route, type RouteProps } from './router';

const READERS: Role[] = ['AUTHOR', 'REVIEWER', 'HOST'];
const WRITERS: Role[] = ['AUTHOR', 'REVIEWER'];
const ORGANISERS: Role[] = ['ORGANISER'];
/** Unit managers hold a grant on a node, not a role: any account may open /to-chuc; the server decides. */
const SIGNED_IN: Role[] = ['AUTHOR', 'REVIEWER', 'HOST', 'ORGANISER'];

// The contest screens are their own chunks: a contestant's phone loads the landing page and the
// attempt, never the organiser's forms.
const contestManage = lazyView(() => import('./pages/contest/manage/ContestManage').then((m) => m.ContestManage));

function courseAuthoring(name: 'CourseList' | 'CourseEditor'): ComponentType<RouteProps> {
  return lazyView(() => import('./pages/course/CourseAuthoring').then((m) => m[name]));
}

/** A path that moved: replaces itself in the history with the new one, query kept. */
function redirectTo(to: string): ComponentType<RouteProps> {
  return (props: RouteProps) => {
    useEffect(() => {
      const query = props.location.query.toString();
      navigate(query ? `${to}?${query}` : to, { replace: true });
    }, []);
    return null;
  };
}

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
  // Courses: the authors' screens before a course's address ("soan" is no number); learners' pages load on first visit.
  { path: '/khoa-hoc/soan', titleKey: 'course.authoring', view: guarded(WRITERS, courseAuthoring('CourseList')) },
  {
    path: '/khoa-hoc/don-vi',
    titleKey: 'course.completionTitle',
    view: guarded(SIGNED_IN, lazyView(() => import('./pages/course/UnitCompletion').then((m) => m.UnitCompletion))),
  },
  { path: '/khoa-hoc/soan/moi', titleKey: 'course.create', view: guarded(['AUTHOR'], courseAuthoring('CourseEditor')) },
  { path: '/khoa-hoc/soan/:id', titleKey: 'course.authoring', view: numericId(guarded(SIGNED_IN, courseAuthoring('CourseEditor'))) },
  { path: '/khoa-hoc-cua-toi', titleKey: 'course.mine', view: lazyView(() => import('./pages/course/MyCourses').then((m) => m.MyCourses)) },
  { path: '/khoa-hoc/:id', titleKey: 'course.docTitle', view: numericId(lazyView(() => import('./pages/course/MyCourses').then((m) => m.MyCourse))) },
  {
    path: '/khoa-hoc/:id/bai/:position',
    titleKey: 'course.lessonDocTitle',
    view: numericId(numericId(lazyView(() => import('./pages/course/LessonPage').then((m) => m.LessonPage))), 'position'),
  },
  {
    path: '/chung-nhan/:code',
    titleKey: 'course.verifyTitle',
    view: lazyView(() => import('./pages/course/CertificateCheck').then((m) => m.CertificateCheck)),
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
  // The accounts screen moved to the admin area; an old bookmark still arrives there.
  { path: '/bank/users', titleKey: 'admin.title', view: redirectTo('/quan-tri') },
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
