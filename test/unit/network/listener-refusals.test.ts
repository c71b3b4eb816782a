// When the store-network listener will not listen, and how a shell hears of it: plain HTTP off
// loopback, a certificate it cannot use, a port it cannot have; the kiosk runs on in every case.
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { makeTrialCertificate } from '../../../electron/host/network/certificate.ts';
import { startStoreNetwork, type StoreNetworkOptions } from '../../../electron/host/network/store-network.ts';
import type { NetworkConfig } from '../../../shared/config/staff-config.ts';
import { errorOf, scratchStore, tempHost } from '../../fixtures/temp-host.ts';
import { send, staffDeskFixture } from './network-client.ts';

function listenerOptions(network: NetworkConfig): StoreNetworkOptions {
  const { host, store } = tempHost();
  return { host, network, staff: { signIn: staffDeskFixture().desk, audit: { record: vi.fn() }, idleMinutes: 30 }, rendererDir: store.dir };
}

/** A port nobody listens on right now, on every address. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '0.0.0.0', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Holds `port` on `address` until the test finishes. */
async function occupy(port: number, address: string): Promise<void> {
  const holder = createServer();
  await new Promise<void>((resolve) => holder.listen(port, address, resolve));
  onTestFinished(() => void holder.close());
}

async function trialFiles(hosts: string[] = []): Promise<{ certificate: string; key: string; cert: string }> {
  const store = scratchStore();
  const { cert, key } = await makeTrialCertificate({ hosts });
  writeFileSync(join(store.dir, 'atiende.crt'), cert);
  writeFileSync(join(store.dir, 'atiende.key'), key, { mode: 0o600 });
  return { certificate: join(store.dir, 'atiende.crt'), key: join(store.dir, 'atiende.key'), cert };
}

describe('the store-network listener refuses to listen', () => {
  it('over plain HTTP on a non-loopback address: network.needsTls, before taking the port', async () => {
    const port = await freePort();
    const outcome = await errorOf(startStoreNetwork(listenerOptions({ address: '0.0.0.0', port })));
    expect(outcome).toEqual({ code: 'network.needsTls', params: { address: '0.0.0.0' } });
    // Nothing was left listening there: the port is still free on every address.
    await occupy(port, '0.0.0.0');
  });

  it('with a certificate it cannot read, naming the file at fault', async () => {
    const files = await trialFiles();
    const other = await trialFiles();
    const store = scratchStore();
    const garbage = join(store.dir, 'garbage.pem');
    writeFileSync(garbage, 'not a certificate');
    const attempts: Array<[Partial<NetworkConfig>, string]> = [
      [{ certificate: join(store.dir, 'missing.crt'), key: files.key }, join(store.dir, 'missing.crt')],
      [{ certificate: garbage, key: files.key }, garbage],
      [{ certificate: files.certificate, key: garbage }, garbage],
      [{ certificate: files.certificate, key: other.key }, other.key],
    ];
    for (const [given, file] of attempts) {
      const outcome = await errorOf(startStoreNetwork(listenerOptions({ address: '0.0.0.0', port: 0, ...given })));
      expect(outcome).toEqual({ code: 'network.certificateUnreadable', params: { file } });
    }
  });

  it('on a port another program holds: network.unavailable with the address, port and reason', async () => {
    const port = await freePort();
    await occupy(port, '127.0.0.1');
    const outcome = await errorOf(startStoreNetwork(listenerOptions({ address: '127.0.0.1', port })));
    expect(outcome).toEqual({ code: 'network.unavailable', params: { address: '127.0.0.1', port, reason: 'EADDRINUSE' } });
  });
});

describe('the store-network listener listens', () => {
  it('over plain HTTP on loopback, still handing out Secure cookies', async () => {
    const listener = await startStoreNetwork(listenerOptions({ address: '127.0.0.1', port: 0 }));
    try {
      expect(listener.origin).toBe(`http://127.0.0.1:${listener.port}`);
      const network = { origin: listener.origin, certificate: '' };
      const reply = await send(network, '/api/sign-in', { body: { method: 'pin', staffId: 'ana', pin: '1234' } });
      expect(reply.status).toBe(200);
      expect(reply.cookies[0]).toMatch(/; HttpOnly; Secure; SameSite=Strict$/);
      expect(reply.headers['strict-transport-security'], 'no HSTS without TLS').toBeUndefined();
    } finally {
      await listener.close();
    }
  });

  it('on every address with TLS, answering to the address a page reached it by and to the certificate’s names', async () => {
    const files = await trialFiles(['store-pc.local']);
    const listener = await startStoreNetwork(listenerOptions({ address: '0.0.0.0', port: 0, certificate: files.certificate, key: files.key }));
    try {
      expect(listener.origin).toMatch(/^https:\/\/[\d.]+:\d+$/);
      const network = { origin: `https://127.0.0.1:${listener.port}`, certificate: files.cert };
      const signInAt = (host: string) =>
        send(network, '/api/sign-in', { body: { method: 'pin', staffId: 'ana', pin: '1234' }, headers: { host, origin: `https://${host}` } });
      expect((await signInAt(`127.0.0.1:${listener.port}`)).status).toBe(200);
      expect((await signInAt(`store-pc.local:${listener.port}`)).status).toBe(200);
      expect((await signInAt(`attacker.example:${listener.port}`)).status).toBe(403);
      const mismatched = await send(network, '/api/sign-in', {
        body: { method: 'pin', staffId: 'ana', pin: '1234' },
        headers: { host: `127.0.0.1:${listener.port}`, origin: `https://store-pc.local:${listener.port}` },
      });
      expect(mismatched.status, 'the Origin must be the origin of the Host asked').toBe(403);
    } finally {
      await listener.close();
    }
  });
});
