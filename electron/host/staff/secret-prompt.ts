// Asks the operator for a PIN or a badge code without showing it: on a terminal in raw mode, one
// `*` per key; from a pipe (scripts, tests), one line of stdin per secret.
import { text } from 'node:stream/consumers';

export interface SecretReader {
  /** True on a terminal: a typo cannot be seen, so a new PIN is asked for twice. */
  readonly interactive: boolean;
  /** The next secret, or null when the operator cancelled (Ctrl-C, or Ctrl-D / end of input with nothing typed). */
  read(prompt: string): Promise<string | null>;
}

export interface Keystrokes {
  typed: string;
  outcome: 'typing' | 'entered' | 'cancelled';
  /** What the terminal should show: stars, and backspaces over them. */
  echo: string;
  /** Keys that came after Enter in the same chunk: a scanner types fast, the next answer may have begun. */
  rest: string;
}

const erase = '\b \b';

/** Applies a chunk of raw terminal input to what was typed so far. */
export function keystrokes(typedBefore: string, chunk: string): Keystrokes {
  let typed = typedBefore;
  let echo = '';
  for (let index = 0; index < chunk.length; index += 1) {
    const key = chunk[index] ?? '';
    const rest = chunk.slice(index + 1);
    if (key === '\r' || key === '\n') return { typed, outcome: 'entered', echo, rest: key === '\r' && rest.startsWith('\n') ? rest.slice(1) : rest };
    if (key === '\u0003' || (key === '\u0004' && typed === '')) return { typed: '', outcome: 'cancelled', echo, rest: '' };
    if (key === '\u007f' || key === '\b') {
      if (typed.length > 0) echo += erase;
      typed = typed.slice(0, -1);
    } else if (key === '\u0015') {
      echo += erase.repeat(typed.length);
      typed = '';
    } else if (key === '\u001b') {
      // Arrow and function keys arrive as escape sequences: none of them is part of a secret.
      index += /^(\[[0-9;]*[A-Za-z~]|O[A-Za-z]|.)?/s.exec(rest)?.[0].length ?? 0;
    } else if (key >= ' ') {
      typed += key;
      echo += '*';
    }
  }
  return { typed, outcome: 'typing', echo, rest: '' };
}

export function secretReader(stdin: NodeJS.ReadStream = process.stdin, prompts: NodeJS.WritableStream = process.stderr): SecretReader {
  return stdin.isTTY ? terminalReader(stdin, prompts) : lineReader(stdin);
}

function terminalReader(stdin: NodeJS.ReadStream, prompts: NodeJS.WritableStream): SecretReader {
  let pending = '';
  return {
    interactive: true,
    read(prompt) {
      prompts.write(prompt);
      return new Promise((resolve) => {
        let typed = '';
        const onData = (chunk: string) => {
          const step = keystrokes(typed, chunk);
          typed = step.typed;
          prompts.write(step.echo);
          if (step.outcome === 'typing') return;
          stdin.off('data', onData);
          stdin.setRawMode(false);
          stdin.pause();
          prompts.write('\n');
          pending = step.rest;
          resolve(step.outcome === 'entered' ? typed : null);
        };
        stdin.setEncoding('utf8');
        stdin.setRawMode(true);
        stdin.on('data', onData);
        stdin.resume();
        if (pending !== '') {
          const early = pending;
          pending = '';
          onData(early);
        }
      });
    },
  };
}

function lineReader(stdin: NodeJS.ReadStream): SecretReader {
  let lines: Promise<string[]> | undefined;
  let next = 0;
  return {
    interactive: false,
    async read() {
      lines ??= text(stdin).then((input) => input.split(/\r?\n/));
      const line = (await lines)[next];
      next += 1;
      return line === undefined || (line === '' && next >= (await lines).length) ? null : line;
    },
  };
}
