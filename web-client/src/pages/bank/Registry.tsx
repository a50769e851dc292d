import { useState } from 'preact/hooks';
import { api } from '../../api';
import { currentUser, hasRole, useSession } from '../../auth';
import { loadRegistry, searchDocuments, useRegistry } from '../../bank/documents';
import { formatDate, kindLabel } from '../../bank/labels';
import { DOCUMENT_KINDS, type DocumentKind, type LegalDocument, type LegalDocumentView, type Page, type Question } from '../../bank/types';
import { Badge } from '../../components/Badge';
import { BankNav } from '../../components/BankNav';
import { AdminNav } from '../admin/AdminNav';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { t } from '../../i18n';
import type { RouteProps } from '../../router';
import { useApi } from '../../useApi';

/** The body the API takes for a document: exactly its fields, nothing of the view. */
export function documentBody(d: LegalDocument): LegalDocument {
  return {
    number: d.number.trim(),
    name: d.name.trim(),
    kind: d.kind,
    issued: d.issued || null,
    effectiveFrom: d.effectiveFrom || null,
    effectiveTo: d.effectiveTo || null,
    replacedBy: d.replacedBy.map((n) => n.trim()).filter(Boolean),
  };
}

/** "36/2024/QH15, 35/2024/QH15" → the numbers. */
export function parseNumbers(text: string): string[] {
  return [...new Set(text.split(/[,;\s]+/).map((n) => n.trim()).filter(Boolean))];
}

type Editing = { mode: 'add' } | { mode: 'edit'; doc: LegalDocumentView } | { mode: 'end'; doc: LegalDocumentView };

