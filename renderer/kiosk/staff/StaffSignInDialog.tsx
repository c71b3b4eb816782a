// Staff sign-in at the kiosk, opened by the hidden gesture: a staff id, then a masked PIN, each on
// the kiosk's own big keys (or a keyboard), or a badge scanned at any point. What staff type lives
// in this dialog only and is gone when it closes; the PIN goes to the host and nowhere else.
import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../kit/frame/ModalDialog.tsx';
import { OnScreenKeyboard } from '../flows/keyboards/OnScreenKeyboard.tsx';
import { useKiosk, useKioskSlice } from '../kiosk-context.ts';
import { createBadgeReader } from '../../kit/badge-reader.ts';
import { LockoutNotice } from './LockoutNotice.tsx';
import { cancelStaffDialog, signInWithBadge, signInWithPin } from './staff-actions.ts';
import { useStaffLanguageAttributes } from './StaffLanguage.tsx';
import { SignInProblem } from './SignInProblem.tsx';
import '../../kit/frame/dialog.css';
import './sign-in.css';

export function StaffSignInDialog() {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  const language = useStaffLanguageAttributes();
  const busy = useKioskSlice('staff', (desk) => desk.busy);
  const problem = useKioskSlice('staff', (desk) => desk.problem);
  const lockedUntil = useKioskSlice('staff', (desk) => desk.lockedUntil);
  const [step, setStep] = useState<'id' | 'pin'>('id');
  const [staffId, setStaffId] = useState('');
  const [pin, setPin] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const badge = useMemo(() => createBadgeReader(), []);
  const value = step === 'id' ? staffId : pin;
  const setValue = step === 'id' ? setStaffId : setPin;
  const blocked = busy || (step === 'pin' && (lockedUntil !== null || pin === '')) || (step === 'id' && staffId.trim() === '');

  useEffect(() => {
    field.current?.focus({ preventScroll: true });
  }, [step]);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (blocked) return;
    if (step === 'id') return setStep('pin');
    // A refusal keeps the id and asks for the PIN again, in the field; success closes the dialog.
    if (await signInWithPin(kiosk, staffId.trim(), pin)) return;
    setPin('');
    field.current?.focus({ preventScroll: true });
  }

  function keyDown(event: KeyboardEvent<HTMLFormElement>): void {
    if (event.ctrlKey || event.altKey || event.metaKey) return badge.reset();
    const scanned = badge.key(event.key, kiosk.now());
    if (scanned === null) return;
    // A scanner's burst, not typing: whatever it left in the field is the badge, not an id or PIN.
    event.preventDefault();
    setStaffId('');
    setPin('');
    setStep('id');
    void signInWithBadge(kiosk, scanned);
  }

  return (
    <ModalDialog role="dialog" labelledBy="staff-sign-in-title" describedBy="staff-sign-in-hint" className="staff-sign-in" onDismiss={() => cancelStaffDialog(kiosk)}>
      <form className="staff-sign-in__form" {...language} onSubmit={(event) => void submit(event)} onKeyDown={keyDown} noValidate>
        <h2 id="staff-sign-in-title" className="dialog__title">
          {t('staffAtKiosk.signIn.title')}
        </h2>
        <p id="staff-sign-in-hint" className="dialog__text">
          {step === 'id' ? t('staffAtKiosk.signIn.idHint') : t('staffAtKiosk.signIn.pinHint', { id: staffId.trim() })}
        </p>
        <label className="staff-sign-in__field">
          <span className="staff-sign-in__label">{step === 'id' ? t('staffAtKiosk.signIn.idLabel') : t('staffAtKiosk.signIn.pinLabel')}</span>
          <input
            key={step}
            ref={field}
            className="staff-sign-in__input"
            type={step === 'id' ? 'text' : 'password'}
            inputMode={step === 'id' ? 'text' : 'numeric'}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            dir="ltr"
            maxLength={64}
            value={value}
            data-autofocus
            data-private={step === 'pin' || undefined}
            onChange={(event) => setValue(event.target.value)}
          />
        </label>
        {lockedUntil !== null ? <LockoutNotice key={lockedUntil} lockedUntil={lockedUntil} /> : problem ? <SignInProblem problem={problem} /> : null}
        <OnScreenKeyboard
          layout={step === 'id' ? 'email' : 'digits'}
          disabled={busy}
          onCharacter={(character) => setValue((typed) => (typed + character).slice(0, 64))}
          onDelete={() => setValue((typed) => typed.slice(0, -1))}
          onClear={() => setValue('')}
        />
        <div className="staff-sign-in__actions">
          <button type="button" className="button button--quiet" onClick={() => cancelStaffDialog(kiosk)}>
            {t('staffAtKiosk.signIn.cancel')}
          </button>
          {step === 'pin' ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setPin('');
                setStep('id');
              }}
            >
              {t('staffAtKiosk.signIn.back')}
            </button>
          ) : null}
          <button type="submit" className="button button--primary" aria-disabled={blocked || undefined}>
            {busy ? t('staffAtKiosk.signIn.signingIn') : step === 'id' ? t('staffAtKiosk.signIn.next') : t('staffAtKiosk.signIn.submit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
