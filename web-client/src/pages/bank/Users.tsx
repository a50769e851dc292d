import { useState } from 'preact/hooks';
import { api } from '../../api';
import { currentUser, ROLES, useSession, type Role } from '../../auth';
import { roleLabel } from '../../bank/labels';
import type { User } from '../../bank/types';
import { Badge } from '../../components/Badge';
import { ErrorNotice, errorMessage } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { t } from '../../i18n';
import type { RouteProps } from '../../router';
import { useApi } from '../../useApi';
import { AdminNav } from '../admin/AdminNav';
import { InviteLink } from '../admin/InviteLink';
import { UsersImport } from '../admin/UsersImport';
import { ResetPassword } from './ResetPassword';

const MIN_PASSWORD = 10;

export interface NewAccount {
  email: string;
  displayName: string;
  password: string;
  roles: Role[];
}

type AccountField = 'email' | 'displayName' | 'password' | 'roles';

/**
 * The admin form's checks (the server's): a plausible email, a name, at least one role, and a
 * password of 10 or more unless left empty (then the account gets an invitation link instead).
 */
export function accountProblems(account: NewAccount): Partial<Record<AccountField, string>> {
  const problems: Partial<Record<AccountField, string>> = {};
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(account.email.trim())) problems.email = t('users.emailInvalid');
  const name = account.displayName.trim();
  if (!name || name.length > 100) problems.displayName = t('users.nameInvalid');
  if (account.password && account.password.length < MIN_PASSWORD) problems.password = t('users.passwordShort', { min: MIN_PASSWORD });
  if (account.roles.length === 0) problems.roles = t('users.rolesMissing');
  return problems;
}

const toggle = (roles: Role[], role: Role, on: boolean): Role[] =>
  on ? ROLES.filter((r) => r === role || roles.includes(r)) : roles.filter((r) => r !== role);

