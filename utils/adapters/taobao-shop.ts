import { readAliShop, SHOP_PATH, shopLabel } from './ali-shop';
import type { SiteAdapter } from './site-adapter';

// Taobao hosts that are not shops (search, item, login, trade, cart, API, channels…).
const NOT_SHOPS = new Set(
	'www s item login buyertrade cart world i my favorite rate trade buy h5 m main help ju tejia uland pages guang ai market detail list passport member err wuliu sell seller myseller fuwu service bbs shop store open huodong mall chaoshi tmall travel alipay qianniu h5api'.split(
		' ',
	),
);

/** Taobao shop homes: shopNNN.taobao.com and vanity hosts such as 52126.taobao.com. */
export const taobaoShop: SiteAdapter = {
	id: 'taobao-shop',
	platform: 'taobao',
	// Seen in the fixtures' real markup; more layouts to come with their fixtures.
	keepClear: [],
	productArea: [],
	testUrls: [
		'https://shop60811226.taobao.com/',
		'http://shop60811226.taobao.com/?cl_fixture=taobao-shop-2018.html',
		'https://52126.taobao.com/',
		'https://hyfushi2010.taobao.com/index.htm?spm=a1z10.1-c',
		'https://shop58241739.taobao.com/search.htm?search=y',
		'https://shop59996859.taobao.com/category-1234567.htm',
	],
	matches(url) {
		const label = shopLabel(url, '.taobao.com');
		return label !== null && !NOT_SHOPS.has(label) && SHOP_PATH.test(url.pathname);
	},
	read: (doc, url) => readAliShop(doc, url, 'taobao'),
};
