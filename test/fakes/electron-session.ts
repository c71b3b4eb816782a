// The fake session of test/fakes/electron.ts, and the cancellable event every fake emits: the
// session records its permission handlers, and its drivers ask as a page would (a permission, a
// download).
import { EventEmitter } from 'node:events';
import type { Session } from 'electron';

type PermissionRequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];
type Permission = Parameters<NonNullable<PermissionRequestHandler>>[1];

/** An Electron event: cancellable, with its params spread on it (as `Electron.Event<Params>`). */
export function fakeEvent<Params extends object>(params: Params = {} as Params) {
  return {
    ...params,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeSession extends EventEmitter {
  permissionRequestHandler: PermissionRequestHandler = null;
  permissionCheckHandler: PermissionCheckHandler = null;

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  }

  // Drivers.

  /** Asks as a page would; resolves with the answer, or null when no handler answers (Electron then grants). */
  requestPermission(permission: Permission): Promise<boolean | null> {
    const handler = this.permissionRequestHandler;
    if (!handler) return Promise.resolve(null);
    return new Promise((resolve) => {
      handler(null as never, permission, resolve, { isMainFrame: true, requestingUrl: 'app://kiosk/index.html' } as never);
    });
  }

  checkPermission(permission: Permission): boolean | null {
    const handler = this.permissionCheckHandler;
    if (!handler) return null;
    return handler(null, permission, 'app://kiosk', { isMainFrame: true, requestingUrl: 'app://kiosk/index.html' } as never);
  }

  /** A page starts a download (a link with `download`, a file sent as an attachment); returns true when it may go on. */
  download(url: string): boolean {
    const event = fakeEvent();
    this.emit('will-download', event, { getURL: () => url, getFilename: () => url.split('/').at(-1) ?? '' }, null, null);
    return !event.defaultPrevented;
  }
}
