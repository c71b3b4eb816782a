// The demo store on a real host: a copy of its config and data files whose telemetry goes to a
// collector the test runs, a real SQLite file in a temp data folder, and a clock the test moves.
import { onTestFinished } from 'vitest';
import { createHost, type Host } from '../../../../electron/host/create-host.ts';
import { loadStoreConfig } from '../../../../electron/host/config/load-store-config.ts';
import type { StoreConfig } from '../../../../shared/config/store-config.ts';
import type { MethodInput, MethodName, MethodResult } from '../../../../shared/host-api/contract.ts';
import type { ReplyEnvelope } from '../../../../shared/host-api/envelope.ts';
import type { Principal } from '../../../../shared/host-api/roles.ts';
import { exampleStoreCopy, readDatabase } from '../../../fixtures/host.ts';
import type { TempStore } from '../../../fixtures/store-config.ts';
import { filesIn, jsonPlace, type Place } from './secret-search.ts';

const customer: Principal = { role: 'customer' };
/** Staff at a counter console, switching the kiosk to assisted mode for the flows only they may open. */
export const staffAtConsole: Principal = { role: 'staff', staffId: 'privacy-staff', device: 'console' };
/** A manager in the back office, reading the reports. */
export const manager: Principal = { role: 'manager', staffId: 'privacy-manager', device: 'back-office' };

/**
 * Stands in for Chromium's print-to-PDF: the "PDF" is the page Chromium would print, so what a
 * PDF would show is searched as text (a real PDF compresses its text out of plain sight).
 */
const pageAsPdf = (html: string): Promise<Uint8Array> => Promise.resolve(Buffer.from(html, 'utf8'));

export interface DemoKiosk {
  readonly host: Host;
  readonly store: TempStore;
  /** The demo config as the host parsed it (defaults filled in). */
  readonly config: StoreConfig;
  /** Every text in the store's folder (config and data files): what a "distinctive" value must not be in. */
  readonly storeText: string;
  now(): Date;
  setNow(at: Date): void;
  call<M extends MethodName>(method: M, input: MethodInput<M>, as?: Principal): Promise<ReplyEnvelope>;
  /** The result of a call that must succeed; a typed error fails the test with its code. */
  resultOf<M extends MethodName>(method: M, input: MethodInput<M>, as?: Principal): Promise<MethodResult<M>>;
  /** Closes the host and starts a new one on the same files, as a kiosk restarting does. */
  restart(): void;
  close(): void;
  /** Every file of the data folder: the database file, its WAL and shared-memory index, anything else. */
  files(): Place[];
  /** Every table of the database, read through SQLite beside the running host, one place each. */
  tables(): Place[];
  /** Events waiting in the telemetry outbox, read beside the running host. */
  outboxWaiting(): number;
}

/**
 * The demo store with its telemetry sent to `endpoint`, and every session drawn into the pilot
 * share so the pilot flows are walked as customers who see them walk them.
 */
export function demoKiosk({ endpoint, startAt }: { endpoint: string; startAt: Date }): DemoKiosk {
  const store = exampleStoreCopy('demo', { telemetry: { endpoint }, 'pilots.share': 1 });
  const verdict = loadStoreConfig(store.configFile);
  if (!verdict.ok) throw new Error(`the demo store config was refused: ${JSON.stringify(verdict.problem)}`);
  // Read before the host starts: the data folder does not exist yet.
  const storeText = filesIn(store.dir)
    .map((place) => place.bytes.toString('utf8'))
    .join('\n');
  let current = startAt;
  const now = () => current;
  const start = () => createHost({ configFile: store.configFile, dataDir: store.dataDir, shell: 'test', now, printPdf: pageAsPdf });
  let host: Host | null = start();
  onTestFinished(() => {
    host?.close();
    store.remove();
  });
  const running = (): Host => {
    if (!host) throw new Error('the kiosk is closed');
    return host;
  };
  const call = <M extends MethodName>(method: M, input: MethodInput<M>, as: Principal = customer) => running().dispatch({ id: 1, method, input }, as);
  async function resultOf<M extends MethodName>(method: M, input: MethodInput<M>, as: Principal = customer): Promise<MethodResult<M>> {
    const reply = await call(method, input, as);
    if (!reply.ok) throw new Error(`${method} failed: ${reply.error.code} ${JSON.stringify(reply.error.params)}`);
    return reply.result as MethodResult<M>;
  }
  return {
    get host() {
      return running();
    },
    store,
    config: verdict.config,
    storeText,
    now,
    setNow: (at) => (current = at),
    call,
    resultOf,
    restart() {
      running().close();
      host = start();
    },
    close() {
      running().close();
      host = null;
    },
    files: () => filesIn(store.dataDir),
    tables: () => tablePlaces(store.dataDir),
    outboxWaiting: () => readDatabase(store.dataDir, (db) => Number(db.prepare('SELECT count(*) AS rows FROM telemetry_outbox').get()?.rows)),
  };
}

/** Each table's rows as a place; text cells holding JSON are unpacked too, blobs kept as bytes. */
function tablePlaces(dataDir: string): Place[] {
  return readDatabase(dataDir, (db) =>
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map(({ name }) => {
        const rows = db.prepare(`SELECT * FROM "${String(name)}"`).all();
        const blobs = rows.flatMap((row) => Object.values(row).filter((cell) => cell instanceof Uint8Array)).map((blob) => Buffer.from(blob));
        const place = jsonPlace(`table ${String(name)}`, rows.map((row) => Object.values(row).map(unpacked)));
        return { name: place.name, bytes: Buffer.concat([place.bytes, ...blobs]) };
      }),
  );
}

function unpacked(cell: unknown): unknown {
  if (cell instanceof Uint8Array) return '(blob)';
  if (typeof cell !== 'string' || !/^[[{]/.test(cell)) return cell;
  try {
    return [cell, JSON.parse(cell)];
  } catch {
    return cell;
  }
}
