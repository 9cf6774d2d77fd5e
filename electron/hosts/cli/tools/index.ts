import { deidDicomCommand } from './deidDicom';
import { redactCommand } from './redactCommand';
import { scanImageCommand } from './scanImageCommand';
import { scanTextCommand } from './scanText';
import type { ToolCommand } from './toolCommand';

export const toolCommands: ToolCommand[] = [scanTextCommand, scanImageCommand, redactCommand, deidDicomCommand];

export function findTool(name: string | undefined): ToolCommand | undefined {
  return toolCommands.find((t) => t.name === name);
}
