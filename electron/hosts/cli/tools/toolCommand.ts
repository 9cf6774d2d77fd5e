import type { Library } from '../../../services/library/library';

export type CliIo = { stdout: (s: string) => void; stderr: (s: string) => void; isTTY: boolean; stdin?: () => Promise<string> };

export type ToolContext = {
  io: CliIo;
  json: boolean;
  /** Opened only for tools that keep state in the library (the DICOM UID map). */
  library(): Library;
};

/** A file tool: works on files outside the library (scan, redact, de-identify). */
export type ToolCommand = {
  name: string;
  usage: string;
  summary: string;
  run(args: string[], ctx: ToolContext): Promise<number>;
};
