// A manager at the complaint desk after the customers have gone: reads each contact left (an
// audited act), calls the customer back with a note, resolves every other complaint. The note is
// kept and erased with the complaint's text, so it is looked for like what customers typed.
import { manager, type DemoKiosk } from './demo-kiosk.ts';
import type { Secret } from './secret-search.ts';

export async function followUpComplaints(kiosk: DemoKiosk): Promise<Secret[]> {
  const { complaints } = await kiosk.resultOf('complaints.list', { status: 'all' }, manager);
  if (complaints.length === 0) throw new Error('no complaint reached the desk: the walk filed none');
  const notes: Secret[] = [];
  for (const [index, complaint] of complaints.entries()) {
    const { reference } = complaint;
    if (complaint.hasContact) {
      const { contact } = await kiosk.resultOf('complaints.revealContact', { reference }, manager);
      if (!contact) throw new Error(`complaint ${reference} says it holds a contact but shows none`);
    }
    // A made-up word no data holds: a note names the customer's matter, sometimes the customer.
    const marker = `Deskquivexnote${String(index + 1).padStart(4, '0')}`;
    await kiosk.resultOf('complaints.markContacted', { reference, note: `Llamado, ${marker} vuelve el lunes` }, manager);
    notes.push({ text: marker, from: `the desk's note on complaint ${index + 1}`, kept: true });
    if (index % 2 === 0) await kiosk.resultOf('complaints.resolve', { reference, outcome: 'recovered' }, manager);
  }
  return notes;
}
