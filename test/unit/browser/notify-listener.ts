// Test fixture: a real systemd notification socket (a Unix datagram socket, as systemd's own), for
// the real systemd-notify to send to. Node cannot bind one, so a few lines of Python do, printing
// each message as a JSON line; the file descriptor systemd-notify passes for its barrier is closed
// at once, as systemd does, so systemd-notify returns.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

const listener = `
import array, json, os, socket, sys, time
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1])
print(json.dumps({"listening": True}), flush=True)
while True:
    data, ancillary, _flags, _address = s.recvmsg(4096, socket.CMSG_SPACE(64))
    for level, kind, payload in ancillary:
        if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
            fds = array.array("i")
            fds.frombytes(payload[: len(payload) - len(payload) % fds.itemsize])
            for fd in fds:
                os.close(fd)
    print(json.dumps({"message": data.decode(), "at": time.monotonic() * 1000}), flush=True)
`;

export interface NotifyListener {
  /** The path for NOTIFY_SOCKET. */
  socket: string;
  /** Every message received so far, each its fields (e.g. READY=1) in order; barriers left out. */
  messages(): string[][];
  /** When each message arrived, in ms on the listener's own clock: it runs on while the test's loop is stuck. */
  arrivals(): number[];
}

/** Starts listening; stopped and removed when the test finishes. */
export async function notifyListener(): Promise<NotifyListener> {
  const folder = mkdtempSync(join(tmpdir(), 'atiende-notify-'));
  const socket = join(folder, 'notify.sock');
  const child = spawn('python3', ['-c', listener, socket], { stdio: ['ignore', 'pipe', 'inherit'] });
  onTestFinished(() => {
    child.kill('SIGKILL');
    rmSync(folder, { recursive: true, force: true });
  });
  const received: { fields: string[]; at: number }[] = [];
  let ready: () => void = () => undefined;
  const listening = new Promise<void>((resolve) => (ready = resolve));
  let pending = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const parsed = JSON.parse(line) as { listening?: boolean; message?: string; at?: number };
      if (parsed.listening) ready();
      if (parsed.message !== undefined && parsed.message !== 'BARRIER=1') received.push({ fields: parsed.message.split('\n'), at: parsed.at ?? Number.NaN });
    }
  });
  await listening;
  return { socket, messages: () => received.map((each) => each.fields), arrivals: () => received.map((each) => each.at) };
}
