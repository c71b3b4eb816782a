// A real browser shell for the idle bench: the demo store, copied with ticket limits that let one
// kiosk take the bench's tickets, serving a copy of the built renderer (so a build started meanwhile
// cannot swap chunks under a loading page), and the operator's way in, as `npm run kiosk` uses it.
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readOperatorAccess } from '../../../electron/host/api/operator-access.ts';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/host-api/contract.ts';
import { browserTransport } from '../../../shared/host-api/browser-transport.ts';
import type { ReplyEnvelope } from '../../../shared/host-api/envelope.ts';
import { shellStarted } from '../../fixtures/shell-started.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface BenchShell {
  /** A fresh one-time address of the kiosk page. */
  kioskAddress(): Promise<string>;
  /** Calls the host as the operator. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
  stop(): Promise<void>;
}

/** Starts the shell in `folder` (its store copy and data folder) on the renderer copied to `renderer`. */
export async function startBenchShell(folder: string, renderer: string): Promise<BenchShell> {
  const storeDir = join(folder, 'store');
  cpSync(join(projectRoot, 'assets/stores/demo'), storeDir, { recursive: true });
  const configFile = join(storeDir, 'store.json');
  const config = JSON.parse(readFileSync(configFile, 'utf8')) as { queue: Record<string, unknown>; network?: Record<string, unknown> };
  // The bench takes a ticket in each of its sessions and fills the queue as the operator, all within a minute.
  config.queue.ticketLimits = { perSession: 20, perMinute: 600 };
  // Any free port: the bench may run beside the tests.
  if (config.network) config.network.port = 0;
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  const dataDir = join(folder, 'data');
  const child = spawn(
    process.execPath,
    ['electron/browser/main.ts', '--no-browser', '--port', '0', '--config', configFile, '--data-dir', dataDir, '--renderer-dir', renderer],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await shellStarted(child, 60_000);

  const operator = () => {
    const reading = readOperatorAccess(dataDir);
    if (!reading.ok) throw new Error(`no operator access: ${reading.file} is ${reading.problem}`);
    return { origin: `http://127.0.0.1:${reading.access.port}`, headers: { authorization: `Bearer ${reading.access.token}`, 'content-type': 'application/json' } };
  };
  let callId = 0;

  return {
    async kioskAddress() {
      const { origin, headers } = operator();
      const response = await fetch(new URL(browserTransport.pageAddressPath, origin), { method: 'POST', headers, body: JSON.stringify({ view: 'kiosk' }) });
      return ((await response.json()) as { url: string }).url;
    },
    async call(method, input) {
      const { origin, headers } = operator();
      callId += 1;
      const response = await fetch(new URL(browserTransport.callPath, origin), {
        method: 'POST',
        headers,
        body: JSON.stringify({ id: `idle-bench-${callId}`, method, input }),
      });
      const reply = (await response.json()) as ReplyEnvelope;
      if (!reply.ok) throw new Error(`${method} failed: ${JSON.stringify(reply.error)}`);
      return reply.result as MethodResult<typeof method>;
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
