// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The dependency rule of DEVELOPERS.md, enforced: a pure core → site adapters (DOM) → files (CSV, JSON, encodings),
 * storage and messaging → background handlers → components (render only) → entrypoints (wiring).
 * Each layer lists what it may import; anything else fails with the offending edge.
 */
const root = join(__dirname, '..', '..');

interface Layer {
	name: string;
	path: string;
	/** Project folders this layer may import from (its own folder always allowed). */
	mayImport: string[];
	/** npm packages this layer may import. */
	packages: string[];
}

const LAYERS: Layer[] = [
	{ name: 'core', path: 'utils/core', mayImport: [], packages: ['valibot'] },
	{ name: 'adapters', path: 'utils/adapters', mayImport: ['utils/core'], packages: [] },
	{
		name: 'files (contracts, orders, comparison; CSV and encodings)',
		path: 'utils/files',
		mayImport: ['utils/core'],
		packages: ['papaparse'],
	},
	{ name: 'storage', path: 'utils/storage', mayImport: ['utils/core'], packages: ['dexie'] },
	{
		name: 'messaging',
		path: 'utils/messaging',
		// What an adapter read crosses to the background as it is (PageReading, a type).
		mayImport: ['utils/core', 'utils/files/contract-file.ts', 'utils/adapters/site-adapter.ts'],
		packages: ['wxt/browser', 'valibot'],
	},
	{
		name: 'background handlers',
		path: 'utils/background',
		// site-adapter.ts for the PageReading type (the panel's readings, the adapter-health recorder).
		mayImport: [
			'utils/core',
			'utils/storage',
			'utils/files',
			'utils/messaging',
			'utils/adapters/host-patterns.ts',
			'utils/adapters/site-adapter.ts',
		],
		packages: ['dexie', 'valibot', 'wxt/utils/match-patterns'],
	},
	{ name: 'browser platform', path: 'utils/platform', mayImport: ['utils/core'], packages: ['wxt/browser'] },
	{ name: 'components', path: 'components', mayImport: ['utils/core'], packages: ['preact', 'preact/hooks'] },
	{
		// What is injected into marketplace pages: no Preact, no polyfill (wxt/browser), no storage, no views.
		name: 'content script',
		path: 'entrypoints/storefront',
		mayImport: [
			'utils/core',
			'utils/adapters',
			'utils/messaging/protocol.ts',
			'utils/messaging/send.ts',
			'utils/platform/extension-api.ts',
		],
		packages: ['wxt/utils/define-unlisted-script'],
	},
	{
		name: 'panel page (framed in the marketplace tab)',
		path: 'entrypoints/panel',
		mayImport: ['utils/core', 'utils/messaging', 'utils/platform', 'components'],
		packages: ['preact', 'preact/hooks', 'wxt/browser'],
	},
	{
		name: 'extension pages',
		path: 'entrypoints/popup',
		mayImport: ['utils/core', 'utils/messaging', 'utils/platform', 'components'],
		packages: ['preact', 'preact/hooks', 'wxt/browser'],
	},
	{
		name: 'extension pages',
		path: 'entrypoints/options',
		mayImport: ['utils/core', 'utils/messaging', 'utils/platform', 'utils/files/contract-file.ts', 'components'],
		packages: ['preact', 'preact/hooks', 'wxt/browser'],
	},
	{
		name: 'extension pages',
		path: 'entrypoints/compare',
		mayImport: ['utils/core', 'utils/messaging', 'utils/platform', 'utils/files', 'components'],
		packages: ['preact', 'preact/hooks', 'wxt/browser'],
	},
	{
		name: 'background',
		path: 'entrypoints/background.ts',
		mayImport: ['utils/background', 'utils/storage', 'utils/messaging', 'utils/platform/storage-keys.ts'],
		packages: ['wxt/browser', 'wxt/utils/define-background'],
	},
];

function filesUnder(path: string): string[] {
	const full = join(root, path);
	if (statSync(full).isFile()) return [path];
	return readdirSync(full).flatMap((entry) => filesUnder(join(path, entry)));
}

const IMPORT =
	/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

function importsOf(file: string): string[] {
	const text = readFileSync(join(root, file), 'utf8');
	return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

const isSource = (file: string) => /\.(ts|tsx)$/.test(file) && !file.endsWith('.d.ts');

describe('layer rules', () => {
	for (const layer of LAYERS) {
		it(`${layer.path} (${layer.name}) imports only what its layer may`, () => {
			const allowed = [layer.path, ...layer.mayImport];
			const offending = filesUnder(layer.path)
				.filter(isSource)
				.flatMap((file) =>
					importsOf(file)
						.filter((specifier) => {
							if (/\.css(\?inline)?$/.test(specifier)) return false;
							if (!specifier.startsWith('.')) return !layer.packages.includes(specifier);
							const target = normalize(relative(root, join(root, dirname(file), specifier)));
							return !allowed.some(
								(prefix) => target.startsWith(`${prefix}/`) || target === prefix || `${target}.ts` === prefix,
							);
						})
						.map((specifier) => `${file} → ${specifier}`),
				);
			expect(offending).toEqual([]);
		});
	}

	it('every source folder is covered by a layer', () => {
		const covered = (file: string) => LAYERS.some((layer) => file === layer.path || file.startsWith(`${layer.path}/`));
		const sources = ['utils', 'components', 'entrypoints'].flatMap(filesUnder).filter(isSource);
		const uncovered = sources.filter((file) => !covered(file));
		expect(uncovered).toEqual([]);
	});

	it('the pure core uses no DOM, browser API or clock', () => {
		const forbidden = /\b(document|window|navigator|localStorage|indexedDB|chrome|browser)\.|Date\.now\(|new Date\(\)/;
		const offenders = filesUnder('utils/core')
			.filter(isSource)
			.filter((file) => forbidden.test(readFileSync(join(root, file), 'utf8')));
		expect(offenders).toEqual([]);
	});

	it('no product code writes HTML from strings', () => {
		const sinks =
			/innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|new Function\(|\beval\(/;
		const offenders = ['utils', 'components', 'entrypoints']
			.flatMap(filesUnder)
			.filter(isSource)
			.filter((file) => sinks.test(readFileSync(join(root, file), 'utf8')));
		expect(offenders).toEqual([]);
	});
});
