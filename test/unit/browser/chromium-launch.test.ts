// How the browser shell launches Chromium: flags Chromium really has, its sandbox kept unless the
// shell runs as root, the DevTools pipe and never a port, the kiosk policy it asks the operator to
// install, and throwaway profiles that do not outlive their shell.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { chromiumArguments, hasDisplay } from '../../../electron/browser/chromium.ts';
import { policyFileName, policyProblem, shippedPolicyFile } from '../../../electron/browser/chromium-policy.ts';
import { createProfile, removeStaleProfiles } from '../../../electron/browser/chromium-profile.ts';

/** The Chromium program itself: /usr/bin/chromium is Debian's launcher script for it. */
const chromiumProgram = '/usr/lib/chromium/chromium';

/** Which of `names` appear in the file as whole C strings (switch and feature names are stored so). */
async function namesIn(file: string, names: readonly string[]): Promise<Set<string>> {
  const wanted = names.map((name) => ({ name, bytes: Buffer.from(`${name}\0`) }));
  const found = new Set<string>();
  const overlap = Math.max(...wanted.map((each) => each.bytes.length));
  let tail = Buffer.alloc(0);
  for await (const chunk of createReadStream(file, { highWaterMark: 8 * 1024 * 1024 })) {
    const window = Buffer.concat([tail, chunk as Buffer]);
    for (const { name, bytes } of wanted) if (!found.has(name) && window.includes(bytes)) found.add(name);
    tail = window.subarray(window.length - overlap);
  }
  return found;
}

function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'atiende-launch-test-'));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

const kioskArguments = chromiumArguments({ startUrl: 'http://127.0.0.1:1/' }, '/tmp/profile');

describe('the Chromium launch', () => {
  it('passes only switches and features the installed Chromium knows', { timeout: 60_000 }, async () => {
    expect(existsSync(chromiumProgram), `${chromiumProgram}: apt-get install -y chromium`).toBe(true);
    const everyLaunch = [...kioskArguments, ...chromiumArguments({ startUrl: 'http://x/', headless: true, asRoot: true }, '/p')];
    const switches = [...new Set(everyLaunch.map((arg) => /^--([^=]+)/.exec(arg)?.[1]).filter((name) => name !== undefined))];
    const features = everyLaunch.flatMap((arg) => (arg.startsWith('--disable-features=') ? arg.slice('--disable-features='.length).split(',') : []));
    // V8's own flags, passed on by --js-flags: V8 keeps their names with underscores.
    const v8Flags = everyLaunch.flatMap((arg) => (arg.startsWith('--js-flags=') ? arg.slice('--js-flags='.length).split(' ') : [])).map((flag) => flag.slice(2).replaceAll('-', '_'));
    expect(new Set(v8Flags)).toEqual(new Set(['enable_experimental_regexp_engine_on_excessive_backtracks']));
    // Names that Chromium once had or never had: the search must not find them, or it proves nothing.
    const gone = ['disable-translate', 'disable-session-crashed-bubble', 'disable-dev-tools', 'TranslateUI', 'enable_experimental_regexp_engine_on_too_many_backtracks'];
    const found = await namesIn(chromiumProgram, [...switches, ...features, ...v8Flags, ...gone]);
    expect([...switches, ...features, ...v8Flags].filter((name) => !found.has(name))).toEqual([]);
    expect(gone.filter((name) => found.has(name))).toEqual([]);
  });

  it('opens the starting page as a kiosk app with the profile given, talking DevTools over the pipe only', () => {
    expect(kioskArguments).toEqual(expect.arrayContaining(['--kiosk', '--app=http://127.0.0.1:1/', '--user-data-dir=/tmp/profile', '--remote-debugging-pipe']));
    expect(kioskArguments.some((arg) => arg.startsWith('--remote-debugging-port'))).toBe(false);
    // What puppeteer and playwright would add: an infobar and automation behaviour a kiosk must not have.
    expect(kioskArguments).not.toContain('--enable-automation');
    expect(kioskArguments).not.toContain('--headless');
  });

  it('keeps the sandbox unless the shell runs as root', () => {
    expect(kioskArguments).not.toContain('--no-sandbox');
    expect(chromiumArguments({ startUrl: 'http://x/', asRoot: true }, '/p')).toContain('--no-sandbox');
  });

  it('runs headless only when asked, as tests and the start bench do', () => {
    expect(chromiumArguments({ startUrl: 'http://x/', headless: true }, '/p')).toEqual(expect.arrayContaining(['--headless', '--disable-gpu']));
  });

  it('knows when there is no display', () => {
    expect(hasDisplay({})).toBe(false);
    expect(hasDisplay({ DISPLAY: ':0' })).toBe(true);
  });
});

