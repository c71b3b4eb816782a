// The host's offline speech engine, with the real espeak-ng, called over the browser shell's HTTP
// transport as the kiosk page calls it: the home screen spoken in Spanish and English is speech
// (loud enough, as long as the text needs, with words and pauses), repeated texts come from the
// cache, and a missing or broken engine is a typed error while the kiosk goes on answering.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import ar from '../../../assets/locales/ar.json' with { type: 'json' };
import en from '../../../assets/locales/en.json' with { type: 'json' };
import es from '../../../assets/locales/es.json' with { type: 'json' };
import fr from '../../../assets/locales/fr.json' with { type: 'json' };
import { createSpeechEngine } from '../../../electron/host/speech/espeak-engine.ts';
import type { MethodResult } from '../../../shared/host-api/contract.ts';
import type { ReplyEnvelope } from '../../../shared/host-api/envelope.ts';
import { offeredFlows } from '../../../renderer/kiosk/kiosk-selectors.ts';
import { exampleStoreCopy } from '../../fixtures/host.ts';
import { tempStore } from '../../fixtures/store-config.ts';
import { errorOf } from '../../fixtures/temp-host.ts';
import { speakingKiosk, type SpeakingKiosk } from './speech-kiosk.ts';

const locales = { es, en, ar, fr };
/** Where Debian installs espeak-ng, as CI does (.ci/run): the engine the host runs by its name. */
const debianEspeak = '/usr/bin/espeak-ng';
/** The demo store's rate: espeak-ng's words a minute, unless a test sets another. */
const wordsPerMinute = 165;

/** A scratch folder for scripts and WAV files, removed when the test ends. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atiende-speech-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A small program standing in for espeak-ng: a shell script, made executable. */
function script(dir: string, name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

function demoKiosk(speech: Record<string, unknown> = {}, reportFault?: (method: string, fault: unknown) => void): Promise<SpeakingKiosk> {
  return speakingKiosk(exampleStoreCopy('demo', { accessibility: { speech: { wordsPerMinute, ...speech } } }), reportFault ? { reportFault } : {});
}

function synthesized(reply: ReplyEnvelope): MethodResult<'speech.synthesize'> {
  if (!reply.ok) throw new Error(`speech.synthesize failed: ${reply.error.code}`);
  return reply.result as MethodResult<'speech.synthesize'>;
}

/** What the home screen says first: its heading and lead, then its first two buttons, as the page reads them. */
async function homeScreenText(kiosk: SpeakingKiosk, language: 'es' | 'en'): Promise<string> {
  const state = await kiosk.call('kiosk.state', {});
  if (!state.ok || (state.result as { state: string }).state !== 'ready') throw new Error('the demo kiosk is not ready');
  const { profile } = state.result as Extract<MethodResult<'kiosk.state'>, { state: 'ready' }>;
  const [first, second] = offeredFlows(profile.flows, { seesPilots: false, assisted: false });
  const { home } = locales[language];
  return `${home.title} ${home.lead} ${first!.title[language]}. ${second!.title[language]}.`;
}

interface Wav {
  format: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  samples: Int16Array;
}

/** Reads a WAV file as a player would, trusting its header's sizes. */
function readWav(file: Buffer): Wav {
  expect(file.toString('latin1', 0, 4)).toBe('RIFF');
  expect(file.toString('latin1', 8, 12)).toBe('WAVE');
  expect(file.readUInt32LE(4)).toBe(file.length - 8);
  let at = 12;
  let fmt: Omit<Wav, 'samples'> | undefined;
  while (at + 8 <= file.length) {
    const id = file.toString('latin1', at, at + 4);
    const size = file.readUInt32LE(at + 4);
    if (id === 'fmt ') {
      fmt = { format: file.readUInt16LE(at + 8), channels: file.readUInt16LE(at + 10), sampleRate: file.readUInt32LE(at + 12), bitsPerSample: file.readUInt16LE(at + 22) };
    }
    if (id === 'data') {
      expect(at + 8 + size).toBe(file.length);
      const data = file.subarray(at + 8, at + 8 + size);
      return { ...fmt!, samples: new Int16Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.length)) };
    }
    at += 8 + size + (size % 2);
  }
  throw new Error('no data chunk');
}

/** Loudness of each 20 ms frame (root mean square, on the 16-bit scale). */
function frameLoudness({ samples, sampleRate }: Wav): number[] {
  const frame = Math.round(sampleRate / 50);
  const frames: number[] = [];
  for (let start = 0; start + frame <= samples.length; start += frame) {
    let sum = 0;
    for (let i = start; i < start + frame; i += 1) sum += samples[i]! ** 2;
    frames.push(Math.sqrt(sum / frame));
  }
  return frames;
}

