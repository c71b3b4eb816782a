// The kiosk policy (assets/chromium/atiende-kiosk.json) as Chromium applies it. Chromium reads it from
// /etc/chromium/policies/managed; each Chromium here runs in a mount namespace of its own where that
// folder holds the policy, so nothing on the machine changes. Mount namespaces need root.
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { CdpError, connectCdp, type CdpConnection } from '../../../electron/browser/cdp-pipe.ts';
import { launchChromium } from '../../../electron/browser/chromium.ts';
import { policyFileName, shippedPolicyFile } from '../../../electron/browser/chromium-policy.ts';
import { openStartingPage, type StartingPage } from '../../../electron/browser/starting-page.ts';
import { chromiumBinary, copyBuiltRenderer, supervisedKiosk, testLaunch } from './supervised-kiosk.ts';

const asRoot = process.getuid?.() === 0;
const shippedPolicy = JSON.parse(readFileSync(shippedPolicyFile, 'utf8')) as Record<string, unknown>;

/** A Chromium program that runs Debian's with `policy` installed, in a mount namespace of its own. */
function chromiumWithPolicy(policy: object): string {
  const folder = mkdtempSync(join(tmpdir(), 'atiende-policy-test-'));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  const etc = join(folder, 'etc-chromium');
  cpSync('/etc/chromium', etc, { recursive: true });
  mkdirSync(join(etc, 'policies', 'managed'), { recursive: true });
  writeFileSync(join(etc, 'policies', 'managed', policyFileName), JSON.stringify(policy));
  const program = join(folder, 'chromium');
  writeFileSync(program, `#!/bin/sh\nexec unshare --mount sh -c 'mount --bind "$0" /etc/chromium && exec "${chromiumBinary}" "$@"' "${etc}" "$@"\n`);
  chmodSync(program, 0o755);
  return program;
}

let starting: StartingPage;
beforeAll(async () => {
  starting = await openStartingPage();
});
afterAll(() => starting.close());

/** A headless Chromium under `policy`, and the browser's end of its DevTools pipe. */
function browserUnder(policy: object): CdpConnection {
  const chromium = launchChromium(testLaunch(starting.url, chromiumWithPolicy(policy)));
  const cdp = connectCdp(chromium.toChromium, chromium.fromChromium);
  onTestFinished(async () => {
    cdp.close();
    chromium.kill('SIGKILL');
    await chromium.exited;
  });
  return cdp;
}

const targetSchema = (result: unknown) => result as { targetId: string };

/** The page's title once it has one: the starting page's is "Atiende". */
async function titleOf(cdp: CdpConnection, targetId: string): Promise<string> {
  return ((await cdp.send('Target.getTargetInfo', { targetId })) as { targetInfo: { title: string } }).targetInfo.title;
}

/** A new page on the starting page, attached once that is loaded; answers its session. */
async function attachedStartingPage(cdp: CdpConnection): Promise<{ targetId: string; sessionId: string }> {
  const { targetId } = targetSchema(await cdp.send('Target.createTarget', { url: starting.url }));
  await expect.poll(() => titleOf(cdp, targetId), { timeout: 20_000 }).toBe('Atiende');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
  return { targetId, sessionId };
}

/** Where a page of the kiosk's own ends up when sent to `url`: Chromium's error, or '' when it loaded. */
async function navigationFrom(cdp: CdpConnection, url: string): Promise<string> {
  const { sessionId } = await attachedStartingPage(cdp);
  const result = (await cdp.send('Page.navigate', { url }, { sessionId })) as { errorText?: string };
  return result.errorText ?? '';
}

describe.skipIf(!asRoot)('the kiosk policy, installed', () => {
  let renderer: { dir: string; remove(): void };
  beforeAll(() => {
    renderer = copyBuiltRenderer();
  });
  afterAll(() => renderer.remove());

  it('lets the shell watch its kiosk page through the pipe: up on attract, back from a crash and from leaving the kiosk', { timeout: 60_000 }, async () => {
    const kiosk = await supervisedKiosk({ rendererDir: renderer.dir, binary: chromiumWithPolicy(shippedPolicy) });
    await kiosk.attractShown(1);
    kiosk.browser.page()?.send('Page.crash', {}, 1_000).catch(() => undefined);
    await kiosk.attractShown(2);
    expect(kiosk.recoveries()).toEqual([{ type: 'kiosk.rendererRecovered', cause: 'crashed' }]);
    // A page sent off to another site (past the page's own guard) is blocked, and let go by DevTools:
    // the shell starts Chromium again.
    await kiosk.browser.page()?.send('Page.navigate', { url: 'http://example.com/' }, 5_000).catch(() => undefined);
    await kiosk.attractShown(3);
    expect(kiosk.lines.join('\n')).toContain('the kiosk page left the kiosk: ending Chromium');
    expect(kiosk.recoveries()).toHaveLength(2);
  });

  it('blocks every other site, files, data:, view-source: and chrome:// pages; the report folder and the loopback address stay open', { timeout: 60_000 }, async () => {
    const cdp = browserUnder(shippedPolicy);
    const reportFolder = mkdtempSync(join(tmpdir(), 'atiende-report-'));
    onTestFinished(() => rmSync(reportFolder, { recursive: true, force: true }));
    writeFileSync(join(reportFolder, 'report.html'), '<title>report</title>');
    for (const url of ['http://example.com/', 'file:///etc/hostname', 'data:text/html,hello', `view-source:${starting.url}`, 'chrome://policy', 'chrome://settings']) {
      expect(await navigationFrom(cdp, url), url).toBe('net::ERR_BLOCKED_BY_ADMINISTRATOR');
    }
    expect(await navigationFrom(cdp, `file://${reportFolder}/report.html`)).toBe('');
    // Nothing listens there: refused by the network, not by the policy.
    expect(await navigationFrom(cdp, 'http://127.0.0.1:9/')).toBe('net::ERR_UNSAFE_PORT');
  });

  it('opens no DevTools window, and the pipe may not attach to any page but the shell’s own', { timeout: 60_000 }, async () => {
    const cdp = browserUnder(shippedPolicy);
    const own = await attachedStartingPage(cdp);
    await expect(cdp.send('Target.openDevTools', { targetId: own.targetId })).rejects.toThrow('Failed to create DevTools window');
    const { targetId } = targetSchema(await cdp.send('Target.createTarget', { url: 'http://example.com/' }));
    await expect(cdp.send('Target.attachToTarget', { targetId, flatten: true })).rejects.toThrow('Not allowed');
    // A kiosk page that leaves for another site is let go.
    const left = new Promise((resolve) => cdp.on('Target.detachedFromTarget', (params) => (params as { sessionId: string }).sessionId === own.sessionId && resolve(true)));
    await cdp.send('Page.navigate', { url: 'http://example.com/' }, { sessionId: own.sessionId });
    expect(await left).toBe(true);
  });

  it('would leave the shell blind without the DevTools allowlist for 127.0.0.1', { timeout: 60_000 }, async () => {
    const cdp = browserUnder({ ...shippedPolicy, DeveloperToolsAvailabilityAllowlist: undefined });
    const { targetId } = targetSchema(await cdp.send('Target.createTarget', { url: starting.url }));
    // Once the starting page is loaded (its title shown), the answer is final.
    await expect.poll(() => titleOf(cdp, targetId), { timeout: 20_000 }).toBe('Atiende');
    const refusal = await cdp.send('Target.attachToTarget', { targetId, flatten: true }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(CdpError);
    expect((refusal as CdpError).message).toContain('Not allowed');
  });
});
