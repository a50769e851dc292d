import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { searchPath } from '../../law/paths';
import { navigate } from '../../router';

/** One search across the texts of the laws (and the questions): "Điều 9", "khoan 2 dieu 5 luat tre em", words. */
export function SearchBox(props: { initial?: string }) {
  const [q, setQ] = useState(props.initial ?? '');
  return (
    <form
      class="reader-search"
      role="search"
      aria-label={t('reader.searchLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        if (q.trim()) navigate(searchPath(q.trim()));
      }}
    >
      <label for="reader-search-q">{t('reader.searchLabel')}</label>
      <p id="reader-search-hint" class="hint">
        {t('reader.searchHint')}
      </p>
      <div class="join-row">
        <input
          id="reader-search-q"
          class="input"
          type="search"
          name="q"
          value={q}
          maxLength={200}
          aria-describedby="reader-search-hint"
          onInput={(e) => setQ(e.currentTarget.value)}
        />
        <button type="submit" class="button primary">
          {t('reader.searchButton')}
        </button>
      </div>
    </form>
  );
}
