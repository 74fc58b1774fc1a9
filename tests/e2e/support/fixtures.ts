import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIR } from './paths';

/** The fields of expected.json the E2E suites check (the adapter tests check the rest). */
interface ExpectedFacts {
	platform: string;
	pageType: 'item' | 'shop' | 'blocked';
	itemId?: string | null;
	title?: string | null;
	shopName?: string | null;
	price?: string | null;
	shipFrom?: string | null;
	weight?: string | null;
}

export interface FixturePage {
	file: string;
	/** The page's real address, as in expected.json. */
	realUrl: string;
	/** Where the browsers open it: plain http, real host and path, plus a tag naming the file. */
	url: string;
	host: string;
	sizeBytes: number;
	expected: ExpectedFacts;
}

/** Several fixtures share one real URL (a page and its hostile twin); this query parameter tells them apart. */
export const FIXTURE_TAG = 'cl_fixture';

/** `?cl_variant=price` serves a fixture with its price changed (a revisit that sees a new price). */
export const VARIANT_TAG = 'cl_variant';

/** The variant's price: 10% lower, written with as many decimals as the original ("89.00" → "80.10"). */
export function changedPrice(price: string): string {
	const decimals = (price.split('.')[1] ?? '').length;
	const fen = Math.round(Number(price) * 100 * 0.9);
	const step = 10 ** (2 - decimals);
	return ((Math.round(fen / step) * step) / 100).toFixed(decimals);
}

/** The page's HTML with every standalone occurrence of its price replaced by the changed one. */
export function withChangedPrice(html: string, price: string): string {
	const standalone = new RegExp(`(?<![\\d.])${price.replace(/\./g, '\\.')}(?!\\d)`, 'g');
	return html.replace(standalone, changedPrice(price));
}

/** Where the browsers open the changed-price variant of a page. */
export function variantUrl(page: FixturePage): string {
	const url = new URL(page.url);
	url.searchParams.set(VARIANT_TAG, 'price');
	return url.href;
}

/** A page of a supported site that is not a seller page: the content script runs there and must show nothing. */
export const SEARCH_PAGE = {
	host: 's.taobao.com',
	url: 'http://s.taobao.com/search?q=%E6%9D%AF%E5%AD%90',
	html: '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>杯子_淘宝搜索</title></head><body><div id="mainsrp-itemlist"><div class="item">杯子 ¥12.00</div></div></body></html>',
};

interface ExpectedEntry {
	url: string;
	expected: ExpectedFacts;
}

export function loadFixtures(dir = FIXTURES_DIR): FixturePage[] {
	const catalogue = path.join(dir, 'expected.json');
	if (!fs.existsSync(catalogue)) throw new Error(`No fixture catalogue at ${catalogue}`);
	const entries = JSON.parse(fs.readFileSync(catalogue, 'utf8')) as Record<string, ExpectedEntry>;
	return Object.entries(entries).map(([file, entry]) => {
		const url = new URL(entry.url);
		url.protocol = 'http:';
		url.searchParams.set(FIXTURE_TAG, file);
		return {
			file,
			realUrl: entry.url,
			url: url.href,
			host: url.host,
			sizeBytes: fs.statSync(path.join(dir, file)).size,
			expected: entry.expected,
		};
	});
}

export const isBlockedPage = (page: FixturePage): boolean => page.expected.pageType === 'blocked';

/** A shop name with markup in it: the panel must print it literally and run none of it. */
export const hasHostileText = (page: FixturePage): boolean => /[<>]/.test(page.expected.shopName ?? '');

/** Pages whose content arrives after DOMContentLoaded (scripted render): the panel may settle later. */
export const rendersLate = (page: FixturePage): boolean => /late|unrendered/.test(page.file);

/**
 * The page the price scenarios use: a plain Taobao item page that states no weight (so the weight set in the
 * popup decides), with a normal shop name and content present at load.
 */
export function pickPricingPage(pages: FixturePage[]): FixturePage {
	const plain = (p: FixturePage) =>
		p.expected.pageType === 'item' &&
		!p.expected.weight &&
		!hasHostileText(p) &&
		!rendersLate(p) &&
		!/^hostile/.test(p.file);
	const page = pages.find((p) => plain(p) && p.expected.platform === 'taobao') ?? pages.find(plain);
	if (!page) throw new Error('No item fixture without a stated weight: the pricing scenarios need one');
	return page;
}

/** The largest item page: the timing scenario loads it repeatedly. */
export function pickLargestItemPage(pages: FixturePage[]): FixturePage {
	const items = pages.filter((p) => p.expected.pageType === 'item').sort((a, b) => b.sizeBytes - a.sizeBytes);
	if (!items[0]) throw new Error('No item fixture');
	return items[0];
}
