import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../renderer/kit/speech/speaker.ts';
import { createCornerHold } from '../../../renderer/kiosk/staff/corner-hold.ts';
import { createTwoFingerHold, speechGestureHoldMs } from '../../../renderer/kiosk/accessibility/speech-gesture.ts';
import { followSpeech, headsetChanged, speechGestured } from '../../../renderer/kiosk/accessibility/speech-switch.ts';
import { startVolume } from '../../../renderer/kiosk/accessibility/accessibility-store.ts';
import { endSession } from '../../../renderer/kiosk/session/session-actions.ts';
import { createFakeClock } from './fake-clock.ts';
import { customerAtHome, kioskFixture } from './kiosk-fixture.ts';

function holdFixture() {
  const clock = createFakeClock();
  let fired = 0;
  const hold = createTwoFingerHold(clock.timers, () => (fired += 1));
  return { clock, hold, fired: () => fired };
}

/** A speaker that writes down what it is asked, as "say: text", "stop" and "repeat". */
function notingSpeaker(log: string[]): Speaker {
  return {
    say: (text, language, options) => log.push(`${options?.interrupt ? 'say!' : 'say'} ${language}: ${text}`),
    sayAndWait: (text, language) => {
      log.push(`say ${language}: ${text}`);
      return Promise.resolve();
    },
    stop: () => log.push('stop'),
    repeat: () => log.push('repeat'),
  };
}

describe('the speech gesture', () => {
  it('fires when two fingers are held still for two seconds, once until both are lifted', () => {
    const { clock, hold, fired } = holdFixture();
    hold.pressed({ id: 1, x: 300, y: 900 });
    hold.pressed({ id: 2, x: 600, y: 950 });
    clock.advance(speechGestureHoldMs - 1);
    expect(fired()).toBe(0);
    clock.advance(1);
    expect(fired()).toBe(1);
    clock.advance(10_000);
    hold.released(1);
    hold.pressed({ id: 3, x: 300, y: 900 });
    clock.advance(10_000);
    expect(fired()).toBe(1);
    hold.released(2);
    hold.released(3);
    hold.pressed({ id: 4, x: 300, y: 900 });
    hold.pressed({ id: 5, x: 600, y: 900 });
    clock.advance(speechGestureHoldMs);
    expect(fired()).toBe(2);
  });

  it('does not fire for one finger, three fingers, a finger lifted early or a pinch', () => {
    const { clock, hold, fired } = holdFixture();
    hold.pressed({ id: 1, x: 300, y: 900 });
    clock.advance(5000);
    hold.pressed({ id: 2, x: 600, y: 900 });
    hold.pressed({ id: 3, x: 800, y: 900 });
    clock.advance(5000);
    hold.released(3);
    hold.released(2);
    clock.advance(5000);
    hold.pressed({ id: 4, x: 600, y: 900 });
    clock.advance(1500);
    hold.released(4);
    clock.advance(5000);
    hold.pressed({ id: 5, x: 600, y: 900 });
    hold.moved({ id: 5, x: 610, y: 905 });
    hold.moved({ id: 5, x: 680, y: 900 });
    clock.advance(5000);
    expect(fired()).toBe(0);
  });

  it("never fires together with staff's one-finger corner hold", () => {
    const clock = createFakeClock();
    const fired: string[] = [];
    const speech = createTwoFingerHold(clock.timers, () => fired.push('speech'));
    const staff = createCornerHold({
      gesture: { corner: 'topEnd', holdSeconds: 3 },
      timers: clock.timers,
      screen: () => ({ width: 1080, height: 1920, direction: 'ltr' }),
      onHold: () => fired.push('staff'),
    });
    const press = (id: number, x: number, y: number) => {
      staff.pressed({ id, x, y });
      speech.pressed({ id, x, y });
    };
    press(1, 1060, 20);
    clock.advance(5000);
    expect(fired).toEqual(['staff']);
    staff.released(1);
    speech.released(1);
    press(2, 1060, 20);
    press(3, 500, 900);
    clock.advance(5000);
    expect(fired).toEqual(['staff', 'speech']);
  });
});

describe('turning speech on and off', () => {
  it('says when the gesture turns speech on, with the key guide, and when it turns it off', async () => {
    const log: string[] = [];
    const fixture = kioskFixture();
    const { kiosk } = fixture;
    Object.assign(kiosk, { speaker: notingSpeaker(log) });
    await fixture.connect();
    const stop = followSpeech(kiosk);
    speechGestured(kiosk);
    expect(kiosk.accessibility.getState().modes.speech).toBe(true);
    expect(log).toEqual([`say! es: ${kiosk.i18n.t('speech.on')}`, `say es: ${kiosk.i18n.t('speech.keyGuide')}`]);
    log.length = 0;
    speechGestured(kiosk);
    expect(kiosk.accessibility.getState().modes.speech).toBe(false);
    expect(log).toEqual(['stop', `say! es: ${kiosk.i18n.t('speech.off')}`]);
    stop();
  });

  it('comes on with a headset, stays on when it is pulled out with the volume back to its start, and stops at the session end', async () => {
    const log: string[] = [];
    const fixture = await customerAtHome({}, 'en');
    const { kiosk } = fixture;
    Object.assign(kiosk, { speaker: notingSpeaker(log) });
    const stop = followSpeech(kiosk);
    // The host's own event, through the bridge, as its headset watch sends it.
    fixture.host.events.emit('accessibility.headsetChanged', { plugged: true });
    await expect.poll(() => kiosk.accessibility.getState().modes.speech).toBe(true);
    expect(log[0]).toBe(`say! en: ${kiosk.i18n.t('speech.on')}`);
    kiosk.accessibility.getState().volumeChanged(0.3);
    headsetChanged(kiosk, true);
    expect(log.filter((line) => line.includes(kiosk.i18n.t('speech.on')))).toHaveLength(1);
    fixture.host.events.emit('accessibility.headsetChanged', { plugged: false });
    await expect.poll(() => kiosk.accessibility.getState().volume).toBe(startVolume);
    expect(kiosk.accessibility.getState().modes.speech).toBe(true);
    log.length = 0;
    endSession(kiosk, 'cancelled');
    expect(log).toEqual(['stop']);
    await kiosk.usage.settled();
    expect(fixture.usage().filter((event) => event.type === 'accessibility.modeChanged').map((event) => event.event)).toEqual([
      { type: 'accessibility.modeChanged', mode: 'speech', on: true, via: 'headset' },
    ]);
    stop();
  });
});
