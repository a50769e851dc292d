import type { QuestionSetSummary } from '../../../bank/types';
import { difficultyLabel } from '../../../bank/labels';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Field, FieldError } from '../../../components/Field';
import { spokenDuration } from '../../../contest/clock';
import { fieldDomId, LIMITS, MINUTE_RANGE, newQuota, NUMBER_RANGES, poolIsEmpty, secondsFromMinutes, type ContestForm, type QuotaRow } from '../../../contest/form';
import { PREDICTION_TARGETS, REVEAL_POLICIES } from '../../../contest/types';
import { t, type MessageKey } from '../../../i18n';
import { useApi } from '../../../useApi';

type Errors = (path: string) => string[] | undefined;
type SetForm = (change: (f: ContestForm) => ContestForm) => void;

const NUMBER_FIELDS: { key: Exclude<keyof typeof NUMBER_RANGES, 'timeLimitSeconds' | 'retentionDays'>; label: MessageKey; hint: MessageKey }[] = [
  { key: 'questionsPerAttempt', label: 'cform.questionsPerAttempt', hint: 'cform.questionsPerAttemptHint' },
  { key: 'attemptsPerRound', label: 'cform.attemptsPerRound', hint: 'cform.attemptsPerRoundHint' },
  { key: 'pointsPerQuestion', label: 'cform.pointsPerQuestion', hint: 'cform.pointsPerQuestionHint' },
  { key: 'winnersPerRound', label: 'cform.winnersPerRound', hint: 'cform.winnersPerRoundHint' },
];

