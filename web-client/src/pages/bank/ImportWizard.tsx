import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, api, queryString } from '../../api';
import { namesOf, useRegistry } from '../../bank/documents';
import { positiveInt } from '../../bank/editor';
import { typeLabel } from '../../bank/labels';
import { acceptFor, NO_CITATIONS, templateFor } from '../../bank/templates';
import { guess, mappingProblem, mappingQuery, remember, remembered, type Mapping } from '../../bank/mapping';
import { IMPORT_FORMATS, type ImportFormat, type ImportReport, type SheetColumns } from '../../bank/types';
import { BankNav } from '../../components/BankNav';
import { CitationPicker } from '../../components/CitationPicker';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ImportDuplicates } from '../../components/ImportDuplicates';
import { saveFile } from '../../components/ExportControl';
import { Field } from '../../components/Field';
import { Reveal } from '../../components/QuestionPreview';
import { t } from '../../i18n';
import type { RouteProps } from '../../router';
import { uploadWithProgress } from '../../bank/upload';
import { ImportWizardMapping } from './ImportWizardMapping';
import { UploadProgress } from './UploadProgress';

type Mode = 'preview' | 'commit' | 'commitValid';

/** Questions previewed in full after the check. */
const PREVIEW_SHOWN = 10;

export interface DefaultCitation {
  document: string;
  article: string;
  clause: string;
}

/** The columns the user mapped for a sheet of no known layout. */
export interface MappedColumns {
  headerRow: number;
  mapping: Mapping;
}

/** The import call's query: format, mode, the default citation when one is chosen, and the mapped columns. */
export function importQuery(format: ImportFormat, mode: Mode, citation: DefaultCitation, skip: number[] = [], mapped: MappedColumns | null = null): string {
  const document = citation.document.trim();
  return queryString({
    format,
    mode,
    headerRow: mapped ? mapped.headerRow : null,
    columns: mapped ? mappingQuery(mapped.mapping) : null,
    citationDocument: document || null,
    citationArticle: document ? positiveInt(citation.article) : null,
    citationClause: document ? positiveInt(citation.clause) : null,
    skip: skip.length > 0 ? [...skip].sort((a, b) => a - b).join(',') : null,
  });
}

/** A problem with the default citation, or null: a document needs its Điều; khoản is optional. */
export function citationProblem(citation: DefaultCitation): 'article' | 'clause' | null {
  if (!citation.document.trim()) return null;
  if (positiveInt(citation.article) === null) return 'article';
  if (citation.clause.trim() && positiveInt(citation.clause) === null) return 'clause';
  return null;
}

/** Whether a format is a spreadsheet layout (its files may need the mapping step). */
export function isSheet(format: ImportFormat): boolean {
  return format.startsWith('XLSX') || format.startsWith('CSV');
}

/** The format of the file's kind to ask the server about: what the name says, else the chosen format's kind. */
export function sheetKind(name: string, format: ImportFormat): ImportFormat {
  if (/\.csv$/i.test(name)) return 'CSV_LUATVUI';
  if (/\.xlsx$/i.test(name)) return 'XLSX_LUATVUI';
  // A ZIP (a sheet with its images): the server looks at the sheet inside, whatever its kind.
  return format.startsWith('CSV') ? 'CSV_LUATVUI' : 'XLSX_LUATVUI';
}

