import { ApiError } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { t } from '../../i18n';
import type { RouteProps } from '../../router';
import { useApi } from '../../useApi';
import { qrPath } from '../host/qr';
import type { Certificate } from './types';
import './course.css';

/** The public check of a certificate from its code (the QR code of the PDF leads here): issued, or revoked. */
export function CertificateCheck({ params }: RouteProps) {
  const code = params.code ?? '';
  const loaded = useApi<Certificate>(`/api/certificates/${encodeURIComponent(code)}`);
  const c = loaded.data;
  const missing = loaded.error instanceof ApiError && loaded.error.status === 404;
  const locale = t('app.locale');
  const qr = c ? qrPath(`${window.location.origin}/chung-nhan/${c.code}`) : null;
  return (
    <section class="page narrow course-page certificate-check">
      <h1 tabIndex={-1}>{t('course.verifyTitle')}</h1>
      {missing ? <p class="notice notice-warning" role="status">{t('course.verifyUnknown', { code })}</p> : <ErrorNotice error={loaded.error} />}
      {loaded.loading && !c ? <p class="loading">{t('common.loading')}</p> : null}
      {c ? (
        <>
          <p class={`notice ${c.valid ? 'notice-success' : 'notice-warning'}`} role="status">
            {c.valid ? t('course.verifyValid') : t('course.verifyRevoked', { date: (c.revokedAt ?? '').slice(0, 10) })}
            {!c.valid && c.revokeReason ? ` ${c.revokeReason}` : ''}
          </p>
          <dl class="certificate-facts">
            <dt>{t('course.verifyName')}</dt>
            <dd>{c.personName}</dd>
            {c.orgName ? (
              <>
                <dt>{t('course.verifyOrg')}</dt>
                <dd>{c.orgName}</dd>
              </>
            ) : null}
            <dt>{t('course.verifyCourse')}</dt>
            <dd>{c.courseTitle}</dd>
            <dt>{t('course.verifyScore')}</dt>
            <dd>
              {c.score}/{c.maxScore}
            </dd>
            <dt>{t('course.verifyDate')}</dt>
            <dd>{new Date(c.issuedAt).toLocaleDateString(locale)}</dd>
            <dt>{t('course.certificateCode')}</dt>
            <dd>
              <code>{c.code}</code>
            </dd>
          </dl>
          {qr ? (
            <svg class="certificate-qr" viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label={t('course.verifyQr')}>
              <rect width={qr.size} height={qr.size} fill="#fff" />
              <path d={qr.d} fill="#000" />
            </svg>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
