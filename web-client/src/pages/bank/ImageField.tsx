import { useRef, useState } from 'preact/hooks';
import { api, ApiError } from '../../api';
import type { EditorState } from '../../bank/editor';
import { fieldId, isUploadedImage, LIMITS, type FieldErrors } from '../../bank/validate';
import { Field } from '../../components/Field';
import { t } from '../../i18n';

/** What the server answers for an uploaded image. */
export interface UploadedImage {
  sha256: string;
  url: string;
  mediaType: string;
  width: number;
  height: number;
}

export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
export const IMAGE_MAX_BYTES = 10 * 1024 * 1024;

/** Why a picked file cannot be sent, before sending it; null when it may be. */
export function imageFileProblem(file: File): string | null {
  if (file.type && !IMAGE_TYPES.includes(file.type)) return t('image.badType');
  if (file.size > IMAGE_MAX_BYTES) return t('image.tooBig');
  if (file.size === 0) return t('image.empty');
  return null;
}

/**
 * The question's image: upload a file (pick or drop; the server checks and shrinks it), or keep
 * a link; a preview, the description (required with an uploaded image) and a way to remove it.
 */
export function ImageField(props: { state: EditorState; set: (s: EditorState) => void; errors: FieldErrors }) {
  const { state, set, errors } = props;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const uploaded = isUploadedImage(state.imageUrl);

  const send = async (file: File | undefined) => {
    if (!file) return;
    const local = imageFileProblem(file);
    setProblem(local);
    if (local) return;
    setBusy(true);
    try {
      const image = await api<UploadedImage>('/api/media', { method: 'POST', body: file });
      set({ ...state, imageUrl: image.url });
    } catch (e) {
      setProblem(e instanceof ApiError ? e.message : t('image.failed'));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <fieldset class="image-field">
      <legend>{t('editor.imageUrl')}</legend>
      <div
        class={`image-drop${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void send(e.dataTransfer?.files?.[0]);
        }}
      >
        <label for={fieldId('imageFile')}>{t('image.pick')}</label>
        <p id={`${fieldId('imageFile')}-hint`} class="hint">
          {t('image.pickHint')}
        </p>
        <input
          ref={input}
          id={fieldId('imageFile')}
          type="file"
          accept={IMAGE_TYPES.join(',')}
          aria-describedby={`${fieldId('imageFile')}-hint`}
          disabled={busy}
          onChange={(e) => void send(e.currentTarget.files?.[0])}
        />
        {busy ? (
          <p role="status" class="hint">
            {t('image.uploading')}
          </p>
        ) : null}
        {problem ? (
          <p role="alert" class="field-error">
            {problem}
          </p>
        ) : null}
      </div>
      {state.imageUrl ? (
        <div class="image-preview">
          <img src={state.imageUrl} alt={state.imageAlt || t('image.previewAlt')} />
          <button type="button" class="btn btn-secondary" onClick={() => set({ ...state, imageUrl: '', imageAlt: '' })}>
            {t('image.remove')}
          </button>
        </div>
      ) : null}
      <Field
        id={fieldId('imageAlt')}
        label={uploaded ? t('image.altRequired') : t('image.alt')}
        hint={t('image.altHint', { max: LIMITS.imageAlt })}
        errors={errors.imageAlt}
      >
        {(p) => (
          <input
            {...p}
            class="input"
            required={uploaded}
            maxLength={LIMITS.imageAlt}
            value={state.imageAlt}
            onInput={(e) => set({ ...state, imageAlt: e.currentTarget.value })}
          />
        )}
      </Field>
      <Field id={fieldId('imageUrl')} label={t('image.link')} hint={t('editor.imageUrlHint')} errors={errors.imageUrl}>
        {(p) => <input {...p} class="input" type="url" value={state.imageUrl} onInput={(e) => set({ ...state, imageUrl: e.currentTarget.value })} />}
      </Field>
    </fieldset>
  );
}
