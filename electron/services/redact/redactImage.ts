import fs from 'node:fs';
import path from 'node:path';
import { StudioFailure } from '../../../shared/api/errors';
import { ImageFinding, type Box, type MetadataField } from '../../../shared/phi/types';
import { readMetadata } from '../metadata/readMetadata';
import type { RawImage } from '../ocr/ocrTypes';
import { intersectionArea, overlapOfSmaller } from '../ocr/passGeometry';
import { burnRedactions, type FaceMode } from './burnRedactions';
import { decodeImage, readInput } from './decodeImage';
import { encodeClean, outputFormatFor } from './encodeClean';
import { findFaces } from './findFaces';
import { findImagePhi } from './findImagePhi';
import { isGreyscaleImage } from './imageRegions';
import { recheckRedaction, type Recheck } from './recheckRedaction';
import { writeChecked } from './writeChecked';

export type RedactImageOptions = {
  /** What to destroy; when absent, found here: burned-in PHI by OCR, plus faces. */
  findings?: ImageFinding[];
  /** Text is always a solid fill (blur over text can be reversed); faces pixelate unless 'solid'. */
  mode?: { text?: 'solid'; face?: FaceMode };
  /** Strict reading of the edges; decided from the pixels (a grey image) unless told. */
  isRadiograph?: boolean;
  /** Look for faces (finding and re-check); by default on colour images, not on grey medical ones. */
  faces?: boolean;
  /**
   * Areas the user looked at and decided are not identifying (rejected findings). The re-check
   * does not count what it reads there as a leak: that was a person's decision, and it is audited.
   */
  keep?: Box[];
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
};

export type RedactionReport = {
  width: number;
  height: number;
  findings: ImageFinding[];
  faces: Box[];
  metadataRemoved: MetadataField[];
  recheck: { ocrFindings: number; faces: number; metadata: number };
};

// Findings the re-check turns up after an automatic pass are burned too, then checked again; a
// redaction that still leaks after this many rounds fails.
const MAX_ROUNDS = 3;

function cancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw new StudioFailure('cancelled', 'Redaction cancelled.');
}

function parseFindings(findings: unknown): ImageFinding[] {
  const parsed = ImageFinding.array().safeParse(findings);
  if (!parsed.success) throw new StudioFailure('invalid_input', 'The redaction boxes are not valid: each needs a box [x, y, width, height], a kind and a source.');
  return parsed.data;
}

// Half of the re-read's box inside a kept area: the same thing the user already judged.
function withoutKept(recheck: Recheck, keep: readonly Box[]): Recheck {
  if (keep.length === 0) return recheck;
  const kept = (f: ImageFinding) => keep.some((k) => overlapOfSmaller(f.box, k) >= 0.5);
  return { ...recheck, findings: recheck.findings.filter((f) => !kept(f)), faces: recheck.faces.filter((f) => !kept(f)) };
}

function describeLeak(recheck: Recheck): string {
  const parts: string[] = [];
  if (recheck.findings.length) parts.push(`text still readable (${recheck.findings.map((f) => `${f.kind} "${f.text}"`).slice(0, 3).join(', ')})`);
  if (recheck.faces.length) parts.push(`${recheck.faces.length} face(s) still found`);
  if (recheck.metadata.length) parts.push(`metadata still present (${recheck.metadata.map((m) => m.label).slice(0, 3).join(', ')})`);
  return parts.join('; ');
}

/**
 * Redacts an image into a new file: burns the findings into the pixels (text filled solid,
 * faces pixelated), encodes fresh pixels with no metadata at all, re-reads the result (OCR on
 * every pass, the PHI detector, the face detector, a metadata scan) and writes it only if
 * nothing identifying survives. Otherwise it fails, and no output file exists.
 */
