// What each page loads up front, read from the built renderer. The kiosk page's first load (its
// scripts, the two chunks it imports at once to start the kiosk, and everything they import
// statically) draws the attract screen and nothing more: not the waiting board, not the tour
// library, not zod's JSON-schema writer, not the screens of a session, not the charts or reports.
// Those it reaches only through imports on demand; zod's JSON-schema writer not at all. A manager
// signed in at the kiosk reads the reports there, through a dynamic import of the reports page,
// which in turn loads the charts' own chunk on demand. The back office reaches its charts the same
// way, and the counter console never. Runs after `npm run build` (npm test builds first).
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const rendererDir = fileURLToPath(new URL('../../../out/renderer/', import.meta.url));
const zodCore = fileURLToPath(new URL('../../../node_modules/zod/v4/core/', import.meta.url));
const built = existsSync(join(rendererDir, 'index.html')) && existsSync(join(rendererDir, 'backoffice.html'));

/** Recharts' own class names survive minification: a chunk that draws its charts holds them. */
const rechartsMark = /recharts-(wrapper|surface|cartesian)/;
/** The reports page's own class: a chunk that holds the page writes it. */
const reportsPageMark = /["'`]reports-page["'`]/;
/** The tour library names its portal and floater after itself. */
const tourLibraryMark = /react-joyride/;
/** zod's JSON-schema writer explains what it cannot write, in messages minification keeps. */
const jsonSchemaMark = /cannot be represented in JSON Schema/;
/** Classes the waiting board writes: a chunk that draws it holds them. */
const boardMark = /["'`]board__(service|counter)/;
/** The ticket screen's number and a flow's introduction, two screens of a session past attract. */
const sessionScreensMark = /["'`](waiting__number|flow-benefit)["'`]/;

/** Module imports in a built chunk: `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`. */
const staticImport = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'`](\.{1,2}\/[^"'`]+?\.js)["'`]/g;
/** `import("./x.js")`: loaded only when the code runs it. */
const dynamicImport = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+?\.js)["'`]\s*\)/g;

function code(path: string): string {
  return readFileSync(join(rendererDir, path), 'utf8');
}

/** The scripts a page's HTML loads or preloads, as paths under out/renderer. */
function pageScripts(page: string): string[] {
  return [...code(page).matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((match) => posix.normalize(match[1] ?? ''));
}

function importsOf(path: string, pattern: RegExp): string[] {
  return [...code(path).matchAll(pattern)].map((match) => posix.join(posix.dirname(path), match[1] ?? ''));
}

/**
 * Every script reachable from `entries` by static imports, and by dynamic ones too when `dynamic`;
 * the scripts in `avoiding` are never entered, so what is found is what loads without them.
 * (Vite's preload lists name only a dynamic import's own static imports: following real imports is enough.)
 */
function reachable(entries: string[], { dynamic, avoiding = [] }: { dynamic: boolean; avoiding?: string[] }): string[] {
  const seen = new Set<string>();
  const queue = entries.filter((entry) => !avoiding.includes(entry));
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (seen.has(path)) continue;
    seen.add(path);
    const next = [...importsOf(path, staticImport), ...(dynamic ? importsOf(path, dynamicImport) : [])];
    queue.push(...next.filter((found) => !avoiding.includes(found)));
  }
  return [...seen];
}

const holding = (mark: RegExp) => (scripts: string[]) => scripts.filter((path) => mark.test(code(path)));
const withRecharts = holding(rechartsMark);
const withReportsPage = holding(reportsPageMark);

/** A chunk index.html imports on demand, by the name of the module it starts from. */
function startChunk(name: string): string {
  const chunk = pageScripts('index.html')
    .flatMap((script) => importsOf(script, dynamicImport))
    .find((path) => posix.basename(path).startsWith(`${name}-`));
  if (!chunk) throw new Error(`index.html imports no ${name} chunk: the walk would prove nothing`);
  return chunk;
}

/** What the kiosk page loads to paint the attract screen: its scripts, the kiosk's start and the page's connection, with their static imports. */
function kioskFirstLoad(): string[] {
  return reachable([...pageScripts('index.html'), startChunk('start-kiosk'), startChunk('connect-page')], { dynamic: false });
}

// Skipped, and saying why in its name, only where nothing has been built yet.
describe.skipIf(!built)(built ? 'the built renderer' : 'the built renderer (skipped: out/renderer is missing, run `npm run build` first)', () => {
  it('paints the attract screen without the waiting board, the tour library, zod’s JSON-schema writer or the screens of a session', () => {
    const firstLoad = kioskFirstLoad();
    // The walk must have followed the kiosk's start into its own imports, or it proves nothing.
    expect(firstLoad.length).toBeGreaterThan(pageScripts('index.html').length + 2);
    for (const mark of [boardMark, tourLibraryMark, jsonSchemaMark, sessionScreensMark, rechartsMark, reportsPageMark]) {
      expect({ mark: String(mark), chunks: holding(mark)(firstLoad) }).toEqual({ mark: String(mark), chunks: [] });
    }
  });

  it('reaches the waiting board, the tour library and the screens of a session only through imports on demand, each in chunks of its own', () => {
    const everything = reachable(pageScripts('index.html'), { dynamic: true });
    const firstLoad = kioskFirstLoad();
    for (const mark of [boardMark, tourLibraryMark, sessionScreensMark]) {
      // Found among all the page may load, so their absence from the first load means something.
      const chunks = holding(mark)(everything);
      expect(chunks.length, String(mark)).toBeGreaterThan(0);
      expect(chunks.filter((chunk) => firstLoad.includes(chunk)), String(mark)).toEqual([]);
    }
    // The tour library comes only when a tour may run, not with the session's screens.
    const sessionScreens = holding(sessionScreensMark)(everything);
    expect(holding(tourLibraryMark)(reachable(sessionScreens, { dynamic: false }))).toEqual([]);
  });

  it('carries zod’s JSON-schema writer nowhere in the renderer, though zod’s own module has it', () => {
    // The mark is the writer's: zod's module holds it, so finding it nowhere below means it was left out.
    expect(readFileSync(join(zodCore, 'json-schema-processors.js'), 'utf8')).toMatch(jsonSchemaMark);
    const pages = ['index.html', 'console.html', 'backoffice.html'];
    const everything = [...new Set(pages.flatMap((page) => reachable(pageScripts(page), { dynamic: true })))];
    expect(everything.length).toBeGreaterThan(pages.length);
    expect(holding(jsonSchemaMark)(everything)).toEqual([]);
  });

  it('lets the kiosk reach the chart library only through the reports page, imported on demand, which imports the charts on demand too', () => {
    const entries = pageScripts('index.html');
    const firstLoad = kioskFirstLoad();
    const everything = reachable(entries, { dynamic: true });
    // A manager at the kiosk does reach the charts: the walk finds them, so their absence below means something.
    expect(withRecharts(everything)).toHaveLength(1);

    // What the kiosk imports on demand that carries the reports page: the manager's reports.
    const onDemand = [...new Set(everything.flatMap((path) => importsOf(path, dynamicImport)))].filter((path) => !firstLoad.includes(path));
    const reportsPages = onDemand.filter((path) => withReportsPage(reachable([path], { dynamic: false })).length > 0);
    expect(reportsPages).toHaveLength(1);
    // Opening the reports draws the tables first: the charts come in a chunk of their own after.
    expect(withRecharts(reachable(reportsPages, { dynamic: false }))).toEqual([]);
    // Without the reports page, nothing the kiosk may ever load holds the chart library.
    expect(withRecharts(reachable(entries, { dynamic: true, avoiding: reportsPages }))).toEqual([]);
  });

  it('gives the back office its charts, in a chunk of their own that it loads on demand', () => {
    const charts = withRecharts(reachable(pageScripts('backoffice.html'), { dynamic: true }));
    expect(charts).toHaveLength(1);
    expect(pageScripts('backoffice.html')).not.toContain(charts[0]);
    expect(withRecharts(reachable(pageScripts('backoffice.html'), { dynamic: false }))).toEqual([]);
  });

  it('keeps the chart library out of the counter console too', () => {
    expect(withRecharts(reachable(pageScripts('console.html'), { dynamic: true }))).toEqual([]);
  });
});
