import type { Page, PublicQuestion } from '../../bank/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { t } from '../../i18n';
import { searchWords } from '../../law/highlight';
import { Highlighted } from '../../law/Highlighted';
import { articlePath, documentPath } from '../../law/paths';
import type { SearchResult } from '../../law/types';
import type { RouteProps } from '../../router';
import { useApi } from '../../useApi';
import { SearchBox } from './SearchBox';
import '../../law/law.css';

const QUESTIONS = 5;

/**
 * /van-ban/tim?q=: one search across the texts of the articles in force, grouped by document, the words
 * marked; and the public questions the same words find.
 */
export function LawSearch({ location }: RouteProps) {
  const q = (location.query.get('q') ?? '').trim();
  const found = useApi<SearchResult>(q ? `/api/laws/search?q=${encodeURIComponent(q)}` : null);
  const questions = useApi<Page<PublicQuestion>>(q ? `/api/public/questions?q=${encodeURIComponent(q)}&size=${QUESTIONS}` : null);
  const words = searchWords(q);
  const result = found.data;
  return (
    <section class="page reader">
      <p class="breadcrumbs">
        <a href="/van-ban">{t('reader.title')}</a>
      </p>
      <h1 tabIndex={-1}>{t('reader.searchTitle')}</h1>
      <SearchBox key={q} initial={q} />
      <p class="result-count" role="status">
        {found.loading ? t('common.loading') : result && q ? t('reader.found', { count: result.total, documents: result.documents.length }) : ''}
      </p>
      <ErrorNotice error={found.error} />
      {result && q && result.total === 0 && !found.loading ? <p>{t('reader.nothingFound')}</p> : null}
      {result?.documents.map((group) => (
        <section key={group.document} class="hit-group" aria-labelledby={`hits-${group.slug}`}>
          <h2 id={`hits-${group.slug}`}>
            <a href={documentPath(group.document)}>{group.name}</a> <span class="meta">({group.document})</span>
          </h2>
          <ul class="hits">
            {group.articles.map((hit) => (
              <li key={hit.number} class="hit">
                <a class="hit-title" href={articlePath(group.document, hit.number, hit.clause)}>
                  {t('reader.articleHeading', { number: hit.number, title: hit.title ?? '' })}
                  {hit.clause ? ` · ${t('reader.clause', { clause: hit.clause })}` : ''}
                </a>
                <p class="snippet">
                  <Highlighted text={hit.snippet} words={words} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {q ? (
        <section class="hit-group question-hits" aria-labelledby="question-hits">
          <h2 id="question-hits">{t('reader.questionHits', { count: questions.data?.total ?? 0 })}</h2>
          <ErrorNotice error={questions.error} />
          <ul class="hits">
            {(questions.data?.items ?? []).map((item) => (
              <li key={item.id} class="hit">
                <Highlighted text={item.text} words={words} />
              </li>
            ))}
          </ul>
          {questions.data && questions.data.total > 0 ? (
            <p>
              <a class="link-alone" href={`/lookup?q=${encodeURIComponent(q)}`}>{t('reader.allQuestions')}</a>
            </p>
          ) : null}
        </section>
      ) : null}
    </section>
  );
}
