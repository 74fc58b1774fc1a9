import { defineConfig } from 'vitest/config';

/**
 * Real-browser layer: tests/e2e drives the built extension (`npm run build:e2e`) in Chromium and Firefox;
 * tests/build checks the production build's output (`npm run build`). Run one at a time by path, e.g.
 * `vitest run --config vitest.e2e.config.ts tests/e2e/chromium`. One browser at a time, tests in order.
 */
export default defineConfig({
	test: {
		environment: 'node',
		include: ['tests/e2e/**/*.e2e.test.ts', 'tests/build/**/*.test.ts'],
		fileParallelism: false,
		sequence: { concurrent: false, shuffle: false },
		testTimeout: 60_000,
		hookTimeout: 120_000,
		retry: process.env.CI ? 1 : 0,
	},
});
