import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { formatReference } from '../bank/citation';
import { t } from '../i18n';
import type { SheetProps } from '../law/CitedArticleSheet';

// The sheet is its own chunk: a player's phone downloads it only when the article is opened.
let sheet: Promise<ComponentType<SheetProps>> | null = null;
const loadSheet = () => (sheet ??= import('../law/CitedArticleSheet').then((m) => m.CitedArticleSheet));

/** What a citation points at, as questions, reveals and reviews carry it. */
export interface CitedProvision {
  document: string;
  article: number;
  clause?: number | null;
  point?: string | null;
}

/**
 * "Đọc khoản 2 Điều 9": opens the cited article in place, over the screen (the player keeps their
 * place in the game), with the cited khoản/điểm marked.
 */
export function OpenCitation(props: { citation: CitedProvision }) {
  const [Sheet, setSheet] = useState<ComponentType<SheetProps> | null>(null);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const { citation } = props;
  if (!citation.document || !(citation.article > 0)) return null;
  const show = () => {
    setFailed(false);
    loadSheet().then(
      (view) => {
        setSheet(() => view);
        setOpen(true);
      },
      () => {
        sheet = null;
        setFailed(true);
      },
    );
  };
  return (
    <>
      <button type="button" class="link-button cite-open" onClick={show}>
        {t('reader.readCited', { ref: formatReference(citation) })}
      </button>
      {failed ? (
        <span class="field-error" role="alert">
          {t('common.loadFailed')}
        </span>
      ) : null}
      {open && Sheet ? <Sheet citation={citation} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
