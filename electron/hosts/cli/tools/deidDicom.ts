import fs from 'node:fs';
import { deidentifyDicom } from '../../../services/dicom/deidentifyDicom';
import { renderDicomPng } from '../../../services/dicom/renderDicomPng';
import { createUidMapStore } from '../../../services/dicom/uidMap';
import { shutdownOcr } from '../../../services/ocr/tesseractPool';
import { findBurnedInBoxes } from '../../../services/redact/burnedInFinder';
import { plannedPairs, writeOutput } from './writeOutputs';
import { runBatch } from './runBatch';
import type { ToolCommand } from './toolCommand';

export const deidDicomCommand: ToolCommand = {
  name: 'deid-dicom',
  usage: 'deid-dicom IN OUT.dcm|OUT.png [--json]',
  summary: 'De-identify DICOM (PS3.15 Basic Profile, burned-in text destroyed); OUT.png writes the windowed image. Folders too.',
  async run(args, ctx) {
    const [input, output] = args;
    if (!input || !output) {
      ctx.io.stderr('medpost: usage: medpost deid-dicom IN OUT.dcm|OUT.png');
      return 2;
    }
    // The library keeps one UID mapping, so a study keeps one new UID across runs.
    const uidMap = createUidMapStore(ctx.library().db);
    const asPng = (file: string) => /\.png$/i.test(file);
    try {
      const pairs = plannedPairs(input, output, (name) => name.replace(/(\.dcm|\.dicom)?$/i, '.dcm'));
      return await runBatch(pairs, ctx, async (from, to) => {
        const { output: clean, report } = await deidentifyDicom(new Uint8Array(await fs.promises.readFile(from)), {
          uidMap,
          findBurnedIn: findBurnedInBoxes,
        });
        if (asPng(to)) {
          const { png } = await renderDicomPng(clean);
          await writeOutput(to, png);
        } else await writeOutput(to, clean);
        return report;
      });
    } finally {
      await shutdownOcr();
    }
  },
};
