import { useMemo, useState } from 'preact/hooks';
import { ConfirmDialog } from '../../components/Dialog';
import type { HostPlayer, HostState } from '../../game/hostState';
import type { HostFrame } from '../../game/protocol';
import { t } from '../../i18n';
import { formatPin } from '../../pin';
import { Toggle } from './Controls';
import { qrPath } from './qr';

/** The join URL without its scheme, as people type it: "luatvui.vn/play?pin=482913". */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

/** The room before the start: how to join (PIN, address, QR), who is in, the room's settings, Start. */
export function Lobby(props: { state: HostState; send: (frame: HostFrame) => boolean }) {
  const { state, send } = props;
  const game = state.game!;
  const waiting = state.pending !== null || state.connection !== 'open';
  return (
    <div class="lobby">
      <div class="lobby-join">
        <div class="lobby-how">
          <p class="lobby-step">{t('host.lobby.goTo')}</p>
          <p class="lobby-url">{shortUrl(game.joinUrl)}</p>
          <p class="lobby-step">{t('host.lobby.pinLabel')}</p>
          <h1 id="host-heading" class="lobby-pin" tabIndex={-1} aria-label={t('host.lobby.pinSpoken', { pin: game.pin.split('').join(' ') })}>
            {formatPin(game.pin)}
          </h1>
        </div>
        <QrCode text={game.joinUrl} />
      </div>

      <div class="lobby-settings" role="group" aria-label={t('host.lobby.settings')}>
        <Toggle label={t('host.lock')} on={state.locked} disabled={state.connection !== 'open'} onChange={(locked) => send({ type: 'lock', locked })} />
        <Toggle
          label={t('host.lateJoinToggle')}
          on={state.lateJoinAllowed}
          disabled={state.connection !== 'open'}
          onChange={(allowed) => send({ type: 'lateJoin', allowed })}
        />
        <Toggle
          label={t('host.leaderboardToggle')}
          on={state.leaderboardShown}
          disabled={state.connection !== 'open'}
          onChange={(shown) => send({ type: 'leaderboard', shown })}
        />
      </div>
      {state.locked ? <p class="notice notice-warn">{t('host.lockedNote')}</p> : null}

      <div class="lobby-players">
        <h2>{t('host.lobby.players', { count: state.playerCount })}</h2>
        {state.players.length === 0 ? <p class="lobby-empty">{t('host.lobby.none')}</p> : <PlayerRows state={state} send={send} />}
      </div>

      <div class="host-controls">
        <button
          type="button"
          id="host-next"
          class="button primary big"
          disabled={waiting || state.players.length === 0}
          aria-describedby={state.players.length === 0 ? 'start-hint' : undefined}
          onClick={() => send({ type: 'start' })}
        >
          {t('host.start')}
        </button>
        {state.players.length === 0 ? (
          <p id="start-hint" class="hint">
            {t('host.startNeedsPlayers')}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** The players, each with "mời ra" and "chặn" (after a confirmation: the nickname cannot come back). */
export function PlayerRows(props: { state: HostState; send: (frame: HostFrame) => boolean }) {
  const { state, send } = props;
  const [banning, setBanning] = useState<HostPlayer | null>(null);
  const disabled = state.connection !== 'open';
  return (
    <>
      <ul class="player-chips">
        {state.players.map((p) => (
          <li key={p.playerId} class={p.connected ? 'player-chip' : 'player-chip away'}>
            <span class="chip-name">{p.nickname}</span>
            {p.connected ? null : <span class="chip-away">{t('host.away')}</span>}
            <button
              type="button"
              class="chip-button"
              disabled={disabled}
              aria-label={t('host.kickNamed', { name: p.nickname })}
              onClick={() => send({ type: 'kick', playerId: p.playerId, ban: false })}
            >
              {t('host.kick')}
            </button>
            <button
              type="button"
              class="chip-button"
              disabled={disabled}
              aria-label={t('host.banNamed', { name: p.nickname })}
              onClick={() => setBanning(p)}
            >
              {t('host.ban')}
            </button>
          </li>
        ))}
      </ul>
      {banning ? (
        <ConfirmDialog
          title={t('host.banTitle', { name: banning.nickname })}
          message={<p>{t('host.banText')}</p>}
          confirmLabel={t('host.ban')}
          danger
          onConfirm={() => {
            send({ type: 'kick', playerId: banning.playerId, ban: true });
            setBanning(null);
          }}
          onCancel={() => setBanning(null)}
        />
      ) : null}
    </>
  );
}

/** The join link as a QR code (SVG), big enough to scan from the back of the room. */
export function QrCode(props: { text: string }) {
  const path = useMemo(() => {
    try {
      return qrPath(props.text);
    } catch {
      return null;
    }
  }, [props.text]);
  if (!path) return null;
  return (
    <figure class="qr">
      <svg viewBox={`0 0 ${path.size} ${path.size}`} role="img" aria-label={t('host.lobby.qr', { url: props.text })} shape-rendering="crispEdges">
        <rect width={path.size} height={path.size} fill="#fff" />
        <path d={path.d} fill="#000" />
      </svg>
      <figcaption>{t('host.lobby.scan')}</figcaption>
    </figure>
  );
}
