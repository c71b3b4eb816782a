// Builds the three Electron targets (main, sandboxed preload, React renderer) into out/.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = import.meta.dirname;

/** zod's two modules that write JSON Schema, by the path they are loaded from. */
const zodJsonSchemaModule = /[\\/]zod[\\/]v4[\\/]core[\\/](?:json-schema-processors|to-json-schema)\.js$/;

/** What the renderer does use of those modules: schemas' `minLength` and the like read it. */
const keptFromZod: ReadonlySet<string> = new Set(['aggregateChecks']);

/** Every name an ES module exports (`export function x`, `export const x`, `export { a as x }`). */
function exportedNames(code: string): string[] {
  const declared = [...code.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|let|var|class)\s+([\w$]+)/gm)].map((match) => match[1] ?? '');
  const listed = [...code.matchAll(/^export\s*\{([^}]*)\}/gm)].flatMap((match) =>
    (match[1] ?? '').split(',').map((part) => part.trim().split(/\s+as\s+/).at(-1) ?? '').filter(Boolean),
  );
  return [...declared, ...listed];
}

/**
 * The renderer checks data with zod but never writes JSON Schema, yet zod's classic API builds the
 * JSON-schema writer into every schema (a `toJSONSchema` method, a processor per schema kind), so
 * no bundler can drop it: the renderer gets stand-ins for those two modules that say so if ever
 * called. What it does use is taken from zod's own module, of which the bundler then keeps just that.
 */
function zodWithoutJsonSchema(): Plugin {
  return {
    name: 'atiende:zod-without-json-schema',
    enforce: 'pre',
    load(id) {
      if (!zodJsonSchemaModule.test(id)) return null;
      const names = exportedNames(readFileSync(id, 'utf8'));
      const real = names.filter((name) => keptFromZod.has(name));
      // Factories run when a schema is built or read (`~standard`): they must not throw, what they make does.
      const standIn = (name: string) => `${name.startsWith('create') ? 'factory' : 'leftOut'} as ${name}`;
      return [
        `const leftOut = () => { throw new Error("zod's JSON Schema is left out of the renderer (electron.vite.config.ts)"); };`,
        'const factory = () => leftOut;',
        `export { ${names.filter((name) => !real.includes(name)).map(standIn).join(', ')} };`,
        ...(real.length > 0 ? [`export { ${real.join(', ')} } from ${JSON.stringify(`${id}?whole`)};`] : []),
      ].join('\n');
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      rollupOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload can require nothing but electron: bundle it whole, as CommonJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react(), zodWithoutJsonSchema()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      minify: true,
      rollupOptions: {
        input: {
          index: resolve(root, 'renderer/index.html'),
          console: resolve(root, 'renderer/console.html'),
          backoffice: resolve(root, 'renderer/backoffice.html'),
        },
      },
    },
  },
});
