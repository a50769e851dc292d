import { useRef, useState } from 'preact/hooks';
import { api } from '../../api';
import { namesOf, useRegistry } from '../../bank/documents';
import { BankNav } from '../../components/BankNav';
import { ErrorNotice } from '../../components/ErrorNotice';
import { t } from '../../i18n';
import { useApi } from '../../useApi';

/** A citation that did not resolve into the legal store at the last whole-bank check. */
export interface CitationIssue {
  questionId: number;
  externalKey: string | null;
  text: string;
  position: number;
  document: string;
  reference: string;
  problem: string;
}

export interface CheckResult {
  unresolved: number;
  flagged: number;
}

/** The issues by question, questions in the order the server gives (by document, then id). */
export function byQuestion(issues: readonly CitationIssue[]): CitationIssue[][] {
  const groups = new Map<number, CitationIssue[]>();
  for (const issue of issues) {
    const list = groups.get(issue.questionId) ?? [];
    list.push(issue);
    groups.set(issue.questionId, list);
  }
  return [...groups.values()];
}

/**
 * Reviewers: the questions whose citations do not resolve into the legal store (an Điều or khoản the
 * text does not have, a quote not in it), why, and a link to fix each; "Kiểm tra lại" re-checks the
 * whole bank (and flags questions on changed provisions) and says how many were found.
 */
export function UnresolvedCitations() {
  const issues = useApi<CitationIssue[]>('/api/laws/citations/unresolved');
  const names = namesOf(useRegistry().items);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const status = useRef<HTMLParagraphElement>(null);

  const check = () => {
    setBusy(true);
    setError(null);
    api<CheckResult>('/api/laws/citations/check', { method: 'POST' }).then(
      (r) => {
        setResult(r);
        setBusy(false);
        issues.reload();
        requestAnimationFrame(() => status.current?.focus());
      },
      (e: unknown) => {
        setError(e);
        setBusy(false);
      },
    );
  };

  const groups = byQuestion(issues.data ?? []);
  return (
    <section class="page">
      <BankNav />
      <h1>{t('citations.title')}</h1>
      <p class="hint">{t('citations.hint')}</p>
      <p>
        <button type="button" class="button primary" onClick={check} disabled={busy} aria-describedby="citations-check-hint">
          {busy ? t('citations.checking') : t('citations.check')}
        </button>
      </p>
      <p id="citations-check-hint" class="hint">{t('citations.checkHint')}</p>
      <p class="notice notice-ok" role="status" tabIndex={-1} ref={status} hidden={!result}>
        {result ? t('citations.checked', { unresolved: result.unresolved, flagged: result.flagged }) : ''}
      </p>
      <ErrorNotice error={error ?? issues.error} />
      {!issues.data && issues.loading ? <p class="loading">{t('common.loading')}</p> : null}
      {issues.data ? <h2>{t('citations.count', { count: issues.data.length, questions: groups.length })}</h2> : null}
      {issues.data && issues.data.length === 0 ? <p>{t('citations.none')}</p> : null}
      <ul class="q-list">
        {groups.map((list) => {
          const q = list[0];
          return (
            <li key={q.questionId} class="card-plain citation-issue">
              <p>
                <a href={`/bank/${q.questionId}`}>{t('citations.question', { id: q.questionId })}</a>
                {q.externalKey ? ` · ${q.externalKey}` : ''}
              </p>
              <p class="question-text">{q.text}</p>
              <ul>
                {list.map((issue) => (
                  <li key={issue.position}>
                    <strong>
                      {issue.reference} — {names.get(issue.document) ?? ''} ({issue.document})
                    </strong>
                    <br />
                    {issue.problem}
                  </li>
                ))}
              </ul>
              <p class="actions">
                <a class="button small" href={`/bank/${q.questionId}/edit`}>
                  {t('citations.edit', { id: q.questionId })}
                </a>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