export async function redactImage(input: string | Buffer, output: string, options: RedactImageOptions = {}): Promise<RedactionReport> {
  const { signal } = options;
  let reported = 0;
  // A rare second round re-reads over the same span; the caller only ever sees progress rise.
  const progress = (fraction: number) => {
    if (fraction <= reported) return;
    reported = fraction;
    options.onProgress?.(fraction);
  };
  cancelled(signal);
  const format = outputFormatFor(output);
  if (typeof input === 'string' && path.resolve(input) === path.resolve(output)) {
    throw new StudioFailure('invalid_input', 'The redacted image must go to a new file, not over the original.');
  }
  const given = options.findings === undefined ? null : parseFindings(options.findings);
  if (options.mode?.text && options.mode.text !== 'solid') {
    throw new StudioFailure('invalid_input', 'Text can only be redacted with a solid fill: blur or pixelation over text can be read or reversed.');
  }
  const bytes = await readInput(input);
  const original = await decodeImage(bytes);
  const metadataRemoved = await readMetadata(bytes);
  const { width, height } = original;
  const isRadiograph = options.isRadiograph ?? isGreyscaleImage(original);
  const lookForFaces = options.faces ?? !isRadiograph;
  progress(0.02);

  let findings: ImageFinding[];
  if (given) {
    findings = given;
  } else {
    findings = await findImagePhi(original, { isRadiograph, signal, onProgress: (f) => progress(0.02 + 0.38 * f) });
    cancelled(signal);
    if (lookForFaces) findings.push(...(await findFaces(original)));
  }
  progress(0.45);

  let encoded: Buffer | null = null;
  let recheck: Recheck | null = null;
  let faceMode = options.mode?.face ?? 'pixelate';
  for (let round = 1; ; round++) {
    cancelled(signal);
    const image: RawImage = { ...original, data: Uint8Array.from(original.data) };
    burnRedactions(image, findings, { face: faceMode });
    encoded = await encodeClean(image, format);
    recheck = await recheckRedaction(
      encoded,
      { width, height, isRadiograph, faces: lookForFaces },
      { signal, onProgress: (f) => progress(0.45 + 0.52 * f) },
    );
    recheck = withoutKept(recheck, options.keep ?? []);
    const leaks = recheck.findings.length + recheck.faces.length;
    if (leaks === 0 && recheck.metadata.length === 0) break;
    // A face still found over its own pixelation gets a solid fill instead (boxes chosen by a
    // clinician included: that makes them stronger, not different).
    const onBurnedFaces = recheck.faces.every((s) => findings.some((f) => f.kind === 'face' && intersectionArea(f.box, s.box) > 0));
    const retryAsFill = faceMode === 'pixelate' && recheck.faces.length > 0 && recheck.findings.length === 0 && onBurnedFaces;
    // Otherwise only an automatic pass may widen itself; boxes a clinician chose are checked, not amended.
    if (recheck.metadata.length > 0 || round >= MAX_ROUNDS || (given && !retryAsFill)) {
      throw new StudioFailure('internal', `Redaction check failed: ${describeLeak(recheck)}. Nothing was saved.`);
    }
    if (recheck.faces.length > 0) faceMode = 'solid';
    if (!given) findings = [...findings, ...recheck.findings, ...recheck.faces];
  }

  const final = encoded;
  await writeChecked(output, final, async (written) => {
    // The file on disk must be exactly the bytes that passed the check, and carry no metadata.
    const back = await fs.promises.readFile(written);
    if (!back.equals(final)) throw new StudioFailure('internal', 'The redacted image changed on its way to disk; nothing was saved.');
    if ((await readMetadata(back)).length > 0) throw new StudioFailure('internal', 'Redaction check failed: metadata found in the written file. Nothing was saved.');
    cancelled(signal);
  });
  progress(1);
  return {
    width,
    height,
    findings,
    faces: findings.filter((f) => f.kind === 'face').map((f) => f.box),
    metadataRemoved,
    recheck: { ocrFindings: recheck.findings.length, faces: recheck.faces.length, metadata: recheck.metadata.length },
  };
}
