// A device that fails in the middle of a flow, as the customer meets it: the kiosk's screens wired
// to a real host on the demo store. The disk under the database refusing the payment slip's write,
// and a ticket printer that stops answering, each leave the customer a clear next step.
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { chooseFlow, edit, goOn, startFlow } from '../../../renderer/kiosk/flows/flow-actions.ts';
import { databaseFileName } from '../../../electron/host/storage/database.ts';
import { startFakeReceiptPrinter } from '../../fixtures/escpos-printer.ts';
import { exampleStoreCopy, readDatabase } from '../../fixtures/host.ts';
import { customerAtHome } from '../renderer/kiosk-fixture.ts';

describe('a device failing in the middle of a flow', () => {
  it('tells a customer whose payment slip could not be saved that nothing was registered or charged, and lets them try again', async () => {
    const store = exampleStoreCopy('demo');
    const { kiosk } = await customerAtHome({ store });
    chooseFlow(kiosk, 'bill-payment');
    startFlow(kiosk, false);
    edit(kiosk, 'billReference', '8420001001233');
    await goOn(kiosk);
    expect(kiosk.flow.getState().stepId).toBe('review');
    await kiosk.usage.settled();

    // Another program holds the database's write lock (a backup, a stuck tool): the kiosk's write
    // waits its 5 seconds and gives up, as it would on a full or read-only disk.
    const locker = new DatabaseSync(join(store.dataDir, databaseFileName));
    onTestFinished(() => locker.close());
    locker.exec('BEGIN IMMEDIATE');
    const errorLines = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    onTestFinished(() => errorLines.mockRestore());
    await goOn(kiosk);
    expect(kiosk.flow.getState()).toMatchObject({ stepId: 'review', busy: false, problem: { code: 'payment.notRegistered' } });
    expect(kiosk.i18n.t('errors.payment.notRegistered')).toMatch(/nothing was registered and nothing was charged.*try again, or ask a person/);
    expect(errorLines.mock.calls.map((args) => String(args[0]))).toEqual(['[payment] a billPayment slip could not be saved']);
    locker.exec('ROLLBACK');

    // "Try again": the same slip, once.
    kiosk.flow.getState().problemDismissed();
    await goOn(kiosk);
    expect(kiosk.flow.getState()).toMatchObject({ stepId: 'slip', problem: null, facts: expect.arrayContaining([expect.objectContaining({ id: 'paymentReference' })]) });
    const slips = readDatabase(store.dataDir, (db) => db.prepare("SELECT count(*) AS slips FROM flow_records WHERE kind = 'billPayment'").get());
    expect(slips).toEqual({ slips: 1 });
  }, 30_000);

  it('gives a customer whose ticket the printer could not print their number on screen, and tells staff', async () => {
    const printer = await startFakeReceiptPrinter('silent');
    onTestFinished(() => printer.close());
    const store = exampleStoreCopy('demo', { printer: { kind: 'network', host: '127.0.0.1', port: printer.port, timeoutMs: 200 } });
    const { kiosk, host } = await customerAtHome({ store });
    chooseFlow(kiosk, 'see-staff');
    startFlow(kiosk, false);
    await goOn(kiosk, { field: 'queueService', value: 'customer-service' });

    // The flow goes on to the ticket screen, which shows the number and "the printer is not working".
    const { stepId, ticket, problem } = kiosk.flow.getState();
    expect({ stepId, problem }).toEqual({ stepId: 'ticket', problem: null });
    expect(ticket).toMatchObject({ number: expect.stringMatching(/^[A-Z]\d{3}$/), print: { status: 'failed', problem: { code: 'printer.offline' } } });
    expect(kiosk.i18n.t('waiting.printFailed')).toMatch(/remember your number/);
    const alerts = host.dispatch({ id: 1, method: 'alerts.list', input: {} }, { role: 'staff', staffId: 'ana' });
    expect(await alerts).toMatchObject({
      ok: true,
      result: { alerts: expect.arrayContaining([expect.objectContaining({ kind: 'printer', ticketNumber: ticket?.number })]) },
    });
  });
});
