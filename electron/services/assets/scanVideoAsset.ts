import { StudioFailure } from '../../../shared/api/errors';
import type { Asset } from '../../../shared/model/asset';
import { PhiKind, type Box } from '../../../shared/phi/types';
import type { TimedFinding, VideoScan } from '../../../shared/reel/timedFindings';
import type { JobContext } from '../jobs/jobRegistry';
import { assetFilePath, type Library } from '../library/library';
import { readContainerMetadata } from '../media/containerMetadata';
import { unionBox } from '../ocr/passGeometry';
import { analyseFrame, type FrameFindings } from '../video/analyseFrame';
import { sampleFrames } from '../video/sampleFrames';
import { buildTracks, type SampleFindings } from '../video/trackFindings';
import { readVideoSource } from '../video/videoSource';
import { saveVideoScan } from './videoScanStore';

type Read = SampleFindings & { found: FrameFindings };

const ms = (s: number) => Math.max(0, Math.round(s * 1000));
const round = (b: Box): Box => [Math.floor(b[0]), Math.floor(b[1]), Math.ceil(b[2]), Math.ceil(b[3])];

// The detector's kinds are PhiKinds; anything else read as identifying is a generic id.
const phiKindOf = (kind: string | undefined): PhiKind => {
  const parsed = PhiKind.safeParse(kind);
  return parsed.success ? parsed.data : 'id';
};

/** Refuses, in a sentence saying what to use instead, an asset that is not a video. */
export function requireVideo(asset: Asset, doing: string): void {
  if (asset.kind === 'video') return;
  const instead: Record<Exclude<Asset['kind'], 'video'>, string> = {
    audio: 'it is an audio file and holds no picture',
    image: 'it is an image: scan and redact it on its asset screen',
    dicom: 'it is a DICOM image: scan and redact it on its asset screen (a cine loop is de-identified as a whole)',
  };
  throw new StudioFailure('invalid_input', `Cannot ${doing} ${JSON.stringify(asset.originalName)}: ${instead[asset.kind]}.`);
}

/**
 * Tracks to timed findings. Like the redaction's timed boxes, a finding spans from the sample
 * before it was first seen to the sample after it was last seen (the clip's ends where there is
 * none), so nothing it showed between two samples falls outside; its keys are where it was seen.
 */
export function timedFindings(reads: readonly Read[], durationMs: number): TimedFinding[] {
  const out: TimedFinding[] = [];
  for (const kind of ['text', 'face'] as const) {
    for (const track of buildTracks(reads, kind)) {
      const first = track.keys[0];
      const last = track.keys[track.keys.length - 1];
      const startMs = first.sample > 0 ? ms(reads[first.sample - 1].t) : 0;
      const endMs = Math.min(durationMs, last.sample < reads.length - 1 ? ms(reads[last.sample + 1].t) : durationMs);
      // Boxes are the same objects the frame's findings hold, so each key finds its reading.
      const readings = track.keys.map((k) => reads[k.sample].found.text.find((f) => f.box === k.box)).filter((f) => f !== undefined);
      const longest = readings.reduce<(typeof readings)[number] | null>((a, b) => (a && a.text.length >= b.text.length ? a : b), null);
      out.push({
        id: `vf-${out.length + 1}`,
        kind: kind === 'face' ? 'face' : phiKindOf(longest?.kind),
        box: round(unionBox(track.keys.map((k) => k.box))),
        keys: track.keys.slice(0, 2000).map((k) => ({ tMs: ms(k.t), box: round(k.box) })),
        startMs,
        endMs: Math.max(endMs, startMs + 1),
        text: (longest?.text ?? '').slice(0, 500),
      });
    }
  }
  return out.sort((a, b) => a.startMs - b.startMs || a.id.localeCompare(b.id));
}

/**
 * Scans a video asset for identifiers with the video redaction's own reader: frames sampled at
 * every visible change and at least every second, each read for burned-in PHI (strictly along
 * the edges of grey medical video) and faces, tracked over time; plus the identifying container
 * tags. Stores the scan (and its still summary, which sets the asset's PHI status).
 */
export async function scanVideoAsset(lib: Library, asset: Asset, job: JobContext): Promise<VideoScan> {
  requireVideo(asset, 'scan');
  const file = assetFilePath(lib, asset.hash);
  job.progress(0, 1000, 'Reading the video');
  const source = await readVideoSource(file, job.signal);
  const metadata = await readContainerMetadata(file, job.signal);
  const reads: Read[] = [];
  for await (const frame of sampleFrames(file, source, { signal: job.signal })) {
    const found = await analyseFrame(frame, { signal: job.signal });
    reads.push({ t: frame.t, text: found.text.map((f) => f.box), faces: found.faces, found });
    job.progress(Math.round(990 * Math.min(1, frame.t / source.durationS)), 1000, `Reading frames (${frame.t.toFixed(1)} of ${source.durationS.toFixed(1)} s)`);
  }
  if (reads.length === 0) throw new StudioFailure('corrupt', 'No frame of this video could be decoded: it is damaged or incomplete.');
  const durationMs = ms(source.durationS);
  const scan: VideoScan = {
    assetId: asset.id,
    scannedAt: new Date().toISOString(),
    width: source.width,
    height: source.height,
    durationMs,
    samples: reads.length,
    findings: timedFindings(reads, durationMs),
    metadata,
  };
  saveVideoScan(lib.db, scan);
  job.progress(1000, 1000, 'Done');
  return scan;
}
