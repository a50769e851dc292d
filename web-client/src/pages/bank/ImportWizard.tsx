import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { namesOf, useRegistry } from '../../bank/documents';
import {
  checkRow,
  citationProblem,
  importProgress,
  importQuery,
  inspectColumns,
  isSheet,
  newImportId,
  sendImport,
  sheetKind,
  type DefaultCitation,
  type ImportProgress,
  type Mode,
} from '../../bank/imports';
import { guess, mappingProblem, remember, remembered, type Mapping } from '../../bank/mapping';
import { startingCells, type Fix } from '../../bank/rowFix';
import type { ImportFormat, ImportReport, RowCells, SheetColumns } from '../../bank/types';
import { BankNav } from '../../components/BankNav';
import { ErrorNotice } from '../../components/ErrorNotice';
import { t } from '../../i18n';
import type { RouteProps } from '../../router';
import { CitationStep } from './import/CitationStep';
import { FileStep } from './import/FileStep';
import { FormatStep } from './import/FormatStep';
import { ImportDone } from './import/ImportDone';
import { ReportView } from './import/ReportView';
import { UploadProgress } from './UploadProgress';

export { citationProblem, importQuery, isSheet, sheetKind };
export type { DefaultCitation };
export type { MappedColumns } from '../../bank/imports';

/** How often the wizard asks how far the server has read the file. */
const PROGRESS_POLL_MS = 500;

/**
 * Importing questions from a file: format, file, a dry run with every error, rows fixed or left out
 * in the preview, then the import itself. The steps and the report are components of their own;
 * this holds the state they share.
 */
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
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [skip, setSkip] = useState<number[]>([]);
  const [importId, setImportId] = useState(newImportId);
  const [fixes, setFixes] = useState<Record<number, Fix>>({});
  const [leftOut, setLeftOut] = useState<number[]>([]);
  const [checking, setChecking] = useState<number | null>(null);
  const [problems, setProblems] = useState<{ file?: string; citation?: 'article' | 'clause' }>({});
  const [sheet, setSheet] = useState<SheetColumns | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [mappingRemembered, setMappingRemembered] = useState(false);
  const [mappingIssue, setMappingIssue] = useState<'question' | 'twice' | null>(null);
  const [recognised, setRecognised] = useState<ImportFormat | null>(null);
  const reportHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  // Anything changed after the check: the check, and the rows fixed against it, no longer hold.
  useEffect(() => {
    setReport(null);
    setCreated(null);
    setSkip([]);
    setFixes({});
    setLeftOut([]);
    setImportId(newImportId());
  }, [format, file, citation.document, citation.article, citation.clause, mapping]);

  // A spreadsheet is looked at first: a known layout is chosen for the user, any other sheet is mapped.
  useEffect(() => {
    setSheet(null);
    setRecognised(null);
    setMappingIssue(null);
    if (!file || !isSheet(format)) return;
    let current = true;
    inspectColumns(file, sheetKind(file.name, format))
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

  // Once the file is sent, what the server says it is doing, until it answers.
  const reading = busy !== null && sent !== null && sent >= 1;
  useEffect(() => {
    if (!reading) return setProgress(null);
    let current = true;
    const ask = () =>
      importProgress(importId)
        .then((p) => current && setProgress(p))
        .catch(() => {
          // Progress is a courtesy: the import's own answer says how it went.
        });
    const timer = setInterval(ask, PROGRESS_POLL_MS);
    void ask();
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [reading, importId]);

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
      const query = importQuery(format, mode, citation, mode === 'preview' ? [] : [...skip, ...leftOut], mapped, importId);
      setSent(0);
      const answer = await sendImport(query, file!, setSent);
      if (mode === 'preview') {
        shown(answer);
      } else {
        setCreated(answer);
        requestAnimationFrame(() => resultHeading.current?.focus());
      }
    } catch (e) {
      if (e instanceof ApiError && e.status === 422 && isReport(e.payload)) shown(e.payload);
      else setError(e);
    } finally {
      setBusy(null);
      setSent(null);
    }
  };

  /** A new report: the rows it finds wrong start from what the file held (fixes already kept by the server apply). */
  const shown = (answer: ImportReport) => {
    setReport(answer);
    setFixes((before) => {
      const after: Record<number, Fix> = {};
      for (const e of answer.errors) if (e.row > 0 && !after[e.row]) after[e.row] = { cells: before[e.row]?.cells ?? startingCells(answer, e.row), check: null };
      return after;
    });
    requestAnimationFrame(() => reportHeading.current?.focus());
  };

  const edit = (row: number, cells: RowCells) => setFixes({ ...fixes, [row]: { cells, check: null } });

  const check = async (row: number) => {
    const fix = fixes[row] ?? { cells: {}, check: null };
    setChecking(row);
    setError(null);
    try {
      const answer = await checkRow(importId, row, fix.cells, citation);
      setFixes((now) => ({ ...now, [row]: { cells: now[row]?.cells ?? fix.cells, check: answer } }));
      requestAnimationFrame(() => document.getElementById(`import-fix-${row}`)?.scrollIntoView({ block: 'nearest' }));
    } catch (e) {
      setError(e);
    } finally {
      setChecking(null);
    }
  };

  return (
    <section class="page">
      <BankNav />
      <h1 tabIndex={-1}>{t('import.title')}</h1>
      <p class="lead">{t('import.intro')}</p>
      <ol class="steps">
        <li>
          <FormatStep format={format} onFormat={setFormat} />
        </li>
        <li>
          <FileStep
            format={format}
            problem={problems.file}
            recognised={recognised}
            sheet={sheet}
            mapping={mapping}
            mappingRemembered={mappingRemembered}
            mappingIssue={mappingIssue}
            onFile={setFile}
            onMapping={(next) => {
              setMapping(next);
              setMappingRemembered(false);
              setMappingIssue(null);
            }}
          />
        </li>
        <li>
          <CitationStep format={format} citation={citation} problem={problems.citation} onChange={setCitation} />
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
      <UploadProgress sent={sent} progress={progress} />
      <ErrorNotice error={error} planned />

      {report ? (
        <ReportView
          report={report}
          names={namesOf(registry.items)}
          heading={reportHeading}
          skip={skip}
          onSkip={setSkip}
          fixes={fixes}
          leftOut={leftOut}
          checking={checking}
          onEdit={edit}
          onCheck={(row) => void check(row)}
          onLeaveOut={(row, leave) => setLeftOut(leave ? [...leftOut.filter((r) => r !== row), row] : leftOut.filter((r) => r !== row))}
          busy={busy !== null}
          done={created !== null}
          onCommit={(mode) => void run(mode)}
        />
      ) : null}

      {created ? <ImportDone created={created} heading={resultHeading} /> : null}
    </section>
  );
}

function isReport(value: unknown): value is ImportReport {
  return !!value && typeof value === 'object' && Array.isArray((value as ImportReport).errors) && typeof (value as ImportReport).total === 'number';
}
