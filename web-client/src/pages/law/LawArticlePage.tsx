import { useEffect, useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { t, type MessageKey } from '../../i18n';
import { ArticleText, type Cited } from '../../law/ArticleText';
import { articleParam, articlePath, day, documentPath, parseProvision } from '../../law/paths';
import type { Article, Change } from '../../law/types';
import { navigate, type RouteProps } from '../../router';
import { useApi } from '../../useApi';
import { NotFound } from '../NotFound';
import { ArticlePractice } from './ArticlePractice';
import '../../law/law.css';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The khoản/điểm the address's anchor names ("#khoan-2-diem-a"), to mark it. */
function citedFromHash(hash: string): Cited | null {
  const match = /^#(?:khoan-([0-9a-z]+))?-?(?:diem-([a-z][0-9]?))?$/.exec(hash);
  return match && (match[1] || match[2]) ? { clause: match[1] ?? null, point: match[2] ?? null } : null;
}

/**
 * /van-ban/<document>/dieu-<n>: one article's permanent address. Its wording in force today, or on the
 * day asked (?ngay=YYYY-MM-DD, from its list of wordings), what changed it, and its questions to practise.
 */
export function LawArticlePage({ params, location }: RouteProps) {
  const number = articleParam(params.article);
  const asked = location.query.get('ngay');
  const asOf = asked && ISO_DAY.test(asked) ? asked : null;
  const base = `/api/laws/documents/${encodeURIComponent(params.doc)}/articles/${number}`;
  const article = useApi<Article>(number ? `${base}${asOf ? `?asOf=${asOf}` : ''}` : null);
  const [cited, setCited] = useState<Cited | null>(null);
  useEffect(() => setCited(citedFromHash(window.location.hash)), [params.doc, params.article]);
  useEffect(() => {
    if (cited && article.data) document.querySelector('.article-text .cited')?.scrollIntoView?.({ block: 'center' });
  }, [article.data, cited]);
  if (!number) return <NotFound />;
  const a = article.data;
  if (!a) {
    return (
      <section class="page reader">
        <h1 tabIndex={-1}>{article.loading ? t('common.loading') : t('reader.notFound')}</h1>
        <ErrorNotice error={article.error} />
      </section>
    );
  }
  const here = articlePath(a.document, a.number);
  const today = a.versions.length > 0 && !a.versions[a.versions.length - 1].to;
  return (
    <section class="page reader article-page">
      <p class="breadcrumbs">
        <a href="/van-ban">{t('reader.title')}</a> › <a href={documentPath(a.document)}>{a.documentName}</a>
      </p>
      {a.divisions.length > 0 ? <p class="meta">{a.divisions.join(' › ')}</p> : null}
      <h1 tabIndex={-1}>{t('reader.articleHeading', { number: a.number, title: a.title ?? '' })}</h1>
      <p class="meta">
        {a.documentName} ({a.document})
      </p>
      <CopyLink path={here} />
      <p class={asOf ? 'notice notice-info' : 'hint'} role="status">
        {asOf ? t('reader.asOfShown', { day: day(a.asOf) }) : t('reader.asOfToday')}{' '}
        {t('reader.wordingPeriod', { from: day(a.effectiveFrom), to: a.effectiveTo ? day(a.effectiveTo) : t('reader.now') })}
      </p>
      {a.status !== 'IN_FORCE' ? <p class="notice notice-warn">{t(`reader.articleStatus.${a.status}` as MessageKey)}</p> : null}
      {a.content ? <ArticleText content={a.content} cited={cited} /> : <p class="article-plain">{a.text}</p>}
      <Versions article={a} path={here} asOf={asOf} showToday={today} />
      <Changes changes={a.changes} />
      <ArticlePractice api={base} />
    </section>
  );
}

/** The wordings the article had, each a link to read it as it was; and any day. */
function Versions(props: { article: Article; path: string; asOf: string | null; showToday: boolean }) {
  const { article, path } = props;
  const [pick, setPick] = useState(props.asOf ?? '');
  return (
    <section class="versions" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('reader.versions')}</h2>
      <ol class="version-list">
        {article.versions.map((v) => {
          const current = v.from === article.effectiveFrom;
          return (
            <li key={v.from} class={current ? 'version current' : 'version'}>
              <a href={`${path}?ngay=${v.from}`} aria-current={current ? 'true' : undefined}>
                {t('reader.wordingPeriod', { from: day(v.from), to: v.to ? day(v.to) : t('reader.now') })}
              </a>
              {v.changedBy ? <span class="meta"> · {t('reader.wordingBy', { number: v.changedBy })}</span> : null}
            </li>
          );
        })}
      </ol>
      <form
        class="field-inline as-of"
        onSubmit={(e) => {
          e.preventDefault();
          if (ISO_DAY.test(pick)) navigate(`${path}?ngay=${pick}`);
        }}
      >
        <label for="as-of-day">{t('reader.asOfLabel')}</label>
        <input id="as-of-day" class="input" type="date" value={pick} onInput={(e) => setPick(e.currentTarget.value)} />
        <button type="submit" class="button">
          {t('reader.asOfGo')}
        </button>
        {props.asOf ? (
          <a class="button" href={path}>
            {t('reader.asOfReset')}
          </a>
        ) : null}
      </form>
    </section>
  );
}

/** What changed the article, when, linked to the amending provision. */
function Changes(props: { changes: Change[] }) {
  if (props.changes.length === 0) return null;
  return (
    <section class="changes" aria-labelledby="changes-heading">
      <h2 id="changes-heading">{t('reader.changes')}</h2>
      <ul>
        {props.changes.map((c, i) => {
          const by = parseProvision(c.byProvision);
          return (
            <li key={i}>
              {t(`reader.change.${c.kind}` as MessageKey, { day: day(c.from), target: c.target ?? '' })}{' '}
              {c.byDocument ? (
                <>
                  {t('reader.changeBy')}{' '}
                  <a href={by ? articlePath(c.byDocument, by.article, by.clause, by.point) : documentPath(c.byDocument)}>
                    {c.byProvision ? `${c.byProvision} ` : ''}
                    {c.byDocument}
                  </a>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Copies the article's permanent address, to share it. */
function CopyLink(props: { path: string }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const url = `${window.location.origin}${props.path}`;
  const copy = () =>
    (navigator.clipboard?.writeText(url) ?? Promise.reject(new Error('no clipboard'))).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <p class="copy-link">
      <button type="button" class="button" onClick={copy}>
        {t('reader.copyLink')}
      </button>{' '}
      <span role="status">{copied === true ? t('reader.copied') : copied === false ? t('reader.copyManually', { url }) : ''}</span>
    </p>
  );
}
