import { useEffect, useRef, useState } from 'preact/hooks';
import { findDocument, searchDocuments, useRegistry } from '../bank/documents';
import { t } from '../i18n';
import { Badge } from './Badge';
import { describedBy, FieldError } from './Field';
import { ProvisionBrowser } from './ProvisionBrowser';
import type { CitationPatch } from '../bank/lawBrowse';

const SHOWN = 30;

/**
 * Chooses a legal document from the registry: a searchable list by number or name (diacritics
 * optional). Documents no longer in force are hidden unless asked for, marked, and warned about.
 * The toggle button carries `id`, so an error link can focus it. With `onProvision`, the chosen
 * document's text can then be browsed to fill the Điều, khoản, điểm and quote.
 */
export function CitationPicker(props: {
  id: string;
  value: string;
  onChange: (number: string) => void;
  errors?: readonly string[];
  onProvision?: (patch: CitationPatch) => void;
}) {
  const registry = useRegistry();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [includeEnded, setIncludeEnded] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (open) search.current?.focus();
  }, [open]);
  const selected = props.value ? findDocument(registry.items, props.value) : undefined;
  const matches = open ? searchDocuments(registry.items, query, includeEnded) : [];
  const panelId = `${props.id}-panel`;

  const choose = (number: string) => {
    props.onChange(number);
    setOpen(false);
    setQuery('');
    toggle.current?.focus();
  };

  return (
    <div class="picker">
      <p class="picker-value" id={`${props.id}-value`}>
        {selected ? (
          <>
            <strong>{selected.number}</strong> — {selected.name}{' '}
            {!selected.inForce ? <Badge tone="warn">{t('registry.ended')}</Badge> : null}
          </>
        ) : props.value ? (
          <>
            <strong>{props.value}</strong> — {t('picker.unknown')}
          </>
        ) : (
          t('picker.none')
        )}
      </p>
      <button
        ref={toggle}
        type="button"
        class="button"
        id={props.id}
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={panelId}
        aria-describedby={[`${props.id}-value`, describedBy(props.id, null, props.errors)].filter(Boolean).join(' ')}
        aria-invalid={props.errors && props.errors.length > 0 ? 'true' : undefined}
        onClick={() => setOpen(!open)}
      >
        {props.value ? t('picker.change') : t('picker.choose')}
      </button>
      <FieldError id={props.id} errors={props.errors} />
      {props.onProvision && props.value ? <ProvisionBrowser id={props.id} document={props.value} onPick={props.onProvision} /> : null}
      {selected && !selected.inForce ? (
        <p class="notice notice-warn">
          {selected.replacedBy.length > 0
            ? t('picker.endedReplaced', { numbers: selected.replacedBy.join(', ') })
            : t('picker.endedWarning')}
        </p>
      ) : null}
      {open ? (
        <div class="picker-panel" id={panelId} role="group" aria-label={t('picker.label')}>
          <label for={`${props.id}-search`}>{t('picker.search')}</label>
          <input
            id={`${props.id}-search`}
            type="search"
            class="input"
            ref={search}
            value={query}
            autoComplete="off"
            onInput={(e) => setQuery(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                setOpen(false);
                toggle.current?.focus();
              } else if (e.key === 'Enter') {
                // Not the editor's submit: Enter picks the document when only one matches.
                e.preventDefault();
                if (matches.length === 1) choose(matches[0].number);
              }
            }}
          />
          <label class="check">
            <input type="checkbox" checked={includeEnded} onChange={(e) => setIncludeEnded(e.currentTarget.checked)} />{' '}
            {t('picker.includeEnded')}
          </label>
          <p class="hint" role="status">
            {registry.state === 'loading'
              ? t('common.loading')
              : registry.state === 'error'
                ? t('picker.loadFailed')
                : t('picker.count', { count: matches.length })}
          </p>
          <ul class="picker-list">
            {matches.slice(0, SHOWN).map((d) => (
              <li key={d.id}>
                <button
                  type="button"
                  class={d.inForce ? 'picker-option' : 'picker-option ended'}
                  aria-pressed={d.number === props.value ? 'true' : 'false'}
                  onClick={() => choose(d.number)}
                >
                  <span class="doc-number">{d.number}</span> <span class="doc-name">{d.name}</span>
                  {!d.inForce ? (
                    <>
                      {' '}
                      <Badge tone="warn">{t('registry.ended')}</Badge>
                    </>
                  ) : null}
                </button>
              </li>
            ))}
          </ul>
          {matches.length > SHOWN ? <p class="hint">{t('picker.more', { count: matches.length - SHOWN })}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
