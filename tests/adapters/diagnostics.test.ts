// @vitest-environment happy-dom
/** The data behind the popup's health block: which strategy read each fact, and which missing facts are expected. */
import { describe, expect, test } from 'vitest';
import { readPage } from '../../utils/adapters/registry';
import type { FactStrategy } from '../../utils/adapters/site-adapter';
import { factExpectation, factsShownOn } from '../../utils/core/fact-expectations';
import { FACT_NAMES, type FactName, type PageFacts } from '../../utils/core/page-facts';
import { EXPECTED, fixtureHtml, parseHtml } from './fixture-helpers';

function reading(file: string) {
	const entry = EXPECTED[file];
	if (!entry) throw new Error(`no fixture ${file}`);
	const result = readPage(parseHtml(fixtureHtml(file)), new URL(entry.url));
	if (!result?.ok) throw new Error(`${file}: ${JSON.stringify(result)}`);
	return result;
}

const isRead = (facts: PageFacts, name: FactName) => {
	const value = facts[name];
	return value !== null && !(Array.isArray(value) && value.length === 0);
};

describe('strategies: every fact read has one, and only those', () => {
	for (const file of Object.keys(EXPECTED)) {
		test(file, () => {
			const { facts, diagnostics } = reading(file);
			const read = FACT_NAMES.filter((name) => isRead(facts, name));
			expect(Object.keys(diagnostics.strategies).sort()).toEqual([...read].sort());
			expect(diagnostics.readMs).toBeGreaterThanOrEqual(0);
		});
	}
});

describe('strategies say where each fact came from', () => {
	const cases: [file: string, expected: Partial<Record<FactName, FactStrategy>>][] = [
		// ICE 2025: the inline context carries everything; the id is the URL's.
		[
			'taobao-item-2025.html',
			{ itemId: 'url', title: 'embedded', price: 'embedded', shopName: 'embedded', shipFrom: 'embedded' },
		],
		// Tmall 2025 SSR has no state object: the DOM only.
		['tmall-item-2025.html', { title: 'dom', price: 'dom', shopName: 'dom', shipFrom: 'dom', shippingFee: 'dom' }],
		// Classic JD: pageConfig names the item and its ids; price, weight and 白条 are rendered.
		[
			'jd-item-2018-pop.html',
			{ title: 'embedded', sellerId: 'embedded', price: 'dom', weight: 'dom', paymentBadges: 'dom' },
		],
		// The carrier named by a rendered promise icon, or by the fee text it came with.
		['jd-item-2020-selfrun.html', { carrier: 'dom' }],
		// PDD: rawData for the goods, the page's short tags for fee and promise.
		['pdd-goods.html', { title: 'embedded', price: 'embedded', shippingFee: 'dom', deliveryPromise: 'dom' }],
		// JD shop: hidden inputs are the page's data; the name is rendered.
		['jd-shop-2018.html', { shopId: 'embedded', sellerId: 'embedded', shopName: 'dom' }],
	];
	for (const [file, expected] of cases) {
		test(file, () => expect(reading(file).diagnostics.strategies).toMatchObject(expected));
	}
});

describe('which missing facts are expected for the page type', () => {
	test('a shop page never shows a price, a ship-from, a fee or a weight', () => {
		for (const fact of ['price', 'shipFrom', 'shippingFee', 'weight'] as const) {
			for (const platform of ['taobao', 'tmall', 'jd'] as const) {
				expect(factExpectation(platform, 'shop', fact)).toBe('never');
			}
		}
		expect(factExpectation('jd', 'shop', 'shopName')).toBe('always');
	});

	test('platform differences: Taobao items state no weight, JD no list price, PDD no seller id', () => {
		expect(factExpectation('taobao', 'item', 'weight')).toBe('never');
		expect(factExpectation('jd', 'item', 'weight')).toBe('sometimes');
		expect(factExpectation('jd', 'item', 'listPrice')).toBe('never');
		expect(factExpectation('pdd', 'item', 'sellerId')).toBe('never');
		expect(factExpectation('taobao', 'item', 'price')).toBe('always');
		expect(factsShownOn('jd', 'blocked')).toEqual([]);
	});

	test('no reading names a fact its page type never shows as missing, nor carries one', () => {
		for (const file of Object.keys(EXPECTED)) {
			const { facts } = reading(file);
			for (const name of FACT_NAMES) {
				if (factExpectation(facts.platform, facts.pageType, name) !== 'never') continue;
				expect(facts.missing, `${file} ${name}`).not.toContain(name);
				if (name !== 'itemId') expect(isRead(facts, name), `${file} ${name}`).toBe(false);
			}
		}
	});

	test('a missing "always" fact is rare on the fixtures: a late or unrendered page, not a normal one', () => {
		const unexpected = Object.keys(EXPECTED).flatMap((file) => {
			const { facts } = reading(file);
			return facts.missing
				.filter((name) => factExpectation(facts.platform, facts.pageType, name) === 'always')
				.map((name) => `${file}:${name}`);
		});
		expect(unexpected.sort()).toEqual([
			'hostile-jd-item-unrendered.html:price',
			'hostile-taobao-spa-late-render.html:price',
			'jd-item-2018-worldbuy.html:price',
		]);
	});
});
