import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { auditCsv, createAuditLog } from '../../../electron/host/staff/audit-log.ts';
import { openKioskDatabase } from '../../../electron/host/storage/database.ts';
import { clockAt } from '../../fixtures/host.ts';
import { scratchStore } from '../../fixtures/temp-host.ts';
import { later } from './staff-rig.ts';

function auditOnDisk() {
  const store = scratchStore();
  const file = `${store.dataDir}/atiende.sqlite`;
  const clock = clockAt(new Date('2026-03-02T09:00:00.000Z'));
  const db = openKioskDatabase(file);
  return { file, clock, db, audit: createAuditLog({ db, now: clock.now }) };
}

describe('the staff audit', () => {
  it('refuses to edit or delete an entry, even through raw SQL', () => {
    const { file, db, audit } = auditOnDisk();
    audit.record({ staffId: 'maria', device: 'kiosk', action: 'staff.signIn' });
    db.close();
    const raw = new DatabaseSync(file);
    try {
      expect(() => raw.exec("UPDATE staff_audit SET staff_id = 'juan'")).toThrow(/never edited/);
      expect(() => raw.exec('DELETE FROM staff_audit')).toThrow(/never deleted/);
      expect(raw.prepare('SELECT staff_id FROM staff_audit').all()).toEqual([{ staff_id: 'maria' }]);
    } finally {
      raw.close();
    }
  });

  it('reads newest first, a page at a time, and between two times given in any offset', () => {
    const { db, clock, audit } = auditOnDisk();
    for (let minute = 0; minute < 5; minute += 1) {
      audit.record({ staffId: 'maria', device: 'kiosk', action: 'kiosk.setAssisted', detail: { minute, assisted: minute % 2 === 0 } });
      later(clock, 60);
    }
    const first = audit.read({ limit: 2 });
    expect(first.map((entry) => entry.detail.minute)).toEqual([4, 3]);
    const second = audit.read({ limit: 2, before: first.at(-1)?.id });
    expect(second.map((entry) => entry.detail.minute)).toEqual([2, 1]);
    expect(audit.read({ limit: 2, before: second.at(-1)?.id }).map((entry) => entry.detail.minute)).toEqual([0]);
    // 10:01 and 10:03 at +01:00 are 09:01 and 09:03 UTC: both ends count.
    const range = audit.read({ from: '2026-03-02T10:01:00+01:00', to: '2026-03-02T10:03:00+01:00', limit: 10 });
    expect(range.map((entry) => entry.detail.minute)).toEqual([3, 2, 1]);
    expect(range[0]).toEqual({ id: 4, at: '2026-03-02T09:03:00.000Z', staffId: 'maria', device: 'kiosk', action: 'kiosk.setAssisted', detail: { minute: 3, assisted: false } });
    db.close();
  });

  it('exports CSV a spreadsheet opens safely: BOM, CRLF, quoted cells, no formulas', () => {
    const csv = auditCsv([
      { id: 2, at: '2026-03-02T09:01:00.000Z', staffId: null, device: '=HYPERLINK("http://x","y")', action: 'staff.signInFailed', detail: { method: 'pin' } },
      { id: 1, at: '2026-03-02T09:00:00.000Z', staffId: 'maria', device: 'Caja 1, planta "B"', action: 'staff.signIn', detail: { note: '-2+3', seconds: 30 } },
      { id: 3, at: '2026-03-02T09:02:00.000Z', staffId: 'ana', device: '@kiosk\nsecond line', action: '+cmd', detail: {} },
    ]);
    expect(csv.startsWith('\uFEFFid,at,staffId,device,action,detail\r\n')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'id,at,staffId,device,action,detail',
      `2,2026-03-02T09:01:00.000Z,,"'=HYPERLINK(""http://x"",""y"")",staff.signInFailed,method=pin`,
      '1,2026-03-02T09:00:00.000Z,maria,"Caja 1, planta ""B""",staff.signIn,note=-2+3; seconds=30',
      `3,2026-03-02T09:02:00.000Z,ana,"'@kiosk\nsecond line",'+cmd,`,
      '',
    ]);
  });
});
