// The trial certificate: for the hosts asked and this machine's loopback, a year long, a server
// certificate and not a CA, with its key; and the command that writes the pair, the key for its owner only.
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCertificateCli } from '../../../electron/host/network/certificate-cli.ts';
import { makeTrialCertificate } from '../../../electron/host/network/certificate.ts';
import { scratchStore } from '../../fixtures/temp-host.ts';

describe('the trial certificate', () => {
  it('names every host asked for plus 127.0.0.1 and localhost, lasts a year, and comes with its key', async () => {
    const from = new Date('2026-03-02T09:00:00Z');
    const { cert, key } = await makeTrialCertificate({ hosts: ['192.168.1.20', 'store-pc.local'], from });
    const certificate = new X509Certificate(cert);
    expect(certificate.subjectAltName?.split(', ').sort()).toEqual(['DNS:localhost', 'DNS:store-pc.local', 'IP Address:127.0.0.1', 'IP Address:192.168.1.20']);
    expect(new Date(certificate.validFrom).toISOString()).toBe(from.toISOString());
    expect(new Date(certificate.validTo).toISOString()).toBe('2027-03-02T09:00:00.000Z');
    expect(certificate.ca).toBe(false);
    expect(certificate.checkPrivateKey(createPrivateKey(key))).toBe(true);
    expect(certificate.checkHost('store-pc.local')).toBe('store-pc.local');
    expect(certificate.checkIP('192.168.1.20')).toBe('192.168.1.20');
    expect(certificate.checkHost('elsewhere.example')).toBeUndefined();
  });

  it('is written by npm run certificate, its key readable by its owner only', async () => {
    const store = scratchStore();
    const out = join(store.dir, 'tls');
    const outcome = await runCertificateCli(['--host', '192.168.1.20', '--host', 'store-pc.local', '--out', out]);
    expect(outcome).toMatchObject({ code: 0, out: expect.stringContaining('atiende.crt') });
    const certificate = new X509Certificate(readFileSync(join(out, 'atiende.crt')));
    expect(certificate.checkIP('192.168.1.20')).toBe('192.168.1.20');
    expect(statSync(join(out, 'atiende.key')).mode & 0o777).toBe(0o600);
    expect(certificate.checkPrivateKey(createPrivateKey(readFileSync(join(out, 'atiende.key'))))).toBe(true);
  });

  it('is not written without a host and a folder, or for something that is no host', async () => {
    expect(await runCertificateCli(['--out', 'somewhere'])).toMatchObject({ code: 2, err: expect.stringContaining('usage') });
    expect(await runCertificateCli(['--host', '192.168.1.20'])).toMatchObject({ code: 2 });
    expect(await runCertificateCli(['--host', 'http://store/', '--out', 'somewhere'])).toMatchObject({ code: 2, err: expect.stringContaining('neither') });
  });
});
