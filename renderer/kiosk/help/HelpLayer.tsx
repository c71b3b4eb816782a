// "A person will help you" over any screen: the dialog's code (with the QR code drawing it may
// show) is a chunk of its own, fetched ahead once the kiosk's first screen is painted.
import { Suspense } from 'react';
import { deferredComponent } from '../../kit/deferred-component.ts';
import { useKioskSlice } from '../kiosk-context.ts';

export const helpDialog = deferredComponent(() => import('./HelpDialog.tsx').then((module) => module.HelpDialog));

export function HelpLayer() {
  const open = useKioskSlice('help', (help) => help.status !== 'closed');
  return open ? (
    <Suspense fallback={null}>
      <helpDialog.Component />
    </Suspense>
  ) : null;
}
