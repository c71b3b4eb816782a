import { describe, expect, it } from 'vitest';
import { keystrokes } from '../../../electron/host/staff/secret-prompt.ts';

describe('typing a secret on a terminal', () => {
  it('shows a star per key, and takes them back with backspace or Ctrl-U', () => {
    expect(keystrokes('', '4829')).toEqual({ typed: '4829', outcome: 'typing', echo: '****', rest: '' });
    expect(keystrokes('4829', '\u007f\u007f1')).toEqual({ typed: '481', outcome: 'typing', echo: '\b \b\b \b*', rest: '' });
    expect(keystrokes('', '\u007f')).toEqual({ typed: '', outcome: 'typing', echo: '', rest: '' });
    expect(keystrokes('481', '\u0015')).toEqual({ typed: '', outcome: 'typing', echo: '\b \b\b \b\b \b', rest: '' });
  });

  it('ends at Enter, keeping what a fast scanner typed after it for the next question', () => {
    expect(keystrokes('48', '2916\r\nBADGE')).toEqual({ typed: '482916', outcome: 'entered', echo: '****', rest: 'BADGE' });
  });

  it('cancels on Ctrl-C, and on Ctrl-D before anything was typed', () => {
    expect(keystrokes('4829', '\u0003')).toMatchObject({ typed: '', outcome: 'cancelled' });
    expect(keystrokes('', '\u0004')).toMatchObject({ outcome: 'cancelled' });
    expect(keystrokes('48', '\u0004')).toMatchObject({ typed: '48', outcome: 'typing' });
  });

  it('ignores arrow keys and other escape sequences', () => {
    expect(keystrokes('', '48\u001b[D29\u001bOA16')).toMatchObject({ typed: '482916' });
  });
});
