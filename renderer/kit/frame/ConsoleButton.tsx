// A staff page's ordinary button (the console's, the back office's): compact for a desk, still a
// comfortable touch target on a tablet, with its keyboard shortcut shown and announced
// (aria-keyshortcuts) when it has one.
import type { ButtonHTMLAttributes, ReactNode } from 'react';
import './console-button.css';

interface ConsoleButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> {
  /** quiet: secondary actions; strong: the action a screen is about; onNight: on the header's band. */
  look?: 'quiet' | 'strong' | 'onNight';
  shortcut?: string;
  children: ReactNode;
}

export function ConsoleButton({ look = 'quiet', shortcut, children, type = 'button', ...rest }: ConsoleButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      aria-keyshortcuts={shortcut}
      className={look === 'strong' ? 'console-button console-button--strong' : look === 'onNight' ? 'console-button console-button--night' : 'console-button'}
    >
      {shortcut === undefined ? null : (
        <kbd className="console-button__key" aria-hidden="true">
          {shortcut === 'Escape' ? 'Esc' : shortcut}
        </kbd>
      )}
      <span>{children}</span>
    </button>
  );
}
