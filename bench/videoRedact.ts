// `npx tsx bench/videoRedact.ts [seconds]`: redaction of a 1080p clip (default 30 s) made here
// by ffmpeg: a dark, moving, fluoroscopy-like picture with a name, an ID and a date burned in
// (one appearing mid-clip) and a tone. Reports seconds of processing per second of video (×
// real time), split into reading, writing and re-checking as the progress reports them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { shutdownOcr } from '../electron/services/ocr/tesseractPool';
import { redactVideoFile } from '../electron/services/video/redactVideo';

const seconds = Number(process.argv[2] ?? 30);
const ffmpeg = process.env.FFMPEG_BIN || 'ffmpeg';
const font = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medpost-bench-video-'));

function makeClip(file: string): void {
  const label = (t: string, x: number, y: number, from: number) =>
    `drawtext=fontfile=${font}:text='${t}':x=${x}:y=${y}:fontsize=32:fontcolor=white:enable='gte(t,${from})'`;
  const graph = [
    'format=gray,eq=contrast=0.5:brightness=-0.25',
    'drawbox=x=300+200*sin(t/2):y=400:w=300:h=300:color=gray@0.8:t=fill',
    label('GARCIA^MARIA', 40, 40, 0),
    label('MRN 4471902', 40, 90, 0),
    label('DOB 11/02/1953', 40, 1000, seconds / 3),
    'format=yuv420p',
  ].join(',');
  execFileSync(ffmpeg, [
    '-hide_banner', '-v', 'error', '-y',
    '-f', 'lavfi', '-i', `mandelbrot=s=1920x1080:r=30:end_scale=0.5`, '-f', 'lavfi', '-i', `sine=frequency=300:duration=${seconds}`,
    '-t', String(seconds), '-vf', graph, '-c:v', 'libx264', '-preset', 'veryfast', '-c:a', 'aac', '-shortest', file,
  ]);
}

const input = path.join(dir, 'clip.mp4');
makeClip(input);
const steps = new Map<string, number>();
let step = '';
let since = performance.now();
const started = performance.now();
try {
  const report = await redactVideoFile(input, path.join(dir, 'clean.mp4'), {
    progress: (_d, _t, message) => {
      const name = message.split(' — ')[0];
      if (name === step) return;
      if (step) steps.set(step, (steps.get(step) ?? 0) + (performance.now() - since) / 1000);
      [step, since] = [name, performance.now()];
    },
  });
  if (step) steps.set(step, (steps.get(step) ?? 0) + (performance.now() - since) / 1000);
  const total = (performance.now() - started) / 1000;
  console.log(`video redact, ${seconds} s of 1920×1080 @30 fps: ${total.toFixed(1)} s = ${(total / seconds).toFixed(2)} s per second of video (${(seconds / total).toFixed(2)}× real time)`);
  for (const [name, s] of steps) console.log(`  ${name}: ${s.toFixed(1)} s`);
  console.log(`  ${report.samples} frames read, ${report.text.length} PHI texts, ${report.redactions} redaction boxes, ${report.rounds} round(s), re-check read ${report.recheck.samples} frames`);
} finally {
  await shutdownOcr();
  fs.rmSync(dir, { recursive: true, force: true });
}
