// Tells the kiosk when a headset is plugged into or pulled from the jack, on Linux, where the sound
// card's jack detection is an input switch device: speech starts by itself for a customer who plugs
// one in. Where there is no such device, or the host may not read it, it says so once and stays quiet.
import { constants } from 'node:fs';
import { open, readFile, type FileHandle } from 'node:fs/promises';
import { arch, endianness } from 'node:os';
import { join } from 'node:path';
import { jackDevices, jackSwitches } from './input-devices.ts';

export interface InputDevicePaths {
  /** The kernel's list of input devices. */
  devicesFile: string;
  /** Where the event devices it names are. */
  deviceFolder: string;
}

export const linuxInputDevices: InputDevicePaths = { devicesFile: '/proc/bus/input/devices', deviceFolder: '/dev/input' };

export interface HeadsetWatch {
  stop(): Promise<void>;
}

export interface HeadsetWatchDeps {
  paths: InputDevicePaths;
  onChange: (plugged: boolean) => void;
  log?: (line: string) => void;
  /** How often an idle device is asked again; a plug is noticed within this time. */
  pollMs?: number;
}

const eventSwitch = 0x05; // EV_SW
/**
 * struct input_event: a timeval (two C longs), then u16 type, u16 code, s32 value; 24 bytes where a
 * long is 64 bits, 16 on a 32-bit kiosk (a Raspberry Pi's 32-bit system).
 */
const eventBytes = ['x64', 'arm64', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el'].includes(arch()) ? 24 : 16;
const littleEndian = endianness() === 'LE';

export function watchHeadset({ paths, onChange, log = (line) => console.warn(`[host] ${line}`), pollMs = 250 }: HeadsetWatchDeps): HeadsetWatch {
  const switchedOn = new Map<string, boolean>();
  let plugged = false;
  let stopped = false;
  let refusalTold = false;
  const readers: Array<Promise<void>> = [];

  const note = (device: string, code: number, on: boolean) => {
    switchedOn.set(`${device} ${code}`, on);
    const now = [...switchedOn.values()].some(Boolean);
    if (now === plugged) return;
    plugged = now;
    onChange(plugged);
  };

  // A pause ends early when the watch stops, so no reader is left waiting.
  const pauses = new Set<() => void>();
  const pause = (ms: number) =>
    new Promise<void>((resume) => {
      if (stopped) return resume();
      const end = () => {
        clearTimeout(timer);
        pauses.delete(end);
        resume();
      };
      const timer = setTimeout(end, ms);
      // The watch never keeps the process alive by itself.
      timer.unref();
      pauses.add(end);
    });

  const follow = async (device: string) => {
    const path = join(paths.deviceFolder, device);
    let handle: FileHandle;
    try {
      // Not blocking: a read that waits for a plug would hold a thread and the stop for ever.
      handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    } catch (problem) {
      const code = (problem as NodeJS.ErrnoException).code;
      // One line however many jacks: the same cause for each.
      if (!refusalTold) {
        log(
          code === 'EACCES' || code === 'EPERM'
            ? `headset: may not read ${path} (${code}): a headset plugged in is not noticed; add the kiosk's user to the "input" group`
            : `headset: cannot open ${path} (${code ?? String(problem)}): a headset plugged in is not noticed`,
        );
      }
      refusalTold = true;
      return;
    }
    const buffer = Buffer.alloc(eventBytes * 64);
    let pending = Buffer.alloc(0);
    try {
      while (!stopped) {
        let bytesRead: number;
        try {
          ({ bytesRead } = await handle.read(buffer, 0, buffer.length, null));
        } catch (problem) {
          if ((problem as NodeJS.ErrnoException).code !== 'EAGAIN') throw problem;
          bytesRead = 0;
        }
        if (bytesRead === 0) {
          await pause(pollMs);
          continue;
        }
        pending = Buffer.concat([pending, buffer.subarray(0, bytesRead)]);
        let at = 0;
        for (; at + eventBytes <= pending.length; at += eventBytes) {
          const { type, code, value } = inputEventAt(pending, at);
          if (type === eventSwitch && jackSwitches.has(code)) note(device, code, value !== 0);
        }
        pending = pending.subarray(at);
      }
    } catch (problem) {
      // A sound card removed while the kiosk runs: its jack is gone with it.
      log(`headset: stopped reading ${path}: ${(problem as Error).message}`);
    } finally {
      await handle.close().catch(() => undefined);
    }
  };

  const start = async () => {
    let list: string;
    try {
      list = await readFile(paths.devicesFile, 'utf8');
    } catch (problem) {
      log(`headset: cannot read ${paths.devicesFile} (${(problem as NodeJS.ErrnoException).code ?? String(problem)}): a headset plugged in is not noticed`);
      return;
    }
    const devices = jackDevices(list);
    if (devices.length === 0) log('headset: no input device here reports a headphone jack: a headset plugged in is not noticed');
    if (stopped) return;
    for (const device of devices) readers.push(follow(device));
  };
  const started = start();

  return {
    async stop() {
      stopped = true;
      for (const end of pauses) end();
      await started;
      await Promise.all(readers);
    },
  };
}

/** The type, code and value of the input_event struct at `at`: its last eight bytes, after the time. */
function inputEventAt(bytes: Buffer, at: number): { type: number; code: number; value: number } {
  const fields = at + eventBytes - 8;
  return littleEndian
    ? { type: bytes.readUInt16LE(fields), code: bytes.readUInt16LE(fields + 2), value: bytes.readInt32LE(fields + 4) }
    : { type: bytes.readUInt16BE(fields), code: bytes.readUInt16BE(fields + 2), value: bytes.readInt32BE(fields + 4) };
}
