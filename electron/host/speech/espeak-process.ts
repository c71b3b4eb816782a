// Runs the speech program once: the text goes in on stdin, never in its arguments, so a text that
// starts with "-" is not an option and a long one meets no argument limit; no shell is involved.
import { spawn, type ChildProcess } from 'node:child_process';

/** `missing`: there is no such program to run; `failed`: it ran and gave no usable audio. */
export type SpeechFaultKind = 'missing' | 'failed';

export class SpeechFault extends Error {
  readonly kind: SpeechFaultKind;

  constructor(kind: SpeechFaultKind, detail: string) {
    super(`speech engine ${kind === 'missing' ? 'missing' : 'failed'}: ${detail}`);
    this.name = 'SpeechFault';
    this.kind = kind;
  }
}

export interface SpeechRun {
  command: string;
  args: readonly string[];
  text: string;
  timeoutMs: number;
  /** More output than this is not speech of the longest text allowed: the program is stopped. */
  maxBytes: number;
  /** The host is stopping: the program is stopped too. */
  signal?: AbortSignal;
}

/** What the program wrote to stdout, when it ended well; a SpeechFault otherwise. */
export function runSpeechProgram({ command, args, text, timeoutMs, maxBytes, signal }: SpeechRun): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new SpeechFault('failed', 'the host stopped'));
      return;
    }
    // Its own process group, so a wrapper script is stopped with whatever it started.
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], detached: true, windowsHide: true });
    const chunks: Buffer[] = [];
    let size = 0;
    let said = '';
    let settled = false;
    const settle = (outcome: Buffer | SpeechFault) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
      if (outcome instanceof SpeechFault) {
        stopProgram(child);
        reject(outcome);
      } else resolve(outcome);
    };
    const timer = setTimeout(() => settle(new SpeechFault('failed', `no answer within ${timeoutMs} ms`)), timeoutMs);
    const stop = () => settle(new SpeechFault('failed', 'the host stopped'));
    signal?.addEventListener('abort', stop);

    child.on('error', (error: NodeJS.ErrnoException) => {
      const missing = error.code === 'ENOENT' || error.code === 'EACCES';
      settle(new SpeechFault(missing ? 'missing' : 'failed', `${command}: ${error.message}`));
    });
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) settle(new SpeechFault('failed', `more than ${maxBytes} bytes of output`));
      else chunks.push(chunk);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      said = `${said}${chunk}`.slice(-500);
    });
    // A program that ends without reading its input breaks the pipe: that is its exit's story, not a crash.
    child.stdin.on('error', () => undefined);
    child.stdin.end(text, 'utf8');
    // On close, not exit: the last of stdout may still be in the pipe when the process has gone.
    child.on('close', (code, killedBy) => {
      if (code === 0) settle(Buffer.concat(chunks));
      else settle(new SpeechFault('failed', `${command} ended with ${killedBy ?? `code ${code}`}${said.trim() ? `: ${said.trim().split('\n').slice(-2).join(' | ')}` : ''}`));
    });
  });
}

/** Stops the program and anything it started (on Windows, which has no process groups, the program). */
function stopProgram(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    if (process.platform === 'win32') child.kill();
    else process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Gone already.
  }
}
