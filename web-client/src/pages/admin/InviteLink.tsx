import { useState } from 'preact/hooks';
import { formatDate } from '../../bank/labels';
import { t } from '../../i18n';

/** An invitation link shown once to the admin, with a button that copies it. */
export function InviteLink(props: { email: string; url: string; expiresAt: string | null; mailed?: boolean }) {
  const [copied, setCopied] = useState(false);
  const id = `invite-${props.email.replace(/[^a-z0-9]/gi, '-')}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.url);
      setCopied(true);
    } catch {
      (document.getElementById(id) as HTMLInputElement | null)?.select();
    }
  };
  return (
    <div class="invite-link">
      {props.mailed ? <p class="notice">{t('invite.mailed', { email: props.email })}</p> : null}
      <label for={id}>{t('invite.linkFor', { email: props.email })}</label>
      <div class="invite-row">
        <input id={id} class="input" type="text" readOnly value={props.url} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" class="button small" onClick={() => void copy()}>
          {t('invite.copy')}
          <span class="sr-only"> {props.email}</span>
        </button>
      </div>
      <p class="hint" role="status">
        {copied ? t('invite.copied') : props.expiresAt ? t('invite.expires', { date: formatDate(props.expiresAt, true) }) : ''}
      </p>
    </div>
  );
}
