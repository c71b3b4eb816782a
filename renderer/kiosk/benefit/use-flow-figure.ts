// The live "about N minutes here" figure for a flow, asked of the host when its introduction
// shows; reports the benefit as viewed once it knows whether it had figures to show.
import { useEffect, useState } from 'react';
import type { Kiosk } from '../kiosk.ts';

export interface FlowFigure {
  minutes: number;
  customers: number;
}

export function useFlowFigure(kiosk: Kiosk, flowId: string | undefined): FlowFigure | null {
  const [figure, setFigure] = useState<FlowFigure | null>(null);
  useEffect(() => {
    const { sessionId } = kiosk.session.getState();
    if (!flowId || !sessionId) return;
    let current = true;
    kiosk.host
      .call('flow.figures', {})
      .then(({ figures }) => {
        const found = figures.find((candidate) => candidate.flowId === flowId);
        // Rounded up to whole minutes: a promise of "about 1 minute" should not be broken by seconds.
        return found?.medianSeconds != null ? { minutes: Math.max(1, Math.ceil(found.medianSeconds / 60)), customers: found.completed } : null;
      })
      .catch(() => null)
      .then((found) => {
        if (!current) return;
        setFigure(found);
        kiosk.usage.record(sessionId, { type: 'benefit.viewed', flowId, withFigures: found !== null });
      });
    return () => {
      current = false;
    };
  }, [kiosk, flowId]);
  return figure;
}
