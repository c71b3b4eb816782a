// The list of keys (the ? key): every action's key, and the follow-up's keys after "done".
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../kit/frame/ModalDialog.tsx';
import { useConsole } from '../console-context.ts';
import { ConsoleButton } from '../../kit/frame/ConsoleButton.tsx';
import { followUpShortcuts, shortcuts } from './shortcuts.ts';
import '../../kit/frame/dialog.css';
import '../../kit/frame/console-dialog.css';
import './shortcuts-dialog.css';

const actionKeys = Object.entries(shortcuts) as [keyof typeof shortcuts, string][];
const followUpKeys = Object.entries(followUpShortcuts) as [keyof typeof followUpShortcuts, string][];

export function ShortcutsDialog() {
  const { t } = useTranslation();
  const { desk } = useConsole();
  const close = () => desk.getState().dialogClosed();
  const rows = (keys: [string, string][], group: string) =>
    keys.map(([command, key]) => (
      <tr key={command}>
        <td>
          <kbd className="shortcuts-dialog__key">{key === 'Escape' ? 'Esc' : key}</kbd>
        </td>
        <td>{t(`console.${group}.${command}`)}</td>
      </tr>
    ));
  return (
    <ModalDialog role="dialog" labelledBy="shortcuts-title" describedBy="shortcuts-lead" onDismiss={close} className="console-dialog console-dialog--wide">
      <h2 id="shortcuts-title" className="dialog__title">
        {t('console.shortcutsDialog.title')}
      </h2>
      <p id="shortcuts-lead" className="dialog__text">
        {t('console.shortcutsDialog.lead')}
      </p>
      <div className="shortcuts-dialog__tables">
        <table className="shortcuts-dialog__table">
          <caption>{t('console.shortcutsDialog.actions')}</caption>
          <tbody>{rows(actionKeys, 'actions')}</tbody>
        </table>
        <table className="shortcuts-dialog__table">
          <caption>{t('console.shortcutsDialog.followUp')}</caption>
          <tbody>{rows(followUpKeys, 'followUp')}</tbody>
        </table>
      </div>
      <div className="console-dialog__actions">
        <ConsoleButton look="strong" data-autofocus onClick={close}>
          {t('console.dialogs.close')}
        </ConsoleButton>
      </div>
    </ModalDialog>
  );
}
