// The store config and its data files are read only as what they must be: regular files of UTF-8
// text within a size limit. A byte order mark is welcome; a device, a pipe, a giant file, bytes that
// are not UTF-8 and NUL are refused with a message that names the file and, for bad text, where.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadStoreConfig } from '../../../electron/host/config/load-store-config.ts';
import { readKioskConfig } from '../../../electron/host/load-kiosk.ts';
import { storeConfigFixture, tempStore, type TempStore } from '../../fixtures/store-config.ts';

const stores: TempStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.remove();
});

function storeWith(config: object | string = storeConfigFixture()): TempStore {
  const store = tempStore(config);
  stores.push(store);
  return store;
}

const configText = () => JSON.stringify(storeConfigFixture(), null, 2);

describe('reading the store config and its data files', () => {
  it('takes a config saved with a UTF-8 byte order mark, and counts JSON positions after it', () => {
    const store = storeWith();
    writeFileSync(store.configFile, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(configText())]));
    expect(loadStoreConfig(store.configFile)).toMatchObject({ ok: true });
    // The mark kept, JSON.parse would stop at it: line 1, column 1.
    writeFileSync(store.configFile, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{\n  "store": 1 2}')]));
    expect(loadStoreConfig(store.configFile)).toEqual({ ok: false, problem: { code: 'config.malformedJson', params: { file: 'store.json', line: 2, column: 14 } } });
  });

  it('names the line and column of bytes that are not UTF-8, and of a NUL', () => {
    const store = storeWith();
    // Latin-1 "é" (0xE9) where UTF-8 needs two bytes: line 3, after the 16 characters of `  "tienda": "Caf`.
    writeFileSync(store.configFile, Buffer.concat([Buffer.from('{\n  "a": 1,\n  "tienda": "Caf'), Buffer.from([0xe9]), Buffer.from('"\n}')]));
    expect(loadStoreConfig(store.configFile)).toEqual({
      ok: false,
      problem: { code: 'config.invalidText', params: { file: 'store.json', line: 3, column: 17, found: 'not UTF-8' } },
    });
    writeFileSync(store.configFile, `{\n  "ñandú": "a\u0000b"\n}`);
    expect(loadStoreConfig(store.configFile)).toEqual({
      ok: false,
      problem: { code: 'config.invalidText', params: { file: 'store.json', line: 2, column: 14, found: 'NUL' } },
    });
  });

  it('refuses an overlong encoding and a UTF-16 surrogate written as UTF-8', () => {
    const store = storeWith();
    for (const bytes of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]]) {
      writeFileSync(store.configFile, Buffer.concat([Buffer.from('{"a": "'), Buffer.from(bytes), Buffer.from('"}')]));
      expect(loadStoreConfig(store.configFile)).toMatchObject({ ok: false, problem: { code: 'config.invalidText', params: { line: 1, column: 8 } } });
    }
  });

  it('refuses a config over its size limit without parsing it', () => {
    const store = storeWith();
    writeFileSync(store.configFile, `${configText().slice(0, -1)}, "padding": "${'x'.repeat(3 * 1024 * 1024)}"}`);
    expect(loadStoreConfig(store.configFile)).toEqual({ ok: false, problem: { code: 'config.tooLarge', params: { file: 'store.json', limit: '2048 KiB' } } });
  });

  it('refuses a device or a pipe named as a data file at once, instead of reading it for ever', () => {
    const store = storeWith(storeConfigFixture({ data: { orders: '/dev/zero', bills: 'bills.json' } }));
    expect(readKioskConfig(store.configFile)).toMatchObject({
      ok: false,
      state: { state: 'outOfService', problem: { code: 'config.notAFile', params: { file: 'zero' } } },
    });
    const pipe = join(store.dir, 'orders.pipe');
    execFileSync('mkfifo', [pipe]);
    const piped = storeWith(storeConfigFixture({ data: { orders: pipe, bills: 'bills.json' } }));
    expect(readKioskConfig(piped.configFile)).toMatchObject({ ok: false, state: { problem: { code: 'config.notAFile', params: { file: 'orders.pipe' } } } });
  });

  it('names the line and column of a data file that is not JSON', () => {
    const store = storeWith();
    writeFileSync(join(store.dir, 'orders.json'), '{\n  "orders": [1 2]\n}');
    expect(readKioskConfig(store.configFile)).toMatchObject({
      ok: false,
      state: { problem: { code: 'config.malformedJson', params: { file: 'orders.json', line: 2, column: 16 } } },
    });
  });
});
