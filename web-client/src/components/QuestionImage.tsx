import { useState } from 'preact/hooks';
import { t } from '../i18n';

/**
 * A question's illustration with its description as the image's text alternative. In low-data
 * mode the image is not fetched until the player taps to see it; the description shows meanwhile.
 * The image is part of the question (never of the answer), so it is shown as soon as the question is.
 */
export function QuestionImage({
  url,
  alt,
  lowData = false,
  className = 'question-image',
}: {
  url: string | null | undefined;
  alt?: string | null;
  lowData?: boolean;
  className?: string;
}) {
  const [shown, setShown] = useState(false);
  if (!url) return null;
  if (lowData && !shown) {
    return (
      <div class="question-image-lowdata">
        <p class="hint">{alt ? t('image.described', { alt }) : t('play.imageHidden')}</p>
        <button type="button" class="btn btn-secondary" onClick={() => setShown(true)}>
          {t('image.show')}
        </button>
      </div>
    );
  }
  return <img class={className} src={url} alt={alt ?? ''} decoding="async" />;
}
