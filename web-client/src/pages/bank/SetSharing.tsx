import { Field } from '../../components/Field';
import { scopeOf, withScope, type SetDraft, type SetScope } from '../../bank/sets';
import type { ContestSummary } from '../../contest/types';
import { t } from '../../i18n';
import { useApi } from '../../useApi';

const SCOPES: readonly SetScope[] = ['PRIVATE', 'CONTEST', 'PERSON', 'EVERYONE'];

/**
 * Who may use the set besides its owner, one choice at a time: nobody, one contest (its pool draws from
 * the set and no host list shows it, so its questions are not played in class during the contest), one
 * person (by the email address of their account), or every host.
 */
export function SetSharing(props: { draft: SetDraft; change: (next: SetDraft) => void }) {
  const { draft } = props;
  const scope = scopeOf(draft);
  const contests = useApi<ContestSummary[]>(scope === 'CONTEST' ? '/api/contests' : null);
  const pick = (next: SetScope) => props.change(withScope(draft, next, draft.sharedContestId ?? contests.data?.[0]?.id ?? null, draft.sharedWith ?? ''));
  return (
    <fieldset class="group plain set-sharing">
      <legend>{t('sets.sharing')}</legend>
      {SCOPES.map((s) => (
        <label key={s} class="check block">
          <input type="radio" name="set-scope" value={s} checked={scope === s} onChange={() => pick(s)} /> {t(`sets.scope.${s}`)}
        </label>
      ))}
      {scope === 'CONTEST' ? (
        <Field id="set-share-contest" label={t('sets.shareContest')} hint={t('sets.shareContestHint')}>
          {(a) => (
            <input
              {...a}
              class="input"
              type="number"
              inputMode="numeric"
              min={1}
              list="set-share-contests"
              value={draft.sharedContestId ?? ''}
              onInput={(e) => props.change({ ...draft, sharedContestId: Number(e.currentTarget.value) || null })}
            />
          )}
        </Field>
      ) : null}
      <datalist id="set-share-contests">
        {(contests.data ?? []).map((c) => (
          <option key={c.id} value={String(c.id)}>
            {c.title}
          </option>
        ))}
      </datalist>
      {scope === 'PERSON' ? (
        <Field id="set-share-person" label={t('sets.sharePerson')} hint={t('sets.sharePersonHint')}>
          {(a) => (
            <input {...a} class="input" type="email" autoComplete="off" value={draft.sharedWith ?? ''} onInput={(e) => props.change({ ...draft, sharedWith: e.currentTarget.value })} />
          )}
        </Field>
      ) : null}
    </fieldset>
  );
}
