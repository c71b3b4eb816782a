// A headset plugged into the kiosk's jack starts speech: the host reads the sound card's jack
// switch from its input event device and tells the kiosk page. Here the kernel's device list is a
// temp file and the event device a FIFO carrying real input_event structs, as the kernel writes them.
import { spawnSync } from 'node:child_process';
import { closeSync, constants, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { watchHeadset, type InputDevicePaths } from '../../../electron/host/speech/headset-watch.ts';
import { tempStore } from '../../fixtures/store-config.ts';
import { speakingKiosk } from './speech-kiosk.ts';

const keyboard = `I: Bus=0011 Vendor=0001 Product=0001 Version=ab41
N: Name="AT Translated Set 2 keyboard"
P: Phys=isa0060/serio0/input0
S: Sysfs=/devices/platform/i8042/serio0/input/input0
U: Uniq=
H: Handlers=sysrq kbd event0 leds
B: PROP=0
B: EV=120013
B: KEY=402000000 3803078f800d001 feffffdfffefffff fffffffffffffffe
B: MSC=10
B: LED=7
`;

/** A sound card's jack as /proc/bus/input/devices lists it; SW=4 is SW_HEADPHONE_INSERT, 10 SW_MICROPHONE_INSERT. */
function jack(name: string, event: string, switches: string): string {
  return `I: Bus=0000 Vendor=0000 Product=0000 Version=0000
N: Name="HDA Intel PCH ${name}"
P: Phys=ALSA
S: Sysfs=/devices/pci0000:00/0000:00:1f.3/sound/card0/input14
U: Uniq=
H: Handlers=${event}
B: PROP=0
B: EV=21
B: SW=${switches}
`;
}

const EV_SYN = 0;
const EV_SW = 5;
const SW_HEADPHONE_INSERT = 2;
const SW_MICROPHONE_INSERT = 4;

/** struct input_event on a 64-bit kernel: timeval (two 64-bit longs), u16 type, u16 code, s32 value. */
function inputEvents(...events: Array<[type: number, code: number, value: number]>): Buffer {
  const bytes = Buffer.alloc(24 * events.length);
  events.forEach(([type, code, value], index) => {
    const at = index * 24;
    bytes.writeBigInt64LE(BigInt(Math.floor(Date.now() / 1000)), at);
    bytes.writeBigInt64LE(123_456n, at + 8);
    bytes.writeUInt16LE(type, at + 16);
    bytes.writeUInt16LE(code, at + 18);
    bytes.writeInt32LE(value, at + 20);
  });
  return bytes;
}

/** A device folder and the kernel's list naming what is in it; `fifos` are made as event devices. */
function inputDevices(list: string, fifos: string[] = []): InputDevicePaths & { fifo(name: string): string } {
  const dir = mkdtempSync(join(tmpdir(), 'atiende-input-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const devicesFile = join(dir, 'devices');
  writeFileSync(devicesFile, list);
  const deviceFolder = join(dir, 'input');
  mkdirSync(deviceFolder);
  for (const name of fifos) expect(spawnSync('mkfifo', [join(deviceFolder, name)]).status).toBe(0);
  return { devicesFile, deviceFolder, fifo: (name) => join(deviceFolder, name) };
}

/** The writing end of a FIFO, once something reads it: the kernel's side of an event device. */
async function kernelSide(fifo: string): Promise<number> {
  // Opening a FIFO without waiting fails (ENXIO) until a reader has it open.
  const fd = await vi.waitFor(() => openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK), { timeout: 5_000, interval: 20 });
  onTestFinished(() => closeSync(fd));
  return fd;
}

function hasReader(fifo: string): boolean {
  try {
    closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    return true;
  } catch {
    return false;
  }
}

describe('the headset watch', () => {
  it('tells the kiosk page when a headset is plugged into the jack and pulled out, and only the kiosk page', async () => {
    const lines = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    onTestFinished(() => lines.mockRestore());
    const devices = inputDevices([keyboard, jack('Mic', 'event8', '10'), jack('Front Headphone', 'event9', '4')].join('\n'), ['event9']);
    const kiosk = await speakingKiosk(tempStore(), { inputDevices: devices });
    const heard = await kiosk.listen('kiosk');
    const boardHeard = await kiosk.listen('board');
    const headset = () => heard.filter((envelope) => envelope.event === 'accessibility.headsetChanged').map((envelope) => envelope.payload);
    const kernel = await kernelSide(devices.fifo('event9'));

    // The microphone's switch is not a headset's; a plug is a switch event and its report. The
    // kernel's side owes no whole structs per write: the pull's first bytes come with the plug.
    const unplug = inputEvents([EV_SW, SW_HEADPHONE_INSERT, 0], [EV_SYN, 0, 0]);
    writeSync(kernel, Buffer.concat([inputEvents([EV_SW, SW_MICROPHONE_INSERT, 1], [EV_SW, SW_HEADPHONE_INSERT, 1], [EV_SYN, 0, 0]), unplug.subarray(0, 10)]));
    await vi.waitFor(() => expect(headset()).toEqual([{ plugged: true }]), { timeout: 5_000 });
    writeSync(kernel, unplug.subarray(10));
    await vi.waitFor(() => expect(headset()).toEqual([{ plugged: true }, { plugged: false }]), { timeout: 5_000 });

    expect(boardHeard.filter((envelope) => envelope.event === 'accessibility.headsetChanged')).toEqual([]);
    // The Mic device has no event file here: it was never opened, so nothing was said about it.
    expect(lines.mock.calls.filter(([line]) => String(line).includes('headset'))).toEqual([]);
  });

  it('stops reading the jack when it is stopped', async () => {
    const devices = inputDevices(jack('Headphone', 'event3', '4'), ['event3']);
    const changes: boolean[] = [];
    const watch = watchHeadset({ paths: devices, onChange: (plugged) => changes.push(plugged), log: () => undefined });
    const kernel = await kernelSide(devices.fifo('event3'));
    writeSync(kernel, inputEvents([EV_SW, SW_HEADPHONE_INSERT, 1], [EV_SYN, 0, 0]));
    await vi.waitFor(() => expect(changes).toEqual([true]), { timeout: 5_000 });
    await watch.stop();
    expect(hasReader(devices.fifo('event3'))).toBe(false);
  });

  it.each([
    ['no device reports a jack', () => inputDevices(keyboard), /no input device here reports a headphone jack/],
    ['the jacks’ event devices cannot be opened', () => inputDevices([jack('Headphone', 'event3', '4'), jack('Line Out', 'event4', '40')].join('\n')), /cannot open .*event3 \(ENOENT\)/],
    ['the device list cannot be read', () => ({ devicesFile: join(tmpdir(), 'no-such-devices-list'), deviceFolder: tmpdir() }), /cannot read .*no-such-devices-list \(ENOENT\)/],
  ])('says so in one line when %s, and nothing else', async (_case, paths, line) => {
    const said: string[] = [];
    const changes: boolean[] = [];
    const watch = watchHeadset({ paths: paths(), onChange: (plugged) => changes.push(plugged), log: (text) => said.push(text) });
    await vi.waitFor(() => expect(said).toHaveLength(1));
    await watch.stop();
    expect(said).toEqual([expect.stringMatching(line)]);
    expect(changes).toEqual([]);
  });
});
