import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ADAPTERS, findAdapter } from '../../utils/adapters/registry';
import { EXPECTED } from './fixture-helpers';

/** Each adapter's test URLs, from the `<id>.urls.ts` beside it (kept out of the content script). */
const URL_FILES = import.meta.glob<readonly string[]>('../../utils/adapters/*.urls.ts', {
	eager: true,
	import: 'TEST_URLS',
});
const testUrlsOf = (id: string): readonly string[] => URL_FILES[`../../utils/adapters/${id}.urls.ts`] ?? [];

const NOT_SELLER_PAGES = [
	'http://s.taobao.com/search?q=%E6%9D%AF%E5%AD%90',
	'https://s.taobao.com/search?q=cup&tab=mall',
	'https://www.taobao.com/',
	'https://taobao.com/',
	'https://login.taobao.com/member/login.jhtml?redirectURL=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D1',
	'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm',
	'https://cart.taobao.com/cart.htm',
	'https://h5api.m.taobao.com/h5/mtop.taobao.pcdetail.data.get/1.0/',
	'https://world.taobao.com/',
	'https://i.taobao.com/my_taobao.htm',
	'https://item.taobao.com/item.htm',
	'https://item.taobao.com/item.htm?id=abc',
	'https://shop60811226.taobao.com/shop/rate.htm',
	'https://a.b.taobao.com/',
	'https://www.tmall.com/',
	'https://list.tmall.com/search_product.htm?q=x',
	'https://chaoshi.tmall.com/',
	'https://detail.tmall.com/',
	'https://login.tmall.com/',
	'https://www.jd.com/',
	'https://search.jd.com/Search?keyword=%E7%9B%B8%E6%9C%BA',
	'https://item.jd.com/',
	'https://item.jd.com/abc.html',
	'https://passport.jd.com/new/login.aspx',
	'https://mall.jd.com/view_search-395323-1000000921-1000000921-0-0-0-0-1-1-60.html',
	'https://list.jd.com/list.html?cat=652,654,832',
	'https://mobile.yangkeduo.com/',
	'https://mobile.yangkeduo.com/goods.html',
	'https://mobile.yangkeduo.com/login.html?from=goods',
	'https://detail.1688.com/',
	'https://s.1688.com/selloffer/offer_search.htm?keywords=x',
	'ftp://item.taobao.com/item.htm?id=1',
	'https://item.taobao.com.evil.example/item.htm?id=1',
	'https://evil-item.jd.com.example/1.html',
];

describe('URL matrix', () => {
	test('adapter ids are their file names and unique', () => {
		const dir = join(dirname(fileURLToPath(import.meta.url)), '../../utils/adapters');
		const files = new Set(readdirSync(dir).map((f) => f.replace(/\.ts$/, '')));
		const ids = ADAPTERS.map((a) => a.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(files.has(id), id).toBe(true);
	});

	test('every test-URL file belongs to an adapter', () => {
		const ids = new Set(ADAPTERS.map((a) => `../../utils/adapters/${a.id}.urls.ts`));
		expect(Object.keys(URL_FILES).filter((file) => !ids.has(file))).toEqual([]);
	});

	for (const adapter of ADAPTERS) {
		test(`${adapter.id} accepts its own test URLs and no other adapter does`, () => {
			expect(testUrlsOf(adapter.id).length, `${adapter.id}.urls.ts`).toBeGreaterThan(1);
			for (const href of testUrlsOf(adapter.id)) {
				const url = new URL(href);
				expect(adapter.matches(url), href).toBe(true);
				expect(adapter.matches(new URL(href.replace(/^https:/, 'http:'))), `http ${href}`).toBe(true);
				for (const other of ADAPTERS)
					if (other !== adapter) expect(other.matches(url), `${other.id} ${href}`).toBe(false);
				expect(findAdapter(url)).toBe(adapter);
			}
		});
	}

	test('non-seller pages of supported sites find no adapter', () => {
		for (const href of NOT_SELLER_PAGES) expect(findAdapter(new URL(href))?.id ?? null, href).toBeNull();
	});

	test('every fixture URL (also as served by the E2E harness: http + a tag) finds an adapter of its platform', () => {
		for (const [file, entry] of Object.entries(EXPECTED)) {
			const url = new URL(entry.url);
			url.protocol = 'http:';
			url.searchParams.set('cl_fixture', file);
			expect(findAdapter(url)?.platform, file).toBe(entry.expected.platform);
		}
	});
});
