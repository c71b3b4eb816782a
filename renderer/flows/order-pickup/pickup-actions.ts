// The order pickup flow's host calls: look the order up, then collect it once confirmed.
// The order code goes to the host only, never into a usage event.
import { toProblem } from '../../host/host-call-error.ts';
import type { Kiosk } from '../../kiosk/create-kiosk.ts';
import { activeService, recordStep } from '../flow-actions.ts';
import { checkOrderCode, normalizeOrderCode } from './order-code.ts';

export async function findOrder(kiosk: Kiosk): Promise<void> {
  const service = activeService(kiosk);
  const { sessionId } = kiosk.session.getState();
  const flow = kiosk.flow.getState();
  if (!service || !sessionId || flow.busy || flow.step !== 'enterCode') return;
  const verdict = checkOrderCode(flow.code, service.flow.codePattern);
  if (verdict !== 'ok') {
    flow.codeRejected(verdict);
    return;
  }
  flow.lookupStarted();
  try {
    const code = normalizeOrderCode(flow.code);
    const order = await kiosk.usage.inOrder(() =>
      kiosk.host.call('pickup.findOrder', { sessionId, flowId: service.id, code }),
    );
    if (kiosk.session.getState().sessionId !== sessionId) return;
    kiosk.flow.getState().orderFound(order);
    recordStep(kiosk, 'review');
  } catch (error) {
    if (kiosk.session.getState().sessionId === sessionId) kiosk.flow.getState().failed(toProblem(error));
  }
}

export async function collectOrder(kiosk: Kiosk): Promise<void> {
  const service = activeService(kiosk);
  const { sessionId } = kiosk.session.getState();
  const flow = kiosk.flow.getState();
  if (!service || !sessionId || flow.busy || flow.step !== 'review') return;
  flow.collectStarted();
  try {
    const code = normalizeOrderCode(flow.code);
    const { collectionPoint } = await kiosk.usage.inOrder(() =>
      kiosk.host.call('pickup.collect', { sessionId, flowId: service.id, code }),
    );
    if (kiosk.session.getState().sessionId !== sessionId) return;
    kiosk.flow.getState().collected(collectionPoint);
    recordStep(kiosk, 'done');
    const startedAt = kiosk.flow.getState().startedAt ?? kiosk.now();
    kiosk.usage.record(sessionId, {
      type: 'flow.completed',
      flowId: service.id,
      durationMs: Math.max(0, Math.round(kiosk.now() - startedAt)),
    });
  } catch (error) {
    if (kiosk.session.getState().sessionId === sessionId) kiosk.flow.getState().failed(toProblem(error));
  }
}

/** "No, enter another code" on the review step. */
export function changeCode(kiosk: Kiosk): void {
  const flow = kiosk.flow.getState();
  if (flow.step !== 'review' || flow.busy) return;
  flow.changeCode();
  recordStep(kiosk, 'enterCode');
}
