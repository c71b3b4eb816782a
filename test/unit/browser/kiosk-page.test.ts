// The kiosk page as the supervisor sees it through Chromium's DevTools pipe, on a headless Chromium
// and a small page server of the test's own: which page is the kiosk's, what else gets closed, and
// how a page that cannot load is reported.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { connectCdp, type CdpConnection } from '../../../electron/browser/cdp-pipe.ts';
import { launchChromium } from '../../../electron/browser/chromium.ts';
import { attachKioskPage, defaultHangPolicy, type PageTrouble } from '../../../electron/browser/kiosk-page.ts';
import { openStartingPage } from '../../../electron/browser/starting-page.ts';
import { realTimers } from '../../../electron/host/supervision/recovery-backoff.ts';
import { testLaunch } from './supervised-kiosk.ts';

let server: Server;
let origin: string;
beforeAll(async () => {
  // A kiosk page in miniature: "starting" first, its first real screen a moment later.
  server = createServer((request, response) => {
    response.setHeader('content-type', 'text/html');
    response.end(`<!doctype html><title>kiosk</title><div data-screen="starting"></div>
<script>setTimeout(() => document.querySelector('div').setAttribute('data-screen', 'attract'), 50)</script>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** A headless Chromium with the kiosk page attached; ended when the test finishes. */
async function attachedPage() {
  const starting = await openStartingPage();
  onTestFinished(() => starting.close());
  const chromium = launchChromium(testLaunch(starting.url));
  const cdp: CdpConnection = connectCdp(chromium.toChromium, chromium.fromChromium);
  onTestFinished(async () => {
    cdp.close();
    chromium.kill('SIGKILL');
    await chromium.exited;
  });
  const troubles: PageTrouble[] = [];
  const lines: string[] = [];
  const page = await attachKioskPage({ cdp, startingUrl: starting.url, hang: defaultHangPolicy, timers: realTimers, onTrouble: (trouble) => troubles.push(trouble), log: (line) => lines.push(line) });
  onTestFinished(() => page.stop());
  return { cdp, page, troubles, lines };
}

const pageTargets = async (cdp: CdpConnection) =>
  ((await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] }).targetInfos.filter((target) => target.type === 'page');

describe('the kiosk page in Chromium', () => {
  it('waits for the first screen after "starting", and answers its name', { timeout: 30_000 }, async () => {
    const { page, troubles } = await attachedPage();
    expect(await page.open(`${origin}/#code=one`)).toBe('attract');
    expect(troubles).toEqual([]);
  });

  it('closes any other page the moment it opens, DevTools and new windows alike', { timeout: 30_000 }, async () => {
    const { cdp, page, lines } = await attachedPage();
    await page.open(`${origin}/`);
    await cdp.send('Target.createTarget', { url: `${origin}/?another` });
    await expect.poll(() => lines.join('\n'), { timeout: 10_000 }).toContain('closed a page the kiosk did not open');
    await expect.poll(async () => (await pageTargets(cdp)).map((target) => target.url), { timeout: 10_000 }).toEqual([`${origin}/`]);
  });

  it('reports a page that cannot load, and the next address loads in the same page', { timeout: 30_000 }, async () => {
    const { page, troubles } = await attachedPage();
    // Port 9 (discard) is one Chromium refuses outright.
    expect(await page.open('http://127.0.0.1:9/')).toBeNull();
    expect(troubles).toEqual([{ kind: 'failedToLoad', detail: expect.stringContaining('ERR_UNSAFE_PORT') }]);
    expect(await page.open(`${origin}/`)).toBe('attract');
  });

  it('loads the page again when only the code in its address changed', { timeout: 30_000 }, async () => {
    const { page } = await attachedPage();
    expect(await page.open(`${origin}/#code=first`)).toBe('attract');
    await page.send('Runtime.evaluate', { expression: `document.querySelector('div').setAttribute('data-screen', 'home')` });
    expect(await page.open(`${origin}/#code=second`)).toBe('attract');
    expect(await page.send('Runtime.evaluate', { expression: 'location.hash', returnByValue: true })).toMatchObject({ result: { value: '#code=second' } });
  });
});
