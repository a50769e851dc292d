import { useEffect, useRef } from 'preact/hooks';
import { currentUser, hasRole, useSession } from '../../auth';
import { BankNav } from '../../components/BankNav';
import { t } from '../../i18n';

/** After "save and submit": what was sent, and the next question one step away. */
export function EditorSubmitted(props: { id: number; message: string; onWriteNext: () => void }) {
  const me = currentUser(useSession());
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="page">
      <BankNav />
      <h1 tabIndex={-1} ref={heading}>
        {t('editor.submittedTitle')}
      </h1>
      <p class="notice notice-ok" role="status">
        {props.message}
      </p>
      <p class="actions">
        <button type="button" class="button primary" onClick={props.onWriteNext}>
          {t('editor.writeNext')}
        </button>
        <a class="button" href={`/bank/${props.id}`}>
          {t('editor.viewSubmitted')}
        </a>
        {hasRole(me, 'AUTHOR') ? (
          <a class="button" href="/tac-gia">
            {t('homes.AUTHOR')}
          </a>
        ) : null}
      </p>
    </section>
  );
}