describe('the host’s offline speech engine', () => {
  it.each(['es', 'en'] as const)('speaks the home screen in %s as speech of the length its words need, over the kiosk page’s transport', async (language) => {
    const kiosk = await demoKiosk();
    const text = await homeScreenText(kiosk, language);
    const spoken = synthesized(await kiosk.call('speech.synthesize', { text, language }));
    expect(spoken.mimeType).toBe('audio/wav');

    const file = join(scratch(), `home-${language}.wav`);
    writeFileSync(file, Buffer.from(spoken.audio, 'base64'));
    const wav = readWav(readFileSync(file));
    expect(wav).toMatchObject({ format: 1, channels: 1, bitsPerSample: 16 });
    const seconds = wav.samples.length / wav.sampleRate;
    expect(spoken.durationMs).toBe(Math.round(seconds * 1000));

    // The rate says how long the words take; sentence pauses add to it. Measured with espeak-ng 1.51
    // at 165 words a minute: 1.35 times the words' time in Spanish, 1.04 in English (about 70 ms a
    // character); the bounds leave room for other versions, and catch half a text or a stuck tail.
    const wordsTime = (text.split(/\s+/).length / wordsPerMinute) * 60;
    expect(seconds).toBeGreaterThan(0.7 * wordsTime);
    expect(seconds).toBeLessThan(2 * wordsTime);

    const frames = frameLoudness(wav);
    const loudest = Math.max(...frames);
    const overall = Math.sqrt(wav.samples.reduce((sum, sample) => sum + sample ** 2, 0) / wav.samples.length);
    // Measured about 2,600 (-22 dBFS); silence or a click is far below 500.
    expect(overall).toBeGreaterThan(500);
    // Speech is words and gaps: measured 63% (es) and 54% (en) of frames voiced, and a pause of at
    // least 100 ms after each of the four sentences.
    const voiced = frames.filter((loudness) => loudness > loudest * 0.1).length / frames.length;
    expect(voiced).toBeGreaterThan(0.35);
    expect(voiced).toBeLessThan(0.9);
    expect(pauses(frames, loudest * 0.02, 5)).toBeGreaterThanOrEqual(3);

    // In the language's own voice at the store's rate: the very samples espeak-ng gives on its own.
    const voice = { es: 'es', en: 'en-gb' }[language];
    const own = spawnSync(debianEspeak, ['--stdout', '-v', voice, '-s', String(wordsPerMinute), text]);
    expect(Buffer.from(wav.samples.buffer).equals(own.stdout.subarray(44, 44 + wav.samples.byteLength))).toBe(true);
  });

  it('reads a text that looks like an option as words: the text never reaches the command line', async () => {
    const kiosk = await demoKiosk();
    const spoken = synthesized(await kiosk.call('speech.synthesize', { text: '--version -w /tmp/x.wav', language: 'en' }));
    expect(spoken.durationMs).toBeGreaterThan(500);
  });

  it('speaks a repeated text once: the same audio comes from its cache', async () => {
    const dir = scratch();
    const runs = join(dir, 'runs.txt');
    const counting = script(dir, 'counting-espeak', `echo run >> '${runs}'\nexec espeak-ng "$@"`);
    const kiosk = await demoKiosk({ espeakCommand: counting });
    const first = synthesized(await kiosk.call('speech.synthesize', { text: '¿Qué desea hacer?', language: 'es' }));
    const again = synthesized(await kiosk.call('speech.synthesize', { text: '  ¿Qué desea hacer? ', language: 'es' }));
    expect(again).toEqual(first);
    expect(readFileSync(runs, 'utf8')).toBe('run\n');
    // Another language is another text.
    await kiosk.call('speech.synthesize', { text: '¿Qué desea hacer?', language: 'en' });
    expect(readFileSync(runs, 'utf8')).toBe('run\nrun\n');
  });

  it('says speech.unavailable when the program is missing or the store wants the platform’s voices only, and the kiosk goes on', async () => {
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    onTestFinished(() => warnings.mockRestore());
    const missing = await demoKiosk({ espeakCommand: join(tmpdir(), 'no-such-espeak-ng') });
    for (const text of ['Hola', 'Adiós']) {
      expect(await errorOf(missing.call('speech.synthesize', { text, language: 'es' }))).toEqual({ code: 'speech.unavailable', params: {} });
    }
    expect(warnings.mock.calls.filter(([line]) => String(line).includes('no-such-espeak-ng'))).toHaveLength(1);
    expect(await missing.call('kiosk.state', {})).toMatchObject({ ok: true, result: { state: 'ready' } });

    const platform = await demoKiosk({ engine: 'platform' });
    expect(await errorOf(platform.call('speech.synthesize', { text: 'Hola', language: 'es' }))).toEqual({ code: 'speech.unavailable', params: {} });
  });

  it.each([
    ['ends with an error', 'echo "voice not found" >&2\nexit 1', /code 1: voice not found/],
    ['prints something that is not audio', 'cat /dev/urandom | head -c 5000\nexit 0', /not speech: not a RIFF\/WAVE file/],
    ['ends without reading its text', 'exit 0', /not speech/],
  ])('says speech.failed when the program %s, logs why without the text, and the kiosk goes on', async (_case, body, cause) => {
    const faults: string[] = [];
    const broken = script(scratch(), 'broken-espeak', body);
    const kiosk = await demoKiosk({ espeakCommand: broken }, (method, fault) => faults.push(`${method} ${String(fault)}`));
    expect(await errorOf(kiosk.call('speech.synthesize', { text: 'Su turno: A012', language: 'es' }))).toEqual({ code: 'speech.failed', params: {} });
    expect(faults).toHaveLength(1);
    expect(faults[0]).toMatch(/^speech\.synthesize SpeechFault: speech engine failed: /);
    expect(faults[0]).toMatch(cause);
    expect(faults[0]).not.toContain('A012');
    expect(await kiosk.call('kiosk.state', {})).toMatchObject({ ok: true, result: { state: 'ready' } });
  });

  it('refuses an empty text or one over 2,000 characters, and lets the waiting board speak', async () => {
    const kiosk = await demoKiosk();
    expect(await errorOf(kiosk.call('speech.synthesize', { text: '   ', language: 'es' }))).toMatchObject({ code: 'request.invalidInput', params: { field: 'text' } });
    expect(await errorOf(kiosk.call('speech.synthesize', { text: 'a'.repeat(2001), language: 'es' }))).toMatchObject({ code: 'request.invalidInput' });
    expect(synthesized(await kiosk.call('speech.synthesize', { text: 'Turno A012, mostrador 3', language: 'es' }, 'board')).durationMs).toBeGreaterThan(1000);
  });
});

