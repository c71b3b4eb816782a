// A real host behind the real browser shell, with the kiosk page's and the waiting board's passes,
// for the speech tests: calls go over HTTP and events over the WebSocket, as the pages' do.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import WebSocket from 'ws';
import { startBrowserShell } from '../../../electron/browser/server.ts';
import { createHost, type Host, type HostOptions } from '../../../electron/host/create-host.ts';
import { browserTransport } from '../../../shared/host-api/browser-transport.ts';
import type { MethodInput, MethodName } from '../../../shared/host-api/contract.ts';
import type { EventEnvelope, ReplyEnvelope } from '../../../shared/host-api/envelope.ts';
import type { TempStore } from '../../fixtures/store-config.ts';

export interface SpeakingKiosk {
  host: Host;
  /** A call as the page of `view` makes it. */
  call<M extends MethodName>(method: M, input: MethodInput<M>, view?: 'kiosk' | 'board'): Promise<ReplyEnvelope>;
  /** The events the page of `view` hears from now on, as they come. */
  listen(view: 'kiosk' | 'board'): Promise<EventEnvelope[]>;
}

export async function speakingKiosk(store: TempStore, options: Pick<HostOptions, 'inputDevices' | 'reportFault'> = {}): Promise<SpeakingKiosk> {
  const host = createHost({ configFile: store.configFile, dataDir: store.dataDir, shell: 'test', ...options });
  const rendererDir = join(store.dir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>kiosk</title>');
  const shell = await startBrowserShell({ host, rendererDir });
  const sockets: WebSocket[] = [];
  onTestFinished(async () => {
    for (const socket of sockets) socket.close();
    await shell.close();
    host.close();
    store.remove();
  });

  const passes = new Map<string, string>();
  const passOf = async (view: 'kiosk' | 'board') => {
    const known = passes.get(view);
    if (known) return known;
    const code = new URLSearchParams(new URL(shell.pageAddress(view)).hash.slice(1)).get(browserTransport.codeFragmentKey);
    const response = await fetch(`${shell.origin}${browserTransport.passPath}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    passes.set(view, cookie);
    return cookie;
  };

  return {
    host,
    async call(method, input, view = 'kiosk') {
      const response = await fetch(`${shell.origin}${browserTransport.callPath}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: await passOf(view) },
        body: JSON.stringify({ id: 1, method, input }),
      });
      return (await response.json()) as ReplyEnvelope;
    },
    async listen(view) {
      const cookie = await passOf(view);
      const heard: EventEnvelope[] = [];
      const socket = await new Promise<WebSocket>((resolve, reject) => {
        const opened = new WebSocket(`ws://127.0.0.1:${shell.port}${browserTransport.eventsPath}`, [browserTransport.protocol], { origin: shell.origin, headers: { cookie } });
        opened.once('open', () => resolve(opened));
        opened.once('unexpected-response', (_request, response) => reject(new Error(`the event socket was refused: HTTP ${response.statusCode}`)));
        opened.once('error', reject);
      });
      sockets.push(socket);
      socket.on('message', (data: Buffer) => heard.push(JSON.parse(data.toString('utf8')) as EventEnvelope));
      return heard;
    },
  };
}
