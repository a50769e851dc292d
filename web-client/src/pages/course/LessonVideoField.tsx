import { useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { uploadWithProgress } from '../../bank/upload';
import { t } from '../../i18n';
import { UploadProgress } from '../bank/UploadProgress';

/** What the server answers for an uploaded video. */
export interface UploadedVideo {
  sha256: string;
  url: string;
  mediaType: string;
  bytes: number;
}

export const VIDEO_TYPES = ['video/mp4', 'video/webm'];

/** Whether the address is a video uploaded to this site (played in the page). */
export function isStoredVideo(url: string): boolean {
  return /^\/media\/[0-9a-f]{64}\.(mp4|webm)$/.test(url.trim());
}

/** Why a picked file cannot be sent, before sending it; null when it may be (the server checks its bytes). */
export function videoFileProblem(file: File): string | null {
  if (file.size === 0) return t('course.videoEmpty');
  if (file.type && !VIDEO_TYPES.includes(file.type)) return t('course.videoBadType');
  return null;
}

/**
 * A lesson's video: upload a file (with a bar showing how much is sent), or give a link. The
 * uploaded video's address fills the link field; removing it leaves the lesson without a video.
 */
export function LessonVideoField(props: { id: string; value: string; disabled: boolean; onChange: (url: string) => void }) {
  const { id, value, disabled, onChange } = props;
  const [sent, setSent] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const send = async (file: File | undefined) => {
    if (!file) return;
    const local = videoFileProblem(file);
    setProblem(local);
    if (local) return;
    setSent(0);
    try {
      const video = await uploadWithProgress<UploadedVideo>('/api/media/videos', file, setSent);
      onChange(video.url);
    } catch (e) {
      setProblem(e instanceof ApiError && e.status > 0 ? e.message : t('course.videoFailed'));
    } finally {
      setSent(null);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div class="lesson-video-field">
      <label class="field">
        <span>{t('course.lessonVideo')}</span>
        <input id={`${id}-url`} value={value} disabled={disabled} onInput={(e) => onChange((e.target as HTMLInputElement).value)} />
      </label>
      {disabled ? null : (
        <div class="field">
          <label for={`${id}-file`}>{t('course.videoFile')}</label>
          <p id={`${id}-hint`} class="hint">
            {t('course.videoFileHint')}
          </p>
          <input
            ref={input}
            id={`${id}-file`}
            type="file"
            accept={VIDEO_TYPES.join(',')}
            aria-describedby={`${id}-hint`}
            disabled={sent !== null}
            onChange={(e) => void send(e.currentTarget.files?.[0])}
          />
          <UploadProgress sent={sent} />
          {problem ? (
            <p role="alert" class="field-error">
              {problem}
            </p>
          ) : null}
        </div>
      )}
      {isStoredVideo(value) ? (
        <div class="lesson-video-preview">
          <video controls preload="none" src={value} class="lesson-video-player" aria-label={t('course.videoStored')} />
          {disabled ? null : (
            <button type="button" class="button" onClick={() => onChange('')}>
              {t('course.videoRemove')}
            </button>
          )}
        </div>
      ) : null}
    </div>
  );
}
