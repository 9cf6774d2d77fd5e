import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { StudioFailure } from '../../../shared/api/errors';

export type OcrEnginePaths = { langPath: string; workerPath: string; corePath: string };

// Inside a packaged app these folders must be unpacked next to the asar archive: a worker
// thread and the wasm loader read them with plain file calls.
const unpacked = (p: string) => p.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);

let cached: OcrEnginePaths | null = null;

/**
 * Local paths for everything tesseract.js would otherwise fetch. Every one is a file path, never
 * a URL: left unset, the language data would come from a CDN, and a studio that promises to work
 * offline must not send a byte anywhere.
 */
export function ocrEnginePaths(): OcrEnginePaths {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  let paths: OcrEnginePaths;
  try {
    paths = {
      // best_int: the LSTM-only integer model, the one tesseract.js itself picks for OEM 1.
      langPath: unpacked(path.join(path.dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int')),
      workerPath: unpacked(path.join(path.dirname(require.resolve('tesseract.js/package.json')), 'src', 'worker-script', 'node', 'index.js')),
      // Resolved from tesseract.js itself, which is what loads it.
      corePath: unpacked(path.dirname(createRequire(require.resolve('tesseract.js')).resolve('tesseract.js-core/package.json'))),
    };
  } catch {
    throw new StudioFailure('internal', 'The text recognition engine is missing: reinstall MedPost Studio.');
  }
  for (const file of [path.join(paths.langPath, 'eng.traineddata.gz'), paths.workerPath, paths.corePath]) {
    if (!fs.existsSync(file)) throw new StudioFailure('internal', `The text recognition engine is incomplete (${path.basename(file)} is missing): reinstall MedPost Studio.`);
  }
  cached = paths;
  return paths;
}
