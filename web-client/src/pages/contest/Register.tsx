import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import {
  cleanAccessCode,
  emptyRegistration,
  guardianNeeded,
  localToday,
  REGISTRATION_FIELDS,
  registrationBody,
  registrationField,
  registrationProblems,
  type RegistrationField,
  type RegistrationForm,
} from '../../contest/registration';
import type { ContestantMe, Privacy, Registered, Unit } from '../../contest/types';
import { cardFileName, cardPng } from '../../contest/codeCard';
import { t } from '../../i18n';
import { useApi } from '../../useApi';
import { UnitPicker } from './UnitPicker';

type Problems = Partial<Record<RegistrationField, string>>;

/** What each collected item is and why it is needed, as the notice lists it. */
const COLLECTED = {
  fullName: 'reg.collected.fullName',
  birthDate: 'reg.collected.birthDate',
  unit: 'reg.collected.unit',
  contact: 'reg.collected.contact',
  idNumber: 'reg.collected.idNumber',
} as const;

/**
 * Registration (đăng ký dự thi): name, date of birth, unit, phone or email, ID number when asked; the notice
 * of what is collected and why, the contestant's consent, and a parent's or guardian's under 16.
 */
export function RegisterForm(props: {
  contestId: number;
  askIdNumber: boolean;
  organiser?: string;
  privacy?: Privacy;
  onRegistered: (registered: Registered) => void;
}) {
  const units = useApi<Unit[]>(`/api/contests/${props.contestId}/units`);
  const [form, setForm] = useState<RegistrationForm>(emptyRegistration);
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<RegistrationForm>) => setForm((f) => ({ ...f, ...patch }));
  const errors = (k: RegistrationField) => (problems[k] ? [problems[k]!] : undefined);

  const focusFirst = (found: Problems) => {
    const first = REGISTRATION_FIELDS.find((k) => found[k]);
    if (first) document.getElementById(first === 'contact' ? 'reg-phone' : `reg-${first}`)?.focus();
  };
  const guardian = guardianNeeded(form.birthDate, localToday(), props.privacy?.guardianAge);
  const collected = props.privacy?.collected ?? ['fullName', 'birthDate', 'unit', 'contact'];

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = registrationProblems(form, props.askIdNumber, localToday());
    setProblems(found);
    setError(null);
    if (Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    setBusy(true);
    try {
      const registered = await api<Registered>(`/api/contests/${props.contestId}/registrations`, {
        body: registrationBody(form, props.askIdNumber),
      });
      props.onRegistered(registered);
    } catch (e) {
      const fromServer: Problems = {};
      if (e instanceof ApiError) {
        for (const v of e.violations) {
          const field = registrationField(v.field);
          if (field) fromServer[field] = v.message;
        }
      }
      setProblems(fromServer);
      setError(e);
      focusFirst(fromServer);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="form register-form" noValidate onSubmit={submit} aria-labelledby="register-heading">
      <h2 id="register-heading">{t('reg.heading')}</h2>
      <p class="hint">{t('reg.intro')}</p>
      <Field id="reg-fullName" label={t('reg.fullName')} errors={errors('fullName')}>
        {(a) => (
          <input {...a} class="input" type="text" autoComplete="name" maxLength={200} value={form.fullName} onInput={(e) => set({ fullName: e.currentTarget.value })} />
        )}
      </Field>
      <Field id="reg-birthDate" label={t('reg.birthDate')} hint={t('reg.birthHint')} errors={errors('birthDate')}>
        {(a) => (
          <input {...a} class="input field-date" type="date" autoComplete="bday" max={localToday()} value={form.birthDate} onInput={(e) => set({ birthDate: e.currentTarget.value })} />
        )}
      </Field>
      {units.error ? <ErrorNotice error={units.error} /> : null}
      {units.loading && !units.data ? <p class="loading">{t('reg.unitsLoading')}</p> : null}
      {units.data ? <UnitPicker id="reg-unitId" units={units.data} value={form.unitId} onChange={(unitId) => set({ unitId })} errors={errors('unitId')} /> : null}
      <fieldset class={`group${problems.contact ? ' invalid' : ''}`} aria-describedby={problems.contact ? 'reg-contact-error' : 'reg-contact-hint'}>
        <legend>{t('reg.contact')}</legend>
        <p class="hint" id="reg-contact-hint">
          {t('reg.contactHint')}
        </p>
        {problems.contact ? (
          <p class="field-error" id="reg-contact-error">
            {problems.contact}
          </p>
        ) : null}
        <Field id="reg-phone" label={t('reg.phone')} errors={errors('phone')}>
          {(a) => (
            <input {...a} class="input" type="tel" inputMode="tel" autoComplete="tel" maxLength={30} value={form.phone} onInput={(e) => set({ phone: e.currentTarget.value })} />
          )}
        </Field>
        <Field id="reg-email" label={t('reg.email')} errors={errors('email')}>
          {(a) => (
            <input {...a} class="input" type="email" autoComplete="email" maxLength={200} value={form.email} onInput={(e) => set({ email: e.currentTarget.value })} />
          )}
        </Field>
      </fieldset>
      {props.askIdNumber ? (
        <Field id="reg-idNumber" label={t('reg.idNumber')} hint={t('reg.idHint')} errors={errors('idNumber')}>
          {(a) => (
            <input {...a} class="input" type="text" inputMode="numeric" autoComplete="off" maxLength={20} value={form.idNumber} onInput={(e) => set({ idNumber: e.currentTarget.value })} />
          )}
        </Field>
      ) : null}
      <section class="privacy-notice" aria-labelledby="reg-privacy-heading">
        <h3 id="reg-privacy-heading">{t('reg.privacyHeading')}</h3>
        <p>{t('reg.privacyWho', { organiser: props.organiser ?? '' })}</p>
        <ul>
          {collected.map((field) => (
            <li key={field}>{t(COLLECTED[field])}</li>
          ))}
        </ul>
        <p>{t('reg.privacyWhy')}</p>
        <p>{t('reg.privacyKept', { days: props.privacy?.retentionDays ?? 365 })}</p>
        <p>{t('reg.privacyRights')}</p>
      </section>
      {guardian ? (
        <fieldset class="group guardian" aria-describedby="reg-guardian-hint">
          <legend>{t('reg.guardianHeading')}</legend>
          <p class="hint" id="reg-guardian-hint">
            {t('reg.guardianHint', { age: props.privacy?.guardianAge ?? 16 })}
          </p>
          <Field id="reg-guardianName" label={t('reg.guardianName')} errors={errors('guardianName')}>
            {(a) => (
              <input {...a} class="input" type="text" autoComplete="off" maxLength={200} value={form.guardianName} onInput={(e) => set({ guardianName: e.currentTarget.value })} />
            )}
          </Field>
          <label class="check block">
            <input
              type="checkbox"
              id="reg-guardianAccepted"
              checked={form.guardianAccepted}
              aria-invalid={problems.guardianAccepted ? true : undefined}
              onChange={(e) => set({ guardianAccepted: e.currentTarget.checked })}
            />{' '}
            {t('reg.guardianConsent')}
          </label>
          {problems.guardianAccepted ? <p class="field-error">{problems.guardianAccepted}</p> : null}
        </fieldset>
      ) : null}
      <label class="check block">
        <input type="checkbox" id="reg-consent" checked={form.consent} aria-invalid={problems.consent ? true : undefined} onChange={(e) => set({ consent: e.currentTarget.checked })} />{' '}
        {t('reg.consent')}
      </label>
      {problems.consent ? <p class="field-error">{problems.consent}</p> : null}
      <ErrorNotice error={error} />
      <button type="submit" class="button primary big" disabled={busy || !units.data}>
        {busy ? t('reg.busy') : t('reg.submit')}
      </button>
    </form>
  );
}

