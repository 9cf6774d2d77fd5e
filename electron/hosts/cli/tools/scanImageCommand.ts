import fs from 'node:fs';
import { renderDicomPng } from '../../../services/dicom/renderDicomPng';
import { shutdownOcr } from '../../../services/ocr/tesseractPool';
import { scanImage } from '../../../services/redact/scanImage';
import { SNIFF_BYTES, sniffMedia } from '../../../../shared/media/sniffMedia';
import type { ToolCommand } from './toolCommand';

export const scanImageCommand: ToolCommand = {
  name: 'scan-image',
  usage: 'scan-image IMG [--json]',
  summary: 'Find burned-in identifiers, faces and metadata in an image (or a DICOM’s windowed image).',
  async run(args, { io, json }) {
    const [file] = args;
    if (!file) {
      io.stderr('medpost: usage: medpost scan-image IMG [--json]');
      return 2;
    }
    try {
      let bytes: Buffer = await fs.promises.readFile(file);
      const kind = sniffMedia(bytes.subarray(0, SNIFF_BYTES));
      if (kind.ok && kind.kind === 'dicom') bytes = (await renderDicomPng(new Uint8Array(bytes))).png;
      const scan = await scanImage(bytes);
      if (json) {
        io.stdout(
          JSON.stringify(
            {
              width: scan.width,
              height: scan.height,
              findings: scan.findings.map((f) => ({ box: f.box, text: f.text, kind: f.kind, confidence: f.confidence, reason: f.reason })),
              faces: scan.faces.map((box) => ({ box })),
              metadata: scan.metadata.map((m) => ({ tag: m.tag, value: m.value, label: m.label })),
            },
            null,
            2,
          ),
        );
        return 0;
      }
      io.stdout(`${scan.width}×${scan.height}: ${scan.findings.length} burned-in identifiers, ${scan.faces.length} faces, ${scan.metadata.length} metadata fields`);
      for (const f of scan.findings) io.stdout(`  ${f.kind.padEnd(14)} [${f.box.join(', ')}]  ${JSON.stringify(f.text)}`);
      for (const box of scan.faces) io.stdout(`  face           [${box.join(', ')}]`);
      for (const m of scan.metadata) io.stdout(`  ${m.label}: ${m.value}`);
      return 0;
    } finally {
      await shutdownOcr();
    }
  },
};
