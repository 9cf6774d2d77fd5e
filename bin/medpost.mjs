#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/node/cli.mjs', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('medpost: not built yet: run `npm install` (or `npm run build`) in the MedPost Studio folder.\n');
  process.exit(1);
}
await import(cli);
