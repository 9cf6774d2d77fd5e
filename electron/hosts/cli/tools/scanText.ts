import { detectPhi } from '../../../../shared/phi/detectPhi';
import { suggestReplacement } from '../../../../shared/phi/replacements';
import { readTextOrSay } from '../readTextInput';
import type { ToolCommand } from './toolCommand';

export const scanTextCommand: ToolCommand = {
  name: 'scan-text',
  usage: 'scan-text [FILE|-] [--json]',
  summary: 'Find patient identifiers in text (UTF-8 file, or stdin).',
  async run(args, { io, json }) {
    const source = args[0] ?? '-';
    const text = await readTextOrSay(source, io);
    if (text === null) return 1;
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
