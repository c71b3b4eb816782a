// Posts a delay notice for one service or the whole store, written in the store's languages side
// by side (customers read it on the kiosk and the board in theirs); at least one is needed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageDirection, languageNames, pseudoLanguage, type Language } from '../../../shared/i18n/languages.ts';
import type { StaffText } from '../../../shared/host-api/staff-views.ts';
import { useConsoleSlice } from '../console-context.ts';
import { useDesk } from '../counter/desk-context.ts';
import { useDialogAction } from '../counter/use-dialog-action.ts';
import { FormDialog } from '../../kit/frame/FormDialog.tsx';
import { useStoreText } from '../use-store-text.ts';
import '../../kit/frame/console-field.css';
import './post-delay.css';

const wholeStore = '';

export function PostDelayDialog() {
  const { t } = useTranslation();
  const desk = useDesk();
  const text = useStoreText();
  const { busy, problem, close, submit } = useDialogAction('postDelay');
  const profile = useConsoleSlice('queue', (queue) => queue.profile);
  const services = useConsoleSlice('queue', (queue) => queue.board?.board.services ?? []);
  const ours = useConsoleSlice('queue', (queue) => queue.view?.counter.services ?? []);
  // The store's default first; pseudo-English is made from English, never written.
  const languages = profile
    ? [profile.languages.default, ...profile.languages.enabled.filter((language) => language !== profile.languages.default)].filter(
        (language) => language !== pseudoLanguage,
      )
    : (['es', 'en'] satisfies Language[]);

  const [service, setService] = useState(ours.length === 1 ? (ours[0] ?? wholeStore) : wholeStore);
  const [texts, setTexts] = useState<Partial<Record<Language, string>>>({});
  const [missing, setMissing] = useState(false);

  function post(): void {
    const reason = Object.fromEntries(
      languages.flatMap((language) => {
        const written = texts[language]?.trim() ?? '';
        return written === '' ? [] : [[language, written]];
      }),
    ) as StaffText;
    const empty = Object.keys(reason).length === 0;
    setMissing(empty);
    if (!empty) void submit(() => desk.postDelay(reason, service === wholeStore ? null : service));
  }

  return (
    <FormDialog
      id="post-delay"
      wide
      title={t('console.postDelay.title')}
      lead={t('console.postDelay.lead')}
      submitLabel={t('console.postDelay.post')}
      busy={busy}
      problem={missing ? t('console.postDelay.needText') : problem}
      onCancel={close}
      onSubmit={post}
    >
      <div className="console-field">
        <label htmlFor="post-delay-service">{t('console.postDelay.service')}</label>
        <select id="post-delay-service" className="console-input" value={service} onChange={(event) => setService(event.target.value)}>
          <option value={wholeStore}>{t('console.delays.wholeStore')}</option>
          {services.map((option) => (
            <option key={option.id} value={option.id}>
              {text(option.name)}
            </option>
          ))}
        </select>
      </div>
      <div className="post-delay__texts">
        {languages.map((language, index) => (
          <div key={language} className="console-field">
            <label htmlFor={`post-delay-${language}`} lang={language}>
              {languageNames[language]}
            </label>
            <textarea
              id={`post-delay-${language}`}
              className="console-input post-delay__text"
              lang={language}
              dir={languageDirection(language)}
              rows={3}
              maxLength={200}
              data-autofocus={index === 0 ? true : undefined}
              value={texts[language] ?? ''}
              onChange={(event) => setTexts({ ...texts, [language]: event.target.value })}
            />
          </div>
        ))}
      </div>
    </FormDialog>
  );
}
