// Test fixture: a real browser shell process on its own temp store, and a page opened on it.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import { WebSocket } from 'ws';
import { readOperatorAccess } from '../../../electron/host/api/operator-access.ts';
import { openKioskDatabase } from '../../../electron/host/storage/database.ts';
import { createUsageLog } from '../../../electron/host/usage/usage-log.ts';
import { createStoreClock, runtimeTimeZone } from '../../../shared/queue/estimate/store-clock.ts';
import { generateBusyKiosk } from '../../fixtures/busy-kiosk.ts';
import { shellStarted } from '../../fixtures/shell-started.ts';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/host-api/contract.ts';
import { browserTransport } from '../../../shared/host-api/browser-transport.ts';
import type { ReplyEnvelope } from '../../../shared/host-api/envelope.ts';
import type { UsageEvent } from '../../../shared/usage/events.ts';
import { addStaffSignIn, readAudit, type AuditLine } from './staff-store.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface StoredEvent {
  sessionId: string | null;
  type: string;
  payload: Record<string, unknown>;
}

export interface Kiosk {
  /** A fresh address for the kiosk page or the waiting board, with its one-time code, as npm run kiosk -- --page gives. */
  address(view?: 'kiosk' | 'board'): Promise<string>;
  dataDir: string;
  /** Every usage event the host wrote, read straight from its SQLite file. */
  usageEvents(): StoredEvent[];
  /** The events once one of `type` has been written: the renderer reports asynchronously. */
  usageEventsAfter(type: string): Promise<StoredEvent[]>;
  /** Calls the host API over the shell's own HTTP endpoint as the operator, as npm run kiosk does. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
  /** Listens to the host's pushed events over the shell's WebSocket as the operator, who hears them all. */
  listen(): Promise<{ events: { event: string; payload: unknown }[]; close: () => void }>;
  /** The store-network listener's origin (https://127.0.0.1:port), with `staffSignIn`. */
  network(): string;
  /** The staff audit, oldest first. */
  auditEntries(): AuditLine[];
}

export interface KioskOptions {
  /** Which example store the kiosk runs (a copy of assets/stores/<name>). */
  exampleStore: 'demo' | 'pharmacy';
  /** Sessions already in the log when the kiosk starts (a store with some history), each its events in order. */
  usageHistory: { sessions: UsageEvent[][] } | null;
  /** Rewrites the demo store config before the kiosk starts (raw text to write it malformed). */
  storeConfig: { rewrite: (config: Record<string, unknown>) => Record<string, unknown> | string } | null;
  /** Staff sign-in (Ana and Marta, see staff-store.ts) and the store-network listener over HTTPS. */
  staffSignIn: boolean;
  /** The minutes without a staff action at the kiosk before staff there are signed out (1 unless a test reads at length). */
  staffIdleMinutes: number;
  /** Days of a busy kiosk's use already in the log, ending yesterday (test/fixtures/busy-kiosk.ts); 0 for none. */
  generatedDays: number;
}