/** The access code, shown once after registering, big, with a copy button. */
export function AccessCodePanel(props: {
  code: string;
  name: string;
  onDismiss: () => void;
  contestTitle?: string;
  contestId?: number;
  mailed?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | ''>('');
  useEffect(() => ref.current?.focus(), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.code);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };
  return (
    <div class="access-code-panel" ref={ref} tabIndex={-1} role="region" aria-labelledby="access-code-heading">
      <h2 id="access-code-heading">{t('code.heading', { name: props.name })}</h2>
      <p class="access-code-label">{t('code.label')}</p>
      <p class="access-code notranslate">
        {props.code}
      </p>
      <p class="access-code-save">{t('code.save')}</p>
      <p class="hint">{props.mailed ? t('code.mailed') : t('code.noMessages')}</p>
      <div class="actions">
        <button type="button" class="button" onClick={copy}>
          {t('code.copy')}
        </button>
        <CardButtons code={props.code} name={props.name} contestTitle={props.contestTitle ?? ''} contestId={props.contestId} />
        <button type="button" class="button primary" onClick={props.onDismiss}>
          {t('code.done')}
        </button>
      </div>
      <p role="status" class="hint">
        {copied === 'yes' ? t('code.copied') : copied === 'no' ? t('code.copyFailed') : ''}
      </p>
    </div>
  );
}

