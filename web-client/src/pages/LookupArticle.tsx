import type { SearchResult } from '../law/types';
import { articlePath } from '../law/paths';
import { fold } from '../text/fold';
import { t } from '../i18n';
import { useApi } from '../useApi';

/** The Điều a lookup names ("dieu 9 luat tre em" → "9"), or null when it names none. */
export function namedArticle(q: string | null | undefined): string | null {
  const match = /(?:^|\s)dieu\s+(\d{1,4}[a-z]?)(?=\s|$)/.exec(fold(q ?? ''));
  return match ? match[1] : null;
}

/**
 * When the lookup names an article ("Điều 9 Luật Trẻ em"), the article itself comes first, from
 * the legal store's search, before the questions about it: a citizen asked for the law.
 */
export function LookupArticle({ q }: { q: string | null | undefined }) {
  const number = namedArticle(q);
  const found = useApi<SearchResult>(number ? `/api/laws/search?q=${encodeURIComponent(q ?? '')}` : null);
  if (!number || !found.data) return null;
  for (const document of found.data.documents) {
    const article = document.articles.find((a) => a.number === number);
    if (!article) continue;
    const href = articlePath(document.document, article.number);
    return (
      <aside class="lookup-law card" aria-label={t('reader.articleTitle')}>
        <h2>
          <a href={href}>
            {`Điều ${article.number}${article.title ? `. ${article.title}` : ''}`}
          </a>
        </h2>
        <p class="lookup-law-name">{`${document.name} (${document.document})`}</p>
        <p class="lookup-law-text">{article.snippet}</p>
        <p>
          <a class="link-alone" href={href}>{t('reader.openPage')}</a>
        </p>
      </aside>
    );
  }
  return null;
}
