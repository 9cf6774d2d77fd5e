import { deidDicomCommand } from './deidDicom';
import { scanTextCommand } from './scanText';
import type { ToolCommand } from './toolCommand';

export const toolCommands: ToolCommand[] = [scanTextCommand, deidDicomCommand];

export function findTool(name: string | undefined): ToolCommand | undefined {
  return toolCommands.find((t) => t.name === name);
}
