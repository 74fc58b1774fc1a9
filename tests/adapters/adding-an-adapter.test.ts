/**
 * The README's "Adding an adapter" checklist, enforced for every adapter in the registry (as refined-github does
 * for its features): each step names the file or entry that is missing. Deeper checks live beside each step's
 * subject (selectors.test.ts, url-matrix.test.ts, blocked-and-gone.test.ts, page-areas.test.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ADAPTERS, findAdapter } from '../../utils/adapters/registry';
import { EXPECTED, NON_PRODUCT } from './fixture-helpers';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const URL_FILES = import.meta.glob<readonly string[]>('../../utils/adapters/*.urls.ts', {
	eager: true,
	import: 'TEST_URLS',
});

/** The adapter ids in the README's "Supported pages" table (first column). */
function documentedIds(): string[] {
	const section = README.slice(README.indexOf('## Supported pages'), README.indexOf('### Adding an adapter'));
	return [...section.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1] as string);
}

test('the README keeps its checklist', () => {
	const checklist = README.slice(README.indexOf('### Adding an adapter'));
	for (const step of [
		'<id>.ts',
		'_SELECTORS',
		'keepClear',
		'productArea',
		'<id>.urls.ts',
		'registry.ts',
		'expected.json',
		'non-product',
		'fact-expectations.ts',
	]) {
		expect(checklist, step).toContain(step);
	}
});

test('the README documents no adapter that does not exist', () => {
	const ids = ADAPTERS.map((adapter) => adapter.id);
	expect(documentedIds().filter((id) => !ids.includes(id))).toEqual([]);
});

describe.each(ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s', (id, adapter) => {
	test('1. its file is utils/adapters/<id>.ts', () => {
		expect(existsSync(join(ROOT, 'utils/adapters', `${id}.ts`))).toBe(true);
	});

	test('2-3. a selector table with keepClear and productArea', () => {
		expect(Object.keys(adapter.selectors).length).toBeGreaterThan(0);
		expect(adapter.selectors.keepClear?.length, 'keepClear').toBeGreaterThan(0);
		expect(adapter.selectors.productArea?.length, 'productArea').toBeGreaterThan(0);
		expect(adapter.keepClear.length).toBe(adapter.selectors.keepClear?.length);
		expect(adapter.productArea.length).toBe(adapter.selectors.productArea?.length);
	});

	test('4. test URLs in <id>.urls.ts, accepted by it', () => {
		const urls = URL_FILES[`../../utils/adapters/${id}.urls.ts`] ?? [];
		expect(urls.length).toBeGreaterThanOrEqual(2);
		for (const url of urls) expect(findAdapter(new URL(url))?.id, url).toBe(id);
	});

	test('6. an item or shop fixture, and a blocked or non-product fixture', () => {
		const own = Object.values(EXPECTED).filter((entry) => findAdapter(new URL(entry.url)) === adapter);
		const types = own.map((entry) => entry.expected.pageType);
		expect(
			types.some((type) => type === 'item' || type === 'shop'),
			'item or shop fixture',
		).toBe(true);
		const nonProduct = Object.values(NON_PRODUCT).some((entry) => entry.adapter === id);
		expect(types.includes('blocked') || nonProduct, 'blocked or non-product fixture').toBe(true);
	});

	test('8. a row in the README "Supported pages" table', () => {
		expect(documentedIds()).toContain(id);
	});
});
