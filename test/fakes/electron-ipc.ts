// The fake IPC of test/fakes/electron.ts: ipcMain and ipcRenderer ends, and the context bridge,
// each recording what was registered and driven by invoke/deliver as the other side would.
import { EventEmitter } from 'node:events';
import type { FakeWebContents } from './electron-web-contents.ts';

/** What the fake ipcMain hands a handler: the sending web contents and the frame's URL. */
export interface FakeInvokeEvent {
  sender: FakeWebContents;
  senderFrame: { url: string } | null;
}

export class FakeIpcMain {
  readonly handlers = new Map<string, (event: FakeInvokeEvent, ...args: unknown[]) => unknown>();

  handle(channel: string, listener: (event: FakeInvokeEvent, ...args: unknown[]) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  /** A page calls ipcRenderer.invoke; the frame URL defaults to the page's current URL. */
  async invoke(sender: FakeWebContents, channel: string, args: unknown[], frameUrl: string | null = sender.url): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ sender, senderFrame: frameUrl === null ? null : { url: frameUrl } }, ...args);
  }
}

export class FakeIpcRenderer extends EventEmitter {
  readonly invocations: Array<{ channel: string; args: unknown[] }> = [];
  /** What the main side answers to invoke(). */
  answer: (channel: string, ...args: unknown[]) => unknown = () => undefined;

  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    return this.answer(channel, ...args);
  }

  /** The main side sends to this page (webContents.send). */
  deliver(channel: string, ...args: unknown[]): void {
    this.emit(channel, { senderId: 0 }, ...args);
  }
}

export class FakeContextBridge {
  readonly exposed = new Map<string, unknown>();

  exposeInMainWorld(key: string, api: unknown): void {
    if (this.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property on the window object`);
    this.exposed.set(key, api);
  }
}
