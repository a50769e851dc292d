import { t } from '../i18n';

/** One problem of an uploaded file: where (row, and column when known) and what. */
export interface Problem {
  row: number;
  column?: string | null;
  message: string;
}

/** The problems of an uploaded file by row and column, in a table that scrolls on its own on a phone. */
export function ProblemTable({ id, caption, problems }: { id: string; caption: string; problems: readonly Problem[] }) {
  return (
    <div class="table-wrap" role="region" aria-labelledby={id} tabIndex={0}>
      <table class="table">
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('problems.row')}</th>
            <th scope="col">{t('problems.column')}</th>
            <th scope="col">{t('problems.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i}>
              <td>{p.row}</td>
              <td>{p.column ?? '—'}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
