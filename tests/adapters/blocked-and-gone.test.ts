// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { findAdapter, readPage } from '../../utils/adapters/registry';
import { EXPECTED, fixtureHtml, NON_PRODUCT, NON_PRODUCT_DIR, parseHtml } from './fixture-helpers';

const blocked = Object.entries(EXPECTED).filter(([, entry]) => entry.expected.pageType === 'blocked');

describe('blocked pages: a blocked reading with no numbers', () => {
	for (const [file, entry] of blocked) {
		test(file, () => {
			const reading = readPage(parseHtml(fixtureHtml(file)), new URL(entry.url));
			expect(reading?.ok, JSON.stringify(reading)).toBe(true);
			if (!reading?.ok) return;
			const { facts, diagnostics } = reading;
			expect(facts.pageType).toBe('blocked');
			expect(facts.platform).toBe(entry.expected.platform);
			// Nothing but the id from the address; the watcher stops (nothing is missing on a blocked page).
			const read = Object.entries(facts).filter(
				([name, value]) =>
					!['platform', 'pageType', 'url', 'missing'].includes(name) &&
					value !== null &&
					!(Array.isArray(value) && value.length === 0),
			);
			expect(read.map(([name]) => name)).toEqual(entry.expected.itemId ? ['itemId'] : []);
			expect(facts.missing).toEqual([]);
			expect(diagnostics.strategies).toEqual(entry.expected.itemId ? { itemId: 'url' } : {});
		});
	}
});

test('an overlay appended over a long page is seen: baxia puts its frame at the end of <body>', () => {
	const filler = '<div>推荐</div>'.repeat(100);
	const overlay = '<div class="J_MIDDLEWARE_FRAME_WIDGET"><iframe title="验证"></iframe></div>';
	const html = fixtureHtml('taobao-item-2025.html').replace('</body>', `${filler}${overlay}</body>`);
	const reading = readPage(parseHtml(html), new URL(EXPECTED['taobao-item-2025.html']?.url ?? ''));
	expect(reading?.ok && reading.facts.pageType).toBe('blocked');
});

describe('pages that show no product or shop read to no reading (no panel)', () => {
	for (const [file, entry] of Object.entries(NON_PRODUCT)) {
		test(`${file} (${entry.adapter})`, () => {
			const url = new URL(entry.url);
			expect(findAdapter(url)?.id).toBe(entry.adapter);
			expect(readPage(parseHtml(fixtureHtml(`${NON_PRODUCT_DIR}${file}`)), url)).toBeNull();
		});
	}

	test('a "gone" marker on a page that shows a price does not hide the product', () => {
		// A recommendation or a stale notice somewhere on a live page must not cost the merchant the panel.
		const notices =
			'<div class="error-notice-hd">宝贝不存在</div><div class="itemover-tip">该商品已下柜</div><div class="mod-detail-offline"></div>';
		for (const file of ['taobao-item-2025.html', 'jd-item-2018-pop.html', '1688-offer-2022.html']) {
			const html = fixtureHtml(file).replace('<body>', `<body>${notices}`);
			const reading = readPage(parseHtml(html), new URL(EXPECTED[file]?.url ?? ''));
			expect(reading?.ok && reading.facts.pageType, file).toBe('item');
		}
	});

	test('a JD shop page whose ids are missing still reads when it names its shop', () => {
		const html = fixtureHtml('jd-shop-2018.html').replace(/<input type="hidden"[^>]*>/g, '');
		const reading = readPage(parseHtml(html), new URL('https://mall.jd.com/index-1000000921.html'));
		expect(reading?.ok && reading.facts.shopName).toBe('SONY京东自营官方旗舰店');
	});
});
