import { t } from '../i18n';

/**
 * Previous / next page with "page 2 of 5". Links when pages have addresses (search screens keep
 * the page in the URL), buttons otherwise.
 */
export function Pager(props: {
  page: number;
  size: number;
  total: number;
  href?: (page: number) => string;
  onPage?: (page: number) => void;
}) {
  const pages = Math.max(1, Math.ceil(props.total / props.size));
  if (pages <= 1) return null;
  const page = Math.min(Math.max(1, props.page), pages);
  const step = (to: number, label: string, rel: string) => {
    if (to < 1 || to > pages) {
      return (
        <span class="button disabled" aria-disabled="true">
          {label}
        </span>
      );
    }
    return props.href ? (
      <a class="button" href={props.href(to)} rel={rel}>
        {label}
      </a>
    ) : (
      <button type="button" class="button" onClick={() => props.onPage?.(to)}>
        {label}
      </button>
    );
  };
  return (
    <nav class="pager" aria-label={t('pager.label')}>
      {step(page - 1, t('pager.prev'), 'prev')}
      <span class="pager-status">{t('pager.status', { page, pages })}</span>
      {step(page + 1, t('pager.next'), 'next')}
    </nav>
  );
}
