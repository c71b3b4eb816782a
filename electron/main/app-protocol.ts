// Serves the renderer from app://kiosk rather than file://, so it gets a real origin and the CSP.
import type { KioskProtocol } from './electron-parts.ts';
import { appScheme } from './app-origin.ts';
import { createRendererFiles } from './renderer-files.ts';

/** Must run before the app is ready: Chromium fixes scheme privileges at start-up. */
export function registerAppScheme(protocol: KioskProtocol): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export interface ProtocolDeps {
  protocol: KioskProtocol;
  rendererRoot: string;
}

export function setupProtocol({ protocol, rendererRoot }: ProtocolDeps): void {
  protocol.handle(appScheme, createRendererFiles(rendererRoot));
}
