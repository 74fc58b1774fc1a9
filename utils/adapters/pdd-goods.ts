/**
 * Pinduoduo mobile goods pages: everything from window.rawData (three shapes seen in the wild). Class names are
 * obfuscated, so the fee and promise tags are found by what their short texts say, in the goods area only.
 */
import {
	$all,
	blockedReading,
	buildReading,
	cssList,
	firstMatch,
	fromUrl,
	numericId,
	type Selectors,
	StrategyLog,
	textOf,
} from './dom';
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

export const PDD_GOODS_SELECTORS = {
	/** Where the short service tags are looked for; no match: the body. */
	goodsArea: [
		{ inferred: '.goods-container' }, // TODO(2027-06): illustrative class of pdd-goods.html; real classes are obfuscated (pages.md §6)
		{ inferred: '#main' }, // TODO(2027-06): illustrative id of pdd-goods.html, not seen in real markup
	],
	/** The desktop "open the app" bar: a block when the goods data is absent (it also shows beside real goods). */
	appBar: [
		'.pdd-go-to-app-pc', // desktop app-download bar, seen in pdd-goods-login.html (hidden by real extensions, pages.md S26)
		{ inferred: '#pdd-go-to-app-pc' }, // TODO(2027-06): the same bar as an id, inferred from the class, not seen in real markup
	],
	keepClear: [
		{ inferred: '.goods-title' }, // TODO(2027-06): illustrative class of pdd-goods.html; real classes are obfuscated
		{ inferred: '.goods-price-line' }, // TODO(2027-06): illustrative class of pdd-goods.html; real classes are obfuscated
	],
	productArea: [
		{ inferred: '.goods-container' }, // TODO(2027-06): illustrative class of pdd-goods.html; real classes are obfuscated
	],
} satisfies Record<string, Selectors>;

const S = PDD_GOODS_SELECTORS;

/** Elements of the goods area looked at for service tags ("全场包邮", "48小时发货"): a bounded walk. */
const MAX_GOODS_LEAVES = 400;

/** Longest text a service tag has; longer leaves are descriptions, not tags. */
const MAX_TAG_CHARS = 24;

/**
 * What a goods page that lost its goods says (inferred from the wording of the other marketplaces' pages and of
 * shoppers' reports; TODO(2027-06): check against a saved page). Only read when rawData has no goods.
 */
const GONE_TEXT = /商品已下架|商品不存在|商品已失效/;

/** Goods property values by key ("发货地" → "浙江金华") from rawData's goodsProperty list. */
function property(list: unknown, ...keys: string[]): string | null {
	if (!Array.isArray(list)) return null;
	for (const p of list) {
		if (keys.includes(String(at(p, 'key')))) return scalar(at(p, 'values.0'));
	}
	return null;
}

/** Short leaf texts of the goods area, in document order, at most MAX_GOODS_LEAVES looked at. */
function serviceTags(doc: Document): string[] {
	const area = firstMatch(doc, S.goodsArea) ?? doc.body;
	const tags: string[] = [];
	for (const el of $all(area, 'span, div, p', MAX_GOODS_LEAVES)) {
		if (el.firstElementChild) continue;
		const text = textOf(el);
		if (text && text.length <= MAX_TAG_CHARS) tags.push(text);
	}
	return tags;
}

function readPddGoods(doc: Document, url: URL) {
	const raw = scriptLiteral(doc, 'rawData');
	const init = at(raw, 'store.initDataObj');
	const goods = at(init, 'goods') ?? at(raw, 'store.goods') ?? at(raw, 'goods');
	const itemId = fromUrl(url, 'goods_id');
	// Logged out, rawData says needLogin and carries no goods; desktop browsers may get only the app bar.
	if (!goods && (at(init, 'needLogin') === true || firstMatch(doc, S.appBar)))
		return blockedReading('pdd', url, itemId);
	const tags = serviceTags(doc);
	if (!goods && tags.some((tag) => GONE_TEXT.test(tag))) return null;

	const log = new StrategyLog();
	const g = (key: string) => scalar(at(goods, key));
	const props = at(init, 'oakData.goods.goodsProperty') ?? at(goods, 'goodsProperty');
	const fee = tags.find(looksLikeFee) ?? null;
	const promise = tags.find((tag) => looksLikePromise(tag)) ?? null;

	return buildReading(
		'pdd',
		'item',
		url,
		{
			itemId: log.url('itemId', itemId) ?? log.embedded('itemId', numericId(g('goodsID'))),
			title: log.embedded('title', cleanOrNull(g('goodsName'))),
			price: log.embedded('price', parsePrice(g('minGroupPrice'))),
			listPrice: log.embedded('listPrice', parsePrice(g('minNormalPrice'))),
			shopName: log.embedded('shopName', cleanOrNull(scalar(at(init, 'mall.mallName')))),
			shopId: log.embedded('shopId', numericId(g('mallID') ?? scalar(at(init, 'mall.mallId')))),
			shipFrom: log.embedded('shipFrom', parseShipFrom(property(props, '发货地'))),
			shippingFee: log.dom('shippingFee', parseShippingFee(fee)),
			deliveryPromise: log.dom('deliveryPromise', promise),
			weight: log.embedded('weight', parseWeight(property(props, '重量', '净重', '毛重'))),
		},
		log,
	);
}

export const pddGoods: SiteAdapter = {
	id: 'pdd-goods',
	platform: 'pdd',
	matches: (url) =>
		isWeb(url) &&
		url.hostname === 'mobile.yangkeduo.com' &&
		/^\/goods\d?\.html$/.test(url.pathname) &&
		!!fromUrl(url, 'goods_id'),
	read: readPddGoods,
	keepClear: cssList(S.keepClear),
	productArea: cssList(S.productArea),
	selectors: S,
};
