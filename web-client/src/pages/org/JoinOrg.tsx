import { useState } from 'preact/hooks';
import { api } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { t } from '../../i18n';
import type { RouteProps } from '../../router';
import { useApi } from '../../useApi';

interface Joined {
  member: { name: string; orgName: string };
  memberCode: string;
}

/** /to-chuc/tham-gia/<code>: a citizen or student joins the unit with a name only. */
export function JoinOrg({ params }: RouteProps) {
  const code = params.code ?? '';
  const invite = useApi<{ orgName: string; kind: string }>(`/api/org-invites/${encodeURIComponent(code)}`);
  const [name, setName] = useState('');
  const [joined, setJoined] = useState<Joined | null>(null);
  const [error, setError] = useState<unknown>(null);

  if (invite.loading && !invite.data) return <p class="loading">{t('common.loading')}</p>;
  if (!invite.data) {
    return (
      <section class="page narrow">
        <h1 tabIndex={-1}>{t('join.title')}</h1>
        <ErrorNotice error={invite.error} />
      </section>
    );
  }
  if (joined) {
    return (
      <section class="page narrow">
        <h1 tabIndex={-1}>{t('join.welcome', { name: joined.member.name, org: joined.member.orgName })}</h1>
        <p>{t('join.keepCode')}</p>
        <p class="access-code">
          <strong>{joined.memberCode}</strong>
        </p>
      </section>
    );
  }
  return (
    <section class="page narrow">
      <h1 tabIndex={-1}>{t('join.title')}</h1>
      <p>{t('join.intro', { org: invite.data.orgName, kind: invite.data.kind })}</p>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setError(null);
          try {
            setJoined(await api<Joined>(`/api/org-invites/${encodeURIComponent(code)}/join`, { method: 'POST', body: { name } }));
          } catch (err) {
            setError(err);
          }
        }}
      >
        <label>
          {t('join.name')}
          <input required maxLength={100} autoComplete="name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <ErrorNotice error={error} />
        <button type="submit">{t('join.submit')}</button>
      </form>
      <p>{t('join.privacy')}</p>
    </section>
  );
}
