export function roomOf(relativePath: string): string | null;
export function packageGroup(spec: string): string | null;
export function checkImport(fileRel: string, spec: string): string | null;
declare const plugin: { rules: Record<string, unknown> };
export default plugin;
