import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { StudioFailure } from '../../../shared/api/errors';

type Picked = { path: string; expires: number };

/**
 * Files the user chose in a native dialog, held by opaque one-use tokens: the renderer can
 * import what the user picked, never a path it makes up.
 */
export function createPickedFiles(ttlMs = 30 * 60_000) {
  const picked = new Map<string, Picked>();
  return {
    remember(paths: string[]): { token: string; name: string; bytes: number }[] {
      const now = Date.now();
      for (const [token, p] of picked) if (p.expires < now) picked.delete(token);
      return paths.map((p) => {
        const token = randomBytes(16).toString('hex');
        picked.set(token, { path: p, expires: now + ttlMs });
        let bytes = 0;
        try {
          bytes = fs.statSync(p).size;
        } catch {
          // reported when imported
        }
        return { token, name: path.basename(p), bytes };
      });
    },
    take(token: string): string {
      const p = picked.get(token);
      picked.delete(token);
      if (!p || p.expires < Date.now()) throw new StudioFailure('not_found', 'That file choice has expired: choose the file again.');
      return p.path;
    },
  };
}
