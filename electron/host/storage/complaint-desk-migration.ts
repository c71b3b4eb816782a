// Migration 10: the complaint desk (electron/host/complaints/): what managers did about each
// complaint, and a complaint whose text, contact and note can all be erased after the keeping days.
import type { Migration } from './migrations.ts';

export const complaintDeskMigration: Migration = {
  version: 10,
  name: 'complaint desk: the follow-up of each complaint, its text erased with its contact',
  sql: `
    -- Rebuilt rather than altered: the text must become erasable, and SQLite cannot drop a NOT NULL.
    CREATE TABLE complaint_desk (
      reference TEXT PRIMARY KEY,
      category TEXT NOT NULL,
      -- What the customer wrote, the contact they left and the manager's note: null once erased.
      description TEXT,
      contact TEXT,
      note TEXT,
      -- Whether the customer left contact details, kept after they are erased: the reports count it.
      contact_left INTEGER NOT NULL CHECK (contact_left IN (0, 1)),
      ticket_number TEXT NOT NULL,
      filed_at TEXT NOT NULL,
      -- When the text, the contact and the note are erased, fixed at filing: a later change of the
      -- store's keeping days never keeps them longer than the customer was told.
      kept_until TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'contacted', 'resolved')),
      contacted_at TEXT,
      resolved_at TEXT,
      outcome TEXT
    ) STRICT;
    -- Complaints filed before: the contact's date where one was kept, else the default 30 days. A
    -- contact already erased left no trace, so those complaints count as filed without one.
    INSERT INTO complaint_desk (reference, category, description, contact, contact_left, ticket_number, filed_at, kept_until)
      SELECT reference, category, description, contact, contact IS NOT NULL OR contact_delete_after IS NOT NULL, ticket_number, filed_at,
             COALESCE(contact_delete_after, strftime('%Y-%m-%dT%H:%M:%fZ', filed_at, '+30 days'))
      FROM complaints;
    DROP TABLE complaints;
    ALTER TABLE complaint_desk RENAME TO complaints;
    -- The desk lists newest first, and the reports read a range of filing times.
    CREATE INDEX complaints_filed_at ON complaints (filed_at);
  `,
};
