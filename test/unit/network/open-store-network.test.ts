// A shell opening the store network from its host: from the store config's network section, with
// the real staff sign-in and audit behind it, and never at the kiosk's expense when it cannot listen.
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { makeTrialCertificate } from '../../../electron/host/network/certificate.ts';
import { openStoreNetwork } from '../../../electron/host/network/open-store-network.ts';
import type { StoreNetwork } from '../../../electron/host/network/store-network.ts';
import { storeConfigFixture, tempStore } from '../../fixtures/store-config.ts';
import { ana, staffSection, writeStaffBeside } from '../../fixtures/staff.ts';
import { tempHost } from '../../fixtures/temp-host.ts';
import { boardKey, boardPass, callAs, send, signIn } from './network-client.ts';

/** A store whose config asks for the listener on 127.0.0.1 with a trial certificate beside it, and staff Ana and Marta. */
async function storeWithNetwork(network: Record<string, unknown> = {}) {
  const store = tempStore(
    storeConfigFixture({
      staff: staffSection({ consoleIdleMinutes: 15 }),
      network: { address: '127.0.0.1', port: 0, certificate: 'atiende.crt', key: 'atiende.key', boardKey, ...network },
    }),
  );
  const { cert, key } = await makeTrialCertificate({ hosts: [] });
  writeFileSync(join(store.dir, 'atiende.crt'), cert);
  writeFileSync(join(store.dir, 'atiende.key'), key, { mode: 0o600 });
  await writeStaffBeside(store.dir);
  return { ...tempHost({ store }), certificate: cert };
}

function closeAfter(network: StoreNetwork | null): StoreNetwork {
  if (!network) throw new Error('the store network did not open');
  onTestFinished(() => network.close());
  return network;
}

describe('a shell opening the store network', () => {
  it('signs a staff member in with the real staff file, calls as them, and audits their sign-in and sign-out on this browser', async () => {
    const { host, store, certificate } = await storeWithNetwork();
    const opened = closeAfter(await openStoreNetwork({ host, rendererDir: store.dir, warn: vi.fn() }));
    const network = { origin: opened.origin, certificate };
    expect(network.origin).toBe(`https://127.0.0.1:${opened.port}`);

    const first = await send(network, '/api/sign-in', { body: { method: 'pin', staffId: 'ana', pin: ana.pin } });
    expect([first.status, first.json()]).toEqual([200, { staff: { id: 'ana', name: ana.name, role: 'staff' }, idleMinutes: 15 }]);
    const cookie = first.cookies.map((setCookie) => setCookie.split(';')[0]).join('; ');
    expect((await callAs(network, cookie, 'staff.me')).json()).toMatchObject({ ok: true, result: { staff: { id: 'ana' } } });
    expect((await send(network, '/api/sign-out', { body: {}, headers: { cookie } })).status).toBe(204);

    const audit = host.staff.audit.read({ limit: 10 }).map(({ staffId, device, action }) => ({ staffId, device, action }));
    const device = expect.stringMatching(/^console:[\w-]{10}$/);
    expect(audit).toEqual(expect.arrayContaining([{ staffId: 'ana', device, action: 'staff.signIn' }, { staffId: 'ana', device, action: 'staff.signOut' }]));
    expect(new Set(audit.map((entry) => entry.device)).size, 'one browser, one name').toBe(1);
    expect((await send(network, '/api/sign-in', { body: { method: 'pin', staffId: 'ana', pin: '000000' } })).status).toBe(401);
  });

  it('opens the board for a TV with the board key from the config', async () => {
    const { host, store, certificate } = await storeWithNetwork();
    const opened = closeAfter(await openStoreNetwork({ host, rendererDir: store.dir, warn: vi.fn() }));
    const network = { origin: opened.origin, certificate };
    expect((await callAs(network, await boardPass(network), 'queue.board')).json()).toMatchObject({ ok: true });
  });

  it('opens nothing when the store config has no network section', async () => {
    const { host, store } = tempHost();
    const warn = vi.fn();
    expect(host.network).toBeNull();
    expect(await openStoreNetwork({ host, rendererDir: store.dir, warn })).toBeNull();
    expect(warn).not.toHaveBeenCalled();
  });

  it('says in one line why the listener is off, and carries on', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => void holder.close());
    const taken = (holder.address() as { port: number }).port;
    const cases = [
      { network: { address: '0.0.0.0', certificate: undefined, key: undefined }, says: 'npm run certificate -- --host 0.0.0.0' },
      { network: { port: taken }, says: `port ${taken} (EADDRINUSE` },
      { network: { certificate: 'missing.crt' }, says: 'missing.crt' },
    ];
    for (const { network, says } of cases) {
      const { host, store } = await storeWithNetwork(network);
      const lines: string[] = [];
      expect(await openStoreNetwork({ host, rendererDir: store.dir, warn: (line) => lines.push(line) })).toBeNull();
      expect(lines).toEqual([expect.stringContaining(says)]);
      expect(lines[0]).not.toContain('\n');
      expect(lines[0]).toMatch(/The kiosk runs on\.$/);
      // The kiosk itself still answers.
      expect(await host.dispatch({ id: 1, method: 'kiosk.state', input: {} }, { role: 'customer' })).toMatchObject({ ok: true });
    }
  });

  it('answers sign-in with staff.notConfigured when the store has no staff section, while boards work', async () => {
    const store = tempStore(storeConfigFixture({ network: { address: '127.0.0.1', port: 0, boardKey } }));
    const { host } = tempHost({ store });
    const opened = closeAfter(await openStoreNetwork({ host, rendererDir: store.dir, warn: vi.fn() }));
    const network = { origin: opened.origin, certificate: '' };
    expect(network.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const reply = await send(network, '/api/sign-in', { body: { method: 'pin', staffId: 'ana', pin: ana.pin } });
    expect([reply.status, reply.json()]).toEqual([503, { error: { code: 'staff.notConfigured', params: {} } }]);
    await expect(signIn(network)).rejects.toThrow('503');
    expect((await callAs(network, await boardPass(network), 'queue.board')).status).toBe(200);
  });
});
