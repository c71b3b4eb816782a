// Staff sign in on a page of the store network (the counter console, the back office) with their
// id and PIN (typed, or tapped on the keypad), or with a badge read anywhere on the screen. A refusal
// says so calmly; a lockout counts its seconds down.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { SignInAttempt } from '../../../shared/host-api/staff-views.ts';
import { useNow } from '../use-now.ts';
import { PinKeypad } from './PinKeypad.tsx';
import type { SessionStore } from './session-store.ts';
import { useBadgeScan } from './use-badge-scan.ts';
import '../frame/console-field.css';
import './sign-in.css';

type Field = 'staffId' | 'pin';

interface SignInCardProps {
  session: SessionStore;
  /** Tries the sign-in; the session store says how it went. */
  onSignIn: (attempt: SignInAttempt) => Promise<void>;
}

export function SignInCard({ session, onSignIn }: SignInCardProps) {
  const { t } = useTranslation();
  const current = useStore(session, (state) => state.current);
  const signingIn = useStore(session, (state) => state.signingIn);
  const problem = useStore(session, (state) => state.problem);
  const lockedUntil = useStore(session, (state) => state.lockedUntil);
  const now = useNow(1000, lockedUntil !== null);
  const secondsLeft = lockedUntil === null ? 0 : Math.max(0, Math.ceil((lockedUntil - now) / 1000));
  const locked = secondsLeft > 0;

  const [staffId, setStaffId] = useState('');
  const [pin, setPin] = useState('');
  const [badge, setBadge] = useState('');
  const [target, setTarget] = useState<Field>('staffId');
  const [missing, setMissing] = useState<Field | null>(null);
  const fields = { staffId: useRef<HTMLInputElement>(null), pin: useRef<HTMLInputElement>(null) };
  const badgeField = useRef<HTMLInputElement>(null);
  const setters = { staffId: setStaffId, pin: setPin };

  async function attempt(tried: SignInAttempt): Promise<void> {
    await onSignIn(tried);
    // Still here: refused. The PIN goes, so the next try starts clean; the staff id stays.
    if (session.getState().current.phase !== 'signedIn') {
      setPin('');
      setBadge('');
      if (tried.method === 'pin') fields.pin.current?.focus();
    }
  }

  function submit(event?: FormEvent): void {
    event?.preventDefault();
    if (locked || signingIn) return;
    const empty: Field | null = staffId.trim() === '' ? 'staffId' : pin === '' ? 'pin' : null;
    setMissing(empty);
    if (empty) {
      fields[empty].current?.focus();
      return;
    }
    void attempt({ method: 'pin', staffId: staffId.trim(), pin });
  }

  useBadgeScan((scanned, field) => {
    // The burst typed itself into a field: take it back out before signing in with it.
    if (field === fields.staffId.current) setStaffId((value) => value.slice(0, Math.max(0, value.length - scanned.length)));
    if (field === fields.pin.current) setPin((value) => value.slice(0, Math.max(0, value.length - scanned.length)));
    if (field === badgeField.current) setBadge('');
    if (!locked) void attempt({ method: 'badge', badge: scanned });
  }, current.phase === 'signedOut' && !signingIn);

  const reason = current.phase === 'signedOut' && current.reason !== 'opened' ? t(`console.signIn.${current.reason}`) : null;
  const message = locked
    ? t('errors.staff.lockedOut', { seconds: Number(problem?.params.seconds ?? secondsLeft) })
    : problem && problem.code !== 'staff.lockedOut'
      ? t(`errors.${problem.code}`, problem.params)
      : missing
        ? t(missing === 'staffId' ? 'console.signIn.needStaffId' : 'console.signIn.needPin')
        : '';
  const label = (field: Field) => t(field === 'staffId' ? 'console.signIn.staffId' : 'console.signIn.pin');

  return (
    <div className="sign-in">
      <section className="sign-in__card" aria-labelledby="sign-in-title">
        <h2 id="sign-in-title" className="sign-in__title">
          {t('console.signIn.title')}
        </h2>
        {reason ? <p className="sign-in__reason">{reason}</p> : null}
        <form className="sign-in__form" onSubmit={submit} noValidate>
          <div className="sign-in__fields">
            {(['staffId', 'pin'] as const).map((field) => (
              <div key={field} className={target === field ? 'console-field sign-in__field--target' : 'console-field'}>
                <label htmlFor={`sign-in-${field}`}>{label(field)}</label>
                <input
                  ref={fields[field]}
                  id={`sign-in-${field}`}
                  className="console-input sign-in__input"
                  type={field === 'pin' ? 'password' : 'text'}
                  inputMode={field === 'pin' ? 'numeric' : 'text'}
                  autoComplete={field === 'pin' ? 'current-password' : 'username'}
                  autoCapitalize="none"
                  spellCheck={false}
                  aria-invalid={missing === field || undefined}
                  value={field === 'pin' ? pin : staffId}
                  onFocus={() => setTarget(field)}
                  onChange={(event) => setters[field](event.target.value)}
                  onKeyDown={(event) => {
                    // Enter after the id goes on to the PIN, as on a keypad.
                    if (field === 'staffId' && event.key === 'Enter' && pin === '' && staffId.trim() !== '') {
                      event.preventDefault();
                      fields.pin.current?.focus();
                    }
                  }}
                />
              </div>
            ))}
            <button type="submit" className="sign-in__submit" disabled={locked || signingIn}>
              {signingIn ? t('console.signIn.signingIn') : t('console.signIn.submit')}
            </button>
          </div>
          <PinKeypad
            target={label(target)}
            disabled={locked || signingIn}
            onDigit={(digit) => setters[target]((value) => value + digit)}
            onDelete={() => setters[target]((value) => value.slice(0, -1))}
            onClear={() => setters[target]('')}
          />
        </form>
        <p className="sign-in__message" aria-live="polite">
          {message}
        </p>
        {locked ? (
          <p className="sign-in__countdown" aria-hidden="true">
            {t('console.signIn.tryAgainIn', { seconds: secondsLeft })}
          </p>
        ) : null}
        <form
          className="sign-in__badge"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (badge.trim() !== '' && !locked && !signingIn) void attempt({ method: 'badge', badge: badge.trim() });
          }}
        >
          <p>{t('console.signIn.badgeHint')}</p>
          <label htmlFor="sign-in-badge">{t('console.signIn.badge')}</label>
          <input
            ref={badgeField}
            id="sign-in-badge"
            className="console-input sign-in__input"
            type="password"
            autoComplete="off"
            value={badge}
            onChange={(event) => setBadge(event.target.value)}
          />
        </form>
      </section>
    </div>
  );
}
