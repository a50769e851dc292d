// The signed-in user: loaded from /api/auth/me at start, changed by signing in and out.
import { ApiError, api, setCsrfRefresher, setCsrfToken } from './api';
import { createStore, useStore } from './store';

export type Role = 'ADMIN' | 'REVIEWER' | 'AUTHOR' | 'HOST' | 'ORGANISER';
export const ROLES: readonly Role[] = ['ADMIN', 'REVIEWER', 'AUTHOR', 'HOST', 'ORGANISER'];

export interface Me {
  id: number;
  email: string;
  displayName: string;
  roles: Role[];
  csrfToken: string;
  /** An admin reset the password: only changing it is allowed until then. */
  mustChangePassword?: boolean;
  totpEnabled?: boolean;
  /** The role requires two-step verification and it is not set up: only enrolling is allowed. */
  totpEnrolmentRequired?: boolean;
  /** Answered by sign-in and /api/auth/me: an admin or a unit manager, who may open the organisation tree. */
  managesOrgs?: boolean;
}

/** The password step's answer: signed in, or a code from the authenticator app is needed. */
export type SignInResult = { kind: 'signed-in'; me: Me } | { kind: 'code'; challenge: string };

/** "unknown" until /api/auth/me has answered. */
export type Session = { state: 'unknown' } | { state: 'anonymous' } | { state: 'signed-in'; me: Me };

const sessionStore = createStore<Session>({ state: 'unknown' });

export function getSession(): Session {
  return sessionStore.get();
}

export function useSession(): Session {
  return useStore(sessionStore);
}

/** The signed-in user, or null. */
export function currentUser(session: Session = sessionStore.get()): Me | null {
  return session.state === 'signed-in' ? session.me : null;
}

/** Whether the user holds one of the roles; an admin holds them all. */
export function hasRole(me: Me | null, ...anyOf: Role[]): boolean {
  if (!me) return false;
  return me.roles.includes('ADMIN') || anyOf.some((role) => me.roles.includes(role));
}

function signedIn(me: Me): Me {
  setCsrfToken(me.csrfToken);
  sessionStore.set({ state: 'signed-in', me });
  return me;
}

function signedOut(): void {
  setCsrfToken(null);
  sessionStore.set({ state: 'anonymous' });
}

/** Asks the server who is signed in (on page load, and when a CSRF token went stale). */
export async function loadSession(): Promise<Session> {
  try {
    signedIn(await api<Me>('/api/auth/me'));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) signedOut();
    else if (sessionStore.get().state === 'unknown') signedOut();
  }
  return sessionStore.get();
}

export async function signIn(email: string, password: string): Promise<SignInResult> {
  const answer = await api<Me | { challenge: string }>('/api/auth/login', { body: { email: email.trim(), password } });
  if ('challenge' in answer) return { kind: 'code', challenge: answer.challenge };
  return { kind: 'signed-in', me: signedIn(answer) };
}

/** The second step: a 6-digit code from the app, or a recovery code. */
export async function submitSignInCode(challenge: string, code: string): Promise<Me> {
  return signedIn(await api<Me>('/api/auth/login/code', { body: { challenge, code: code.trim() } }));
}

/** Changes one's own password; the server ends every other session and answers this one as it now is. */
export async function changePassword(currentPassword: string, newPassword: string): Promise<Me> {
  const answer = await api<Me>('/api/auth/password', { body: { currentPassword, newPassword } });
  // The answer speaks of the password; what the menu knows of the person's units stays.
  return signedIn({ ...answer, managesOrgs: currentUser()?.managesOrgs ?? answer.managesOrgs });
}

export async function signOut(): Promise<void> {
  try {
    await api('/api/auth/logout', { method: 'POST' });
  } finally {
    signedOut();
  }
}

/** Wires the stale-token retry of api() to a fresh /api/auth/me. */
export function startSession(): Promise<Session> {
  setCsrfRefresher(async () => currentUser(await loadSession())?.csrfToken ?? null);
  return loadSession();
}
