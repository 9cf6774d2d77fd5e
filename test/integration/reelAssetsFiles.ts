import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { makeClip } from './videoClips';

// Audio made by ffmpeg from a lavfi sine for the reel asset tests, in the formats a clinician
// brings: a WAV, an MP3 with tags, an M4A, an Ogg/Opus, and a WebM/Opus written as a stream the
// way the browser's MediaRecorder writes it (no duration in its header).
const ffmpeg = process.env.FFMPEG_BIN || 'ffmpeg';
const sine = (seconds: number) => ['-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=48000:duration=${seconds}`];

export const audioFile = {
  wav: (dir: string, seconds = 1.5) => makeClip(path.join(dir, 'tone.wav'), [...sine(seconds), '-c:a', 'pcm_s16le']),
  mp3: (dir: string, seconds = 1.5) =>
    makeClip(path.join(dir, 'voice.mp3'), [...sine(seconds), '-c:a', 'libmp3lame', '-b:a', '64k', '-metadata', 'title=Jane Doe interview', '-metadata', 'date=2024-05-01']),
  m4a: (dir: string, seconds = 1.5) => makeClip(path.join(dir, 'music.m4a'), [...sine(seconds), '-c:a', 'aac', '-b:a', '64k']),
  ogg: (dir: string, seconds = 1.5) => makeClip(path.join(dir, 'note.ogg'), [...sine(seconds), '-c:a', 'libopus', '-b:a', '32k']),
  /** What MediaRecorder writes: audio/webm;codecs=opus, streamed, so no duration in the header. */
  recordedWebm(dir: string, seconds = 1.5): string {
    const out = execFileSync(ffmpeg, ['-hide_banner', '-v', 'error', ...sine(seconds), '-c:a', 'libopus', '-b:a', '32k', '-f', 'webm', 'pipe:1'], { timeout: 60_000, maxBuffer: 16 << 20 });
    const file = path.join(dir, 'voice-over.webm');
    fs.writeFileSync(file, out);
    return file;
  },
  /** An MP4 (generic isom brand) holding only sound. */
  audioOnlyMp4: (dir: string, seconds = 1.5) => makeClip(path.join(dir, 'sound-only.mp4'), [...sine(seconds), '-c:a', 'aac', '-f', 'mp4']),
};

/** A short silent test-pattern clip (160×120, 1 s), for the calls that only need some video. */
export const plainClip = (dir: string) =>
  makeClip(path.join(dir, 'plain.mp4'), ['-f', 'lavfi', '-i', 'testsrc=s=160x120:r=15:d=1', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p']);
