// The customer screens' scripts against the back office's, from the built renderer: what each page
// loads first (its scripts and their static imports) and everything it may ever load (dynamic
// imports too), and where the chart library sits, so a reader sees it never reaches the kiosk.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const builtRenderer = join(projectRoot, 'out/renderer');
/** Recharts names every element it draws `recharts-…`: a chunk that holds the chart library has it. */
const chartLibraryMarker = 'recharts-';

export interface PageScripts {
  page: string;
  firstLoadBytes: number;
  mayLoadBytes: number;
  /** Bytes of the chunks that hold the chart library among everything the page may load. */
  chartLibraryBytes: number;
}

export interface BundleFigures {
  kiosk: PageScripts;
  backOffice: PageScripts;
  /** Back office / kiosk, everything each may load. */
  ratio: number;
  /** The customer screens can never load the chart library (only the reports a manager opens at the kiosk do, on demand). */
  met: boolean;
  /** Whether this run built the renderer first. */
  built: boolean;
}

/** The newest modification time under a folder. */
function newest(folder: string): number {
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/** Builds the renderer when out/renderer is missing or older than a file it is built from. */
function ensureBuilt(): boolean {
  const built = join(builtRenderer, 'index.html');
  const sources = Math.max(newest(join(projectRoot, 'renderer')), newest(join(projectRoot, 'shared')), newest(join(projectRoot, 'assets/locales')));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return false;
  const npm = join(dirname(process.execPath), 'npm');
  const build = spawnSync(existsSync(npm) ? npm : 'npm', ['run', 'build', '--silent'], { cwd: projectRoot, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
  return true;
}

const staticImport = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'`](\.{1,2}\/[^"'`]+?\.js)["'`]/g;
const dynamicImport = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+?\.js)["'`]\s*\)/g;

/** The scripts a page's HTML loads: its module script and the ones it preloads, as paths under out/renderer. */
function htmlScripts(html: string): string[] {
  const found = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.\/([^"]+\.js)"/g)];
  return found.map((match) => match[1] ?? '');
}

function importsOf(renderer: string, file: string, pattern: RegExp): string[] {
  const code = readFileSync(join(renderer, file), 'utf8');
  return [...code.matchAll(pattern)].map((match) => posix.join(posix.dirname(file), match[1] ?? ''));
}

/** The reports page's own class: the chunk a manager at the kiosk loads on demand holds it. */
const reportsPageMarker = /["'`]reports-page["'`]/;

/**
 * Every script reachable from `start`, following static imports, and dynamic ones too when asked;
 * chunks whose code matches `avoiding` are not entered (the reports a manager opens at the kiosk).
 */
function reachable(renderer: string, start: readonly string[], dynamic: boolean, avoiding?: RegExp): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file) || (avoiding && avoiding.test(readFileSync(join(renderer, file), 'utf8')))) continue;
    seen.add(file);
    queue.push(...importsOf(renderer, file, staticImport));
    if (dynamic) queue.push(...importsOf(renderer, file, dynamicImport));
  }
  return seen;
}

function scriptsOf(renderer: string, page: string, avoiding?: RegExp): PageScripts {
  const entry = htmlScripts(readFileSync(join(renderer, page), 'utf8'));
  if (entry.length === 0) throw new Error(`${page} loads no script: is out/renderer built?`);
  const bytes = (files: Iterable<string>) => [...files].reduce((sum, file) => sum + statSync(join(renderer, file)).size, 0);
  const mayLoad = reachable(renderer, entry, true, avoiding);
  const charts = [...mayLoad].filter((file) => readFileSync(join(renderer, file), 'utf8').includes(chartLibraryMarker));
  return { page, firstLoadBytes: bytes(reachable(renderer, entry, false)), mayLoadBytes: bytes(mayLoad), chartLibraryBytes: bytes(charts) };
}

/**
 * Builds the renderer if it is stale, copies it to `copyTo` and measures the copy: the back office
 * bench serves that copy, so a build started meanwhile (by a developer, in another terminal) cannot
 * swap the chunks under a page that is loading them.
 */
export function runBundleBench(copyTo: string): BundleFigures {
  const built = ensureBuilt();
  cpSync(builtRenderer, copyTo, { recursive: true });
  // The customer screens: everything the kiosk page may load but the reports, which only a manager
  // signed in at the kiosk opens (they load the chart library then, on demand).
  const kiosk = scriptsOf(copyTo, 'index.html', reportsPageMarker);
  const backOffice = scriptsOf(copyTo, 'backoffice.html');
  return { kiosk, backOffice, ratio: backOffice.mayLoadBytes / kiosk.mayLoadBytes, met: kiosk.chartLibraryBytes === 0 && backOffice.chartLibraryBytes > 0, built };
}

export function printBundle(figures: BundleFigures): void {
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  const line = (name: string, scripts: PageScripts) =>
    `    ${name} first load ${kib(scripts.firstLoadBytes)}, all it may load ${kib(scripts.mayLoadBytes)}, of which the chart library ${kib(scripts.chartLibraryBytes)}`;
  console.log(`  scripts of each page (out/renderer${figures.built ? ', built for this run' : ''}):`);
  console.log(line('customer screens (index.html):', figures.kiosk));
  console.log(line('back office (backoffice.html): ', figures.backOffice));
  console.log(
    `    ratio back office / customer screens: ${figures.ratio.toFixed(2)}; chart library in the customer screens: ${figures.kiosk.chartLibraryBytes === 0 ? 'none' : 'PRESENT'}`,
  );
}
