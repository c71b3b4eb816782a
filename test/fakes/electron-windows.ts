// The fake windows and screen of test/fakes/electron.ts: windows record their options and focus,
// and the screen's drivers plug displays in and out as a technician would.
import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { type FakeSession, fakeEvent } from './electron-session.ts';
import { FakeWebContents } from './electron-web-contents.ts';

export class FakeBrowserWindow extends EventEmitter {
  readonly options: BrowserWindowConstructorOptions;
  readonly webContents: FakeWebContents;
  focused = false;
  minimized = false;
  private destroyed = false;

  constructor(options: BrowserWindowConstructorOptions, session: FakeSession) {
    super();
    this.options = options;
    this.webContents = new FakeWebContents(session);
  }

  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  restore(): void {
    this.minimized = false;
  }

  minimize(): void {
    this.minimized = true;
    this.focused = false;
  }

  focus(): void {
    this.focused = true;
  }

  close(): void {
    if (this.destroyed) return;
    this.emit('close', fakeEvent());
    this.destroyed = true;
    this.webContents.destroy();
    this.emit('closed');
  }
}

export interface FakeDisplay {
  id: number;
  bounds: Rectangle;
}

export function fakeDisplay(id: number, bounds: Partial<Rectangle> = {}): FakeDisplay {
  return { id, bounds: { x: 0, y: 0, width: 1080, height: 1920, ...bounds } };
}

export class FakeScreen extends EventEmitter {
  displays: FakeDisplay[] = [fakeDisplay(1)];
  primaryId = 1;

  getAllDisplays(): FakeDisplay[] {
    return [...this.displays];
  }

  getPrimaryDisplay(): FakeDisplay {
    const primary = this.displays.find((display) => display.id === this.primaryId) ?? this.displays[0];
    if (!primary) throw new Error('the fake screen has no display');
    return primary;
  }

  plugIn(display: FakeDisplay): void {
    this.displays.push(display);
    this.emit('display-added', fakeEvent(), display);
  }

  unplug(id: number): void {
    const display = this.displays.find((candidate) => candidate.id === id);
    if (!display) throw new Error(`no display ${id} to unplug`);
    this.displays = this.displays.filter((candidate) => candidate !== display);
    this.emit('display-removed', fakeEvent(), display);
  }
}
