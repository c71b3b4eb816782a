// The customer screens never load the chart library: the kiosk page's scripts and everything they
// import statically are free of Recharts and of the reports. A manager signed in at the kiosk
// reads the reports there, so the kiosk may reach Recharts, but only on demand: through a dynamic
// import of the reports page, which in turn loads the charts' own chunk on demand. The back office
// reaches its charts the same way, and the counter console never. Reads the built renderer, so it
// runs after `npm run build` (npm test builds first).
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const rendererDir = fileURLToPath(new URL('../../../out/renderer/', import.meta.url));
const built = existsSync(join(rendererDir, 'index.html')) && existsSync(join(rendererDir, 'backoffice.html'));

/** Recharts' own class names survive minification: a chunk that draws its charts holds them. */
const rechartsMark = /recharts-(wrapper|surface|cartesian)/;
/** The reports page's own class: a chunk that holds the page writes it. */
const reportsPageMark = /["'`]reports-page["'`]/;

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

/** The kiosk page's own screens: index.html picks them (or the waiting board's) and imports them on demand. */
function kioskScreens(): string {
  const screens = pageScripts('index.html')
    .flatMap((script) => importsOf(script, dynamicImport))
    .find((path) => posix.basename(path).startsWith('start-kiosk'));
  if (!screens) throw new Error('index.html imports no start-kiosk chunk: the walk would prove nothing');
  return screens;
}

// Skipped, and saying why in its name, only where nothing has been built yet.
describe.skipIf(!built)(built ? 'the built renderer' : 'the built renderer (skipped: out/renderer is missing, run `npm run build` first)', () => {
  it('gives the customer screens neither the chart library nor the reports in anything they load up front', () => {
    const upFront = reachable([...pageScripts('index.html'), kioskScreens()], { dynamic: false });
    // The walk must have followed the kiosk's screens into their own imports, or it proves nothing.
    expect(upFront.length).toBeGreaterThan(pageScripts('index.html').length + 1);
    expect(withRecharts(upFront)).toEqual([]);
    expect(withReportsPage(upFront)).toEqual([]);
  });

  it('lets the kiosk reach the chart library only through the reports page, imported on demand, which imports the charts on demand too', () => {
    const entries = pageScripts('index.html');
    const upFront = reachable([...entries, kioskScreens()], { dynamic: false });
    const everything = reachable(entries, { dynamic: true });
    // A manager at the kiosk does reach the charts: the walk finds them, so their absence below means something.
    expect(withRecharts(everything)).toHaveLength(1);

    // What the kiosk's screens import on demand that carries the reports page: the manager's reports.
    const onDemand = [...new Set(upFront.flatMap((path) => importsOf(path, dynamicImport)))].filter((path) => !upFront.includes(path));
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
