import fs from 'node:fs';
import { detectPhi } from '../../../../shared/phi/detectPhi';
import { suggestReplacement } from '../../../../shared/phi/replacements';
import type { ToolCommand } from './toolCommand';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export const scanTextCommand: ToolCommand = {
  name: 'scan-text',
  usage: 'scan-text [FILE|-] [--json]',
  summary: 'Find patient identifiers in text (UTF-8 file, or stdin).',
  async run(args, { io, json }) {
    const source = args[0] ?? '-';
    let text: string;
    try {
      text = source === '-' ? await (io.stdin ?? readStdin)() : await fs.promises.readFile(source, 'utf8');
    } catch (err) {
      io.stderr(`medpost: cannot read ${source}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      return 1;
    }
    // Offsets are UTF-16 code units of the decoded text: JavaScript string indices.
    const findings = detectPhi(text);
    if (json) {
      io.stdout(JSON.stringify({ findings }, null, 2));
      return 0;
    }
    if (findings.length === 0) io.stdout('No identifiers found.');
    for (const f of findings) io.stdout(`${f.start}-${f.end}  ${f.kind.padEnd(14)} ${JSON.stringify(f.text)}  → ${suggestReplacement(f)}  (${f.reason})`);
    return 0;
  },
};
