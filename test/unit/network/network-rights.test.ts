// Who may call what over the store network, read from the contract: customers and boards get no
// method whose roles leave them out, and the principal a cookie stands for has exactly its role's rights.
import { describe, expect, it } from 'vitest';
import { hostMethods, methodNames, type MethodName } from '../../../shared/host-api/contract.ts';
import type { ReplyEnvelope } from '../../../shared/host-api/envelope.ts';
import type { Principal, Role } from '../../../shared/host-api/roles.ts';
import { tempHost } from '../../fixtures/temp-host.ts';
import { boardPass, callAs, signIn, startTestNetwork } from './network-client.ts';

/** The methods whose roles leave `role` out: staff methods, for customers and boards. */
function refusedTo(role: Role): MethodName[] {
  return methodNames.filter((method) => !(hostMethods[method].roles as readonly Role[]).includes(role));
}

/** What each method answers `principal` with an empty input: refused, or anything else (which means allowed). */
async function verdicts(callAs: (method: MethodName) => Promise<ReplyEnvelope>): Promise<Record<string, 'auth.forbidden' | 'may call'>> {
  const table: Record<string, 'auth.forbidden' | 'may call'> = {};
  for (const method of methodNames) {
    const reply = await callAs(method);
    table[method] = !reply.ok && reply.error.code === 'auth.forbidden' ? 'auth.forbidden' : 'may call';
  }
  return table;
}

function contractFor(role: Role): Record<string, 'auth.forbidden' | 'may call'> {
  return Object.fromEntries(methodNames.map((method) => [method, refusedTo(role).includes(method) ? 'auth.forbidden' : 'may call']));
}

describe('rights on the store network', () => {
  it('refuses every staff method to a customer and to a board, through the real dispatcher', async () => {
    const { host } = tempHost();
    const principals: Principal[] = [{ role: 'customer' }, { role: 'board', device: 'board:tv-by-door' }];
    for (const principal of principals) {
      const refused = refusedTo(principal.role);
      expect(refused, 'the contract has staff methods to refuse').toContain('queue.callNext');
      for (const method of refused) {
        const reply = await host.dispatch({ id: 1, method, input: {} }, principal);
        expect(reply, `${principal.role} ${method}`).toEqual({ id: 1, ok: false, error: { code: 'auth.forbidden', params: { method } } });
      }
    }
  });

  it('gives the board pass exactly the board’s rights, and a console sign-in exactly its member’s role', async () => {
    const network = await startTestNetwork();
    const callWith = (cookie: string) => (method: MethodName) => callAs(network, cookie, method).then((reply) => reply.json() as ReplyEnvelope);
    expect(await verdicts(callWith(await boardPass(network)))).toEqual(contractFor('board'));
    expect(await verdicts(callWith(await signIn(network, 'ana', '1234')))).toEqual(contractFor('staff'));
    expect(await verdicts(callWith(await signIn(network, 'marta', '9876')))).toEqual(contractFor('manager'));
  });
});