/** Importing questions from a file: format, file, a dry run with every error, then the import itself. */
export function ImportWizard(_props: RouteProps) {
  const registry = useRegistry();
  const [format, setFormat] = useState<ImportFormat>('XLSX_KAHOOT');
  const [file, setFile] = useState<File | null>(null);
  const [citation, setCitation] = useState<DefaultCitation>({ document: '', article: '', clause: '' });
  const [report, setReport] = useState<ImportReport | null>(null);
  const [created, setCreated] = useState<ImportReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<Mode | null>(null);
  /** The share of the file sent so far (0 to 1) while it is sent; null otherwise. */
  const [sent, setSent] = useState<number | null>(null);
  const [skip, setSkip] = useState<number[]>([]);
  const [problems, setProblems] = useState<{ file?: string; citation?: 'article' | 'clause' }>({});
  const [sheet, setSheet] = useState<SheetColumns | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [mappingRemembered, setMappingRemembered] = useState(false);
  const [mappingIssue, setMappingIssue] = useState<'question' | 'twice' | null>(null);
  const [recognised, setRecognised] = useState<ImportFormat | null>(null);
  const reportHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const template = templateFor(format);

  // Anything changed after the check: the check no longer holds.
  useEffect(() => {
    setReport(null);
    setCreated(null);
    setSkip([]);
  }, [format, file, citation.document, citation.article, citation.clause, mapping]);

  // A spreadsheet is looked at first: a known layout is chosen for the user, any other sheet is mapped.
  useEffect(() => {
    setSheet(null);
    setRecognised(null);
    setMappingIssue(null);
    if (!file || !isSheet(format)) return;
    let current = true;
    api<SheetColumns>(`/api/imports/columns${queryString({ format: sheetKind(file.name, format) })}`, { method: 'POST', body: file })
      .then((seen) => {
        if (!current) return;
        if (seen.layout) {
          if (seen.layout !== format) {
            setRecognised(seen.layout);
            setFormat(seen.layout);
          }
        } else if (seen.columns.length > 0) {
          const saved = remembered(seen.columns);
          setMappingRemembered(!!saved);
          setMapping(saved ?? guess(seen.columns));
          setSheet(seen);
        }
      })
      .catch(() => {
        // The check that follows reports an unreadable file with its reason.
      });
    return () => {
      current = false;
    };
  }, [file]);

  const run = async (mode: Mode) => {
    const citationIssue = citationProblem(citation);
    const next = { file: file ? undefined : t('import.fileRequired'), citation: citationIssue ?? undefined };
    setProblems(next);
    if (next.file) return document.getElementById('import-file')?.focus();
    if (next.citation) return document.getElementById(`import-citation-${next.citation}`)?.focus();
    const mapped = sheet && isSheet(format) ? { headerRow: sheet.headerRow, mapping } : null;
    if (mapped) {
      const issue = mappingProblem(mapping);
      setMappingIssue(issue);
      if (issue) return document.getElementById(`import-map-${sheet!.columns[0].letter}`)?.focus();
      remember(sheet!.columns, mapping);
    }
    setBusy(mode);
    setError(null);
    try {
      const query = importQuery(format, mode, citation, mode === 'preview' ? [] : skip, mapped);
      setSent(0);
      const answer = await uploadWithProgress<ImportReport>(`/api/imports${query}`, file!, setSent);
      if (mode === 'preview') {
        setReport(answer);
        requestAnimationFrame(() => reportHeading.current?.focus());
      } else {
        setCreated(answer);
        requestAnimationFrame(() => resultHeading.current?.focus());
      }
    } catch (e) {
      if (e instanceof ApiError && e.status === 422 && isReport(e.payload)) {
        setReport(e.payload);
        requestAnimationFrame(() => reportHeading.current?.focus());
      } else {
        setError(e);
      }
    } finally {
      setBusy(null);
      setSent(null);
    }
  };

  const names = namesOf(registry.items);
  const errors = report?.errors ?? [];
  const duplicates = report?.duplicates ?? [];
  const previews = report?.preview ?? [];
  const warnings = report?.warnings ?? [];
  return (
    <section class="page">
      <BankNav />
      <h1 tabIndex={-1}>{t('import.title')}</h1>
      <p class="lead">{t('import.intro')}</p>
      <ol class="steps">
        <li>
          <fieldset class="group">
            <legend>{t('import.step1')}</legend>
            <div class="format-options">
              {IMPORT_FORMATS.map((f) => (
                <label key={f} class="choice-card">
                  <input type="radio" name="import-format" value={f} checked={format === f} onChange={() => setFormat(f)} />
                  <span>
                    <strong>{t(`format.${f}`)}</strong>
                    <span class="hint">{t(`formatHint.${f}`)}</span>
                  </span>
                </label>
              ))}
            </div>
            {template ? (
              <p>
                <button
                  type="button"
                  class="link-button"
                  onClick={() => saveFile(new Blob([template.content], { type: template.type }), template.filename)}
                >
                  {t('import.template', { name: template.filename })}
                </button>
              </p>
            ) : (
              <p class="hint">{t('import.templateFromExport')}</p>
            )}
          </fieldset>
        </li>
        <li>
          <fieldset class="group">
            <legend>{t('import.step2')}</legend>
            <Field id="import-file" label={t('import.file')} hint={t('import.fileHint')} errors={problems.file ? [problems.file] : undefined}>
              {(p) => (
                <input {...p} type="file" class="input" accept={acceptFor(format)} onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
              )}
            </Field>
            {recognised ? (
              <p class="notice notice-ok" role="status">
                {t('import.recognised', { format: t(`format.${recognised}`) })}
              </p>
            ) : null}
          </fieldset>
          {sheet && isSheet(format) ? (
            <ImportWizardMapping
              sheet={sheet}
              mapping={mapping}
              remembered={mappingRemembered}
              problem={mappingIssue}
              onChange={(next) => {
                setMapping(next);
                setMappingRemembered(false);
                setMappingIssue(null);
              }}
            />
          ) : null}
        </li>
        <li>
          <fieldset class="group">
            <legend>{t('import.step3')}</legend>
            <p class={NO_CITATIONS.includes(format) ? 'notice notice-warn' : 'hint'}>
              {NO_CITATIONS.includes(format) ? t('import.citationNeeded') : t('import.citationOptional')}
            </p>
            <div class="field">
              <span class="label">{t('editor.document')}</span>
              <CitationPicker id="import-citation-document" value={citation.document} onChange={(document) => setCitation({ ...citation, document })} />
              {citation.document ? (
                <button type="button" class="link-button" onClick={() => setCitation({ document: '', article: '', clause: '' })}>
                  {t('import.citationClear')}
                </button>
              ) : null}
            </div>
            <div class="citation-numbers">
              <Field id="import-citation-article" label={t('editor.article')} class="field-short" errors={problems.citation === 'article' ? [t('valid.citation.article')] : undefined}>
                {(p) => <input {...p} class="input" type="text" inputMode="numeric" value={citation.article} onInput={(e) => setCitation({ ...citation, article: e.currentTarget.value })} />}
              </Field>
              <Field id="import-citation-clause" label={t('editor.clause')} class="field-short" errors={problems.citation === 'clause' ? [t('valid.citation.clause')] : undefined}>
                {(p) => <input {...p} class="input" type="text" inputMode="numeric" value={citation.clause} onInput={(e) => setCitation({ ...citation, clause: e.currentTarget.value })} />}
              </Field>
            </div>
          </fieldset>
        </li>
        <li>
          <div class="group">
            <h2 class="legend">{t('import.step4')}</h2>
            <button type="button" class="button primary" disabled={busy !== null} onClick={() => void run('preview')}>
              {busy === 'preview' ? t('import.checking') : t('import.check')}
            </button>
          </div>
        </li>
      </ol>
      <p class="hint" role="status">
        {busy === 'preview' ? t('import.checking') : busy ? t('import.importing') : ''}
      </p>
      <UploadProgress sent={sent} />
      <ErrorNotice error={error} planned />

      {report ? (
        <section class="import-report" aria-labelledby="import-report-title">
          <h2 id="import-report-title" tabIndex={-1} ref={reportHeading}>
            {t('import.report')}
          </h2>
          <dl class="counts">
            <div>
              <dt>{t('import.total')}</dt>
              <dd>{report.total}</dd>
            </div>
            <div>
              <dt>{t('import.valid')}</dt>
              <dd>{report.valid}</dd>
            </div>
            <div class={errors.length > 0 ? 'bad' : undefined}>
              <dt>{t('import.errors')}</dt>
              <dd>{errors.length}</dd>
            </div>
            <div>
              <dt>{t('import.duplicates')}</dt>
              <dd>{duplicates.length}</dd>
            </div>
          </dl>
          {errors.length > 0 ? (
            <div class="table-wrap" role="region" aria-labelledby="import-errors-caption" tabIndex={0}>
              <table class="table">
                <caption id="import-errors-caption">{t('import.errorsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('import.row')}</th>
                    <th scope="col">{t('import.column')}</th>
                    <th scope="col">{t('import.message')}</th>
                  </tr>
                </thead>
                <tbody>
                  {errors.map((e, i) => (
                    <tr key={i}>
                      <td class="num">{e.row > 0 ? e.row : t('import.wholeFile')}</td>
                      <td>{e.column ?? '—'}</td>
                      <td>{e.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p class="ok-text">{t('import.noErrors')}</p>
          )}
          {warnings.length > 0 ? (
            <div class="table-wrap" role="region" aria-labelledby="import-warnings-caption" tabIndex={0}>
              <table class="table">
                <caption id="import-warnings-caption">{t('import.warningsCaption', { count: warnings.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('import.row')}</th>
                    <th scope="col">{t('import.column')}</th>
                    <th scope="col">{t('import.warning')}</th>
                  </tr>
                </thead>
                <tbody>
                  {warnings.map((w, i) => (
                    <tr key={i}>
                      <td class="num">{w.row > 0 ? w.row : t('import.wholeFile')}</td>
                      <td>{w.column ?? '—'}</td>
                      <td>{w.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          <ImportDuplicates
            duplicates={duplicates}
            skipped={report.skipped ?? []}
            chosen={skip}
            onChoose={(row, skipIt) => setSkip(skipIt ? [...skip.filter((r) => r !== row), row] : skip.filter((r) => r !== row))}
          />
          {previews.length > 0 ? (
            <>
              <h3>{t('import.previewTitle', { count: Math.min(previews.length, PREVIEW_SHOWN) })}</h3>
              <ol class="import-preview">
                {previews.slice(0, PREVIEW_SHOWN).map((p) => (
                  <li key={p.row} class="card-plain">
                    <p class="meta">
                      {t('import.rowN', { row: p.row })} · {typeLabel(p.content.type)}
                    </p>
                    <p class="question-text">{p.content.text}</p>
                    <Reveal content={p.content} names={names} allOptions headingLevel={3} />
                  </li>
                ))}
              </ol>
            </>
          ) : null}
          {!created ? (
            <div class="actions">
              <button type="button" class="button primary" disabled={busy !== null || errors.length > 0 || report.valid === 0} onClick={() => void run('commit')}>
                {t('import.commitAll', { count: report.valid })}
              </button>
              {errors.length > 0 && report.valid > 0 ? (
                <button type="button" class="button" disabled={busy !== null} onClick={() => void run('commitValid')}>
                  {t('import.commitValid', { count: report.valid })}
                </button>
              ) : null}
            </div>
          ) : null}
          {errors.length > 0 ? <p class="hint">{t('import.commitBlocked')}</p> : null}
        </section>
      ) : null}

      {created ? (
        <section class="notice notice-ok" aria-labelledby="import-result-title">
          <h2 id="import-result-title" tabIndex={-1} ref={resultHeading}>
            {t('import.done', { count: created.created })}
          </h2>
          {created.valid > created.created ? <p>{t('import.notCreated', { count: created.valid - created.created })}</p> : null}
          {(created.skipped ?? []).length > 0 ? (
            <ul>
              {(created.skipped ?? []).map((s) => (
                <li key={s.row}>{t('import.skippedRow', { row: s.row, reason: s.reason })}</li>
              ))}
            </ul>
          ) : null}
          <p>
            <a href="/bank?mine=true&status=DRAFT">{t('import.seeDrafts')}</a>
          </p>
        </section>
      ) : null}
    </section>
  );
}

function isReport(value: unknown): value is ImportReport {
  return !!value && typeof value === 'object' && Array.isArray((value as ImportReport).errors) && typeof (value as ImportReport).total === 'number';
}

