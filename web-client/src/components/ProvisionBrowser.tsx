import { useEffect, useState } from 'preact/hooks';
import {
  citable,
  citationFor,
  groupHeading,
  loadArticle,
  loadStructure,
  ownText,
  provisions,
  sentences,
  type CitationPatch,
  type LawArticleView,
  type LawStructure,
  type Provision,
} from '../bank/lawBrowse';
import { formatReference } from '../bank/citation';
import { t } from '../i18n';

type Loaded<T> = { state: 'idle' } | { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error' };

const WHOLE = -1;
const PREVIEW = 90;

/** The start of a provision's text in the list; the chosen one is shown whole below it. */
function preview(text: string): string {
  return text.length <= PREVIEW ? text : `${text.slice(0, PREVIEW).trimEnd()}…`;
}

function label(p: Provision): string {
  if (!p.clause && !p.point) return t('browse.wholeArticle', { article: p.article });
  return formatReference({ article: Number(p.article), clause: p.clause ? Number(p.clause) : null, point: p.point ?? null });
}

/**
 * Browses the chosen document in the legal store: chapter, Điều, then a khoản or điểm with its text;
 * fills the citation and the quote (one sentence, or the whole provision). The citation fields stay
 * editable by hand: this only fills them.
 */
export function ProvisionBrowser(props: { id: string; document: string; onPick: (patch: CitationPatch) => void }) {
  const [open, setOpen] = useState(false);
  const [structure, setStructure] = useState<Loaded<LawStructure>>({ state: 'idle' });
  const [group, setGroup] = useState(0);
  const [articleNumber, setArticleNumber] = useState('');
  const [article, setArticle] = useState<Loaded<LawArticleView>>({ state: 'idle' });
  const [chosen, setChosen] = useState(0);
  const [sentence, setSentence] = useState(WHOLE);

  useEffect(() => {
    setStructure({ state: 'idle' });
    setArticle({ state: 'idle' });
    setGroup(0);
    setArticleNumber('');
  }, [props.document]);

  useEffect(() => {
    if (!open || !props.document || structure.state !== 'idle') return;
    setStructure({ state: 'loading' });
    loadStructure(props.document).then(
      (value) => setStructure({ state: 'ready', value }),
      () => setStructure({ state: 'error' }),
    );
  }, [open, props.document, structure.state]);

  const chooseArticle = (number: string) => {
    setArticleNumber(number);
    setChosen(0);
    setSentence(WHOLE);
    if (!number) return setArticle({ state: 'idle' });
    setArticle({ state: 'loading' });
    loadArticle(props.document, number).then(
      (value) => setArticle({ state: 'ready', value }),
      () => setArticle({ state: 'error' }),
    );
  };

  if (!props.document) return null;
  const panelId = `${props.id}-browse`;
  const toc = structure.state === 'ready' ? structure.value.toc : [];
  const content = article.state === 'ready' ? article.value.content : null;
  const list = content ? provisions(content) : [];
  const provision = list[chosen];
  const own = provision && content ? sentences(ownText(content, provision.clause, provision.point)) : [];
  const patch = provision ? citationFor(provision, sentence === WHOLE ? undefined : own[sentence]) : null;

  return (
    <div class="provision-browser">
      <button type="button" class="button" aria-expanded={open ? 'true' : 'false'} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {t('browse.open')}
      </button>
      {open ? (
        <div class="picker-panel" id={panelId} role="group" aria-label={t('browse.label')}>
          {structure.state === 'loading' ? <p role="status">{t('common.loading')}</p> : null}
          {structure.state === 'error' ? <p class="notice notice-warn">{t('browse.noText')}</p> : null}
          {structure.state === 'ready' && toc.length === 0 ? <p class="notice notice-warn">{t('browse.noText')}</p> : null}
          {toc.length > 0 ? (
            <>
              <label for={`${panelId}-group`}>{t('browse.chapter')}</label>
              <select id={`${panelId}-group`} class="input" value={String(group)} onChange={(e) => { setGroup(Number(e.currentTarget.value)); chooseArticle(''); }}>
                {toc.map((g, i) => (
                  <option key={i} value={String(i)}>{g.divisions.length ? groupHeading(g) : t('browse.noChapter')}</option>
                ))}
              </select>
              <label for={`${panelId}-article`}>{t('browse.article')}</label>
              <select id={`${panelId}-article`} class="input" value={articleNumber} onChange={(e) => chooseArticle(e.currentTarget.value)}>
                <option value="">{t('browse.chooseArticle')}</option>
                {(toc[group]?.articles ?? []).map((a) => (
                  <option key={a.number} value={a.number}>{`Điều ${a.number}. ${a.title}`}</option>
                ))}
              </select>
            </>
          ) : null}
          {article.state === 'loading' ? <p role="status">{t('common.loading')}</p> : null}
          {article.state === 'error' ? <p class="notice notice-warn">{t('browse.articleFailed')}</p> : null}
          {content && provision ? (
            <>
              <fieldset class="browse-provisions">
                <legend>{t('browse.provision')}</legend>
                {list.map((p, i) => (
                  <label key={i} class="check browse-option">
                    <input type="radio" name={`${panelId}-provision`} checked={i === chosen} onChange={() => { setChosen(i); setSentence(WHOLE); }} />{' '}
                    <strong>{label(p)}</strong> <span class="browse-text">{preview(p.text)}</span>
                  </label>
                ))}
              </fieldset>
              <blockquote class="browse-chosen" aria-label={label(provision)}>
                {provision.text}
              </blockquote>
              {own.length > 1 ? (
                <fieldset class="browse-sentences">
                  <legend>{t('browse.quote')}</legend>
                  <label class="check browse-option">
                    <input type="radio" name={`${panelId}-sentence`} checked={sentence === WHOLE} onChange={() => setSentence(WHOLE)} />{' '}
                    {t('browse.wholeProvision')}
                  </label>
                  {own.map((s, i) => (
                    <label key={i} class="check browse-option">
                      <input type="radio" name={`${panelId}-sentence`} checked={sentence === i} onChange={() => setSentence(i)} /> {s}
                    </label>
                  ))}
                </fieldset>
              ) : null}
              {patch ? (
                <button type="button" class="button primary" onClick={() => { props.onPick(patch); setOpen(false); }}>
                  {t('browse.fill', { reference: label(provision) })}
                </button>
              ) : (
                <p class="notice notice-warn">{citable(provision.article) ? t('browse.notCitableClause') : t('browse.notCitable')}</p>
              )}
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
