import path from 'node:path';
import { proposeRedactions } from '../../shared/editor/redactionCoverage';
import { newArrow, newImage, newMarker, newShape, newSlide, newText } from '../../shared/editor/objectFactory';
import type { Asset } from '../../shared/model/asset';
import type { AssetAnalysis } from '../../shared/model/assetAnalysis';
import { PostDocument, type Slide } from '../../shared/model/postDocument';
import type { ExportResult } from '../../shared/api/contract';
import { openStudio, type Studio } from '../../electron/services/studio';
import { DISCLAIMER_LINE } from '../../shared/compliance/rules/disclaimer';
import type { ComplianceFinding } from '../../shared/compliance/types';
import { makeTempDir, samplesDir } from '../fixtures/tempLibrary';

export const CANVAS = { formatId: 'instagram-portrait', width: 1080, height: 1350 };
export const REDACTION_FILL = '#1a2b3c';

export type ExportWorld = {
  studio: Studio;
  dir: string;
  projectId: string;
  call<T>(name: string, input: unknown, upload?: string): Promise<T>;
  importSample(rel: string): Promise<Asset>;
  close(): void;
};

/** A studio with one project, for a whole test file (scanning an X-ray takes seconds). */
export async function openExportWorld(): Promise<ExportWorld> {
  const temp = makeTempDir('medpost-export-');
  const studio = openStudio(temp.dir, { log: (m) => console.error(m) });
  const call = async <T>(name: string, input: unknown, upload?: string): Promise<T> => {
    const r = await studio.dispatch(name, input, upload ? { upload: { kind: 'path', path: upload } } : {});
    if (!r.ok) throw Object.assign(new Error(`${r.error.code}: ${r.error.message}`), { code: r.error.code });
    return r.value as T;
  };
  const project = await call<{ id: string }>('projects.create', { name: 'Export' });
  // The compliance gate (issue 7) needs a disclaimer: the profile note carries it for every post.
  await call('compliance.setSettings', { profileNote: DISCLAIMER_LINE });
  return {
    studio,
    dir: temp.dir,
    projectId: project.id,
    call,
    importSample: async (rel) =>
      (await call<{ asset: Asset }>('assets.import', { projectId: project.id, name: path.basename(rel) }, path.join(samplesDir, rel))).asset,
    close() {
      studio.close();
      temp.cleanup();
    },
  };
}

/**
 * The carousel of the tests: a title slide (text, shape, arrow), the X-ray with its findings
 * covered by accepted solid boxes and a marker, and a closing slide. Every slide has alt text.
 */
export function threeSlides(xray: Asset, analysis: AssetAnalysis): PostDocument {
  const title = newSlide(undefined, [
    newShape(CANVAS, 'rect', { x: 540, y: 300 }),
    newText(CANVAS, 'Fracture of the fifth metatarsal', { x: 540, y: 700 }),
    newArrow(CANVAS, { x: 200, y: 1000 }, { x: 800, y: 1100 }),
  ]);
  const image = newImage(xray, CANVAS, { box: { x: 40, y: 160, width: 1000, height: 1000 } });
  const boxes = proposeRedactions(image, analysis, () => Math.random().toString(36).slice(2, 12)).map((r) => ({
    ...r,
    status: 'accepted' as const,
    fill: REDACTION_FILL,
  }));
  const imageSlide = newSlide(undefined, [image, ...boxes, newMarker(CANVAS, 1, { x: 540, y: 1250 })]);
  const closing = newSlide(undefined, [newText(CANVAS, 'Look at the base of the fifth metatarsal on every foot film.'), newShape(CANVAS, 'ellipse')]);
  const slides: Slide[] = [title, imageSlide, closing].map((s, i) => ({ ...s, altText: `Slide ${i + 1} of a teaching case on a foot X-ray.` }));
  return PostDocument.parse({ schemaVersion: 3, canvas: CANVAS, slides, scenes: [], parts: [] });
}

export async function createPost(world: ExportWorld, document: PostDocument): Promise<string> {
  const post = await world.call<{ id: string }>('posts.create', { projectId: world.projectId, title: 'Case', format: 'carousel', document });
  return post.id;
}

/**
 * What the compliance gate asks of an export whose subject is something else (rendering,
 * encoding, verification): the platform, and a reason for each warning the pass raises
 * (a fixture's X-ray is linked to no patient; its post declares no audience). Errors are not
 * acknowledged: they still refuse.
 */
export async function gateInputs(world: ExportWorld, id: string, platforms = ['instagram']) {
  const { findings } = await world.call<{ findings: ComplianceFinding[] }>('compliance.check', { postId: id, platforms });
  const acks = findings.filter((f) => f.severity === 'warning').map((f) => ({ rule: f.rule, where: f.where.key, reason: 'Test fixture: reviewed.' }));
  return { platforms, acks };
}

export async function exportAndDownload(world: ExportWorld, input: { id: string; kind: string; slideIds?: string[]; jobId?: string }) {
  const result = await world.call<ExportResult>('posts.export', { ...input, ...(await gateInputs(world, input.id)) });
  const file = await world.call<{ mime: string; data: Uint8Array }>('exports.download', { exportId: result.exportId });
  return { result, file };
}
