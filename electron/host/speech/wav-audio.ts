// Checks that what the speech engine wrote is PCM audio in a WAV file, and gives it back with a
// truthful header: espeak-ng writing to a pipe cannot go back to fill in the sizes, so its header
// claims about 2 GiB of audio, which a player may believe.

export interface PcmWav {
  /** The whole file: a 44-byte header with the real sizes, then the samples. */
  bytes: Buffer;
  durationMs: number;
}

/** Why the bytes are not usable audio, for the operator's log. */
export type WavProblem = { problem: string };

const headerBytes = 44;
const pcmFormat = 1;

export function readPcmWav(file: Buffer): PcmWav | WavProblem {
  if (file.length < 12 || file.toString('latin1', 0, 4) !== 'RIFF' || file.toString('latin1', 8, 12) !== 'WAVE') {
    return { problem: 'not a RIFF/WAVE file' };
  }
  let format: { channels: number; sampleRate: number; bitsPerSample: number } | null = null;
  let at = 12;
  while (at + 8 <= file.length) {
    const id = file.toString('latin1', at, at + 4);
    const declared = file.readUInt32LE(at + 4);
    const body = at + 8;
    if (id === 'fmt ') {
      if (declared < 16 || body + 16 > file.length) return { problem: 'a short fmt chunk' };
      if (file.readUInt16LE(body) !== pcmFormat) return { problem: `audio format ${file.readUInt16LE(body)}, not PCM` };
      format = { channels: file.readUInt16LE(body + 2), sampleRate: file.readUInt32LE(body + 4), bitsPerSample: file.readUInt16LE(body + 14) };
    } else if (id === 'data') {
      if (!format) return { problem: 'samples before their format' };
      return pcmOf(format, file.subarray(body, Math.min(file.length, body + declared)));
    }
    // Chunks are padded to an even length.
    at = body + declared + (declared % 2);
  }
  return { problem: 'no data chunk' };
}

function pcmOf({ channels, sampleRate, bitsPerSample }: { channels: number; sampleRate: number; bitsPerSample: number }, data: Buffer): PcmWav | WavProblem {
  if (channels < 1 || channels > 2 || sampleRate < 8_000 || sampleRate > 96_000 || ![8, 16, 24, 32].includes(bitsPerSample)) {
    return { problem: `an unlikely format: ${channels} channels, ${sampleRate} Hz, ${bitsPerSample} bits` };
  }
  const blockAlign = channels * (bitsPerSample / 8);
  // A process killed mid-write can leave half a sample frame.
  const samples = data.subarray(0, data.length - (data.length % blockAlign));
  if (samples.length === 0) return { problem: 'no samples' };
  const byteRate = sampleRate * blockAlign;
  const header = Buffer.alloc(headerBytes);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(headerBytes - 8 + samples.length, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(pcmFormat, 20);
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(byteRate, 28);
  header.writeUInt16LE(blockAlign, 32);
  header.writeUInt16LE(bitsPerSample, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(samples.length, 40);
  return { bytes: Buffer.concat([header, samples]), durationMs: Math.round((samples.length / byteRate) * 1000) };
}
