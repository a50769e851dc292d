import { useEffect, useRef } from 'preact/hooks';
import { formatReference } from '../bank/citation';
import type { CitedProvision } from '../components/OpenCitation';
import { Dialog } from '../components/Dialog';
import { ErrorNotice } from '../components/ErrorNotice';
import { t, type MessageKey } from '../i18n';
import { useApi } from '../useApi';
import { ArticleText } from './ArticleText';
import { articlePath, documentSlug } from './paths';
import type { Article } from './types';
import './law.css';

export interface SheetProps {
  citation: CitedProvision;
  onClose: () => void;
}

/** The cited article over the screen, as in force today, the cited khoản/điểm marked and scrolled to. */
export function CitedArticleSheet({ citation, onClose }: SheetProps) {
  const article = useApi<Article>(`/api/laws/documents/${documentSlug(citation.document)}/articles/${citation.article}`);
  const body = useRef<HTMLDivElement>(null);
  const a = article.data;
  const cited = { clause: citation.clause == null ? null : String(citation.clause), point: citation.point ?? null };

  useEffect(() => {
    body.current?.querySelector('.cited')?.scrollIntoView?.({ block: 'center' });
  }, [a]);

  return (
    <Dialog title={formatReference(citation)} onClose={onClose} wide>
      <div class="dialog-body cited-sheet" ref={body}>
        {a ? (
          <>
            <p class="sheet-document">
              {a.documentName} ({a.document})
            </p>
            <h3 class="article-heading">
              {t('reader.articleHeading', { number: a.number, title: a.title ?? '' })}
            </h3>
            {a.status !== 'IN_FORCE' ? <p class="notice notice-warn">{t(`reader.articleStatus.${a.status}` as MessageKey)}</p> : null}
            {a.content ? <ArticleText content={a.content} cited={cited} /> : <p class="article-plain">{a.text}</p>}
          </>
        ) : article.loading ? (
          <p class="loading">{t('common.loading')}</p>
        ) : null}
        <ErrorNotice error={article.error} />
      </div>
      <div class="actions">
        <a class="button" href={articlePath(citation.document, citation.article, citation.clause, citation.point)} onClick={onClose}>
          {t('reader.openPage')}
        </a>
      </div>
    </Dialog>
  );
}
