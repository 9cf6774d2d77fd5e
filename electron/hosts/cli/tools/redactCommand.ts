import path from 'node:path';
import { StudioFailure } from '../../../../shared/api/errors';
import { shutdownOcr } from '../../../services/ocr/tesseractPool';
import { redactImage } from '../../../services/redact/redactImage';
import { redactVideoFile } from '../../../services/video/redactVideo';
import { runBatch } from './runBatch';
import type { ToolCommand } from './toolCommand';
import { plannedPairs } from './writeOutputs';

const imageOutput = /\.(png|jpe?g)$/i;
const videoInput = /\.(mp4|mov|m4v)$/i;

export const redactCommand: ToolCommand = {
  name: 'redact',
  usage: 'redact IN OUT [--json]',
  summary: 'Destroy burned-in identifiers and faces; OUT (.png/.jpg, or .mp4 for a clip) is fresh pixels, no metadata, re-checked. Folders too.',
  async run(args, ctx) {
    const [input, output] = args;
    if (!input || !output) {
      ctx.io.stderr('medpost: usage: medpost redact IN OUT');
      return 2;
    }
    // Ctrl+C or a kill stops ffmpeg and the OCR and removes the half-written video.
    const stop = new AbortController();
    const cancel = () => stop.abort();
    process.once('SIGINT', cancel);
    process.once('SIGTERM', cancel);
    let shown = -1;
    const progress = (done: number, total: number, message: string) => {
      const pct = Math.floor((100 * done) / total);
      if (ctx.io.isTTY && pct >= shown + 5) ctx.io.stderr(`[${(shown = pct)}%] ${message}`);
    };
    try {
      const pairs = plannedPairs(input, output, (name) =>
        videoInput.test(name) ? `${path.parse(name).name}.mp4` : imageOutput.test(name) ? name : `${path.parse(name).name}.png`,
      );
      return await runBatch(pairs, ctx, async (from, to) => {
        if (videoInput.test(from)) return redactVideoFile(from, to, { signal: stop.signal, progress });
        if (!imageOutput.test(to)) throw new StudioFailure('invalid_input', 'OUT must end in .png, .jpg or .jpeg.');
        return redactImage(from, to);
      });
    } finally {
      process.removeListener('SIGINT', cancel);
      process.removeListener('SIGTERM', cancel);
      await shutdownOcr();
    }
  },
};
