import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../api';
import type { QuestionSetSummary, SetCheck } from '../../bank/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { CreatedGame, GameOptionsBody, ScoringMode } from '../../game/protocol';
import { getLang, t } from '../../i18n';
import { navigate, type RouteProps } from '../../router';
import { useApi } from '../../useApi';
import { PastGames } from './PastGames';
import { PlayWarning, type Replacements } from './PlayWarning';
import './host.css';

const SCORINGS: readonly ScoringMode[] = ['ACCURACY_FIRST', 'KAHOOT'];
export const MAX_LEAD_IN = 30;
/** The server's default player cap of a room (GameOptions.DEFAULT_MAX_PLAYERS). */
export const DEFAULT_MAX_PLAYERS = 200;

/** A set's name in the reader's language (ready sets have an English one). */
export function setTitle(s: QuestionSetSummary): string {
  return getLang() === 'en' && s.titleEn ? s.titleEn : s.title;
}

/**
 * The host's first step: "Chơi ngay" on a set opens a room with sensible defaults (the rules of the game
 * are folded away). Questions the game would not play are named first, with replacements.
 */
export function HostSetup({ location }: RouteProps) {
  const sets = useApi<QuestionSetSummary[]>('/api/question-sets');
  const wanted = Number(location.query.get('set')) || null;
  const playAtOnce = location.query.get('play') === '1';
  const [check, setCheck] = useState<SetCheck | null>(null);
  const autoPlayed = useRef(false);
  const [setId, setSetId] = useState<number | null>(wanted);
  const [scoring, setScoring] = useState<ScoringMode>('KAHOOT');
  const [lateJoin, setLateJoin] = useState(true);
  const [leadIn, setLeadIn] = useState('3');
  const [leaderboard, setLeaderboard] = useState(true);
  const [maxPlayers, setMaxPlayers] = useState(String(DEFAULT_MAX_PLAYERS));
  const [problems, setProblems] = useState<{ set?: string; leadIn?: string; maxPlayers?: string }>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const playable = (sets.data ?? []).filter((s) => s.questionCount > 0);
  useEffect(() => {
    if (setId === null && playable.length === 1) setSetId(playable[0].id);
  }, [sets.data]);

  /** The options as the server takes them, or null (with the field in error focused). */
  const options = (): Omit<GameOptionsBody, 'setId'> | null => {
    const seconds = Number(leadIn);
    const players = Number(maxPlayers);
    const found = {
      leadIn: leadIn.trim() === '' || !Number.isInteger(seconds) || seconds < 0 || seconds > MAX_LEAD_IN ? t('host.leadInInvalid', { max: MAX_LEAD_IN }) : undefined,
      maxPlayers: maxPlayers.trim() === '' || !Number.isInteger(players) || players < 1 ? t('host.maxPlayersInvalid') : undefined,
    };
    setProblems(found);
    if (found.leadIn || found.maxPlayers) {
      const details = document.getElementById('game-options') as HTMLDetailsElement | null;
      if (details) details.open = true;
      document.getElementById(found.leadIn ? 'lead-in' : 'max-players')?.focus();
      return null;
    }
    return { scoring, lateJoinAllowed: lateJoin, leadInSeconds: seconds, leaderboardShown: leaderboard, maxPlayers: players };
  };

  const start = async (id: number, replacements?: Replacements) => {
    const chosen = options();
    if (!chosen) return;
    const body: GameOptionsBody = { setId: id, ...chosen, ...(replacements && replacements.length ? { replacements } : {}) };
    setBusy(true);
    setError(null);
    try {
      const game = await api<CreatedGame>('/api/games', { body });
      navigate(`/host/${game.gameId}`);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  /** One step: the set is checked, then the game starts unless some questions would not be played. */
  const play = async (id: number) => {
    setSetId(id);
    setCheck(null);
    if (!options()) return;
    setBusy(true);
    setError(null);
    try {
      const found = await api<SetCheck>(`/api/question-sets/${id}/check`);
      if (found.unplayable.length === 0) {
        await start(id);
        return;
      }
      setCheck(found);
      setBusy(false);
      window.setTimeout(() => document.getElementById('play-warning-title')?.scrollIntoView?.({ block: 'center' }), 0);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  useEffect(() => {
    if (playAtOnce && wanted !== null && !autoPlayed.current) {
      autoPlayed.current = true;
      void play(wanted);
    }
  }, []);

  const create = (event: Event) => {
    event.preventDefault();
    if (setId === null) {
      setProblems({ set: t('host.chooseSet') });
      document.querySelector<HTMLInputElement>('input[name="set"]')?.focus();
      return;
    }
    void play(setId);
  };

  const ready = (sets.data ?? []).filter((s) => s.starterKey);
  const others = (sets.data ?? []).filter((s) => !s.starterKey);
  const card = (s: QuestionSetSummary) => (
    <li key={s.id} class="set-option">
      <label class={`choice-card${s.questionCount === 0 ? ' empty' : ''}`}>
        <input
          type="radio"
          name="set"
          value={String(s.id)}
          checked={setId === s.id}
          disabled={s.questionCount === 0}
          onChange={() => setSetId(s.id)}
        />
        <span>
          <strong>{setTitle(s)}</strong>
          <span class="hint">
            {t('host.setMeta', { count: s.questionCount, owner: s.starterKey ? t('host.readySets') : s.ownerName })}
            {s.shared && !s.starterKey ? ` · ${t('sets.shared')}` : ''}
          </span>
        </span>
      </label>
      {s.questionCount > 0 ? (
        <button
          type="button"
          class="button primary play-now"
          disabled={busy}
          aria-label={t('host.playNowNamed', { title: setTitle(s) })}
          onClick={() => void play(s.id)}
        >
          {t('host.playNow')}
        </button>
      ) : null}
    </li>
  );

  return (
    <section class="page host-setup">
      <h1 tabIndex={-1}>{t('host.title')}</h1>
      <p class="lead">{t('host.intro')}</p>
      <ErrorNotice error={sets.error} />
      <form onSubmit={create} noValidate>
        <fieldset class="group set-choice" aria-describedby={problems.set ? 'set-error' : 'set-hint'}>
          <legend>{t('host.set')}</legend>
          <p id="set-hint" class="hint">
            {t('host.onlyApproved')} <a href="/bank/sets">{t('host.makeSet')}</a>
          </p>
          {sets.loading && !sets.data ? <p class="loading">{t('common.loading')}</p> : null}
          {sets.data && sets.data.length === 0 ? <p>{t('host.noSets')}</p> : null}
          {ready.length > 0 ? (
            <>
              <h2 class="set-group">{t('host.readySets')}</h2>
              <ul class="set-options">{ready.map(card)}</ul>
            </>
          ) : null}
          {others.length > 0 ? (
            <>
              <h2 class="set-group">{t('host.mySets')}</h2>
              <ul class="set-options">{others.map(card)}</ul>
            </>
          ) : null}
          {problems.set ? (
            <p id="set-error" class="field-error" role="alert">
              {problems.set}
            </p>
          ) : null}
        </fieldset>

        {check ? (
          <PlayWarning check={check} busy={busy} onPlay={(r) => void start(check.setId, r)} onCancel={() => setCheck(null)} />
        ) : null}
        <ErrorNotice error={error} />

        <details id="game-options" class="game-options">
          <summary>{t('host.moreOptions')}</summary>
          <fieldset class="group">
            <legend>{t('host.scoring')}</legend>
            <div class="type-options">
              {SCORINGS.map((mode) => (
                <label key={mode} class="choice-card">
                  <input type="radio" name="scoring" value={mode} checked={scoring === mode} onChange={() => setScoring(mode)} />
                  <span>
                    <strong>{t(mode === 'KAHOOT' ? 'host.scoring.KAHOOT' : 'host.scoring.ACCURACY_FIRST')}</strong>
                    <span class="hint">{t(mode === 'KAHOOT' ? 'host.scoring.KAHOOT.hint' : 'host.scoring.ACCURACY_FIRST.hint')}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>

          <fieldset class="group">
            <legend>{t('host.options')}</legend>
            <div class={`field field-short${problems.leadIn ? ' invalid' : ''}`}>
              <label for="lead-in">{t('host.leadIn')}</label>
              <p id="lead-in-hint" class="hint">
                {t('host.leadInHint', { max: MAX_LEAD_IN })}
              </p>
              <input
                id="lead-in"
                type="number"
                inputMode="numeric"
                min={0}
                max={MAX_LEAD_IN}
                class="input"
                value={leadIn}
                aria-invalid={problems.leadIn ? 'true' : undefined}
                aria-describedby={problems.leadIn ? 'lead-in-hint lead-in-error' : 'lead-in-hint'}
                onInput={(e) => setLeadIn(e.currentTarget.value)}
              />
              {problems.leadIn ? (
                <p id="lead-in-error" class="field-error">
                  {problems.leadIn}
                </p>
              ) : null}
            </div>
            <div class={`field field-short${problems.maxPlayers ? ' invalid' : ''}`}>
              <label for="max-players">{t('host.maxPlayers')}</label>
              <p id="max-players-hint" class="hint">
                {t('host.maxPlayersHint')}
              </p>
              <input
                id="max-players"
                type="number"
                inputMode="numeric"
                min={1}
                class="input"
                value={maxPlayers}
                aria-invalid={problems.maxPlayers ? 'true' : undefined}
                aria-describedby={problems.maxPlayers ? 'max-players-hint max-players-error' : 'max-players-hint'}
                onInput={(e) => setMaxPlayers(e.currentTarget.value)}
              />
              {problems.maxPlayers ? (
                <p id="max-players-error" class="field-error">
                  {problems.maxPlayers}
                </p>
              ) : null}
            </div>
            <label class="check block">
              <input type="checkbox" checked={lateJoin} onChange={(e) => setLateJoin(e.currentTarget.checked)} />
              {t('host.lateJoin')}
            </label>
            <label class="check block">
              <input type="checkbox" checked={leaderboard} onChange={(e) => setLeaderboard(e.currentTarget.checked)} />
              {t('host.leaderboard')}
            </label>
          </fieldset>
          <button type="submit" class="button primary big" disabled={busy}>
            {busy ? t('host.creating') : t('host.create')}
          </button>
        </details>
      </form>
      <PastGames />
    </section>
  );
}
