import { readAliShop, SHOP_PATH, shopLabel } from './ali-shop';
import type { SiteAdapter } from './site-adapter';

// Tmall hosts that are not shops (detail, search list, supermarket, channels, login, cart…).
const NOT_SHOPS = new Set(
	'www detail list chaoshi login cart buy pages vip mei 3c jx ju brand fw member err help service rate mdskip suggest s search m h5 miao mall sale huodong yao food car world pre tmall'.split(
		' ',
	),
);

/** Tmall shop homes: {name}.tmall.com. */
export const tmallShop: SiteAdapter = {
	id: 'tmall-shop',
	platform: 'tmall',
	// Seen in the fixtures' real markup; more layouts to come with their fixtures.
	keepClear: [],
	productArea: [],
	testUrls: [
		'https://winshare.tmall.com/',
		'http://winshare.tmall.com/?cl_fixture=tmall-shop-2024.html',
		'https://nike.tmall.com/index.htm',
		'https://uniqlo.tmall.com/search.htm?search=y&orderType=hotsell_desc',
		'https://huawei.tmall.com/category-1323431452.htm',
	],
	matches(url) {
		const label = shopLabel(url, '.tmall.com');
		return label !== null && !NOT_SHOPS.has(label) && SHOP_PATH.test(url.pathname);
	},
	read: (doc, url) => readAliShop(doc, url, 'tmall'),
};