export async function startKiosk(options: KioskOptions): Promise<{ kiosk: Kiosk; stop: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'atiende-e2e-'));
  cpSync(join(projectRoot, 'assets/stores', options.exampleStore ?? 'demo'), join(dir, 'store'), { recursive: true });
  const configFile = join(dir, 'store', 'store.json');
  // Kiosks run side by side in the tests: each store-network listener on a free port of its own.
  const copied = JSON.parse(readFileSync(configFile, 'utf8')) as { network?: { port?: number } };
  if (copied.network) writeFileSync(configFile, JSON.stringify({ ...copied, network: { ...copied.network, port: 0 } }, null, 2));
  if (options.storeConfig) {
    const rewritten = options.storeConfig.rewrite(JSON.parse(readFileSync(configFile, 'utf8')) as Record<string, unknown>);
    writeFileSync(configFile, typeof rewritten === 'string' ? rewritten : JSON.stringify(rewritten, null, 2));
  }
  if (options.staffSignIn) await addStaffSignIn(join(dir, 'store'), configFile, options.staffIdleMinutes);
  const dataDir = join(dir, 'data');
  if (options.usageHistory) {
    const db = openKioskDatabase(join(dataDir, 'atiende.sqlite'));
    const history = createUsageLog({ db, storeId: 'demo-centro', now: () => new Date() });
    options.usageHistory.sessions.forEach((events, index) => {
      for (const event of events) history.append(`history${String(index).padStart(6, '0')}`, event);
    });
    db.close();
  }
  if (options.generatedDays > 0) generateHistory(join(dataDir, 'atiende.sqlite'), options.generatedDays);
  const child = spawn(
    process.execPath,
    ['electron/browser/main.ts', '--no-browser', '--port', '0', '--config', configFile, '--data-dir', dataDir],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await shellStarted(child, 20_000);
  return {
    kiosk: {
      address: (view = 'kiosk') => pageAddress(dataDir, view),
      dataDir,
      usageEvents: () => readUsageEvents(join(dataDir, 'atiende.sqlite')),
      call: (method, input) => callHost(dataDir, method, input),
      listen: () => listenToHost(dataDir),
      network: () => {
        const reading = readOperatorAccess(dataDir);
        if (!reading.ok || !reading.access.network) throw new Error('the store-network listener is not running');
        return reading.access.network;
      },
      auditEntries: () => readAudit(dataDir),
      usageEventsAfter: async (type) => {
        const read = () => readUsageEvents(join(dataDir, 'atiende.sqlite'));
        await expect.poll(() => read().some((event) => event.type === type), { message: `waiting for ${type}` }).toBe(true);
        return read();
      },
    },
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let callId = 0;

/** The operator's port and secret, from the access file the running shell wrote in its data folder. */
function operatorAccess(dataDir: string): { origin: string; token: string } {
  const reading = readOperatorAccess(dataDir);
  if (!reading.ok) throw new Error(`no operator access: ${reading.file} is ${reading.problem}`);
  return { origin: `http://127.0.0.1:${reading.access.port}`, token: reading.access.token };
}

async function pageAddress(dataDir: string, view: 'kiosk' | 'board'): Promise<string> {
  const { origin, token } = operatorAccess(dataDir);
  const response = await fetch(new URL(browserTransport.pageAddressPath, origin), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ view }),
  });
  return ((await response.json()) as { url: string }).url;
}

async function callHost<M extends MethodName>(dataDir: string, method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const { origin, token } = operatorAccess(dataDir);
  callId += 1;
  const response = await fetch(new URL(browserTransport.callPath, origin), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ id: `e2e-${callId}`, method, input }),
  });
  const reply = (await response.json()) as ReplyEnvelope;
  if (!reply.ok) throw new Error(`${method} failed: ${JSON.stringify(reply.error)}`);
  return reply.result as MethodResult<M>;
}

async function listenToHost(dataDir: string): Promise<{ events: { event: string; payload: unknown }[]; close: () => void }> {
  const { origin, token } = operatorAccess(dataDir);
  const socket = new WebSocket(`${origin.replace('http', 'ws')}${browserTransport.eventsPath}`, [browserTransport.protocol, `${browserTransport.tokenProtocolPrefix}${token}`], {
    origin,
  });
  const events: { event: string; payload: unknown }[] = [];
  socket.on('message', (data) => events.push(JSON.parse(String(data)) as { event: string; payload: unknown }));
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return { events, close: () => socket.close() };
}

function readUsageEvents(file: string): StoredEvent[] {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return db
      .prepare('SELECT session_id, type, payload FROM usage_events ORDER BY seq')
      .all()
      .map((row) => ({
        sessionId: row.session_id as string | null,
        type: String(row.type),
        payload: JSON.parse(String(row.payload)) as Record<string, unknown>,
      }));
  } finally {
    db.close();
  }
}

/** A busy kiosk's days up to yesterday on this machine's clock, the one the host it starts keeps. */
function generateHistory(file: string, days: number): void {
  const timeZone = runtimeTimeZone();
  const today = createStoreClock(timeZone).dayOf(Date.now()).key;
  const yesterday = new Date((today - 1) * 86_400_000).toISOString().slice(0, 10);
  const db = openKioskDatabase(file);
  try {
    generateBusyKiosk({ db, days, endDay: yesterday, seed: 12, sessionsPerDay: 240, timeZone });
  } finally {
    db.close();
  }
}

export const test = base.extend<KioskOptions & { kiosk: Kiosk; kioskPage: Page }>({
  storeConfig: [null, { option: true }],
  usageHistory: [null, { option: true }],
  exampleStore: ['demo', { option: true }],
  staffSignIn: [false, { option: true }],
  generatedDays: [0, { option: true }],
  staffIdleMinutes: [1, { option: true }],
  kiosk: async ({ storeConfig, usageHistory, exampleStore, staffSignIn, generatedDays, staffIdleMinutes }, use) => {
    const { kiosk, stop } = await startKiosk({ storeConfig, usageHistory, exampleStore, staffSignIn, generatedDays, staffIdleMinutes });
    await use(kiosk);
    await stop();
  },
  kioskPage: async ({ page, kiosk }, use) => {
    await page.goto(await kiosk.address());
    await use(page);
  },
});

export { expect };
