import type { Ref } from 'preact';
import { typeLabel } from '../../../bank/labels';
import { errorRows, standing, type Fix } from '../../../bank/rowFix';
import type { ImportReport, RowCells } from '../../../bank/types';
import { ImportDuplicates } from '../../../components/ImportDuplicates';
import { Reveal } from '../../../components/QuestionPreview';
import { t } from '../../../i18n';
import { RowFixer } from './RowFixer';

/** Questions previewed in full after the check. */
const PREVIEW_SHOWN = 10;
/** Rows with errors offered to fix in the page; the rest are fixed in the file. */
export const FIXES_SHOWN = 50;

type Problem = { row: number; column: string | null; message: string };

function ProblemRows({ caption, id, rows, third }: { caption: string; id: string; rows: Problem[]; third: string }) {
  return (
    <div class="table-wrap" role="region" aria-labelledby={id} tabIndex={0}>
      <table class="table">
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.row')}</th>
            <th scope="col">{t('import.column')}</th>
            <th scope="col">{third}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e, i) => (
            <tr key={i}>
              <td class="num">{e.row > 0 ? e.row : t('import.wholeFile')}</td>
              <td>{e.column ?? '—'}</td>
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The check's report: counts, errors and warnings by row and column, rows to fix or leave out, repeats, a preview, and the import buttons. */
export function ReportView(props: {
  report: ImportReport;
  names: Map<string, string>;
  heading: Ref<HTMLHeadingElement>;
  skip: number[];
  onSkip: (skip: number[]) => void;
  fixes: Record<number, Fix>;
  leftOut: number[];
  checking: number | null;
  onEdit: (row: number, cells: RowCells) => void;
  onCheck: (row: number) => void;
  onLeaveOut: (row: number, leave: boolean) => void;
  busy: boolean;
  done: boolean;
  onCommit: (mode: 'commit' | 'commitValid') => void;
}) {
  const { report, fixes, leftOut } = props;
  const errors = report.errors;
  const warnings = report.warnings ?? [];
  const duplicates = report.duplicates ?? [];
  const previews = report.preview ?? [];
  const rows = errorRows(report);
  const now = standing(report, fixes, leftOut);
  return (
    <section class="import-report" aria-labelledby="import-report-title">
      <h2 id="import-report-title" tabIndex={-1} ref={props.heading}>
        {t('import.report')}
      </h2>
      <dl class="counts">
        <div>
          <dt>{t('import.total')}</dt>
          <dd>{report.total}</dd>
        </div>
        <div>
          <dt>{t('import.valid')}</dt>
          <dd>{now.valid}</dd>
        </div>
        <div class={now.blocked ? 'bad' : undefined}>
          <dt>{t('import.errors')}</dt>
          <dd>{errors.length}</dd>
        </div>
        <div>
          <dt>{t('import.duplicates')}</dt>
          <dd>{duplicates.length}</dd>
        </div>
      </dl>
      {errors.length > 0 ? (
        <ProblemRows caption={t('import.errorsCaption')} id="import-errors-caption" rows={errors} third={t('import.message')} />
      ) : (
        <p class="ok-text">{t('import.noErrors')}</p>
      )}
      {warnings.length > 0 ? (
        <ProblemRows caption={t('import.warningsCaption', { count: warnings.length })} id="import-warnings-caption" rows={warnings} third={t('import.warning')} />
      ) : null}
      {rows.length > 0 && !props.done ? (
        <section aria-labelledby="import-fix-title">
          <h3 id="import-fix-title">{t('import.fixTitle')}</h3>
          <p class="hint">{t('import.fixIntro')}</p>
          <ol class="import-fixes">
            {rows.slice(0, FIXES_SHOWN).map((row) => (
              <RowFixer
                key={row}
                row={row}
                errors={errors.filter((e) => e.row === row)}
                fix={fixes[row] ?? { cells: {}, check: null }}
                leftOut={leftOut.includes(row)}
                busy={props.checking === row}
                onEdit={(cells) => props.onEdit(row, cells)}
                onCheck={() => props.onCheck(row)}
                onLeaveOut={(leave) => props.onLeaveOut(row, leave)}
              />
            ))}
          </ol>
          {rows.length > FIXES_SHOWN ? <p class="hint">{t('import.fixMore', { count: rows.length - FIXES_SHOWN })}</p> : null}
        </section>
      ) : null}
      <ImportDuplicates
        duplicates={duplicates}
        skipped={report.skipped ?? []}
        chosen={props.skip}
        onChoose={(row, skipIt) => props.onSkip(skipIt ? [...props.skip.filter((r) => r !== row), row] : props.skip.filter((r) => r !== row))}
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
                <Reveal content={p.content} names={props.names} allOptions headingLevel={3} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {!props.done ? (
        <div class="actions">
          <button type="button" class="button primary" disabled={props.busy || now.blocked || now.valid === 0} onClick={() => props.onCommit('commit')}>
            {t('import.commitAll', { count: now.valid })}
          </button>
          {now.blocked && now.valid > 0 ? (
            <button type="button" class="button" disabled={props.busy} onClick={() => props.onCommit('commitValid')}>
              {t('import.commitValid', { count: now.valid })}
            </button>
          ) : null}
        </div>
      ) : null}
      {now.blocked ? <p class="hint">{now.open.length > 0 ? t('import.fixLeft', { count: now.open.length }) : t('import.commitBlocked')}</p> : null}
    </section>
  );
}
