import { describe, expect, it } from 'vitest';
import { createCallAnnouncer, type Utterance } from '../../../renderer/board/call-announcer.ts';

/** Devices that log what they do and take a turn of the event loop, as a real voice takes time. */
function loggingDevices(log: string[], failSpeaking = false) {
  let speaking = 0;
  return {
    chime: async () => {
      log.push('chime');
      await new Promise((resolve) => setTimeout(resolve, 1));
    },
    speak: async ({ text, language }: Utterance) => {
      speaking += 1;
      if (speaking > 1) log.push('OVERLAP');
      await new Promise((resolve) => setTimeout(resolve, 2));
      speaking -= 1;
      if (failSpeaking) throw new Error('no voice');
      log.push(`${language}: ${text}`);
    },
  };
}

const sentences = ({ number, counterLabel }: { number: string; counterLabel: string }) => [
  { text: `Número ${number}, mostrador ${counterLabel}`, language: 'es' },
  { text: `Ticket ${number}, counter ${counterLabel}`, language: 'en' },
];

describe('the call announcer', () => {
  it('chimes, then says each call in every language, one call after another, never overlapping', async () => {
    const log: string[] = [];
    const announcer = createCallAnnouncer(loggingDevices(log), sentences);
    announcer.announce({ number: 'A012', counterLabel: '3' });
    announcer.announce({ number: 'B004', counterLabel: '1' });
    await announcer.idle();
    expect(log).toEqual([
      'chime',
      'es: Número A012, mostrador 3',
      'en: Ticket A012, counter 3',
      'chime',
      'es: Número B004, mostrador 1',
      'en: Ticket B004, counter 1',
    ]);
  });

  it('does not queue the same call twice while it is still waiting its turn', async () => {
    const log: string[] = [];
    const announcer = createCallAnnouncer(loggingDevices(log), sentences);
    announcer.announce({ number: 'A001', counterLabel: '1' });
    announcer.announce({ number: 'A002', counterLabel: '2' });
    announcer.announce({ number: 'A002', counterLabel: '2' });
    await announcer.idle();
    expect(log.filter((line) => line === 'chime')).toHaveLength(2);
  });

  it('goes on to the next call when the display cannot speak', async () => {
    const log: string[] = [];
    const announcer = createCallAnnouncer(loggingDevices(log, true), sentences);
    announcer.announce({ number: 'A001', counterLabel: '1' });
    announcer.announce({ number: 'A002', counterLabel: '2' });
    await announcer.idle();
    expect(log).toEqual(['chime', 'chime']);
  });

  it('drops waiting calls once stopped', async () => {
    const log: string[] = [];
    const announcer = createCallAnnouncer(loggingDevices(log), sentences);
    announcer.announce({ number: 'A001', counterLabel: '1' });
    announcer.announce({ number: 'A002', counterLabel: '2' });
    announcer.stop();
    await announcer.idle();
    expect(log.join('\n')).not.toContain('A002');
  });
});
