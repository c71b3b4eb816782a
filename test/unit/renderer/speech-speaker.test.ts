import { describe, expect, it } from 'vitest';
import { hostVoice } from '../../../renderer/kit/speech/host-voice.ts';
import { createSpeaker } from '../../../renderer/kit/speech/speaker.ts';
import { chooseEngine, type EngineName, type EngineSetting, type SpeechEngine } from '../../../renderer/kit/speech/speech-engine.ts';

interface Playing {
  text: string;
  finish: () => void;
  fail: (fault: unknown) => void;
}

/** A voice the test drives: each sentence sounds until the test finishes it (or it is cut). */
function fakeEngine(languages: string[]) {
  const voices = new Set(languages);
  const playing: Playing[] = [];
  const heard: string[] = [];
  const cut: string[] = [];
  const engine: SpeechEngine = {
    hasVoice: (language) => voices.has(language),
    speak: ({ text, volume }, signal, started) =>
      new Promise((resolve, reject) => {
        started();
        heard.push(`${text} @${volume}`);
        const turn: Playing = {
          text,
          finish: () => resolve(),
          fail: (fault) => reject(fault instanceof Error ? fault : new Error(String(fault))),
        };
        playing.push(turn);
        signal.addEventListener('abort', () => {
          cut.push(text);
          resolve();
        });
      }),
  };
  return { engine, voices, playing, heard, cut };
}

