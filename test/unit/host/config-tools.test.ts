import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { storeConfigJsonSchema } from '../../../electron/host/config/json-schema.ts';
import { storeConfigFixture, withValue } from '../../fixtures/store-config.ts';
import { scratchStore } from '../../fixtures/temp-host.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const checkCli = fileURLToPath(new URL('../../../electron/host/config/check-cli.ts', import.meta.url));
function check(file: string) {
  return spawnSync(process.execPath, [checkCli, file], { cwd: projectRoot, encoding: 'utf8' });
}

describe('the operator config tools', () => {
  it('keep the JSON Schema in docs/ in step with the zod schema', () => {
    const committed = readFileSync(`${projectRoot}docs/store-config.schema.json`, 'utf8');
    expect(committed, 'run npm run config:schema').toBe(storeConfigJsonSchema());
  });

  it('pass the demo store', () => {
    const output = execFileSync(process.execPath, [checkCli, 'assets/stores/demo/store.json'], { cwd: projectRoot, encoding: 'utf8' });
    expect(output).toMatch(/^✓ .*demo-centro/);
  });

  it('name the file and the field of a bad config, and exit non-zero', () => {
    const store = scratchStore(withValue(storeConfigFixture(), 'session.idleSeconds', 'soon'));
    const result = check(store.configFile);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('store.json');
    expect(result.stderr).toContain('session.idleSeconds');
  });

  it('report malformed JSON with its line', () => {
    const store = scratchStore('{ "store": ');
    const result = check(store.configFile);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/line 1/);
  });
});
