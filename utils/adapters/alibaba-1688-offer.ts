import { $, attrOf, blockedFacts, buildFacts, firstText, isAliBlocked, numericId, textOf } from './dom';
import { at, scalar, scriptLiteral } from './script-literal';
import { isWeb, type SiteAdapter } from './site-adapter';
import { clean, cleanOrNull, parsePrice, parseShipFrom, parseShippingFee, parseWeight } from './text-parsers';

const OFFER_PATH = /^\/offer\/(\d{4,20})\.html$/;

/** Lowest amount among the ¥-prefixed ones (tiered wholesale prices: the page's price is the lowest tier). */
function lowestYuan(text: string | null) {
	let best: ReturnType<typeof parsePrice> = null;
	for (const m of clean(text).matchAll(/[¥￥]\s*(\d+(?:\.\d{1,2})?)/g)) {
		const p = parsePrice(m[1]);
		if (p && (!best || p.fen < best.fen)) best = p;
	}
	return best;
}

const MAX_VISITS = 4000;

/** Breadth-first search for a key in parsed data, bounded (the window.context shape is not documented). */
function findKey(data: unknown, key: string): unknown {
	const queue: object[] = data !== null && typeof data === 'object' ? [data] : [];
	for (let n = 0; n < queue.length; n++) {
		const cur = queue[n] as object;
		if (key in cur) return (cur as Record<string, unknown>)[key];
		// Only objects are queued, and never more than visited: a huge array neither overflows push(...) nor memory.
		for (const child of Object.values(cur)) {
			if (queue.length >= MAX_VISITS) break;
			if (child !== null && typeof child === 'object') queue.push(child);
		}
	}
	return undefined;
}

/**
 * 1688 offer pages: od-pc (window.__INIT_DATA, 2021-23) and module-od-* (window.context modules, 2024+).
 * The seller key is the "b2b-…" member id, which is not numeric.
 */
export const alibaba1688Offer: SiteAdapter = {
	id: 'alibaba-1688-offer',
	platform: '1688',
	// Seen in the fixtures' real markup; more layouts to come with their fixtures.
	keepClear: [],
	productArea: [],
	testUrls: [
		'https://detail.1688.com/offer/813724060928.html',
		'http://detail.1688.com/offer/813724060928.html?cl_fixture=1688-offer-2022.html',
		'https://detail.1688.com/offer/673829104512.html?spm=a261y.7663282&sk=consign',
	],
	matches: (url) => isWeb(url) && url.hostname === 'detail.1688.com' && OFFER_PATH.test(url.pathname),
	read(doc, url) {
		const offerId = OFFER_PATH.exec(url.pathname)?.[1] ?? null;
		if (isAliBlocked(doc, url)) return blockedFacts('1688', url, offerId);
		const init = at(scriptLiteral(doc, '__INIT_DATA'), 'globalData');
		const ctx = init ? null : scriptLiteral(doc, 'context');
		const temp = (key: string) => scalar(at(init, `tempModel.${key}`));
		const tiers = at(init, 'orderParamModel.orderParam.skuParam.skuRangePrices');
		const tierText = Array.isArray(tiers) ? tiers.map((t) => `¥${scalar(at(t, 'price')) ?? ''}`).join(' ') : null;
		// "快递" + "¥4.00" are sibling spans; the label alone states no fee.
		const feeAmount = firstText(doc, '.logistics-express-price');
		const feeText =
			(feeAmount && `${firstText(doc, '.logistics-express') ?? ''} ${feeAmount}`.trim()) ||
			firstText(doc, '.service-item.split-border b');
		const member = temp('sellerMemberId');
		return buildFacts('1688', 'item', url, {
			itemId: offerId ?? numericId(temp('offerId')),
			title:
				cleanOrNull(temp('offerTitle') ?? scalar(at(findKey(ctx, 'productTitle'), 'fields.title'))) ??
				firstText(doc, '.od-pc-offer-title .title-text', '.module-od-title .title-content', '.title-text', '.d-title'),
			price:
				lowestYuan(tierText) ??
				parsePrice(scalar(at(init, 'skuModel.skuPriceScale'))) ??
				lowestYuan(textOf($(doc, '.od-pc-offer-price .price-box') ?? $(doc, '.module-od-main-price'))),
			listPrice: null,
			shopName:
				cleanOrNull(temp('companyName')) ??
				firstText(doc, '#shopNavigation h1') ??
				attrOf($(doc, '.company-name a'), 'title'),
			shopId: member && /^b2b-[\w-]{1,40}$/.test(member) ? member : null,
			sellerId: null,
			shipFrom: parseShipFrom(
				firstText(doc, 'span.logistics-city', '.module-od-shipping-services .cart-content span.location'),
			),
			shippingFee: parseShippingFee(feeText),
			deliveryPromise:
				cleanOrNull(scalar(findKey(ctx, 'deliveryLimitText'))) ??
				firstText(doc, '.logistics-delivery-limit', '.delivery-limit .wbr', '.delivery-limit'),
			carrier: null,
			weight: parseWeight(firstText(doc, '.module-od-product-pack-info')),
			paymentBadges: [],
		});
	},
};
