import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStaffFile, staffFilePath, writeStaffFile } from '../../../electron/host/staff/staff-file.ts';
import { scratchStore } from '../../fixtures/temp-host.ts';
import { writeStaff } from '../../fixtures/staff.ts';
import { staffFileAt } from './staff-rig.ts';

describe('the staff file', () => {
  it('is written whole, readable by its owner only, with no temporary file left beside it', async () => {
    const { dir } = scratchStore();
    const file = join(dir, 'staff.json');
    const before = readdirSync(dir);
    await writeStaff(join(dir, 'draft.json'), [{ id: 'maria', name: 'María', pin: '482916', badge: 'BADGE-0001' }]);
    const staff = staffFileAt(join(dir, 'draft.json'));
    const umask = process.umask(0o022);
    try {
      writeStaffFile(file, staff);
      writeStaffFile(file, { ...staff, staff: [] });
    } finally {
      process.umask(umask);
    }
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).sort()).toEqual([...before, 'draft.json', 'staff.json'].sort());
    expect(readStaffFile(file)).toEqual({ ok: true, staff: { ...staff, staff: [] } });
  });

  it('lies beside the store config that names it, and nowhere without a staff section', () => {
    expect(staffFilePath('/stores/centro/store.json', { staff: { file: 'staff.json', consoleIdleMinutes: 30, kioskIdleMinutes: 3, kioskGesture: { corner: 'topEnd', holdSeconds: 3 } } })).toBe(
      '/stores/centro/staff.json',
    );
    expect(staffFilePath('/stores/centro/store.json', {})).toBeNull();
  });

  it('names what is wrong with a broken file as a config problem', async () => {
    const { dir } = scratchStore();
    const file = join(dir, 'staff.json');
    expect(readStaffFile(file)).toEqual({ ok: false, missing: true, problem: { code: 'config.unreadable', params: { file: 'staff.json', reason: 'ENOENT' } } });
    writeFileSync(file, '{ "version": 1,');
    expect(readStaffFile(file)).toMatchObject({ ok: false, missing: false, problem: { code: 'config.malformedJson' } });
    await writeStaff(join(dir, 'draft.json'), [{ id: 'maria', name: 'María', pin: '482916' }, { id: 'juan', name: 'Juan', pin: '739184' }]);
    const staff = staffFileAt(join(dir, 'draft.json'));
    const twice = { ...staff, staff: [staff.staff[0], { ...staff.staff[1], id: 'MARIA' }] };
    writeFileSync(file, JSON.stringify(twice));
    expect(readStaffFile(file)).toEqual({
      ok: false,
      missing: false,
      problem: { code: 'config.invalidValue', params: { file: 'staff.json', path: 'staff[1].id', expected: 'an id no other member has' } },
    });
    writeFileSync(file, JSON.stringify({ ...staff, staff: [{ ...staff.staff[0], pin: '482916' }] }));
    expect(readStaffFile(file)).toMatchObject({ ok: false, problem: { code: 'config.invalidValue', params: { path: 'staff[0].pin' } } });
  });
});
