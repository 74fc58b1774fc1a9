import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { ARTIFACTS_DIR } from '../e2e/support/paths';
import { contentScriptFiles, readBuildFile, readManifest, type Target } from './build-output';

/**
 * What one marketplace page gets injected (the largest manifest content_scripts entry, its js and css), gzip -9.
 * The budget: 18 KB, under a third of the lightest peer's 62.8 KB. Lower it as the script shrinks;
 * never raise it without saying why in the commit.
 */
const PER_PAGE_BUDGET_BYTES = 18 * 1024;

/**
 * Dexie in a content script would put the merchant's data in the marketplace page's own IndexedDB. Its
 * names survive minification. Its '\uffff' becomes a literal U+FFFF when minified, which makes Chrome reject
 * the whole extension (pitfall P1): the ASCII check catches that (an escaped \uffff in a regex is harmless).
 */
const DEXIE_MARKERS = [/Dexie/, /DatabaseClosedError/, /__dbnames/, /\uffff/];
/** webextension-polyfill: 2.5 KB gzip the injected script does without (it talks to the native API). */
const POLYFILL_MARKERS = [/webextension-polyfill/, /This script should only be loaded in a browser extension/];
/** Preact and WXT's content-script runtime stay in the panel page: none of their code is injected. */
const FRAMEWORK_MARKERS = [/dangerouslySetInnerHTML/, /wxt:content-script-started/, /wxt:locationchange/];
/** Test hooks of `npm run build:e2e` (see README) fold away in the production build these checks read. */
const E2E_ONLY_MARKERS = [/data-cl-read/];

interface Entry {
	js?: string[];
	css?: string[];
}
const entriesOf = (target: Target) =>
	((readManifest(target).content_scripts ?? []) as Entry[]).map((e) => [...(e.js ?? []), ...(e.css ?? [])]);

describe.each(['chrome', 'firefox'] as Target[])('%s: what is injected into marketplace pages', (target) => {
	const files = contentScriptFiles(target);

	test('exists', () => {
		expect(files.filter((f) => f.endsWith('.js'))).not.toEqual([]);
	});

	test.each(files)(
		'%s is pure ASCII and bundles no Dexie, no polyfill, no Preact, no WXT context, no E2E hook',
		(file) => {
			const text = new TextDecoder('utf-8', { fatal: true }).decode(readBuildFile(target, file));
			expect([...text].filter((c) => c.charCodeAt(0) > 0x7f).slice(0, 10)).toEqual([]);
			const found = [...DEXIE_MARKERS, ...POLYFILL_MARKERS, ...FRAMEWORK_MARKERS, ...E2E_ONLY_MARKERS].filter((m) =>
				m.test(text),
			);
			expect(found.map(String)).toEqual([]);
		},
	);

	test(`fits in ${PER_PAGE_BUDGET_BYTES} bytes gzip -9 per page`, () => {
		const perPage = entriesOf(target).map((entry) => ({
			files: entry,
			gzipBytes: entry.reduce((n, f) => n + gzipSync(readBuildFile(target, f), { level: 9 }).length, 0),
			rawBytes: entry.reduce((n, f) => n + readBuildFile(target, f).length, 0),
		}));
		const largest = perPage.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
		fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
		fs.writeFileSync(
			path.join(ARTIFACTS_DIR, `content-script-size-${target}.json`),
			`${JSON.stringify({ perPage, budget: PER_PAGE_BUDGET_BYTES }, null, '\t')}\n`,
		);
		console.log(
			`${target}: injected per page ${largest.rawBytes} bytes raw, ${largest.gzipBytes} bytes gzip (budget ${PER_PAGE_BUDGET_BYTES})`,
		);
		expect(largest.gzipBytes).toBeLessThanOrEqual(PER_PAGE_BUDGET_BYTES);
	});
});
