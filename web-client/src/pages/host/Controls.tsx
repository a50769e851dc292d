import type { HostState } from '../../game/hostState';
import type { HostFrame } from '../../game/protocol';
import { t, type MessageKey } from '../../i18n';

/** The host's controls during a question: move on, skip, pause or resume, end. */
export function Controls(props: {
  state: HostState;
  send: (frame: HostFrame) => boolean;
  onEnd?: () => void;
  nextKey: MessageKey;
  skip?: boolean;
  pause?: boolean;
}) {
  const { state, send } = props;
  const waiting = state.pending !== null || state.connection !== 'open';
  return (
    <div class="host-controls">
      <button type="button" class="button primary big" id="host-next" disabled={waiting} onClick={() => send({ type: 'next' })}>
        {t(props.nextKey)}
      </button>
      {props.pause ? (
        state.paused ? (
          <button type="button" class="button big" disabled={state.connection !== 'open'} onClick={() => send({ type: 'resume' })}>
            {t('host.resume')}
          </button>
        ) : (
          <button type="button" class="button big" disabled={state.connection !== 'open'} onClick={() => send({ type: 'pause' })}>
            {t('host.pause')}
          </button>
        )
      ) : null}
      {props.skip ? (
        <button type="button" class="button" disabled={waiting} onClick={() => send({ type: 'skip' })}>
          {t('host.skip')}
        </button>
      ) : null}
      {props.onEnd ? (
        <button type="button" class="button danger" disabled={waiting} onClick={props.onEnd}>
          {t('host.end')}
        </button>
      ) : null}
    </div>
  );
}

/**
 * A room setting as a toggle button: it shows the room's state as the server last told it (not a
 * guess), and a press asks the server to change it.
 */
export function Toggle(props: { label: string; on: boolean; disabled?: boolean; onChange: (on: boolean) => void }) {
  return (
    <button
      type="button"
      class="toggle"
      aria-pressed={props.on ? 'true' : 'false'}
      disabled={props.disabled}
      onClick={() => props.onChange(!props.on)}
    >
      <span class="toggle-box" aria-hidden="true">
        {props.on ? '✓' : ''}
      </span>
      {props.label}
    </button>
  );
}
