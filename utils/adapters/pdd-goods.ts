import { blockedFacts, buildFacts, fromUrl, numericId, textOf } from './dom';
import { at, scalar, scriptLiteral } from './script-literal';
import { isWeb, type SiteAdapter } from './site-adapter';
import {
	cleanOrNull,
	looksLikeFee,
	looksLikePromise,
	parsePrice,
	parseShipFrom,
	parseShippingFee,
	parseWeight,
} from './text-parsers';

/** Goods property values by key ("发货地" → "浙江金华") from rawData's goodsProperty list. */
function property(list: unknown, ...keys: string[]): string | null {
	if (!Array.isArray(list)) return null;
	for (const p of list) {
		if (keys.includes(String(at(p, 'key')))) return scalar(at(p, 'values.0'));
	}
	return null;
}

/**
 * Pinduoduo mobile goods pages: everything from window.rawData (three shapes seen in the wild). Class names
 * are obfuscated, so the fee and promise tags are found by what their short texts say, in the goods area only.
 */
export const pddGoods: SiteAdapter = {
	id: 'pdd-goods',
	platform: 'pdd',
	// Seen in the fixtures' real markup; more layouts to come with their fixtures.
	keepClear: [],
	productArea: [],
	testUrls: [
		'https://mobile.yangkeduo.com/goods.html?goods_id=455510888249',
		'http://mobile.yangkeduo.com/goods.html?goods_id=455510888249&cl_fixture=pdd-goods.html',
		'https://mobile.yangkeduo.com/goods2.html?goods_id=123456789&page_from=23',
	],
	matches: (url) =>
		isWeb(url) &&
		url.hostname === 'mobile.yangkeduo.com' &&
		/^\/goods\d?\.html$/.test(url.pathname) &&
		!!fromUrl(url, 'goods_id'),
	read(doc, url) {
		const raw = scriptLiteral(doc, 'rawData');
		const init = at(raw, 'store.initDataObj');
		const goods = at(init, 'goods') ?? at(raw, 'store.goods') ?? at(raw, 'goods');
		const itemId = fromUrl(url, 'goods_id');
		// Desktop browsers get the "open the app" bar instead of the goods data (login redirects leave goods.html).
		if (!goods && doc.querySelector('[class*="pdd-go-to-app-pc"], #pdd-go-to-app-pc')) {
			return blockedFacts('pdd', url, itemId);
		}
		const g = (key: string) => scalar(at(goods, key));
		const props = at(init, 'oakData.goods.goodsProperty') ?? at(goods, 'goodsProperty');

		// Short leaf texts of the goods area: "全场包邮", "48小时发货". Bounded walk, never the whole page.
		let fee: string | null = null;
		let promise: string | null = null;
		const area = doc.querySelector('.goods-container, #main') ?? doc.body;
		const leaves = area?.querySelectorAll('span, div, p') ?? [];
		for (let i = 0; i < leaves.length && i < 400 && !(fee && promise); i++) {
			const el = leaves[i] as Element;
			if (el.firstElementChild) continue;
			const t = textOf(el) ?? '';
			if (!t || t.length > 24) continue;
			if (!fee && looksLikeFee(t)) fee = t;
			else if (!promise && looksLikePromise(t)) promise = t;
		}

		return buildFacts('pdd', 'item', url, {
			itemId: itemId ?? numericId(g('goodsID')),
			title: cleanOrNull(g('goodsName')),
			price: parsePrice(g('minGroupPrice')),
			listPrice: parsePrice(g('minNormalPrice')),
			shopName: cleanOrNull(scalar(at(init, 'mall.mallName'))),
			shopId: numericId(g('mallID') ?? scalar(at(init, 'mall.mallId'))),
			sellerId: null,
			shipFrom: parseShipFrom(property(props, '发货地')),
			shippingFee: parseShippingFee(fee),
			deliveryPromise: promise,
			carrier: null,
			weight: parseWeight(property(props, '重量', '净重', '毛重')),
			paymentBadges: [],
		});
	},
};
