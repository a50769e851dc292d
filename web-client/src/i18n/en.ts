import type { Dictionary } from './vi';

// English dictionary. Typed as Dictionary: a missing or extra key fails the type check.
export const en: Dictionary = {
  'app.name': 'LuậtVui',
  'app.tagline': 'Learn the law through games',
  'app.docTitle': '{page} · LuậtVui',
  'skip.toMain': 'Skip to main content',

  'nav.label': 'Main navigation',
  'nav.menu': 'Menu',
  'nav.home': 'Home',
  'nav.play': 'Join',
  'nav.host': 'Host a game',
  'nav.contests': 'Contests',
  'nav.lookup': 'Look up',
  'nav.bank': 'Question bank',
  'nav.login': 'Sign in',

  'lang.label': 'Language',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',

  'footer.about': 'LuậtVui — learn about the law and take law contests through games.',
  'footer.disclaimer':
    'Content is for legal education and dissemination; it is not legal advice.',

  'home.title': 'Home',
  'home.heading': 'Learning the law can be fun',
  'home.intro':
    'LuậtVui helps teachers run live law quizzes in class, helps the Youth Union run online law contests, and helps everyone look up legal questions with citations down to the article.',
  'home.join.heading': 'Join a game',
  'home.join.text': 'Enter the PIN that the game host shows on the screen.',
  'home.contests.heading': 'Contests',
  'home.contests.text':
    'Law contests in rounds: answer within the time limit, then see your result and the rankings.',
  'home.contests.link': 'See the contests',
  'home.lookup.heading': 'Look up legal questions',
  'home.lookup.text':
    'Find questions by keyword, topic or legal document — with or without Vietnamese diacritics.',
  'home.lookup.link': 'Open the lookup',

  'pin.label': 'Game PIN',
  'pin.hint': '6 or 7 digits.',
  'pin.submit': 'Enter',
  'pin.error.empty': 'Please enter the game PIN.',
  'pin.error.format': 'The PIN must be 6 or 7 digits.',

  'soon.badge': 'Coming soon',
  'soon.home': 'Back to home',

  'play.title': 'Join a game',
  'play.pin': 'PIN: {pin}',
  'play.soon':
    'Live play arrives soon: you will enter a nickname here and answer the questions on your phone.',
  'play.noPin': 'Enter a PIN to join a game.',

  'host.title': 'Host a game',
  'host.soon':
    'The host screen will let you pick a question set, open a room, project the questions and download the report after the game.',

  'contests.title': 'Law contests',
  'contests.soon':
    'Here you will register, take each round, answer the prediction question and see individual and unit rankings.',

  'lookup.title': 'Look up legal questions',
  'lookup.soon':
    'Here you will find approved questions with their answers, explanations and the cited articles of law.',

  'bank.title': 'Question bank',
  'bank.soon':
    'For authors and reviewers: write, import and review questions with legal citations, and track which documents are in force.',

  'login.title': 'Sign in',
  'login.soon':
    'Sign-in is for game hosts, authors, reviewers and administrators. Players do not need an account.',

  'notFound.title': 'Page not found',
  'notFound.text':
    'There is no page at this address. The link may be mistyped, or the page may have moved.',
  'notFound.home': 'Back to home',
};
