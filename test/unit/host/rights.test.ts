// Who may call what, read from the contract and tried through every transport: a method added to
// the contract is covered here without a new test.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBrowserShell, type BrowserShell } from '../../../electron/browser/server.ts';
import { createHost, type Host } from '../../../electron/host/create-host.ts';
import { setupIpc } from '../../../electron/main/ipc.ts';
import { createKioskWindows } from '../../../electron/main/kiosk-windows.ts';
import { ipcCallChannel } from '../../../shared/host-api/bridge.ts';
import { browserTransport } from '../../../shared/host-api/browser-transport.ts';
import { hostMethods, methodNames, type MethodName } from '../../../shared/host-api/contract.ts';
import type { ReplyEnvelope } from '../../../shared/host-api/envelope.ts';
import type { Role } from '../../../shared/host-api/roles.ts';
import { createFakeElectron } from '../../fakes/electron.ts';
import { tempStore, type TempStore } from '../../fixtures/store-config.ts';
import { tempHost } from '../../fixtures/temp-host.ts';

type Verdict = 'may call' | 'auth.forbidden';

/** What the contract says, method by method, for the given roles. */
function contractTable(roles: readonly Role[]): Record<string, Verdict> {
  return Object.fromEntries(
    methodNames.flatMap((method) => roles.map((role) => [`${role} ${method}`, (hostMethods[method].roles as readonly Role[]).includes(role) ? 'may call' : 'auth.forbidden'])),
  );
}

/**
 * What a transport does: every method called as each role, with an empty input. Rights are
 * checked before the input is read, so a refusal is auth.forbidden and anything else (a result,
 * an invalid input) means the role may call it.
 */
async function transportTable(roles: readonly Role[], callAs: (role: Role, method: MethodName) => Promise<ReplyEnvelope>): Promise<Record<string, Verdict>> {
  const table: Record<string, Verdict> = {};
  for (const method of methodNames) {
    for (const role of roles) {
      const reply = await callAs(role, method);
      table[`${role} ${method}`] = !reply.ok && reply.error.code === 'auth.forbidden' ? 'auth.forbidden' : 'may call';
    }
  }
  return table;
}

let store: TempStore;
let host: Host;
beforeAll(() => {
  store = tempStore();
  host = createHost({ configFile: store.configFile, dataDir: store.dataDir, shell: 'test' });
});
afterAll(() => {
  host.close();
  store.remove();
});

describe('rights', () => {
  it('through the IPC adapter: the kiosk window is a customer, the board window a board', async () => {
    const electron = createFakeElectron();
    const windows = createKioskWindows();
    setupIpc({ ipcMain: electron.ipcMain, BrowserWindow: electron.BrowserWindow, windows, host, reportRefusal: vi.fn() });
    const windowOf = { customer: 'kiosk', board: 'board' } as const;
    const pages = Object.fromEntries(
      (['kiosk', 'board'] as const).map((role) => {
        const window = new electron.BrowserWindow({});
        const startUrl = role === 'kiosk' ? 'app://kiosk/index.html' : 'app://kiosk/index.html?view=board';
        void window.loadURL(startUrl);
        windows.add({ role, window, startUrl, displayId: role === 'kiosk' ? 1 : 2 });
        return [role, window];
      }),
    );
    const roles = ['customer', 'board'] as const;
    const table = await transportTable(roles, (role, method) =>
      electron.ipcMain.invoke(pages[windowOf[role as 'customer' | 'board']]!.webContents, ipcCallChannel, [{ id: 1, method, input: {} }]) as Promise<ReplyEnvelope>,
    );
    expect(table).toEqual(contractTable(roles));
  });

  it('over HTTP on 127.0.0.1: the kiosk page’s pass is a customer, the board’s a board, the operator’s secret the operator', async () => {
    const shell: BrowserShell = await startBrowserShell({ host, rendererDir: store.dir });
    try {
      // Pages hold the pass their one-time code bought; the operator sends its secret as a bearer.
      const passOf = async (view: 'kiosk' | 'board') => {
        const code = new URLSearchParams(new URL(shell.pageAddress(view)).hash.slice(1)).get(browserTransport.codeFragmentKey);
        const response = await fetch(`${shell.origin}${browserTransport.passPath}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
        return { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
      };
      const headersOf: Partial<Record<Role, Record<string, string>>> = {
        customer: await passOf('kiosk'),
        board: await passOf('board'),
        operator: { authorization: `Bearer ${shell.operatorToken}` },
      };
      const roles = ['customer', 'board', 'operator'] as const;
      const table = await transportTable(roles, async (role, method) => {
        const response = await fetch(`${shell.origin}${browserTransport.callPath}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headersOf[role] },
          body: JSON.stringify({ id: 1, method, input: {} }),
        });
        return (await response.json()) as ReplyEnvelope;
      });
      expect(table).toEqual(contractTable(roles));
    } finally {
      await shell.close();
    }
  });

  it('for staff and managers, whom sign-in will bring, through the dispatcher itself', async () => {
    const roles = ['staff', 'manager'] as const;
    const table = await transportTable(roles, (role, method) => host.dispatch({ id: 1, method, input: {} }, { role }));
    expect(table).toEqual(contractTable(roles));
  });

  it('gives the operator every method, and customers and boards no staff method', () => {
    for (const method of methodNames) expect(hostMethods[method].roles).toContain('operator');
    for (const method of ['queue.callNext', 'queue.served', 'counter.close', 'kiosk.setAssisted', 'queue.postDelay'] as const) {
      expect(hostMethods[method].roles).not.toContain('customer');
      expect(hostMethods[method].roles).not.toContain('board');
    }
  });

  it('logs a refusal as a usage fact with the method and the role, never who, once a minute', async () => {
    const { host: fresh } = tempHost();
    for (let attempt = 0; attempt < 5; attempt += 1) await fresh.dispatch({ id: 1, method: 'counter.close', input: { counter: 'desk-1' } }, { role: 'board' });
    const refusals = fresh.usageLog.read().filter((stored) => stored.event.type === 'auth.forbidden');
    expect(refusals.map((stored) => [stored.sessionId, stored.event])).toEqual([[null, { type: 'auth.forbidden', method: 'counter.close', role: 'board' }]]);
  });
});