/** "Đã đăng ký? Nhập mã dự thi": back on another device (or after cookies were cleared). */
export function SignInWithCode(props: { contestId: number; onSignedIn: (me: ContestantMe) => void }) {
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const accessCode = cleanAccessCode(code);
    setError(null);
    if (!accessCode) {
      setProblem(t('signin.codeRequired'));
      document.getElementById('signin-code')?.focus();
      return;
    }
    setProblem('');
    setBusy(true);
    try {
      props.onSignedIn(await api<ContestantMe>(`/api/contests/${props.contestId}/sign-in`, { body: { accessCode } }));
    } catch (e) {
      // 401 is a wrong code here, not a staff session: show the server's words.
      if (e instanceof ApiError && e.status === 401) setProblem(e.message || t('signin.wrong'));
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="form signin-form" noValidate onSubmit={submit} aria-labelledby="signin-heading">
      <h2 id="signin-heading">{t('signin.heading')}</h2>
      <Field id="signin-code" label={t('signin.code')} hint={t('signin.hint')} errors={problem ? [problem] : undefined}>
        {(a) => (
          <input
            {...a}
            class="input access-code-input"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellcheck={false}
            maxLength={40}
            value={code}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
        )}
      </Field>
      <ErrorNotice error={error} />
      <button type="submit" class="button" disabled={busy}>
        {busy ? t('signin.busy') : t('signin.submit')}
      </button>
    </form>
  );
}

/**
 * The code as a card: an image to save in the phone's photos, or a page to print (the print stylesheet
 * prints only the card). No email or text message is sent by this product, so the card is offered.
 */
function CardButtons(props: { code: string; name: string; contestTitle: string; contestId?: number }) {
  const [href, setHref] = useState<string | null>(null);
  const link = props.contestId ? `${window.location.origin}/contests/${props.contestId}` : window.location.href;
  useEffect(() => {
    setHref(cardPng({ contest: props.contestTitle, name: props.name, code: props.code, link, label: t('code.label'), note: t('code.save') }));
  }, [props.code]);
  const print = () => {
    document.body.classList.add('printing-card');
    const done = () => {
      document.body.classList.remove('printing-card');
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  };
  return (
    <>
      {href ? (
        <a class="button" href={href} download={cardFileName(props.code)}>
          {t('code.download')}
        </a>
      ) : null}
      <button type="button" class="button" onClick={print}>
        {t('code.print')}
      </button>
    </>
  );
}
