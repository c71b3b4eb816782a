#!/usr/bin/env node
// The package's atiende-kiosk command: npm run kiosk, for a kiosk installed from source. It checks
// the Node.js version first (one line if too old), then runs the TypeScript command line.
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');
const { tooOld } = require('./require-node.cjs');

const message = tooOld(process.version);
if (message) {
  console.error(message);
  process.exit(1);
}
const run = spawnSync(process.execPath, [join(__dirname, 'host/api/kiosk-cli.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
