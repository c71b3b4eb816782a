// The flows' host methods: a step's action runs for an open session (its pilot draw and the
// kiosk's assisted mode decide which flows it may use), and the flows' real completion figures.
import type { DomainHandlers } from '../api/dispatcher.ts';
import type { Sessions } from '../session/sessions.ts';
import type { FlowFigure } from '../usage/flow-figures.ts';
import type { FlowRunner } from './flow-runner.ts';

export interface FlowHandlerDeps {
  sessions: Sessions;
  /** Answers kiosk.outOfService itself when the config was refused. */
  flowRunner: () => FlowRunner;
  assisted: () => boolean;
  figures: () => Promise<FlowFigure[]>;
}

export function flowHandlers({ sessions, flowRunner, assisted, figures }: FlowHandlerDeps): DomainHandlers<'flow'> {
  return {
    'flow.runAction': (request) => {
      const { seesPilots } = sessions.open(request.sessionId);
      return flowRunner().run(request, { seesPilots, assisted: assisted() });
    },
    'flow.figures': async () => ({ figures: await figures() }),
  };
}
