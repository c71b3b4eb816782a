// The kiosk's accessibility modes and how a customer turns them on. Per session: every mode is off
// again when the session ends. Usage events name the mode and the way in, never the customer.
import { z } from 'zod';

export const accessibilityModes = [
  /** The kiosk reads the screen aloud: headings, the focused control, choices, typed values, errors, the ticket. */
  'speech',
  /** The audio-navigation keypad drives the kiosk: digits, previous, next, enter, back, help. */
  'keypad',
  /** Text sized so capital letters subtend at least 0.7 degrees at 50 cm. */
  'largeText',
  /** Colours at WCAG AAA contrast (7:1 for text). */
  'highContrast',
  /** Every control in the lower part of a portrait screen, for a seated customer. */
  'lowReach',
] as const;
export const accessibilityModeSchema = z.enum(accessibilityModes);
export type AccessibilityMode = z.infer<typeof accessibilityModeSchema>;

export const accessibilityTriggers = [
  /** The accessibility options dialog (the button on every customer screen). */
  'menu',
  /** A key of the audio-navigation keypad. */
  'keypad',
  /** The documented touch gesture that starts speech. */
  'gesture',
  /** A headset plugged into the kiosk's audio jack. */
  'headset',
  /** The mode ended with the session (never logged as an event of its own; kept for the store). */
  'sessionEnd',
] as const;
export const accessibilityTriggerSchema = z.enum(accessibilityTriggers);
export type AccessibilityTrigger = z.infer<typeof accessibilityTriggerSchema>;
