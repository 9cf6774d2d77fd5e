import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __MEDPOST_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.1.0') },
  test: {
    include: ['shared/**/*.test.ts', 'draw/**/*.test.ts', 'renderer/editor/**/*.test.ts', 'renderer/post/**/*.test.ts', 'renderer/consent/**/*.test.ts', 'renderer/thread/**/*.test.ts', 'renderer/reel/**/*.test.ts', 'renderer/compliance/**/*.test.ts', 'electron/**/*.test.ts', 'eslint/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