describe('the speech engine on a kiosk out of service', () => {
  it('still speaks, with the default settings, so the kiosk can say it is closed', async () => {
    const kiosk = await speakingKiosk(tempStore('{ "store": '));
    expect(await kiosk.call('kiosk.state', {})).toMatchObject({ ok: true, result: { state: 'outOfService' } });
    expect(synthesized(await kiosk.call('speech.synthesize', { text: 'Este quiosco está fuera de servicio', language: 'es' })).durationMs).toBeGreaterThan(1000);
  });
});

describe('the speech engine’s limits', () => {
  it('stops a program that takes too long, with whatever it started', async () => {
    const dir = scratch();
    const pidFile = join(dir, 'pid');
    const stuck = script(dir, 'stuck-espeak', `sleep 60 &\necho $! > '${pidFile}'\nwait`);
    const faults: unknown[] = [];
    const engine = createSpeechEngine({ settings: { engine: 'espeak-ng', espeakCommand: stuck, wordsPerMinute }, reportFault: (_method, fault) => faults.push(fault), timeoutMs: 500 });
    onTestFinished(() => engine.close());
    expect(await errorOf(engine.speak('Hola', 'es'))).toEqual({ code: 'speech.failed', params: {} });
    expect(String(faults[0])).toContain('no answer within 500 ms');
    const sleeper = Number(readFileSync(pidFile, 'utf8'));
    await vi.waitFor(() => expect(isRunning(sleeper)).toBe(false), { timeout: 5_000 });
  });

  it('stops a program that writes far more than any speech', async () => {
    const endless = script(scratch(), 'endless-espeak', 'exec cat /dev/zero');
    const faults: unknown[] = [];
    const engine = createSpeechEngine({ settings: { engine: 'espeak-ng', espeakCommand: endless, wordsPerMinute }, reportFault: (_method, fault) => faults.push(fault), maxBytes: 1_000_000 });
    onTestFinished(() => engine.close());
    expect(await errorOf(engine.speak('Hola', 'es'))).toEqual({ code: 'speech.failed', params: {} });
    expect(String(faults[0])).toContain('more than 1000000 bytes of output');
  });

  it('runs two programs at once and queues the rest', async () => {
    const dir = scratch();
    const log = join(dir, 'log.txt');
    // Each run waits (5 s at most) until another has started beside it: two at once meet at once,
    // and with no limit a third would be there too.
    const slow = script(
      dir,
      'slow-espeak',
      [
        `echo start >> '${log}'`,
        `touch '${dir}/started.'$$`,
        'i=0',
        `while [ "$(ls '${dir}' | grep -c '^started')" -lt 2 ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done`,
        'espeak-ng "$@"',
        'status=$?',
        `echo end >> '${log}'`,
        'exit $status',
      ].join('\n'),
    );
    const engine = createSpeechEngine({ settings: { engine: 'espeak-ng', espeakCommand: slow, wordsPerMinute }, reportFault: () => undefined });
    onTestFinished(() => engine.close());
    const spoken = await Promise.all(['uno', 'dos', 'tres', 'cuatro', 'cinco'].map((text) => engine.speak(text, 'es')));
    expect(spoken.every((audio) => audio.durationMs > 100)).toBe(true);
    let running = 0;
    let most = 0;
    for (const line of readFileSync(log, 'utf8').trim().split('\n')) {
      running += line === 'start' ? 1 : -1;
      most = Math.max(most, running);
    }
    expect(most).toBe(2);
  });
});

/** How many quiet stretches of at least `frames` frames the audio has. */
function pauses(loudness: number[], quietBelow: number, frames: number): number {
  let count = 0;
  let quiet = 0;
  for (const level of [...loudness, Number.POSITIVE_INFINITY]) {
    if (level < quietBelow) quiet += 1;
    else {
      if (quiet >= frames) count += 1;
      quiet = 0;
    }
  }
  return count;
}

/** Whether a process still runs: one killed but not yet reaped (a zombie) does not. */
function isRunning(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}
