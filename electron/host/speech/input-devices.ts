// Finds the input devices that report a headphone jack, from the kernel's list of input devices
// (/proc/bus/input/devices): on Linux a sound card's jack detection is an input "switch" device.

/** Switch codes from linux/input-event-codes.h: a plug in the headphone jack, or in a line-out jack. */
export const jackSwitches: ReadonlySet<number> = new Set([0x02 /* SW_HEADPHONE_INSERT */, 0x06 /* SW_LINEOUT_INSERT */]);

/** The event device names (`event11`) of the devices whose switches include a jack. */
export function jackDevices(deviceList: string): string[] {
  const found: string[] = [];
  for (const block of deviceList.split(/\n\s*\n/)) {
    const handlers = /^H: Handlers=(.*)$/m.exec(block)?.[1]?.split(/\s+/) ?? [];
    const event = handlers.find((name) => /^event\d+$/.test(name));
    const switches = /^B: SW=([0-9a-f ]+)$/im.exec(block)?.[1];
    if (event && switches && [...jackSwitches].some((code) => hasBit(switches, code))) found.push(event);
  }
  return found;
}

/**
 * The kernel writes a bitmask as hex words of a C long, most significant first; switch codes end at
 * SW_MAX (0x10), so every jack switch is in the last word.
 */
function hasBit(words: string, bit: number): boolean {
  const lowest = words.trim().split(/\s+/).at(-1) ?? '0';
  return (Number.parseInt(lowest.slice(-8), 16) >>> bit) % 2 === 1;
}
