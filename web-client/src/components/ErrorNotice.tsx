import { ApiError, isNotAvailable } from '../api';
import { t } from '../i18n';
import { currentLocation } from '../router';

/** 401s that answer a sign-in step (wrong password, wrong code): their own message, no sign-in link. */
const SIGN_IN_STEP_CODES: readonly string[] = ['bad_credentials', 'bad_code'];

/** A sentence for a failed call: the server's own message where it wrote one for people. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('error.network');
    if (error.status === 401 && !SIGN_IN_STEP_CODES.includes(error.code)) return t('error.signIn');
    if (error.status === 403 && error.code !== 'csrf' && error.code !== 'bad_origin') return error.message || t('error.forbidden');
    if (error.code.startsWith('http_')) return error.status >= 500 ? t('error.server') : t('error.generic', { status: error.status });
    return error.message;
  }
  return t('error.unexpected');
}

function loginHref(): string {
  const { path, query } = currentLocation();
  const here = path + (query.toString() ? `?${query.toString()}` : '');
  return `/login?next=${encodeURIComponent(here)}`;
}

/**
 * A failed call, announced: sign-in link on 401, "not available yet" for a feature the server
 * does not offer yet (when `planned`), else the message.
 */
export function ErrorNotice(props: { error: unknown; planned?: boolean; id?: string }) {
  const { error } = props;
  if (!error) return null;
  if (props.planned && isNotAvailable(error)) {
    return (
      <div class="notice notice-info" role="status" id={props.id}>
        <p>{t('error.notAvailable')}</p>
      </div>
    );
  }
  return (
    <div class="notice notice-error" role="alert" id={props.id}>
      <p>{errorMessage(error)}</p>
      {error instanceof ApiError && error.status === 401 && !SIGN_IN_STEP_CODES.includes(error.code) ? (
        <p>
          <a href={loginHref()}>{t('nav.login')}</a>
        </p>
      ) : null}
    </div>
  );
}

/** A failed action's message as one line under the form that failed; nothing when there is no error. */
export function ErrorLine(props: { error: unknown }) {
  if (!props.error) return null;
  return (
    <p class="notice notice-error" role="alert">
      {errorMessage(props.error)}
    </p>
  );
}
