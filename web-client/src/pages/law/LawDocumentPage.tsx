import { useState } from 'preact/hooks';
import { kindLabel } from '../../bank/labels';
import type { DocumentKind } from '../../bank/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { t } from '../../i18n';
import { ArticleText } from '../../law/ArticleText';
import { LawBadges } from '../../law/LawBadges';
import { articlePath, day, documentPath, documentSlug } from '../../law/paths';
import type { Article, Structure, TocArticle, TocGroup } from '../../law/types';
import type { RouteProps } from '../../router';
import { useApi } from '../../useApi';
import { SearchBox } from './SearchBox';
import '../../law/law.css';

/**
 * /van-ban/<document>: the document's particulars and its table of contents (Phần, Chương, Mục, Điều).
 * The contents come without texts (a code has hundreds of articles); an article's text loads when opened.
 */
export function LawDocumentPage({ params }: RouteProps) {
  const structure = useApi<Structure>(`/api/laws/documents/${encodeURIComponent(params.doc)}`);
  const s = structure.data;
  if (!s) {
    return (
      <section class="page reader">
        <h1 tabIndex={-1}>{structure.loading ? t('common.loading') : t('reader.notFound')}</h1>
        <ErrorNotice error={structure.error} />
      </section>
    );
  }
  const d = s.document;
  return (
    <section class="page reader">
      <p class="breadcrumbs">
        <a href="/van-ban">{t('reader.title')}</a>
      </p>
      <h1 tabIndex={-1}>{d.name}</h1>
      <p class="meta">
        {kindLabel(d.kind as DocumentKind)} {t('reader.numberLabel')} {d.number}
        {d.issuer ? ` · ${d.issuer}` : ''}
        {d.issued ? ` · ${t('reader.issued', { day: day(d.issued) })}` : ''}
        {d.effectiveFrom ? ` · ${t('reader.effective', { day: day(d.effectiveFrom) })}` : ''}
        {d.effectiveTo ? ` · ${t('reader.ended', { day: day(d.effectiveTo) })}` : ''}
      </p>
      <LawBadges document={d} />
      {d.amendedBy.length > 0 ? (
        <p>
          {t('reader.amendedByLead')}{' '}
          {d.amendedBy.map((n, i) => (
            <span key={n}>
              {i > 0 ? ', ' : ''}
              <a href={documentPath(n)}>{n}</a>
            </span>
          ))}
        </p>
      ) : null}
      {d.replacedBy.length > 0 ? <p class="notice notice-warn">{t('reader.replacedBy', { numbers: d.replacedBy.join(', ') })}</p> : null}
      {d.source ? <p class="hint source">{t('reader.source', { source: d.source })}</p> : null}
      <SearchBox />
      <h2>{t('reader.toc')}</h2>
      {s.toc.length === 0 ? <p>{t('reader.noArticles')}</p> : <Toc number={d.number} groups={s.toc} />}
    </section>
  );
}

/** The contents, a division's name shown where it begins (a Chương under its Phần, a Mục under its Chương). */
function Toc(props: { number: string; groups: TocGroup[] }) {
  let previous: string[] = [];
  return (
    <div class="toc">
      {props.groups.map((group, g) => {
        const from = group.divisions.findIndex((name, i) => previous[i] !== name);
        const headings = from < 0 ? [] : group.divisions.slice(from).map((name, i) => ({ name, level: from + i }));
        previous = group.divisions;
        return (
          <div key={g} class="toc-group">
            {headings.map((h) => (
              <p key={h.name} class={`toc-division level-${Math.min(h.level, 3)}`}>
                {h.name}
              </p>
            ))}
            <ul class="toc-articles">
              {group.articles.map((a) => (
                <TocEntry key={a.number} number={props.number} article={a} />
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}

/** A Điều of the contents: a link to its page, and its text here when asked for. */
function TocEntry(props: { number: string; article: TocArticle }) {
  const [open, setOpen] = useState(false);
  const a = props.article;
  return (
    <li class="toc-article">
      <div class="toc-line">
        <a href={articlePath(props.number, a.number)}>{t('reader.articleHeading', { number: a.number, title: a.title ?? '' })}</a>
        {a.changed ? <span class="badge badge-info">{t('reader.changed')}</span> : null}
        <button type="button" class="link-button toc-toggle" aria-expanded={open ? 'true' : 'false'} onClick={() => setOpen(!open)}>
          {open ? t('reader.hideText') : t('reader.showText')}
          <span class="sr-only"> {t('reader.articleNumber', { number: a.number })}</span>
        </button>
      </div>
      {open ? <ArticleInline number={props.number} article={a.number} /> : null}
    </li>
  );
}

function ArticleInline(props: { number: string; article: string }) {
  const article = useApi<Article>(`/api/laws/documents/${documentSlug(props.number)}/articles/${props.article}`);
  if (article.error) return <ErrorNotice error={article.error} />;
  if (!article.data) return <p class="loading">{t('common.loading')}</p>;
  const a = article.data;
  return a.content ? <ArticleText content={a.content} /> : <p class="article-plain">{a.text}</p>;
}
