/**
 * JD shop homes (JSHOP, mall.jd.com/index-N.html). Ids come from hidden inputs; the name from the standard signs
 * module when the shop uses it, else from "<name> - 京东" in <title> (many shops use a free banner). A page there
 * that names no shop at all (no ids, no name: JD's error page) is not a shop page.
 */
import { buildReading, cssList, numericId, readFirst, type Selectors, StrategyLog } from './dom';
import { isWeb, type SiteAdapter } from './site-adapter';
import { clean } from './text-parsers';

export const JD_SHOP_SELECTORS = {
	shopName: [
		'.shop-name-box .shop-name', // "new_shop_signs" module (sony.jd.com, 2018), seen in jd-shop-2018.html
		{ inferred: '.jShopHeaderArea .shop-name' }, // JSHOP header variant; TODO(2027-06): inferred from JSHOP naming, not seen in real markup
	],
	shopId: [
		'#shop_id@value', // JSHOP hidden input, seen in jd-shop-2018.html
	],
	sellerId: [
		'#vender_id@value', // JSHOP hidden input, seen in jd-shop-2018.html
	],
	keepClear: [
		'.shop-name-box', // the shop sign's name and 关注我, seen in jd-shop-2018.html
	],
	productArea: [
		'.sh-brand-wrap', // the shop sign, seen in jd-shop-2018.html
	],
} satisfies Record<string, Selectors>;

const S = JD_SHOP_SELECTORS;

const SHOP_PATH = /^\/index-(\d{1,20})\.html$/;

function readJdShop(doc: Document, url: URL) {
	const log = new StrategyLog();
	const shopIdInput = log.embedded('shopId', readFirst(doc, S.shopId, numericId));
	const sellerId = log.embedded('sellerId', readFirst(doc, S.sellerId, numericId));
	const shopName =
		log.dom('shopName', readFirst(doc, S.shopName)) ??
		log.dom('shopName', /^(.+?)\s*-\s*京东$/.exec(clean(doc.title))?.[1] || null);
	if (!shopIdInput && !sellerId && !shopName) return null;
	return buildReading(
		'jd',
		'shop',
		url,
		{
			shopName,
			shopId: shopIdInput ?? log.url('shopId', numericId(SHOP_PATH.exec(url.pathname)?.[1])),
			sellerId,
		},
		log,
	);
}

export const jdShop: SiteAdapter = {
	id: 'jd-shop',
	platform: 'jd',
	matches: (url) => isWeb(url) && url.hostname === 'mall.jd.com' && SHOP_PATH.test(url.pathname),
	read: readJdShop,
	keepClear: cssList(S.keepClear),
	productArea: cssList(S.productArea),
	selectors: S,
};
