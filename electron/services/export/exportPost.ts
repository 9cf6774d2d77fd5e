import fs from 'node:fs';
import type { ExportResult } from '../../../shared/api/contract';
import { StudioFailure } from '../../../shared/api/errors';
import { localToday } from '../../../shared/consent/consentDates';
import type { Acknowledgement } from '../../../shared/compliance/types';
import type { PlatformId } from '../../../shared/model/platforms';
import { appendAudit } from '../audit/appendAudit';
import { gateExport, recordGatedExport } from '../compliance/exportGate';
import { recordExport } from '../consent/exportLog';
import type { JobContext } from '../jobs/jobRegistry';
import type { Library } from '../library/library';
import { newStagingPath } from '../library/staging';
import { getPost } from '../posts/postStore';
import { checkExportable } from './checkExportable';
import { encodeJpeg, encodePng } from './encodeSlides';
import { commitExport, mimeForName, newExportId, removeOldExports } from './exportStore';
import { loadSlideImages } from './loadSlideImages';
import { renderSlides, type RenderedSlide } from './renderSlides';
import { verifyExport, type ExportKind, type PlannedFile } from './verifyExport';
import { rgbOf, writePdf } from './writePdf';
import { writeZip } from './zipArchive';

export type ExportRequest = {
  id: string;
  kind: ExportKind;
  slideIds?: string[];
  /** The compliance gate's inputs: target platforms (the post's own when absent), planned date, reasons for warnings. */
  platforms?: PlatformId[];
  date?: string;
  acks?: Acknowledgement[];
};

/** `post-01.png`: the slide's place in the post, nothing about the post or whom it shows. */
export function slideFileName(number: number, ext: 'png' | 'jpg'): string {
  return `post-${String(number).padStart(2, '0')}.${ext}`;
}

function cancelIfAsked(job: JobContext): void {
  if (job.signal.aborted) throw new StudioFailure('cancelled', 'Export cancelled.');
}

/**
 * Exports a post's slides: refuses what may not leave (no alt text, identifiers not covered),
 * draws each slide through draw/, encodes it without metadata, writes the file to staging,
 * reads it back and checks it, and only then moves it where `exports.download` finds it.
 */
export async function exportPost(lib: Library, request: ExportRequest, job: JobContext): Promise<ExportResult> {
  removeOldExports(lib);
  const post = getPost(lib.db, request.id);
  const exportable = checkExportable(lib.db, post, request.slideIds);
  const { slides } = exportable;
  // The compliance pass over the whole post, even when only some slides are exported: a slide is
  // posted as part of its post (its disclaimer may be on another slide), and the editor's gate
  // shows the same findings. Errors refuse, warnings need a reason; nothing is rendered before.
  const gate = gateExport(lib, post, request);
  const steps = slides.length * 2 + 2;
  job.progress(0, steps, 'Loading images');
  const images = await loadSlideImages(lib, exportable.assets, slides, exportable.numberOf, job.signal);
  const rendered = await renderSlides(slides, post.document.canvas, images, exportable.numberOf, {
    signal: job.signal,
    progress: (done, _total, message) => job.progress(1 + done, steps, message),
  });
  const ext = request.kind === 'jpeg' ? 'jpg' : 'png';
  const encoded: { name: string; data: Buffer; slide: RenderedSlide }[] = [];
  for (const [i, slide] of rendered.entries()) {
    cancelIfAsked(job);
    job.progress(1 + slides.length + i, steps, `Encoding slide ${i + 1} of ${slides.length}`);
    // A PDF page holds the raw pixels; only image files are encoded.
    const data = request.kind === 'pdf' ? Buffer.alloc(0) : ext === 'jpg' ? await encodeJpeg(slide) : await encodePng(slide);
    encoded.push({ name: slideFileName(slide.number, ext), data, slide });
  }
  cancelIfAsked(job);
  const single = encoded.length === 1 && (request.kind === 'png' || request.kind === 'jpeg');
  const name = single ? encoded[0].name : request.kind === 'pdf' ? 'post.pdf' : 'post.zip';
  let file: Buffer;
  let listed = encoded.map((e) => ({ name: e.name, width: e.slide.width, height: e.slide.height, bytes: e.data.length }));
  if (request.kind === 'pdf') {
    const written = await writePdf(encoded.map((e) => ({ rgb: rgbOf(e.slide.rgba), width: e.slide.width, height: e.slide.height })));
    file = written.pdf;
    // A page is not a file of its own: listed by its place in the PDF and the size of its image.
    listed = listed.map((f, i) => ({ ...f, name: `${name}#page=${i + 1}`, bytes: written.pageBytes[i] }));
  } else file = single ? encoded[0].data : writeZip(encoded.map((e) => ({ name: e.name, data: e.data })));
  const staged = newStagingPath(lib, `-${name}`);
  const exportId = newExportId();
  try {
    await fs.promises.writeFile(staged, file, { flag: 'wx' });
    job.progress(steps - 1, steps, 'Checking the exported file');
    const planned: PlannedFile[] = encoded.map((e) => ({ name: e.name, slide: e.slide }));
    const verified = await verifyExport(lib, request.kind, staged, planned, job.signal);
    cancelIfAsked(job);
    await commitExport(lib, exportId, name, staged);
    // What this export relied on (assets, patients, consents), so a revocation can list it.
    const assetIds = [...exportable.assets.keys()];
    recordExport(lib.db, { exportId, postId: post.id, projectId: post.projectId, kind: request.kind, platforms: gate.check.platforms, assetIds, date: localToday() });
    recordGatedExport(lib, post.id, gate, { exportId, kind: request.kind, name, file });
    const rejected = slides.flatMap((s) => s.objects).filter((o) => o.type === 'redaction' && o.status === 'rejected').length;
    appendAudit(lib.db, {
      action: 'post.export',
      objectType: 'post',
      objectId: post.id,
      detail: { kind: request.kind, slides: slides.length, exportId, bytes: file.length, rejectedProposals: rejected },
    });
    job.progress(steps, steps, 'Exported');
    return {
      exportId,
      name,
      mime: mimeForName(name),
      bytes: file.length,
      files: listed,
      verified,
    };
  } finally {
    await fs.promises.rm(staged, { force: true });
  }
}
