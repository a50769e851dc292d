import { useState } from 'preact/hooks';
import { api } from '../../api';
import { apiQuery, LOOKUP_FILTERS, readFilters, type LookupFilters } from '../../bank/filters';
import { difficultyLabel, typeLabel } from '../../bank/labels';
import { newItem, type SetDraft } from '../../bank/sets';
import type { Page, Question } from '../../bank/types';
import { StatusBadges } from '../../components/Badge';
import { CitationList } from '../../components/CitationLine';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Pager } from '../../components/Pager';
import { correctAnswer } from '../../components/QuestionPreview';
import { QuestionFilters } from '../../components/QuestionFilters';
import { t } from '../../i18n';
import { useApi } from '../../useApi';

const SEARCH_SIZE = 10;
/** Where focus goes after adding: back to the words of the search. */
const SEARCH_FIELD = 'set-find-q';

/** Whether a live game plays the question: approved and not flagged for review. */
const playable = (q: Question) => q.status === 'APPROVED' && !q.needsReview;

/**
 * Finding questions for a set: words, topic (tag), law, Điều, type and difficulty; each result with its
 * answer and citation shown before it is added; several ticked and added at once.
 */
export function AddQuestions(props: { setId: number; draft: SetDraft; change: (next: SetDraft, focus?: string) => void }) {
  const [warning, setWarning] = useState<{ question: Question; replacement?: Question | null } | null>(null);
  const [filters, setFilters] = useState<LookupFilters>(() => readFilters(LOOKUP_FILTERS, new URLSearchParams()));
  const [approvedOnly, setApprovedOnly] = useState(true);
  const [ticked, setTicked] = useState<Map<number, Question>>(new Map());
  const [note, setNote] = useState('');
  const query = apiQuery({ ...filters, status: approvedOnly ? 'APPROVED' : null }, SEARCH_SIZE);
  const found = useApi<Page<Question>>(`/api/questions${query}`);
  const inSet = new Set(props.draft.items.map((i) => i.questionId));
  const results = found.data?.items ?? [];

  const addAll = (questions: readonly Question[]) => {
    const fresh = questions.filter((q) => !inSet.has(q.id));
    setWarning(null);
    props.change(
      { ...props.draft, items: [...props.draft.items, ...fresh.map((q) => ({ questionId: q.id, ...newItem(q), question: q }))] },
      SEARCH_FIELD,
    );
    return fresh.length;
  };

  /** A question a game would not play is not added silently: say why, and offer one on the same article. */
  const ask = async (question: Question) => {
    if (playable(question)) {
      addAll([question]);
      setNote(t('sets.addedMany', { count: 1 }));
      return;
    }
    setWarning({ question });
    try {
      const got = await api<{ replacement: Question | null }>(`/api/questions/${question.id}/replacement?set=${props.setId}`);
      const replacement = got.replacement && !inSet.has(got.replacement.id) ? got.replacement : null;
      setWarning({ question, replacement });
    } catch {
      setWarning({ question, replacement: null });
    }
  };

  /** The ticked questions a game plays are added; the others are named, to be added one by one. */
  const addTicked = () => {
    const chosen = [...ticked.values()];
    const added = addAll(chosen.filter(playable));
    const left = chosen.filter((q) => !playable(q)).length;
    setTicked(new Map());
    setNote(left > 0 ? t('sets.addedManySkipped', { count: added, left }) : t('sets.addedMany', { count: added }));
  };

  const tick = (question: Question, on: boolean) => {
    const next = new Map(ticked);
    if (on) next.set(question.id, question);
    else next.delete(question.id);
    setTicked(next);
  };
  const open = results.filter((q) => !inSet.has(q.id));
  const allTicked = open.length > 0 && open.every((q) => ticked.has(q.id));

  return (
    <section class="card-plain" aria-labelledby="set-add">
      <h2 id="set-add">{t('sets.add')}</h2>
      <QuestionFilters idPrefix="set-find" filters={filters} onChange={(change) => setFilters({ ...filters, page: null, ...(change as Partial<LookupFilters>) })} />
      <label class="check block">
        <input
          type="checkbox"
          checked={approvedOnly}
          onChange={(e) => {
            setApprovedOnly(e.currentTarget.checked);
            setFilters({ ...filters, page: null });
          }}
        />{' '}
        {t('sets.approvedOnly')}
      </label>
      <p class="hint" role="status">
        {found.data ? t('bank.count', { count: found.data.total }) : ''}
      </p>
      <ErrorNotice error={found.error} />
      {open.length > 0 ? (
        <div class="actions set-add-many">
          <label class="check">
            <input
              type="checkbox"
              checked={allTicked}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                const next = new Map(ticked);
                for (const q of open) {
                  if (on) next.set(q.id, q);
                  else next.delete(q.id);
                }
                setTicked(next);
              }}
            />{' '}
            {t('sets.tickPage')}
          </label>
          <button type="button" class="button primary" id="set-add-ticked" disabled={ticked.size === 0} onClick={addTicked}>
            {t('sets.addTicked', { count: ticked.size })}
          </button>
        </div>
      ) : null}
      <p class="hint" role="status" id="set-add-note">
        {note}
      </p>
      <ul class="q-list">
        {results.map((question) => {
          const answer = correctAnswer(question.content);
          const there = inSet.has(question.id);
          return (
            <li key={question.id} class="q-row set-find-row">
              <div class="q-row-head">
                <label class="check set-find-tick">
                  <input
                    type="checkbox"
                    disabled={there}
                    checked={there || ticked.has(question.id)}
                    onChange={(e) => tick(question, e.currentTarget.checked)}
                  />
                  <span>{question.content.text}</span>
                </label>
                <StatusBadges status={question.status} needsReview={question.needsReview} />
              </div>
              <p class="meta">
                {typeLabel(question.content.type)} · {difficultyLabel(question.content.difficulty)}
                {question.content.tags.length > 0 ? ` · ${question.content.tags.join(', ')}` : ''}
              </p>
              {answer.length > 0 ? (
                <p class="set-find-answer">
                  <strong>{t('sets.answerIs')}</strong> {answer.join('; ')}
                </p>
              ) : null}
              <CitationList citations={question.content.citations} />
              <button type="button" class="button small" disabled={there} onClick={() => void ask(question)}>
                {there ? t('sets.inSet') : t('sets.addOne')}
                <span class="sr-only"> ({t('detail.title', { id: question.id })})</span>
              </button>
              {warning && warning.question.id === question.id ? (
                <div class="notice notice-warn" role="alert">
                  <p>
                    {t('sets.warnAdd', {
                      reason: question.needsReview && question.status === 'APPROVED' ? t('sets.warnNeedsReview') : t('sets.warnNotApproved'),
                    })}
                    {question.needsReview && question.needsReviewReason ? ` (${question.needsReviewReason})` : ''}
                  </p>
                  <p class="actions">
                    {warning.replacement ? (
                      <button type="button" class="button small primary" onClick={() => addAll([warning.replacement!])}>
                        {t('sets.warnReplace', { text: warning.replacement.content.text })}
                      </button>
                    ) : null}
                    <button type="button" class="button small" onClick={() => addAll([question])}>
                      {t('sets.warnAddAnyway')}
                    </button>
                    <button type="button" class="button small" onClick={() => setWarning(null)}>
                      {t('common.cancel')}
                    </button>
                  </p>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {found.data ? <Pager page={found.data.page} size={found.data.size} total={found.data.total} onPage={(page) => setFilters({ ...filters, page })} /> : null}
    </section>
  );
}
