import { describe, expect, test } from 'vitest';
import { readManifest } from './build-output';

/**
 * The permissions users grant. Any change here is a product decision (store review, user trust): these tests
 * fail on every new permission or host, so the change has to be made here too, on purpose.
 */
const PERMISSIONS = ['storage'];
const MARKETPLACE_HOSTS = [
	'*://item.taobao.com/*',
	'*://detail.tmall.com/*',
	'*://*.taobao.com/*',
	'*://*.tmall.com/*',
	'*://item.jd.com/*',
	'*://mall.jd.com/*',
	'*://mobile.yangkeduo.com/*',
	'*://detail.1688.com/*',
].sort();

interface ContentScript {
	matches?: string[];
	exclude_matches?: string[];
}
interface WebAccessible {
	resources?: string[];
	matches?: string[];
	use_dynamic_url?: boolean;
}

const sorted = (values: unknown) => [...((values as string[] | undefined) ?? [])].sort();
const contentScriptMatches = (manifest: Record<string, unknown>) =>
	[...new Set(((manifest.content_scripts ?? []) as ContentScript[]).flatMap((cs) => cs.matches ?? []))].sort();

describe('Chrome manifest (MV3)', () => {
	const manifest = readManifest('chrome');

	test('asks for storage and the marketplace hosts, nothing else', () => {
		expect(manifest.manifest_version).toBe(3);
		expect(sorted(manifest.permissions)).toEqual(PERMISSIONS);
		expect(sorted(manifest.host_permissions)).toEqual(MARKETPLACE_HOSTS);
		expect(manifest.optional_permissions).toBeUndefined();
		expect(manifest.optional_host_permissions).toBeUndefined();
		expect(manifest.externally_connectable).toBeUndefined();
	});

	test('runs its content script on exactly the marketplace hosts', () => {
		expect(contentScriptMatches(manifest)).toEqual(MARKETPLACE_HOSTS);
	});

	test('exposes only the panel page, to the marketplace hosts only, at a per-session address', () => {
		const resources = (manifest.web_accessible_resources ?? []) as WebAccessible[];
		expect(resources.flatMap((r) => r.resources ?? [])).toEqual(['panel.html']);
		const matches = resources.flatMap((r) => r.matches ?? []);
		expect(matches.filter((m) => !MARKETPLACE_HOSTS.includes(m))).toEqual([]);
		expect(resources.every((r) => r.use_dynamic_url === true)).toBe(true);
	});

	test('injects one script at document_start, named in the manifest (no WXT content-script runtime)', () => {
		const scripts = (manifest.content_scripts ?? []) as (ContentScript & { js?: string[]; run_at?: string })[];
		expect(scripts.map((cs) => ({ js: cs.js, run_at: cs.run_at }))).toEqual([
			{ js: ['content-scripts/storefront.js'], run_at: 'document_start' },
		]);
	});
});

describe('Firefox manifest (MV2)', () => {
	const manifest = readManifest('firefox');

	test('asks for storage and the marketplace hosts, nothing else', () => {
		expect(manifest.manifest_version).toBe(2);
		expect(sorted(manifest.permissions)).toEqual([...PERMISSIONS, ...MARKETPLACE_HOSTS].sort());
		expect(manifest.optional_permissions).toBeUndefined();
	});

	test('runs its content script on exactly the marketplace hosts', () => {
		expect(contentScriptMatches(manifest)).toEqual(MARKETPLACE_HOSTS);
	});

	test('exposes only the panel page (its moz-extension address is random per install)', () => {
		expect(manifest.web_accessible_resources).toEqual(['panel.html']);
	});

	test('names its gecko id, a minimum version and that it collects no data', () => {
		const gecko = (manifest.browser_specific_settings as { gecko?: Record<string, unknown> } | undefined)?.gecko;
		expect(gecko?.id).toBe('courier-lens@courier-lens.app');
		// data_collection_permissions needs Firefox 140 (desktop) and 142 (Android).
		expect(Number.parseFloat(String(gecko?.strict_min_version))).toBeGreaterThanOrEqual(142);
		expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
	});
});
