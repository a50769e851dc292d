import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from '../i18n';

/**
 * A modal dialog (native <dialog>: focus stays inside, Esc closes). Focus returns to what had it
 * when the dialog opened.
 */
export function Dialog(props: { title: string; onClose: () => void; children: ComponentChildren; wide?: boolean; hideClose?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;

  useEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement as HTMLElement | null;
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal();
    else dialog.setAttribute('open', '');
    const focusable = dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>('input, select, textarea, button:not(.dialog-close)');
    focusable?.focus();
    const cancel = (event: Event) => {
      event.preventDefault();
      onClose.current();
    };
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      if (opener && document.contains(opener)) opener.focus();
    };
  }, []);

  return (
    <dialog ref={ref} class={props.wide ? 'dialog wide' : 'dialog'} aria-labelledby={titleId}>
      <div class="dialog-head">
        <h2 id={titleId}>{props.title}</h2>
        {props.hideClose ? null : (
          <button type="button" class="dialog-close" onClick={() => props.onClose()}>
            {t('common.close')}
          </button>
        )}
      </div>
      {props.children}
    </dialog>
  );
}

/** Asks before something that cannot be undone; for a dangerous step, focus starts on Cancel. */
export function ConfirmDialog(props: {
  title: string;
  message: ComponentChildren;
  confirmLabel: string;
  busy?: boolean;
  danger?: boolean;
  /** Only the two buttons (Esc still cancels): for a step whose name is close to "Đóng". */
  hideClose?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Dialog title={props.title} onClose={props.onCancel} hideClose={props.hideClose}>
      <div class="dialog-body">{props.message}</div>
      <div class="actions">
        <button type="button" class={props.danger ? 'button danger' : 'button primary'} disabled={props.busy} onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
        <button type="button" class="button" data-autofocus={props.danger ? '' : undefined} onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
