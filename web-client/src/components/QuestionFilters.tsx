import { useEffect, useRef, useState } from 'preact/hooks';
import { useRegistry } from '../bank/documents';
import type { BankFilters, LookupFilters } from '../bank/filters';
import { difficultyLabel, statusLabel, typeLabel } from '../bank/labels';
import { QUESTION_TYPES, STATUSES } from '../bank/types';
import { t } from '../i18n';

const DEBOUNCE_MS = 350;

type Change = Partial<BankFilters>;

/**
 * The search form of the lookup and the bank: words (applied as you type), document, Điều, type,
 * difficulty, tag; with `bank`, status, "needs review" and "mine" too.
 */
export function QuestionFilters(props: {
  idPrefix: string;
  filters: LookupFilters | BankFilters;
  bank?: boolean;
  onChange: (change: Change) => void;
}) {
  const { filters, idPrefix: p } = props;
  const bank = props.bank ? (filters as BankFilters) : null;
  const registry = useRegistry();
  const [q, setQ] = useState(filters.q);
  const [article, setArticle] = useState(filters.article ? String(filters.article) : '');
  const [tag, setTag] = useState(filters.tag);
  const sentQ = useRef(filters.q);
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;

  // The URL changed from outside (back, a link): show what it says.
  useEffect(() => {
    if (filters.q !== sentQ.current) {
      sentQ.current = filters.q;
      setQ(filters.q);
    }
  }, [filters.q]);
  useEffect(() => setArticle(filters.article ? String(filters.article) : ''), [filters.article]);
  useEffect(() => setTag(filters.tag), [filters.tag]);

  useEffect(() => {
    const words = q.trim();
    if (words === sentQ.current) return;
    const timer = setTimeout(() => {
      sentQ.current = words;
      onChange.current({ q: words });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [q]);

  const articleNumber = (text: string) => (/^\d{1,4}$/.test(text.trim()) && Number(text) > 0 ? Number(text) : null);
  const commitAll = () => {
    sentQ.current = q.trim();
    onChange.current({ q: q.trim(), article: articleNumber(article), tag: tag.trim() });
  };

  return (
    <form
      class="filters"
      role="search"
      aria-label={t('filters.label')}
      onSubmit={(e) => {
        e.preventDefault();
        commitAll();
      }}
    >
      <div class="field filter-q">
        <label for={`${p}-q`}>{t('filters.q')}</label>
        <p id={`${p}-q-hint`} class="hint">
          {t('filters.qHint')}
        </p>
        <div class="join-row">
          <input
            id={`${p}-q`}
            class="input"
            type="search"
            name="q"
            value={q}
            maxLength={200}
            autoComplete="off"
            aria-describedby={`${p}-q-hint`}
            onInput={(e) => setQ(e.currentTarget.value)}
          />
          <button type="submit" class="button primary">
            {t('filters.search')}
          </button>
        </div>
      </div>
      <div class="filter-grid">
        {bank ? (
          <div class="field">
            <label for={`${p}-status`}>{t('filters.status')}</label>
            <select id={`${p}-status`} class="input" value={bank.status ?? ''} onChange={(e) => props.onChange({ status: (e.currentTarget.value || null) as BankFilters['status'] })}>
              <option value="">{t('filters.any')}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {statusLabel(s)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div class="field">
          <label for={`${p}-document`}>{t('filters.document')}</label>
          <select id={`${p}-document`} class="input" value={filters.document} onChange={(e) => props.onChange({ document: e.currentTarget.value })}>
            <option value="">{t('filters.anyDocument')}</option>
            {filters.document && !registry.items.some((d) => d.number === filters.document) ? (
              <option value={filters.document}>{filters.document}</option>
            ) : null}
            {registry.items.map((d) => (
              <option key={d.id} value={d.number}>
                {d.number} — {d.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field field-short">
          <label for={`${p}-article`}>{t('filters.article')}</label>
          <input
            id={`${p}-article`}
            class="input"
            type="text"
            inputMode="numeric"
            value={article}
            onInput={(e) => setArticle(e.currentTarget.value)}
            onChange={(e) => props.onChange({ article: articleNumber(e.currentTarget.value) })}
          />
        </div>
        <div class="field">
          <label for={`${p}-type`}>{t('filters.type')}</label>
          <select id={`${p}-type`} class="input" value={filters.type ?? ''} onChange={(e) => props.onChange({ type: (e.currentTarget.value || null) as BankFilters['type'] })}>
            <option value="">{t('filters.any')}</option>
            {QUESTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {typeLabel(type)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${p}-difficulty`}>{t('filters.difficulty')}</label>
          <select
            id={`${p}-difficulty`}
            class="input"
            value={filters.difficulty ?? ''}
            onChange={(e) => props.onChange({ difficulty: (e.currentTarget.value || null) as BankFilters['difficulty'] })}
          >
            <option value="">{t('filters.any')}</option>
            {(['1', '2', '3'] as const).map((d) => (
              <option key={d} value={d}>
                {difficultyLabel(Number(d))}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${p}-tag`}>{t('filters.tag')}</label>
          <input
            id={`${p}-tag`}
            class="input"
            type="text"
            value={tag}
            maxLength={40}
            onInput={(e) => setTag(e.currentTarget.value)}
            onChange={(e) => props.onChange({ tag: e.currentTarget.value.trim() })}
          />
        </div>
      </div>
      {bank ? (
        <div class="filter-checks">
          <label class="check">
            <input type="checkbox" checked={bank.needsReview} onChange={(e) => props.onChange({ needsReview: e.currentTarget.checked })} />{' '}
            {t('filters.needsReview')}
          </label>
          <label class="check">
            <input type="checkbox" checked={bank.mine} onChange={(e) => props.onChange({ mine: e.currentTarget.checked })} />{' '}
            {t('filters.mine')}
          </label>
        </div>
      ) : null}
    </form>
  );
}
