import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { registerAppScheme, setupProtocol } from '../../../electron/main/app-protocol.ts';
import { contentSecurityPolicy } from '../../../shared/security/content-security-policy.ts';
import { createFakeElectron } from '../../fakes/electron.ts';
import { makeTempDir } from './shell-fixtures.ts';

/** A built renderer in a temp folder, with a secret beside it that must never be served. */
function builtRenderer() {
  const temp = makeTempDir();
  const root = join(temp.path, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Atiende</title><script type="module" src="./assets/index.js"></script>');
  writeFileSync(join(root, 'assets/index.js'), 'console.log("kiosk")');
  writeFileSync(join(root, 'assets/index.css'), 'body{margin:0}');
  writeFileSync(join(root, 'assets/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(root, 'assets/chime.bin'), 'x');
  writeFileSync(join(temp.path, 'secret.txt'), 'operator password');
  symlinkSync(join(temp.path, 'secret.txt'), join(root, 'assets/leak.txt'));
  return { temp, root };
}

const renderer = builtRenderer();
afterAll(() => renderer.temp.remove());

function servedProtocol() {
  const electron = createFakeElectron();
  setupProtocol({ protocol: electron.protocol, rendererRoot: renderer.root });
  return electron.protocol;
}

describe('the app:// protocol', () => {
  it('registers app as a standard, secure, fetch-capable scheme before the app is ready', () => {
    const electron = createFakeElectron();
    registerAppScheme(electron.protocol);
    expect(electron.protocol.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves index.html with the content security policy', async () => {
    const response = await servedProtocol().request('app://kiosk/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await response.text()).toContain('<title>Atiende</title>');
  });

  it('serves index.html for the bare origin', async () => {
    const response = await servedProtocol().request('app://kiosk/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it('serves scripts, styles and images with their media types', async () => {
    const protocol = servedProtocol();
    const script = await protocol.request('app://kiosk/assets/index.js?v=1');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("kiosk")');
    expect((await protocol.request('app://kiosk/assets/index.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await protocol.request('app://kiosk/assets/logo.svg')).headers.get('content-type')).toBe('image/svg+xml');
    expect((await protocol.request('app://kiosk/assets/chime.bin')).headers.get('content-type')).toBe('application/octet-stream');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 404 for a file the renderer does not have', async () => {
    expect((await servedProtocol().request('app://kiosk/assets/missing.js')).status).toBe(404);
  });

  it('refuses to climb out of the renderer folder with dot segments', async () => {
    const protocol = servedProtocol();
    for (const url of ['app://kiosk/../../etc/passwd', 'app://kiosk/../secret.txt', 'app://kiosk/assets/../../secret.txt']) {
      const response = await protocol.request(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toMatch(/root:|operator password/);
    }
  });

  it('refuses to climb out of the renderer folder with encoded dot segments', async () => {
    const protocol = servedProtocol();
    for (const url of [
      'app://kiosk/%2e%2e%2fsecret.txt',
      'app://kiosk/..%2fsecret.txt',
      'app://kiosk/assets/..%2f..%2fsecret.txt',
      'app://kiosk/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd',
      'app://kiosk/%2Fetc%2Fpasswd',
    ]) {
      const response = await protocol.request(url);
      expect([403, 404], url).toContain(response.status);
      expect(await response.text(), url).not.toMatch(/root:|operator password/);
    }
    expect((await protocol.request('app://kiosk/%2e%2e%2fsecret.txt')).status).toBe(403);
  });

  it('refuses an escape before looking, so it cannot tell which files exist outside', async () => {
    const protocol = servedProtocol();
    expect((await protocol.request('app://kiosk/%2e%2e%2fsecret.txt')).status).toBe(403);
    expect((await protocol.request('app://kiosk/%2e%2e%2fno-such-file.txt')).status).toBe(403);
  });

  it('refuses a symlink that leads out of the renderer folder', async () => {
    const response = await servedProtocol().request('app://kiosk/assets/leak.txt');
    expect(response.status).toBe(403);
  });

  it('refuses broken escapes and NUL bytes', async () => {
    const protocol = servedProtocol();
    expect((await protocol.request('app://kiosk/%E0%A4%A')).status).toBe(400);
    expect((await protocol.request('app://kiosk/index.html%00.js')).status).toBe(400);
  });

  it('serves only the kiosk host, and only reads', async () => {
    const protocol = servedProtocol();
    expect((await protocol.request('app://elsewhere/index.html')).status).toBe(404);
    expect((await protocol.request('app://kiosk/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
  });
});