/** Thiết lập: the contest's words (title, organiser, description, rules) and its settings. */
export function SetupTab(props: { form: ContestForm; setForm: SetForm; errors: Errors; contestId?: number }) {
  const { form, setForm, errors } = props;
  const setsPath = `/api/question-sets${props.contestId ? `?contest=${props.contestId}` : ''}`;
  const seconds = secondsFromMinutes(form.timeLimitMinutes);
  const set = (patch: Partial<ContestForm>) => setForm((f) => ({ ...f, ...patch }));
  const id = fieldDomId;

  return (
    <div class="setup-tab">
      <fieldset class="group">
        <legend>{t('cform.general')}</legend>
        <Field id={id('title')} label={t('cform.title')} errors={errors('title')}>
          {(a) => <input {...a} class="input" type="text" maxLength={LIMITS.title} value={form.title} onInput={(e) => set({ title: e.currentTarget.value })} />}
        </Field>
        <Field id={id('organiser')} label={t('cform.organiser')} hint={t('cform.organiserHint')} errors={errors('organiser')}>
          {(a) => (
            <input {...a} class="input" type="text" maxLength={LIMITS.organiser} value={form.organiser} onInput={(e) => set({ organiser: e.currentTarget.value })} />
          )}
        </Field>
        <Field id={id('description')} label={t('cform.description')} errors={errors('description')}>
          {(a) => (
            <textarea {...a} class="input" rows={3} maxLength={LIMITS.description} value={form.description} onInput={(e) => set({ description: e.currentTarget.value })} />
          )}
        </Field>
        <Field id={id('rules')} label={t('cform.rules')} hint={t('cform.rulesHint')} errors={errors('rules')}>
          {(a) => <textarea {...a} class="input rules-input" rows={10} maxLength={LIMITS.rules} value={form.rules} onInput={(e) => set({ rules: e.currentTarget.value })} />}
        </Field>
      </fieldset>

      <fieldset class="group">
        <legend>{t('cform.attempt')}</legend>
        <div class="number-grid">
          <Field
            id={id('settings.timeLimitSeconds')}
            label={t('cform.timeLimitMinutes')}
            hint={`${t('cform.timeLimitMinutesHint', { min: MINUTE_RANGE[0], max: MINUTE_RANGE[1] })}${seconds && seconds % 60 ? ` ${t('cform.equals', { time: spokenDuration(seconds * 1000) })}` : ''}`}
            errors={errors('settings.timeLimitSeconds')}
          >
            {(a) => <input {...a} class="input" type="text" inputMode="decimal" value={form.timeLimitMinutes} onInput={(e) => set({ timeLimitMinutes: e.currentTarget.value })} />}
          </Field>
          {NUMBER_FIELDS.map((f) => {
            const [min, max] = NUMBER_RANGES[f.key];
            return (
              <Field
                key={f.key}
                id={id(`settings.${f.key}`)}
                label={t(f.label)}
                hint={t(f.hint, { min, max })}
                errors={errors(`settings.${f.key}`)}
              >
                {(a) => (
                  <input
                    {...a}
                    class="input"
                    type="number"
                    inputMode="numeric"
                    min={min}
                    max={max}
                    step={1}
                    value={form[f.key]}
                    onInput={(e) => set({ [f.key]: e.currentTarget.value } as Partial<ContestForm>)}
                  />
                )}
              </Field>
            );
          })}
        </div>
        <fieldset class="group plain" id={id('settings.reveal')}>
          <legend>{t('cform.reveal')}</legend>
          {REVEAL_POLICIES.map((policy) => (
            <label key={policy} class="choice-card">
              <input type="radio" name="cf-reveal" checked={form.reveal === policy} onChange={() => set({ reveal: policy })} />
              <span>
                <strong>{t(`cform.reveal.${policy}`)}</strong>
                <span class="hint">{t(`cform.reveal.${policy}.hint`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <label class="check block">
          <input type="checkbox" id={id('settings.practiceEnabled')} checked={form.practiceEnabled} onChange={(e) => set({ practiceEnabled: e.currentTarget.checked })} />{' '}
          {t('cform.practiceEnabled')}
        </label>
        {form.practiceEnabled ? <PracticeFields form={form} setForm={setForm} errors={errors} setsPath={setsPath} /> : null}
      </fieldset>

      <PoolFields form={form} set={set} setForm={setForm} errors={errors} setsPath={setsPath} />

      <fieldset class="group" id={id('settings.privacy')}>
        <legend>{t('cform.privacy')}</legend>
        <p class="hint">{t('cform.privacyHint')}</p>
        <label class="check block">
          <input type="checkbox" id={id('settings.askIdNumber')} checked={form.askIdNumber} onChange={(e) => set({ askIdNumber: e.currentTarget.checked })} />{' '}
          {t('cform.askIdNumber')}
        </label>
        <Field
          id={id('settings.retentionDays')}
          label={t('cform.retentionDays')}
          hint={t('cform.retentionDaysHint', { min: NUMBER_RANGES.retentionDays[0], max: NUMBER_RANGES.retentionDays[1] })}
          class="field-short"
          errors={errors('settings.retentionDays')}
        >
          {(a) => (
            <input
              {...a}
              class="input"
              type="number"
              inputMode="numeric"
              min={NUMBER_RANGES.retentionDays[0]}
              max={NUMBER_RANGES.retentionDays[1]}
              step={1}
              value={form.retentionDays}
              onInput={(e) => set({ retentionDays: e.currentTarget.value })}
            />
          )}
        </Field>
      </fieldset>

      <fieldset class="group">
        <legend>{t('cform.prediction')}</legend>
        <p class="hint">{t('cform.predictionHint')}</p>
        <Field id={id('settings.predictionQuestion')} label={t('cform.predictionQuestion')} errors={errors('settings.predictionQuestion')}>
          {(a) => (
            <textarea
              {...a}
              class="input"
              rows={2}
              maxLength={LIMITS.predictionQuestion}
              value={form.predictionQuestion}
              onInput={(e) => set({ predictionQuestion: e.currentTarget.value })}
            />
          )}
        </Field>
        <Field id={id('settings.predictionTarget')} label={t('cform.predictionTarget')} hint={t('cform.predictionTargetHint')} errors={errors('settings.predictionTarget')}>
          {(a) => (
            <select {...a} class="input" value={form.predictionTarget} onChange={(e) => set({ predictionTarget: e.currentTarget.value as ContestForm['predictionTarget'] })}>
              <option value="">{t('cform.predictionNone')}</option>
              {PREDICTION_TARGETS.map((target) => (
                <option key={target} value={target}>
                  {t(`cform.target.${target}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>
    </div>
  );
}

/**
 * How practice is kept from the ranked pool, stated for the organiser: a practice pool of its own (never
 * a ranked question, answers at once), or none (the ranked pool, answers only after the last round).
 */
function PracticeFields(props: { form: ContestForm; setForm: SetForm; errors: Errors; setsPath: string }) {
  const { form, setForm, errors } = props;
  const sets = useApi<QuestionSetSummary[]>(props.setsPath);
  const toggle = (sid: number, on: boolean) =>
    setForm((f) => ({ ...f, practiceSetIds: on ? [...f.practiceSetIds.filter((x) => x !== sid), sid] : f.practiceSetIds.filter((x) => x !== sid) }));
  const separate = form.practiceSetIds.length > 0;
  return (
    <fieldset class="group plain practice-rule" id={fieldDomId('settings.practicePool')}>
      <legend>{t('cform.practicePool')}</legend>
      <p class={`notice ${separate ? 'notice-ok' : 'notice-info'}`} role="status">
        {separate ? t('cform.practiceRule.SEPARATE_POOL') : t('cform.practiceRule.REVEAL_AFTER_LAST_ROUND')}
      </p>
      <p class="hint">{t('cform.practicePoolHint')}</p>
      <ErrorNotice error={sets.error} />
      <ul class="set-picks">
        {(sets.data ?? []).map((s) => (
          <li key={s.id}>
            <label class="check block">
              <input type="checkbox" checked={form.practiceSetIds.includes(s.id)} onChange={(e) => toggle(s.id, e.currentTarget.checked)} />{' '}
              <span>
                {s.title} <span class="meta">({t('cform.setMeta', { count: s.questionCount, owner: s.ownerName, id: s.id })})</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <FieldError id={fieldDomId('settings.practicePool.setIds')} errors={errors('settings.practicePool.setIds')} />
    </fieldset>
  );
}

/** Where the questions come from: question sets, tags, and quotas by tag and difficulty. */
function PoolFields(props: { form: ContestForm; set: (patch: Partial<ContestForm>) => void; setForm: SetForm; errors: Errors; setsPath: string }) {
  const { form, set, setForm, errors } = props;
  const sets = useApi<QuestionSetSummary[]>(props.setsPath);
  const known = new Set((sets.data ?? []).map((s) => s.id));
  const missing = form.setIds.filter((sid) => !known.has(sid));
  const toggleSet = (sid: number, on: boolean) =>
    setForm((f) => ({ ...f, setIds: on ? [...f.setIds.filter((x) => x !== sid), sid] : f.setIds.filter((x) => x !== sid) }));
  const setQuota = (key: string, patch: Partial<QuotaRow>) =>
    setForm((f) => ({ ...f, quotas: f.quotas.map((q) => (q.key === key ? { ...q, ...patch } : q)) }));
  const setsId = fieldDomId('settings.pool.setIds');

  return (
    <fieldset class="group" id={fieldDomId('settings.pool')}>
      <legend>{t('cform.pool')}</legend>
      <p class="hint">{t('cform.poolHint')}</p>
      {poolIsEmpty(form) ? <p class="notice notice-warn">{t('cform.poolEmpty')}</p> : null}
      <label class="check block">
        <input type="checkbox" id={fieldDomId('settings.pool.excludePublic')} checked={form.excludePublic} onChange={(e) => set({ excludePublic: e.currentTarget.checked })} />{' '}
        {t('cform.excludePublic')}
      </label>
      <p class="hint">{t('cform.excludePublicHint')}</p>

      <fieldset class="group plain" aria-describedby={errors('settings.pool.setIds') ? `${setsId}-error` : undefined}>
        <legend>{t('cform.sets')}</legend>
        <ErrorNotice error={sets.error} />
        {sets.loading && !sets.data ? <p class="loading">{t('common.loading')}</p> : null}
        {sets.data && sets.data.length === 0 ? <p class="hint">{t('cform.noSets')}</p> : null}
        <ul class="set-picks" id={setsId} tabIndex={-1}>
          {(sets.data ?? []).map((s) => (
            <li key={s.id}>
              <label class="check block">
                <input type="checkbox" checked={form.setIds.includes(s.id)} onChange={(e) => toggleSet(s.id, e.currentTarget.checked)} />{' '}
                <span>
                  {s.title} <span class="meta">({t('cform.setMeta', { count: s.questionCount, owner: s.ownerName, id: s.id })})</span>
                  {s.sharedContestId ? <span class="meta"> · {t('cform.setForContest')}</span> : null}
                </span>
              </label>
            </li>
          ))}
          {missing.map((sid) => (
            <li key={sid}>
              <label class="check block">
                <input type="checkbox" checked onChange={(e) => toggleSet(sid, e.currentTarget.checked)} /> {t('cform.setUnknown', { id: sid })}
              </label>
            </li>
          ))}
        </ul>
        <FieldError id={setsId} errors={errors('settings.pool.setIds')} />
      </fieldset>

      <Field id={fieldDomId('settings.pool.tags')} label={t('cform.tags')} hint={t('cform.tagsHint')} errors={errors('settings.pool.tags')}>
        {(a) => <input {...a} class="input" type="text" value={form.tags} onInput={(e) => set({ tags: e.currentTarget.value })} />}
      </Field>
      <Field id={fieldDomId('settings.pool.articles')} label={t('cform.articles')} hint={t('cform.articlesHint')} errors={errors('settings.pool.articles')}>
        {(a) => <textarea {...a} class="input" rows={3} value={form.articles} placeholder="36/2024/QH15 Điều 9" onInput={(e) => set({ articles: e.currentTarget.value })} />}
      </Field>

      <fieldset class="group plain" id={fieldDomId('settings.pool.quotas')}>
        <legend>{t('cform.quotas')}</legend>
        <p class="hint">{t('cform.quotasHint')}</p>
        <FieldError id={fieldDomId('settings.pool.quotas')} errors={errors('settings.pool.quotas')} />
        {form.quotas.length > 0 ? (
          <ul class="quota-rows">
            {form.quotas.map((q, i) => (
              <li key={q.key} class="quota-row">
                <Field id={fieldDomId(`settings.pool.quotas[${i}].tag`)} label={t('cform.quotaTag', { n: i + 1 })} errors={errors(`settings.pool.quotas[${i}].tag`)}>
                  {(a) => <input {...a} class="input" type="text" maxLength={LIMITS.tag} value={q.tag} onInput={(e) => setQuota(q.key, { tag: e.currentTarget.value })} />}
                </Field>
                <Field id={fieldDomId(`settings.pool.quotas[${i}].difficulty`)} label={t('cform.quotaDifficulty')} errors={errors(`settings.pool.quotas[${i}].difficulty`)}>
                  {(a) => (
                    <select {...a} class="input" value={q.difficulty} onChange={(e) => setQuota(q.key, { difficulty: e.currentTarget.value as QuotaRow['difficulty'] })}>
                      <option value="">{t('cform.anyDifficulty')}</option>
                      {[1, 2, 3].map((d) => (
                        <option key={d} value={String(d)}>
                          {difficultyLabel(d)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field id={fieldDomId(`settings.pool.quotas[${i}].count`)} label={t('cform.quotaCount')} class="field-short" errors={errors(`settings.pool.quotas[${i}].count`)}>
                  {(a) => (
                    <input {...a} class="input" type="number" inputMode="numeric" min={1} max={100} value={q.count} onInput={(e) => setQuota(q.key, { count: e.currentTarget.value })} />
                  )}
                </Field>
                <button type="button" class="button small danger" onClick={() => setForm((f) => ({ ...f, quotas: f.quotas.filter((x) => x.key !== q.key) }))}>
                  {t('cform.removeQuota', { n: i + 1 })}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <button type="button" class="button small" onClick={() => setForm((f) => ({ ...f, quotas: [...f.quotas, newQuota()] }))}>
          {t('cform.addQuota')}
        </button>
      </fieldset>
    </fieldset>
  );
}