describe('the kiosk policy', () => {
  const policy = JSON.parse(readFileSync(shippedPolicyFile, 'utf8')) as Record<string, unknown>;

  it('turns off DevTools, printing, downloads, file dialogs, translation and password saving', () => {
    expect(policy).toMatchObject({
      DeveloperToolsAvailability: 2,
      PrintingEnabled: false,
      DownloadRestrictions: 3,
      AllowFileSelectionDialogs: false,
      TranslateEnabled: false,
      PasswordManagerEnabled: false,
    });
  });

  it('blocks every address but the shell’s own on the loopback address, the DevTools front end among them', () => {
    expect(policy.URLBlocklist).toEqual(expect.arrayContaining(['*', 'devtools://*', 'chrome://*', 'view-source:*', 'javascript://*']));
    expect(policy.URLAllowlist).toContain('http://127.0.0.1');
    // The DevTools pipe may attach to the shell's own pages only; to nothing else, ever.
    expect(policy.DeveloperToolsAvailabilityAllowlist).toEqual(['http://127.0.0.1']);
    // Only the managers' PDF reports, printed from a private temp folder, may be opened as files.
    expect((policy.URLAllowlist as string[]).filter((entry) => entry.startsWith('file:'))).toEqual(['file:///tmp/atiende-report-']);
  });

  it('says in one line when the policy is missing, differs, or cannot be read, and nothing when it is the one shipped', () => {
    const debian = join(temporaryFolder(), 'chromium');
    const chrome = join(temporaryFolder(), 'chrome');
    mkdirSync(debian);
    mkdirSync(chrome);
    const folders = [debian, chrome];
    expect(policyProblem(folders)).toMatch(/^Chromium's kiosk policy is not installed \(.*chromium\/atiende-kiosk\.json\): .*docs\/hardening\.md\.$/);
    writeFileSync(join(chrome, policyFileName), readFileSync(shippedPolicyFile));
    expect(policyProblem(folders)).toBeNull();
    writeFileSync(join(debian, policyFileName), JSON.stringify({ ...policy, PrintingEnabled: true }));
    expect(policyProblem(folders)).toMatch(/^Chromium's kiosk policy .*atiende-kiosk\.json differs from .*assets\/chromium\/atiende-kiosk\.json/);
    writeFileSync(join(debian, policyFileName), '{ not json');
    expect(policyProblem(folders)).toMatch(/^Chromium's kiosk policy .* cannot be read/);
    for (const problem of [policyProblem([debian]), policyProblem([temporaryFolder()])]) expect(problem?.split('\n')).toHaveLength(1);
  });
});

describe('Chromium profiles', () => {
  it('are folders only the kiosk’s user can open, named after their shell', () => {
    const profile = createProfile(temporaryFolder());
    expect(profile).toMatch(new RegExp(`/atiende-chromium-${process.pid}-\\w+$`));
    expect(statSync(profile).mode & 0o777).toBe(0o700);
  });

  it('of a shell that is gone are removed; those of a shell still running are kept', () => {
    const parent = temporaryFolder();
    // A process that has ended: its id is free (and not reused this quickly).
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    const orphan = join(parent, `atiende-chromium-${ended}-abc123`);
    const mine = createProfile(parent);
    const stranger = join(parent, 'atiende-report-xyz');
    for (const folder of [orphan, stranger]) mkdirSync(folder);
    writeFileSync(join(orphan, 'Cookies'), 'the pass of a page');
    expect(removeStaleProfiles(parent)).toBe(1);
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(mine)).toBe(true);
    expect(existsSync(stranger)).toBe(true);
  });
});
