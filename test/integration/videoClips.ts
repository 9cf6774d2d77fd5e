import { execFileSync } from 'node:child_process';
import path from 'node:path';

// Test clips made by ffmpeg from lavfi sources: PHI drawn at known times, a moving box, sound,
// and identifying container tags, so each test knows exactly what must be gone.
const ffmpeg = process.env.FFMPEG_BIN || 'ffmpeg';
export const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';

export function makeClip(file: string, args: string[]): string {
  execFileSync(ffmpeg, ['-hide_banner', '-v', 'error', '-y', ...args, file], { timeout: 60_000 });
  return file;
}

const text = (t: string, x: number, y: number, from: number, to: number) =>
  `drawtext=fontfile=${FONT}:text='${t}':x=${x}:y=${y}:fontsize=22:fontcolor=white:enable='between(t,${from},${to})'`;

/**
 * 3 s, 640×360, dark grey like a fluoroscopy frame: a name from the start, a date from 1.2 s,
 * a white box crossing the frame, a sine tone, and creation time, GPS, title and comment tags.
 */
export function phiClip(dir: string): string {
  const graph = [
    'drawbox=x=t*120:y=150:w=60:h=60:color=white:t=fill',
    text('SMITH^JOHN', 16, 14, 0, 3),
    text('DOB 03/14/1961', 16, 320, 1.2, 3),
  ].join(',');
  return makeClip(path.join(dir, 'phi.mp4'), [
    '-f', 'lavfi', '-i', 'color=c=0x303030:s=640x360:r=30:d=3',
    '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=44100:duration=3',
    '-vf', graph, '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest',
    '-metadata', 'creation_time=2020-09-16T10:42:00Z', '-metadata', 'location=+39.8241-108.8549/',
    '-metadata', 'title=John Smith case', '-metadata', 'comment=UNITY CLINIC MRN 5063499',
  ]);
}

/** 1.5 s, 640×640, panning over a sample clinical photo with a person's face in it, no sound. */
export function faceClip(dir: string, photo: string): string {
  return makeClip(path.join(dir, 'face.mp4'), [
    '-loop', '1', '-framerate', '30', '-t', '1.5', '-i', photo,
    '-vf', "scale=720:720,crop=640:640:'t*40':40,format=yuv420p", '-c:v', 'libx264', '-preset', 'ultrafast',
  ]);
}
