import { useState } from 'preact/hooks';
import { api } from '../../../api';
import { Badge } from '../../../components/Badge';
import { ConfirmDialog } from '../../../components/Dialog';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { FieldError } from '../../../components/Field';
import { fieldDomId, LIMITS, newRound, type ContestForm, type RoundRow } from '../../../contest/form';
import { formatWhen, roundStateLabel, roundStateTone } from '../../../contest/rounds';
import { formatNumber } from '../../../contest/standings';
import type { Contest, Round } from '../../../contest/types';
import { t } from '../../../i18n';

type Errors = (path: string) => string[] | undefined;
type SetForm = (change: (f: ContestForm) => ContestForm) => void;

/**
 * Đợt thi: the rounds (number, title, opening and closing in local time, sent as instants), and
 * for each saved round: close it now, publish its results, the real figure of the prediction.
 */
export function RoundsTab(props: { form: ContestForm; setForm: SetForm; errors: Errors; contest: Contest | null; onRoundChanged: (round: Round) => void }) {
  const { form, setForm, errors, contest } = props;
  const [asking, setAsking] = useState<{ number: number; action: 'close' | 'publish' } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  const setRow = (key: string, patch: Partial<RoundRow>) => setForm((f) => ({ ...f, rounds: f.rounds.map((r) => (r.key === key ? { ...r, ...patch } : r)) }));
  const serverRound = (number: number) => contest?.rounds.find((r) => r.number === number) ?? null;

  const act = async () => {
    if (!asking || !contest) return;
    setBusy(true);
    setError(null);
    setMessage('');
    try {
      const round = await api<Round>(`/api/contests/${contest.id}/rounds/${asking.number}/${asking.action}`, { method: 'POST' });
      props.onRoundChanged(round);
      setMessage(asking.action === 'close' ? t('rounds.closed', { title: round.title }) : t('rounds.publishedDone', { title: round.title }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      setAsking(null);
    }
  };

  // What the organiser does next with the saved rounds, at the top of the tab: close an open round,
  // publish a closed round's results (in view at once on a laptop screen, not at the end of a wide table).
  const toClose = (contest?.rounds ?? []).filter((r) => !r.closedAt && r.state === 'OPEN');
  const toPublish = (contest?.rounds ?? []).filter((r) => r.closedAt && !r.resultsPublished);

  return (
    <div class="rounds-tab">
      <p class="notice notice-ok" role="status" hidden={!message}>
        {message}
      </p>
      <ErrorNotice error={error} />
      {toClose.length + toPublish.length > 0 ? (
        <section class="round-actions card-plain" aria-labelledby="round-actions-heading">
          <h2 id="round-actions-heading">{t('rounds.next')}</h2>
          <ul>
            {toPublish.map((r) => (
              <li key={`p${r.number}`}>
                <span>{t('rounds.readyToPublish', { title: r.title, count: formatNumber(r.participants ?? 0, t('app.locale')) })}</span>
                <button type="button" class="button primary" disabled={busy} onClick={() => setAsking({ number: r.number, action: 'publish' })}>
                  {t('rounds.publish')}
                  <span class="sr-only"> {r.title}</span>
                </button>
              </li>
            ))}
            {toClose.map((r) => (
              <li key={`c${r.number}`}>
                <span>{t('rounds.openNow', { title: r.title, at: formatWhen(r.closesAt), count: formatNumber(r.participants ?? 0, t('app.locale')) })}</span>
                <button type="button" class="button danger" disabled={busy} onClick={() => setAsking({ number: r.number, action: 'close' })}>
                  {t('rounds.close')}
                  <span class="sr-only"> {r.title}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p class="hint">{t('rounds.intro', { zone })}</p>
      <FieldError id={fieldDomId('rounds')} errors={errors('rounds')} />
      {form.rounds.length === 0 ? <p class="notice notice-info">{t('rounds.none')}</p> : null}
      {form.rounds.length > 0 ? (
        <div class="table-wrap">
          <table class="table rounds-table">
            <caption>{t('rounds.caption', { count: form.rounds.length })}</caption>
            <thead>
              <tr>
                <th scope="col" class="num">
                  {t('rounds.number')}
                </th>
                <th scope="col">{t('cform.roundTitle')}</th>
                <th scope="col">{t('cform.opensAt')}</th>
                <th scope="col">{t('cform.closesAt')}</th>
                <th scope="col">{t('rounds.state')}</th>
                <th scope="col">{t('registry.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {form.rounds.map((row, i) => {
                const round = serverRound(row.number);
                const closed = row.state === 'CLOSED' && !!round?.closedAt;
                const begun = row.state === 'OPEN' || row.state === 'CLOSED';
                const cell = (field: 'title' | 'opensAt' | 'closesAt') => `rounds[${i}].${field}`;
                return (
                  <tr key={row.key}>
                    <td class="num">{row.number}</td>
                    <td class="wide">
                      <label class="sr-only" for={fieldDomId(cell('title'))}>
                        {t('rounds.titleOf', { n: row.number })}
                      </label>
                      <input
                        id={fieldDomId(cell('title'))}
                        class="input"
                        type="text"
                        maxLength={LIMITS.roundTitle}
                        value={row.title}
                        disabled={closed}
                        aria-invalid={errors(cell('title')) ? 'true' : undefined}
                        aria-describedby={errors(cell('title')) ? `${fieldDomId(cell('title'))}-error` : undefined}
                        onInput={(e) => setRow(row.key, { title: e.currentTarget.value })}
                      />
                      <FieldError id={fieldDomId(cell('title'))} errors={errors(cell('title'))} />
                    </td>
                    {(['opensAt', 'closesAt'] as const).map((field) => (
                      <td key={field}>
                        <label class="sr-only" for={fieldDomId(cell(field))}>
                          {t(field === 'opensAt' ? 'rounds.opensOf' : 'rounds.closesOf', { n: row.number })}
                        </label>
                        <input
                          id={fieldDomId(cell(field))}
                          class="input"
                          type="datetime-local"
                          value={row[field]}
                          disabled={closed || (field === 'opensAt' && begun)}
                          aria-invalid={errors(cell(field)) ? 'true' : undefined}
                          aria-describedby={errors(cell(field)) ? `${fieldDomId(cell(field))}-error` : undefined}
                          onInput={(e) => setRow(row.key, { [field]: e.currentTarget.value })}
                        />
                        <FieldError id={fieldDomId(cell(field))} errors={errors(cell(field))} />
                      </td>
                    ))}
                    <td>
                      {row.state ? <Badge tone={roundStateTone(row.state)}>{roundStateLabel(row.state)}</Badge> : <Badge tone="neutral">{t('rounds.unsaved')}</Badge>}
                      {round ? (
                        <span class="meta block">
                          {t('rounds.participants', { count: formatNumber(round.participants ?? 0, t('app.locale')) })}
                          {round.closedAt ? ` · ${t('rounds.closedAt', { at: formatWhen(round.closedAt) })}` : ''}
                        </span>
                      ) : null}
                      {round?.actualFigure !== null && round?.actualFigure !== undefined ? (
                        <span class="block actual-figure">{t('board.actualFigure', { n: formatNumber(round.actualFigure, t('app.locale')) })}</span>
                      ) : null}
                      {round?.resultsPublished ? <Badge tone="ok">{t('rounds.resultsPublished')}</Badge> : null}
                    </td>
                    <td>
                      <div class="row-actions">
                        {!begun && row.participants === 0 ? (
                          <button
                            type="button"
                            class="button small danger"
                            onClick={() => setForm((f) => ({ ...f, rounds: f.rounds.filter((r) => r.key !== row.key) }))}
                          >
                            {t('rounds.remove')}
                            <span class="sr-only"> {row.title}</span>
                          </button>
                        ) : null}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <button type="button" class="button" onClick={() => setForm((f) => ({ ...f, rounds: [...f.rounds, newRound(f.rounds)] }))}>
        {t('rounds.add')}
      </button>
      {!contest ? <p class="hint">{t('rounds.saveFirst')}</p> : null}
      {asking ? (
        <ConfirmDialog
          title={asking.action === 'close' ? t('rounds.closeTitle') : t('rounds.publishTitle')}
          message={<p>{asking.action === 'close' ? t('rounds.closeText') : t('rounds.publishText')}</p>}
          confirmLabel={asking.action === 'close' ? t('rounds.closeNow') : t('rounds.publish')}
          danger={asking.action === 'close'}
          hideClose
          busy={busy}
          onConfirm={act}
          onCancel={() => setAsking(null)}
        />
      ) : null}
    </div>
  );
}