/** Lets the speaker's promise chain move on after a sentence ends. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function speakerWith(options: { setting?: EngineSetting; platform?: string[]; host?: string[]; volume?: () => number } = {}) {
  const platform = fakeEngine(options.platform ?? []);
  const host = fakeEngine(options.host ?? ['es', 'en']);
  const started: { text: string; engine: EngineName }[] = [];
  const warnings: string[] = [];
  let stops = 0;
  const speaker = createSpeaker({
    engines: { platform: platform.engine, 'espeak-ng': host.engine },
    setting: () => options.setting ?? 'auto',
    volume: options.volume ?? (() => 0.8),
    started: ({ text, engine }) => started.push({ text, engine }),
    stopped: () => (stops += 1),
    warn: (message) => warnings.push(message),
  });
  return { speaker, platform, host, started, warnings, stops: () => stops };
}

describe('choosing a voice', () => {
  it('prefers the platform voice on auto, and falls back to the host', () => {
    expect(chooseEngine('auto', { platform: true, 'espeak-ng': true })).toBe('platform');
    expect(chooseEngine('auto', { platform: false, 'espeak-ng': true })).toBe('espeak-ng');
    expect(chooseEngine('auto', { platform: false, 'espeak-ng': false })).toBeNull();
  });

  it('keeps to the engine the store named, even when only the other could speak', () => {
    expect(chooseEngine('platform', { platform: false, 'espeak-ng': true })).toBeNull();
    expect(chooseEngine('espeak-ng', { platform: true, 'espeak-ng': true })).toBe('espeak-ng');
  });
});

describe('the speaker', () => {
  it('says sentences one after another, never two at once', async () => {
    const { speaker, host } = speakerWith();
    speaker.say('Bienvenido', 'es');
    speaker.say('Toque para empezar', 'es');
    await settle();
    expect(host.playing.map((turn) => turn.text)).toEqual(['Bienvenido']);
    host.playing[0]?.finish();
    await settle();
    expect(host.playing.map((turn) => turn.text)).toEqual(['Bienvenido', 'Toque para empezar']);
  });

  it('uses a platform voice where the language has one and the host where it has not', async () => {
    const { speaker, platform, host, started } = speakerWith({ platform: ['en'] });
    speaker.say('Welcome', 'en');
    await settle();
    platform.playing[0]?.finish();
    speaker.say('Bienvenido', 'es');
    await settle();
    expect(started).toEqual([
      { text: 'Welcome', engine: 'platform' },
      { text: 'Bienvenido', engine: 'espeak-ng' },
    ]);
    expect(host.heard).toEqual(['Bienvenido @0.8']);
  });

  it('drops what was waiting and cuts what is being said when interrupted, and says so', async () => {
    const { speaker, host, stops } = speakerWith();
    speaker.say('Bienvenido', 'es');
    speaker.say('Toque para empezar', 'es');
    await settle();
    speaker.say('Elija su idioma', 'es', { interrupt: true });
    await settle();
    expect(host.cut).toEqual(['Bienvenido']);
    expect(host.heard.map((line) => line.split(' @')[0])).toEqual(['Bienvenido', 'Elija su idioma']);
    expect(stops()).toBe(1);
  });

  it('stays silent and reports no cut when stopped with nothing to say', () => {
    const { speaker, stops } = speakerWith();
    speaker.stop();
    expect(stops()).toBe(0);
  });

  it('says again everything since the last interruption', async () => {
    const { speaker, host, started } = speakerWith();
    speaker.say('Inicio', 'es', { interrupt: true });
    speaker.say('Recoger un pedido, botón, 1 de 3', 'es');
    await settle();
    host.playing[0]?.finish();
    await settle();
    host.playing[1]?.finish();
    await settle();
    speaker.repeat();
    await settle();
    host.playing[2]?.finish();
    await settle();
    expect(started.map((line) => line.text)).toEqual(['Inicio', 'Recoger un pedido, botón, 1 de 3', 'Inicio', 'Recoger un pedido, botón, 1 de 3']);
  });

  it('reads the volume as each sentence starts', async () => {
    let volume = 0.8;
    const { speaker, host } = speakerWith({ volume: () => volume });
    speaker.say('uno', 'es');
    speaker.say('dos', 'es');
    await settle();
    volume = 0.5;
    host.playing[0]?.finish();
    await settle();
    expect(host.heard).toEqual(['uno @0.8', 'dos @0.5']);
  });

  it('tries the other voice when one turns out to be missing, and warns only once when none is left', async () => {
    const { speaker, platform, host, started, warnings } = speakerWith({ platform: ['es'] });
    speaker.say('Hola', 'es');
    await settle();
    // The platform voice went away (a broken speech service): the host speaks instead.
    platform.voices.clear();
    platform.playing[0]?.fail(new Error('synthesis-failed'));
    await settle();
    expect(started.at(-1)).toEqual({ text: 'Hola', engine: 'espeak-ng' });
    host.voices.clear();
    host.playing[0]?.fail(new Error('speech.unavailable'));
    speaker.say('Adiós', 'es');
    speaker.say('Gracias', 'es');
    await settle();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/no voice/);
  });

  it('skips a sentence its voice could not say and goes on to the next', async () => {
    const { speaker, host, warnings } = speakerWith();
    speaker.say('uno', 'es');
    speaker.say('dos', 'es');
    await settle();
    host.playing[0]?.fail(new Error('speech.failed'));
    await settle();
    expect(host.playing.map((turn) => turn.text)).toEqual(['uno', 'dos']);
    expect(warnings).toHaveLength(1);
  });

  it('says nothing when the store asked for the platform voice and there is none', async () => {
    const { speaker, host, started, warnings } = speakerWith({ setting: 'platform' });
    speaker.say('Hola', 'es');
    await settle();
    expect(host.heard).toEqual([]);
    expect(started).toEqual([]);
    expect(warnings).toHaveLength(1);
  });
});

describe("the host's voice", () => {
  it('never plays an answer that comes after the sentence was cut', async () => {
    let answer: (sound: { audio: string; durationMs: number }) => void = () => undefined;
    const voice = hostVoice({
      synthesize: () => new Promise((resolve) => (answer = resolve)),
      isMissing: () => false,
    });
    const cut = new AbortController();
    let started = false;
    const spoken = voice.speak({ text: 'Bienvenido', language: 'es', volume: 0.8 }, cut.signal, () => (started = true));
    cut.abort();
    // Node has no Web Audio: had the late answer gone on to play, this would throw.
    answer({ audio: 'UklGRg==', durationMs: 900 });
    await expect(spoken).resolves.toBeUndefined();
    expect(started).toBe(false);
  });

  it('counts itself out when the host has no engine, and not for one failed sentence', async () => {
    const failing = (code: string) =>
      hostVoice({ synthesize: () => Promise.reject(new Error(code)), isMissing: (fault) => fault instanceof Error && fault.message === 'speech.unavailable' });
    const missing = failing('speech.unavailable');
    await expect(missing.speak({ text: 'Hola', language: 'es', volume: 1 }, new AbortController().signal, () => undefined)).rejects.toThrow();
    expect(missing.hasVoice('es')).toBe(false);
    const flaky = failing('speech.failed');
    await expect(flaky.speak({ text: 'Hola', language: 'es', volume: 1 }, new AbortController().signal, () => undefined)).rejects.toThrow();
    expect(flaky.hasVoice('es')).toBe(true);
  });
});

describe('waiting for a sentence', () => {
  it('resolves once the sentence is said, and for one dropped by a stop', async () => {
    const { speaker, host } = speakerWith();
    const first = speaker.sayAndWait('Turno A 1, mostrador 2', 'es');
    const second = speaker.sayAndWait('Ticket A 1, counter 2', 'en');
    let firstOver = false;
    void first.then(() => (firstOver = true));
    await settle();
    expect(firstOver).toBe(false);
    host.playing[0]?.finish();
    await first;
    speaker.stop();
    await expect(second).resolves.toBeUndefined();
  });
});
