import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { currentUser, useSession } from '../../auth';
import { t } from '../../i18n';
import { PasswordForm } from './PasswordForm';
import { Enrol, RecoveryCodes } from './TwoFactor';

/**
 * What a signed-in account must do before anything else, in place of the screen asked for: set a
 * new password after an admin reset, or set up two-step verification when its role requires it.
 */
export function AccountGate(props: { children: ComponentChildren }) {
  const me = currentUser(useSession());
  const [recovery, setRecovery] = useState<string[] | null>(null);
  if (recovery) {
    return (
      <section class="page narrow">
        <h1 tabIndex={-1}>{t('account.totpEnabled')}</h1>
        <RecoveryCodes codes={recovery} onDone={() => setRecovery(null)} />
      </section>
    );
  }
  if (me?.mustChangePassword) {
    return (
      <section class="page narrow">
        <h1 tabIndex={-1}>{t('account.forcedTitle')}</h1>
        <p>{t('account.forcedIntro')}</p>
        <PasswordForm currentLabel="account.forcedCurrent" onChanged={() => undefined} />
      </section>
    );
  }
  if (me?.totpEnrolmentRequired) {
    return (
      <section class="page narrow">
        <h1 tabIndex={-1}>{t('account.enrolTitle')}</h1>
        <p>{t('account.enrolIntro')}</p>
        <Enrol onEnrolled={setRecovery} />
      </section>
    );
  }
  return <>{props.children}</>;
}