/** The legal-document registry: what questions may cite, and which laws are still in force. */
export function Registry(props: RouteProps) {
  const me = currentUser(useSession());
  const admin = hasRole(me, 'ADMIN');
  const registry = useRegistry();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [message, setMessage] = useState('');
  const shown = searchDocuments(registry.items, query, true);

  const saved = (text: string) => {
    setEditing(null);
    setMessage(text);
    loadRegistry(true).catch(() => undefined);
  };

  return (
    <section class="page">
      {props.location.path.startsWith('/quan-tri') ? <AdminNav /> : <BankNav />}
      <div class="page-head">
        <h1 tabIndex={-1}>{t('registry.title')}</h1>
        {admin ? (
          <button type="button" class="button primary" onClick={() => setEditing({ mode: 'add' })}>
            {t('registry.add')}
          </button>
        ) : null}
      </div>
      <p class="lead">{t('registry.intro')}</p>
      <p class="notice notice-ok" role="status" hidden={!message}>
        {message}
      </p>
      <div class="field">
        <label for="registry-search">{t('registry.search')}</label>
        <input id="registry-search" class="input" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </div>
      <ErrorNotice error={registry.state === 'error' ? registry.error : null} />
      <p class="result-count" role="status">
        {registry.state === 'loading' ? t('common.loading') : t('registry.count', { count: shown.length })}
      </p>
      <div class="table-wrap" role="region" aria-labelledby="registry-caption" tabIndex={0}>
        <table class="table">
          <caption id="registry-caption">{t('registry.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('registry.number')}</th>
              <th scope="col">{t('registry.name')}</th>
              <th scope="col">{t('registry.dates')}</th>
              <th scope="col">{t('registry.status')}</th>
              <th scope="col">{t('registry.citing')}</th>
              {admin ? <th scope="col">{t('registry.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {shown.map((d) => (
              <tr key={d.id} class={d.inForce ? undefined : 'ended'}>
                <th scope="row" class="nowrap">
                  {d.number}
                </th>
                <td class="wide">
                  {d.name}
                  <span class="meta block">{kindLabel(d.kind)}</span>
                </td>
                <td class="nowrap">
                  <Dates doc={d} />
                </td>
                <td>
                  {d.inForce ? <Badge tone="ok">{t('registry.inForce')}</Badge> : <Badge tone="warn">{t('registry.ended')}</Badge>}
                  {d.replacedBy.length > 0 ? (
                    <span class="meta block">{t('registry.replacedByList', { numbers: d.replacedBy.join(', ') })}</span>
                  ) : null}
                </td>
                <td class="num">
                  {d.citingQuestions > 0 ? <a href={`/bank?document=${encodeURIComponent(d.number)}`}>{d.citingQuestions}</a> : 0}
                </td>
                {admin ? (
                  <td>
                    <div class="row-actions">
                      <button type="button" class="button small" onClick={() => setEditing({ mode: 'edit', doc: d })}>
                        {t('registry.edit')}
                        <span class="sr-only"> {d.number}</span>
                      </button>
                      {d.inForce ? (
                        <button type="button" class="button small" onClick={() => setEditing({ mode: 'end', doc: d })}>
                          {t('registry.markEnded')}
                          <span class="sr-only"> {d.number}</span>
                        </button>
                      ) : null}
                    </div>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editing?.mode === 'add' || editing?.mode === 'edit' ? (
        <DocumentDialog doc={editing.mode === 'edit' ? editing.doc : null} onClose={() => setEditing(null)} onSaved={saved} />
      ) : null}
      {editing?.mode === 'end' ? (
        <EndDialog doc={editing.doc} numbers={registry.items.map((d) => d.number)} onClose={() => setEditing(null)} onSaved={saved} />
      ) : null}
    </section>
  );
}

/** Issued, in force from, last day in force: the dates a document has. */
function Dates({ doc }: { doc: LegalDocumentView }) {
  const rows: [string, string | null][] = [
    [t('registry.issued'), doc.issued],
    [t('registry.from'), doc.effectiveFrom],
    [t('registry.to'), doc.effectiveTo],
  ];
  return (
    <dl class="dates">
      {rows
        .filter(([, date]) => date)
        .map(([term, date]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{formatDate(date)}</dd>
          </div>
        ))}
    </dl>
  );
}

function DocumentDialog(props: { doc: LegalDocumentView | null; onClose: () => void; onSaved: (message: string) => void }) {
  const d = props.doc;
  const [form, setForm] = useState({
    number: d?.number ?? '',
    name: d?.name ?? '',
    kind: d?.kind ?? ('LUAT' as DocumentKind),
    issued: d?.issued ?? '',
    effectiveFrom: d?.effectiveFrom ?? '',
    effectiveTo: d?.effectiveTo ?? '',
    replacedBy: d?.replacedBy.join(', ') ?? '',
  });
  const [missing, setMissing] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch });

  const submit = async (event: Event) => {
    event.preventDefault();
    const absent = (['number', 'name'] as const).filter((k) => !form[k].trim());
    setMissing(absent);
    if (absent.length > 0) {
      document.getElementById(`doc-${absent[0]}`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const body = documentBody({ ...form, replacedBy: parseNumbers(form.replacedBy) });
      if (d) {
        const result = await api<{ flagged: number }>(`/api/legal-documents/${d.id}`, { method: 'PUT', body });
        props.onSaved(t('registry.saved', { count: result?.flagged ?? 0 }));
      } else {
        await api('/api/legal-documents', { body });
        props.onSaved(t('registry.added', { number: body.number }));
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={d ? t('registry.editTitle', { number: d.number }) : t('registry.add')} onClose={props.onClose}>
      <form class="form dialog-body" noValidate onSubmit={submit}>
        <ErrorNotice error={error} />
        <Field id="doc-number" label={t('registry.number')} hint={t('registry.numberHint')} errors={missing.includes('number') ? [t('registry.required')] : undefined}>
          {(p) => <input {...p} class="input" type="text" maxLength={40} value={form.number} onInput={(e) => set({ number: e.currentTarget.value })} />}
        </Field>
        <Field id="doc-name" label={t('registry.name')} errors={missing.includes('name') ? [t('registry.required')] : undefined}>
          {(p) => <input {...p} class="input" type="text" maxLength={300} value={form.name} onInput={(e) => set({ name: e.currentTarget.value })} />}
        </Field>
        <Field id="doc-kind" label={t('registry.kind')}>
          {(p) => (
            <select {...p} class="input" value={form.kind} onChange={(e) => set({ kind: e.currentTarget.value as DocumentKind })}>
              {DOCUMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindLabel(k)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div class="filter-grid">
          <Field id="doc-issued" label={t('registry.issued')}>
            {(p) => <input {...p} class="input" type="date" value={form.issued} onInput={(e) => set({ issued: e.currentTarget.value })} />}
          </Field>
          <Field id="doc-from" label={t('registry.from')}>
            {(p) => <input {...p} class="input" type="date" value={form.effectiveFrom} onInput={(e) => set({ effectiveFrom: e.currentTarget.value })} />}
          </Field>
          <Field id="doc-to" label={t('registry.to')} hint={t('registry.toHint')}>
            {(p) => <input {...p} class="input" type="date" value={form.effectiveTo} onInput={(e) => set({ effectiveTo: e.currentTarget.value })} />}
          </Field>
        </div>
        <Field id="doc-replaced" label={t('registry.replacedBy')} hint={t('registry.replacedByHint')}>
          {(p) => <input {...p} class="input" type="text" value={form.replacedBy} onInput={(e) => set({ replacedBy: e.currentTarget.value })} />}
        </Field>
        <div class="actions">
          <button type="submit" class="button primary" disabled={busy}>
            {t('common.save')}
          </button>
          <button type="button" class="button" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** "No longer in force": shows first which questions it affects, then saves the end date and reports the flags. */
function EndDialog(props: { doc: LegalDocumentView; numbers: string[]; onClose: () => void; onSaved: (message: string) => void }) {
  const d = props.doc;
  const affected = useApi<Page<Question>>(`/api/legal-documents/${d.id}/questions?size=100`);
  const [effectiveTo, setEffectiveTo] = useState('');
  const [replacedBy, setReplacedBy] = useState(d.replacedBy.join(', '));
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!effectiveTo) {
      setMissing(true);
      document.getElementById('end-date')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const body = documentBody({ ...d, effectiveTo, replacedBy: parseNumbers(replacedBy) });
      const result = await api<{ flagged: number }>(`/api/legal-documents/${d.id}`, { method: 'PUT', body });
      props.onSaved(t('registry.endedSaved', { number: d.number, count: result?.flagged ?? 0 }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const page = affected.data;
  return (
    <Dialog title={t('registry.endTitle', { number: d.number })} onClose={props.onClose} wide>
      <form class="form dialog-body" noValidate onSubmit={submit}>
        <p>{d.name}</p>
        <section aria-labelledby="end-affected" class="affected">
          <h3 id="end-affected">{page ? t('registry.affected', { count: page.total }) : t('registry.affectedTitle')}</h3>
          <ErrorNotice error={affected.error} />
          {affected.loading ? <p class="loading">{t('common.loading')}</p> : null}
          {page && page.items.length > 0 ? (
            <ul class="affected-list">
              {page.items.map((q) => (
                <li key={q.id}>
                  <a href={`/bank/${q.id}`} target="_blank" rel="noopener">
                    {q.content.text}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          {page && page.total > page.items.length ? <p class="hint">{t('registry.affectedMore', { count: page.total - page.items.length })}</p> : null}
        </section>
        <Field id="end-date" label={t('registry.to')} hint={t('registry.toHint')} errors={missing ? [t('registry.endDateRequired')] : undefined}>
          {(p) => (
            <input
              {...p}
              class="input"
              type="date"
              value={effectiveTo}
              onInput={(e) => {
                setEffectiveTo(e.currentTarget.value);
                setMissing(false);
              }}
            />
          )}
        </Field>
        <Field id="end-replaced" label={t('registry.replacedBy')} hint={t('registry.replacedByHint')}>
          {(p) => <input {...p} class="input" type="text" list="end-numbers" value={replacedBy} onInput={(e) => setReplacedBy(e.currentTarget.value)} />}
        </Field>
        <datalist id="end-numbers">
          {props.numbers
            .filter((n) => n !== d.number)
            .map((n) => (
              <option key={n} value={n} />
            ))}
        </datalist>
        <ErrorNotice error={error} />
        <div class="actions">
          <button type="submit" class="button danger" disabled={busy}>
            {t('registry.endConfirm')}
          </button>
          <button type="button" class="button" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
