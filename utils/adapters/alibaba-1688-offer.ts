/**
 * 1688 offer pages: od-pc (window.__INIT_DATA, 2021-23) and module-od-* (window.context modules, 2024+).
 * The seller key is the "b2b-…" member id, which is not numeric.
 */
import { isAliBlocked } from './ali-item';
import {
	blockedReading,
	buildReading,
	cssList,
	firstMatch,
	numericId,
	readFirst,
	type Selectors,
	StrategyLog,
} from './dom';
import { at, scalar, scriptLiteral } from './script-literal';
import { isWeb, type SiteAdapter } from './site-adapter';
import { clean, cleanOrNull, parsePrice, parseShipFrom, parseShippingFee, parseWeight } from './text-parsers';

export const ALIBABA_1688_OFFER_SELECTORS = {
	title: [
		'.od-pc-offer-title .title-text', // od-pc (2021-23), seen in 1688-offer-2022.html
		'.module-od-title .title-content', // module-od (2024-26, pages.md S29), seen in 1688-offer-2025.html
		'.title-text', // od-pc outside the title block, seen in 1688-offer-2022.html
		{ inferred: '.d-title' }, // legacy (before 2021, pages.md S24); TODO(2027-06): from an old XPath list, not seen in real markup
	],
	/** Price containers: the lowest ¥ amount in their text (tiered wholesale prices). */
	price: [
		'.od-pc-offer-price .price-box', // od-pc, seen in 1688-offer-2022.html
		'.module-od-main-price', // module-od "¥9.50 1件起批 / ¥8.50 300-499件", seen in 1688-offer-2025.html
	],
	shopName: [
		'#shopNavigation h1', // module-od company name, seen in 1688-offer-2025.html
		'.company-name a@title', // od-pc header, seen in 1688-offer-2022.html
	],
	shipFrom: [
		'span.logistics-city', // od-pc 发货地, seen in 1688-offer-2022.html
		'.module-od-shipping-services .cart-content span.location', // module-od, seen in 1688-offer-2025.html
	],
	/** od-pc: "快递" and "¥4.00" are sibling spans; the label alone states no fee. */
	feeAmount: [
		'.logistics-express-price', // od-pc, seen in 1688-offer-2022.html
	],
	feeLabel: [
		'.logistics-express', // od-pc, seen in 1688-offer-2022.html
	],
	shippingFee: [
		'.service-item.split-border b', // module-od "运费 ¥7 起" or 包邮, seen in 1688-offer-2025.html
	],
	deliveryPromise: [
		'.logistics-delivery-limit', // od-pc "承诺48小时发货", seen in 1688-offer-2022.html
		'.delivery-limit .wbr', // module-od, seen in 1688-offer-2025.html
		'.delivery-limit', // module-od without the inner span, seen in 1688-offer-2025.html
	],
	weight: [
		'.module-od-product-pack-info', // module-od "重量(g) 60", seen in 1688-offer-2025.html
	],
	/** An offer taken off sale (checked only when no price was found). */
	gone: [
		'.mod-detail-offline', // 下架 notice (pages.md §9, S8), seen in 1688-offer-offline.html
	],
	keepClear: [
		'.od-pc-offer-title', // od-pc title, seen in 1688-offer-2022.html
		'.od-pc-offer-price', // od-pc price and tiers, seen in 1688-offer-2022.html
		'.module-od-title', // module-od title, seen in 1688-offer-2025.html
		'.module-od-main-price', // module-od price tiers, seen in 1688-offer-2025.html
		'.module-od-submit-order', // module-od 立即订购 / 加入进货单 and the order total, seen in 1688-offer-2025.html
	],
	productArea: [
		'.od-pc-layout', // od-pc, seen in 1688-offer-2022.html (module-od has no common container: the body)
	],
} satisfies Record<string, Selectors>;

const S = ALIBABA_1688_OFFER_SELECTORS;

/** The offer id, also in the punish path risk control appends to the offer's (`/offer/N.html/_____tmd_____/punish`). */
const OFFER_ID = /^\/offer\/(\d{4,20})\.html(?:$|\/.*punish)/;

/** Lowest amount among the ¥-prefixed ones (tiered wholesale prices: the page's price is the lowest tier). */
function lowestYuan(text: string | null) {
	let best: ReturnType<typeof parsePrice> = null;
	for (const m of clean(text).matchAll(/[¥￥]\s*(\d+(?:\.\d{1,2})?)/g)) {
		const p = parsePrice(m[1]);
		if (p && (!best || p.fen < best.fen)) best = p;
	}
	return best;
}

/** Objects visited at most while looking for a key in the context data. */
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

function readOffer(doc: Document, url: URL) {
	const offerId = OFFER_ID.exec(url.pathname)?.[1] ?? null;
	if (isAliBlocked(doc, url)) return blockedReading('1688', url, offerId);
	const log = new StrategyLog();
	const init = at(scriptLiteral(doc, '__INIT_DATA'), 'globalData');
	const ctx = init ? null : scriptLiteral(doc, 'context');
	const temp = (key: string) => scalar(at(init, `tempModel.${key}`));
	const tiers = at(init, 'orderParamModel.orderParam.skuParam.skuRangePrices');
	const tierText = Array.isArray(tiers) ? tiers.map((t) => `¥${scalar(at(t, 'price')) ?? ''}`).join(' ') : null;

	const price =
		log.embedded('price', lowestYuan(tierText) ?? parsePrice(scalar(at(init, 'skuModel.skuPriceScale')))) ??
		log.dom('price', readFirst(doc, S.price, lowestYuan));
	if (!price && firstMatch(doc, S.gone)) return null;

	const feeAmount = readFirst(doc, S.feeAmount);
	const feeText = log.dom(
		'shippingFee',
		(feeAmount && `${readFirst(doc, S.feeLabel) ?? ''} ${feeAmount}`.trim()) || readFirst(doc, S.shippingFee),
	);
	const member = temp('sellerMemberId');
	return buildReading(
		'1688',
		'item',
		url,
		{
			itemId: log.url('itemId', offerId) ?? log.embedded('itemId', numericId(temp('offerId'))),
			title:
				log.embedded(
					'title',
					cleanOrNull(temp('offerTitle') ?? scalar(at(findKey(ctx, 'productTitle'), 'fields.title'))),
				) ?? log.dom('title', readFirst(doc, S.title)),
			price,
			shopName:
				log.embedded('shopName', cleanOrNull(temp('companyName'))) ?? log.dom('shopName', readFirst(doc, S.shopName)),
			shopId: log.embedded('shopId', member && /^b2b-[\w-]{1,40}$/.test(member) ? member : null),
			shipFrom: log.dom('shipFrom', readFirst(doc, S.shipFrom, parseShipFrom)),
			shippingFee: parseShippingFee(feeText),
			deliveryPromise:
				log.embedded('deliveryPromise', cleanOrNull(scalar(findKey(ctx, 'deliveryLimitText')))) ??
				log.dom('deliveryPromise', readFirst(doc, S.deliveryPromise)),
			weight: log.dom('weight', readFirst(doc, S.weight, parseWeight)),
		},
		log,
	);
}

export const alibaba1688Offer: SiteAdapter = {
	id: 'alibaba-1688-offer',
	platform: '1688',
	matches: (url) => isWeb(url) && url.hostname === 'detail.1688.com' && OFFER_ID.test(url.pathname),
	read: readOffer,
	keepClear: cssList(S.keepClear),
	productArea: cssList(S.productArea),
	selectors: S,
};
