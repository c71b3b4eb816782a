// Whether the kiosk's managed Chromium policy (assets/chromium/atiende-kiosk.json) is installed where
// Chromium reads it. Only a policy turns off what no flag can (DevTools, printing, downloads, file
// dialogs, every site but the kiosk's own); an operator who skipped that step hears so at each start.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

export const policyFileName = 'atiende-kiosk.json';

/** The policy as shipped, to copy into place (docs/hardening.md). */
export const shippedPolicyFile = fileURLToPath(new URL(`../../assets/chromium/${policyFileName}`, import.meta.url));

/** Where Debian's Chromium reads managed policies, then Google Chrome (ATIENDE_CHROMIUM may name either). */
export const managedPolicyFolders = ['/etc/chromium/policies/managed', '/etc/opt/chrome/policies/managed'];

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** One line saying what is wrong with the installed policy, or null when it is the shipped one. */
export function policyProblem(folders: readonly string[] = managedPolicyFolders, shipped: string = shippedPolicyFile): string | null {
  const expected = readJson(shipped);
  for (const folder of folders) {
    const installed = join(folder, policyFileName);
    let found: unknown;
    try {
      found = readJson(installed);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      return `Chromium's kiosk policy ${installed} cannot be read (${(error as Error).message}): Chromium runs without it; see docs/hardening.md.`;
    }
    return isDeepStrictEqual(found, expected) ? null : `Chromium's kiosk policy ${installed} differs from ${shipped}: check that the difference is meant (docs/hardening.md).`;
  }
  return `Chromium's kiosk policy is not installed (${join(folders[0] ?? '', policyFileName)}): DevTools, printing, downloads and other sites stay open at the screen; see docs/hardening.md.`;
}
