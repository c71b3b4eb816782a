// The coach-mark tour's code, with the tour library (react-joyride) it draws with: a chunk of its
// own, fetched when a step first offers a tutorial, so no customer who never sees one loads it.
import { deferredComponent } from '../../kit/deferred-component.ts';

export const tourCode = deferredComponent(() => import('./TutorialTour.tsx').then((module) => module.TutorialTour));
