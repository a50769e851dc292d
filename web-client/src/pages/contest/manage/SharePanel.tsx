import { useMemo, useState } from 'preact/hooks';
import { roundWindow } from '../../../contest/rounds';
import type { Contest } from '../../../contest/types';
import { t } from '../../../i18n';
import { qrPath } from '../../host/qr';

/** The contest's public address on this site. */
export function contestLink(contestId: number, origin: string = window.location.origin): string {
  return `${origin}/contests/${contestId}`;
}

function Qr(props: { text: string; label: string }) {
  const path = useMemo(() => {
    try {
      return qrPath(props.text);
    } catch {
      return null;
    }
  }, [props.text]);
  if (!path) return null;
  return (
    <svg class="share-qr" viewBox={`0 0 ${path.size} ${path.size}`} role="img" aria-label={props.label} shape-rendering="crispEdges">
      <rect width={path.size} height={path.size} fill="#fff" />
      <path d={path.d} fill="#000" />
    </svg>
  );
}

/**
 * Chia sẻ cuộc thi: the link to copy, a QR code to scan, and a poster to print (A4: title, organiser,
 * rounds, the QR code and the link; the print stylesheet prints only the poster). Open right after
 * publishing, folded away afterwards.
 */
export function SharePanel(props: { contest: Contest; open: boolean }) {
  const { contest } = props;
  const link = contestLink(contest.id);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      (document.getElementById('share-link') as HTMLInputElement | null)?.select();
    }
  };
  const printPoster = () => {
    // The poster sits in the panel: open it, or a folded panel would print nothing.
    document.querySelector('.share-panel')?.setAttribute('open', '');
    document.body.classList.add('printing-poster');
    const done = () => {
      document.body.classList.remove('printing-poster');
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  };
  const rounds = [...contest.rounds].sort((a, b) => a.number - b.number);
  return (
    <details class="share-panel card-plain" open={props.open}>
      <summary>
        <h2>{t('share.heading')}</h2>
      </summary>
      <div class="share-body">
        <Qr text={link} label={t('share.qr', { url: link })} />
        <div class="share-text">
          <label for="share-link">{t('share.link')}</label>
          <div class="join-row">
            <input id="share-link" class="input" type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" class="button" onClick={() => void copy()}>
              {copied ? t('share.copied') : t('share.copy')}
            </button>
          </div>
          <p class="hint">{t('share.hint')}</p>
          <p class="actions">
            <button type="button" class="button" onClick={printPoster}>
              {t('share.poster')}
            </button>
            <a class="button" href={`/contests/${contest.id}`}>
              {t('manage.toLanding')}
            </a>
          </p>
        </div>
      </div>
      <div class="contest-poster" aria-hidden="true">
        <p class="poster-organiser">{contest.organiser}</p>
        <h1 class="poster-title">{contest.title}</h1>
        {rounds.map((r) => (
          <p key={r.number} class="poster-round">
            {r.title}: {roundWindow(r)}
          </p>
        ))}
        <Qr text={link} label={link} />
        <p class="poster-call">{t('share.posterCall')}</p>
        <p class="poster-link">{link}</p>
      </div>
    </details>
  );
}
