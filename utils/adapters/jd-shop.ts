import { attrOf, buildFacts, firstText, numericId, SHOP_FACTS } from './dom';
import { isWeb, type SiteAdapter } from './site-adapter';
import { clean } from './text-parsers';

const SHOP_PATH = /^\/index-(\d{1,20})\.html$/;

/**
 * JD shop homes (JSHOP, mall.jd.com/index-N.html). Ids come from hidden inputs; the name from the standard
 * signs module when the shop uses it, else from "<name> - 京东" in <title> (many shops use a free banner).
 */
export const jdShop: SiteAdapter = {
	id: 'jd-shop',
	platform: 'jd',
	// Seen in the fixtures' real markup; more layouts to come with their fixtures.
	keepClear: [],
	productArea: [],
	testUrls: [
		'https://mall.jd.com/index-1000000921.html',
		'http://mall.jd.com/index-1000000921.html?cl_fixture=jd-shop-2018.html',
		'https://mall.jd.com/index-139046.html?from=pc',
	],
	matches: (url) => isWeb(url) && url.hostname === 'mall.jd.com' && SHOP_PATH.test(url.pathname),
	read(doc, url) {
		const value = (id: string) => numericId(attrOf(doc.getElementById(id), 'value'));
		return buildFacts(
			'jd',
			'shop',
			url,
			{
				shopName:
					firstText(doc, '.shop-name-box .shop-name', '.jShopHeaderArea .shop-name') ??
					(/^(.+?)\s*-\s*京东$/.exec(clean(doc.title))?.[1] || null),
				shopId: value('shop_id') ?? numericId(SHOP_PATH.exec(url.pathname)?.[1]),
				sellerId: value('vender_id'),
			},
			SHOP_FACTS,
		);
	},
};