/** Accounts (admin): list, create with roles, change roles, lock and unlock. */
export function Users(_props: RouteProps) {
  const me = currentUser(useSession());
  const users = useApi<User[]>('/api/users');
  const [message, setMessage] = useState('');
  const [editing, setEditing] = useState<number | null>(null);
  const [resetting, setResetting] = useState<number | null>(null);
  const [invited, setInvited] = useState<User | null>(null);

  const changed = (text: string, user?: User) => {
    setMessage(text);
    setInvited(user?.inviteUrl ? user : null);
    setEditing(null);
    setResetting(null);
    if (user && users.data) users.setData(users.data.map((u) => (u.id === user.id ? user : u)));
    users.reload();
  };

  const invite = async (user: User) => {
    try {
      const answer = await api<User>(`/api/users/${user.id}/invitation`, { method: 'POST' });
      changed(t('users.invitedAgain', { name: user.displayName }), answer);
    } catch (e) {
      setMessage(errorMessage(e));
    }
  };

  return (
    <section class="page">
      <AdminNav />
      <h1 tabIndex={-1}>{t('users.title')}</h1>
      <p class="notice notice-ok" role="status" hidden={!message}>
        {message}
      </p>
      {invited?.inviteUrl ? (
        <div class="notice notice-info">
          <p>{t('invite.once')}</p>
          <InviteLink email={invited.email} url={invited.inviteUrl} expiresAt={invited.inviteExpiresAt ?? null} mailed={invited.mailed} />
        </div>
      ) : null}
      <ErrorNotice error={users.error} />
      {users.loading && !users.data ? <p class="loading">{t('common.loading')}</p> : null}
      {users.data ? (
        <div class="table-wrap" role="region" aria-labelledby="users-caption" tabIndex={0}>
          <table class="table">
            <caption id="users-caption">{t('users.caption', { count: users.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.name')}</th>
                <th scope="col">{t('users.email')}</th>
                <th scope="col">{t('users.roles')}</th>
                <th scope="col">{t('users.state')}</th>
                <th scope="col">{t('registry.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((u) =>
                editing === u.id ? (
                  <tr key={u.id}>
                    <td colSpan={5}>
                      <UserEditor user={u} self={u.id === me?.id} onDone={changed} onCancel={() => setEditing(null)} />
                    </td>
                  </tr>
                ) : resetting === u.id ? (
                  <tr key={u.id}>
                    <td colSpan={5}>
                      <ResetPassword user={u} onDone={changed} onCancel={() => setResetting(null)} />
                    </td>
                  </tr>
                ) : (
                  <tr key={u.id}>
                    <th scope="row">{u.displayName}</th>
                    <td>{u.email}</td>
                    <td>{u.roles.map(roleLabel).join(', ') || '—'}</td>
                    <td>
                      {!u.active ? (
                        <Badge tone="muted">{t('users.locked')}</Badge>
                      ) : u.invited ? (
                        <Badge tone="warn">{t('users.invited')}</Badge>
                      ) : (
                        <Badge tone="ok">{t('users.active')}</Badge>
                      )}
                    </td>
                    <td>
                      <button type="button" class="button small" onClick={() => setEditing(u.id)}>
                        {t('users.change')}
                        <span class="sr-only"> {u.displayName}</span>
                      </button>{' '}
                      {u.id !== me?.id && !u.invited ? (
                        <button type="button" class="button small" onClick={() => setResetting(u.id)}>
                          {t('users.reset')}
                          <span class="sr-only"> {u.displayName}</span>
                        </button>
                      ) : null}{' '}
                      {u.id !== me?.id && u.active ? (
                        <button type="button" class="button small" onClick={() => void invite(u)}>
                          {t('users.invite')}
                          <span class="sr-only"> {u.displayName}</span>
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      ) : null}
      <NewUserForm onCreated={(u) => changed(t(u.inviteUrl ? 'users.createdInvited' : 'users.created', { email: u.email }), u)} />
      <UsersImport onCreated={() => users.reload()} />
    </section>
  );
}

function RoleChecks(props: {
  idPrefix: string;
  roles: Role[];
  error?: string;
  disabled?: (role: Role) => boolean;
  onChange: (roles: Role[]) => void;
}) {
  const errorId = `${props.idPrefix}-error`;
  return (
    <fieldset class="group role-checks" id={props.idPrefix} aria-describedby={props.error ? errorId : undefined} tabIndex={-1}>
      <legend>{t('users.roles')}</legend>
      {props.error ? (
        <p id={errorId} class="field-error">
          {props.error}
        </p>
      ) : null}
      {ROLES.map((role) => (
        <label key={role} class="check block">
          <input
            id={`${props.idPrefix}-${role}`}
            type="checkbox"
            checked={props.roles.includes(role)}
            disabled={props.disabled?.(role)}
            onChange={(e) => props.onChange(toggle(props.roles, role, e.currentTarget.checked))}
          />{' '}
          {roleLabel(role)} <span class="hint">— {t(`roleHint.${role}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}

function UserEditor(props: { user: User; self: boolean; onDone: (message: string, user: User) => void; onCancel: () => void }) {
  const [roles, setRoles] = useState<Role[]>(props.user.roles);
  const [active, setActive] = useState(props.user.active);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const prefix = `user-${props.user.id}`;

  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api(`/api/users/${props.user.id}`, { method: 'PUT', body: { roles, active } });
      props.onDone(t('users.saved', { name: props.user.displayName }), { ...props.user, roles, active });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="form user-editor" noValidate onSubmit={save} aria-label={t('users.editLabel', { name: props.user.displayName })}>
      <p>
        <strong>{props.user.displayName}</strong> — {props.user.email}
      </p>
      {props.self ? <p class="hint">{t('users.self')}</p> : null}
      <RoleChecks idPrefix={prefix} roles={roles} disabled={(role) => props.self && role === 'ADMIN'} onChange={setRoles} />
      <label class="check block">
        <input type="checkbox" checked={!active} disabled={props.self} onChange={(e) => setActive(!e.currentTarget.checked)} /> {t('users.lock')}
      </label>
      <ErrorNotice error={error} />
      <div class="actions">
        <button type="submit" class="button primary" disabled={busy}>
          {t('common.save')}
        </button>
        <button type="button" class="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function NewUserForm(props: { onCreated: (user: User) => void }) {
  const empty: NewAccount = { email: '', displayName: '', password: '', roles: [] };
  const [account, setAccount] = useState<NewAccount>(empty);
  const [problems, setProblems] = useState<ReturnType<typeof accountProblems>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<NewAccount>) => setAccount({ ...account, ...patch });

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = accountProblems(account);
    setProblems(found);
    const first = (['email', 'displayName', 'password', 'roles'] as const).find((k) => found[k]);
    if (first) {
      document.getElementById(first === 'roles' ? 'new-user-role' : `new-user-${first}`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const user = await api<User>('/api/users', {
        body: {
          email: account.email.trim(),
          displayName: account.displayName.trim(),
          ...(account.password ? { password: account.password } : {}),
          roles: account.roles,
        },
      });
      setAccount(empty);
      props.onCreated(user);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const errors = (k: keyof typeof problems) => (problems[k] ? [problems[k]!] : undefined);
  return (
    <section class="card-plain" aria-labelledby="new-user">
      <h2 id="new-user">{t('users.new')}</h2>
      <form class="form" noValidate onSubmit={submit}>
        <ErrorNotice error={error} />
        <Field id="new-user-email" label={t('users.email')} errors={errors('email')}>
          {(p) => <input {...p} class="input" type="email" autoComplete="off" value={account.email} onInput={(e) => set({ email: e.currentTarget.value })} />}
        </Field>
        <Field id="new-user-displayName" label={t('users.name')} errors={errors('displayName')}>
          {(p) => <input {...p} class="input" type="text" maxLength={100} value={account.displayName} onInput={(e) => set({ displayName: e.currentTarget.value })} />}
        </Field>
        <Field id="new-user-password" label={t('users.passwordOptional')} hint={t('users.passwordInviteHint', { min: MIN_PASSWORD })} errors={errors('password')}>
          {(p) => <input {...p} class="input" type="password" autoComplete="new-password" value={account.password} onInput={(e) => set({ password: e.currentTarget.value })} />}
        </Field>
        <RoleChecks idPrefix="new-user-role" roles={account.roles} error={problems.roles} onChange={(roles) => set({ roles })} />
        <button type="submit" class="button primary" disabled={busy}>
          {t('users.create')}
        </button>
      </form>
    </section>
  );
}
