import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Unit layer: pure core, adapters on fixtures, storage on fake-indexeddb, background on the fake browser, components. */
export default defineConfig({
	// WxtVitest aliases `wxt/browser` to its fake browser; it does not add wxt.config's Vite plugins, hence preact() here.
	plugins: [WxtVitest(), preact({ devToolsEnabled: false, prefreshEnabled: false })],
	test: {
		environment: 'happy-dom',
		// Property and fuzz tests run thousands of cases; on a loaded 2-core CI machine 5 s is too tight.
		testTimeout: 30_000,
		setupFiles: ['fake-indexeddb/auto'],
		include: ['tests/**/*.test.{ts,tsx}'],
		exclude: ['tests/e2e/**', 'tests/build/**', 'node_modules/**'],
		benchmark: { include: ['tests/**/*.bench.{ts,tsx}'] },
	},
});
