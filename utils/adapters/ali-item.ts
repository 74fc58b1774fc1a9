/**
 * Taobao and Tmall item pages share one app since about 2022, and their older generations share enough that
 * one reader covers both: embedded data first (ICE context, g_config, TShop.Setup, microscope-data meta),
 * then the DOM of each generation. Generation-specific selectors are unique to their layout, so trying them
 * in order costs little and survives A/B variants served side by side.
 */
import type { Platform } from '../core/ids';
import type { PageFacts } from '../core/page-facts';
import {
	$,
	attrOf,
	blockedFacts,
	buildFacts,
	findElement,
	firstText,
	fromUrl,
	isAliBlocked,
	lazy,
	metaPairs,
	numericId,
	textOf,
} from './dom';
import { at, scalar, scriptLiteral } from './script-literal';
import {
	cleanOrNull,
	looksLikeFee,
	looksLikePromise,
	parseCarrier,
	parsePrice,
	parseShipFrom,
	parseShippingFee,
	paymentBadge,
} from './text-parsers';

/** Hashed-class product panels (React 2023, ICE 2024-25, Tmall 2025): DOM reads are scoped to the first found. */
const isPanel = (el: Element, cls: string): boolean =>
	el.id === 'SkuPanel_tbpcDetail_ssr2025' ||
	el.id === 'tbpcDetail_SkuPanelBody' ||
	cls.includes('rightWrap--') ||
	cls.includes('BasicContent--itemInfo--');
/** Seller cards: shop names are read only inside these, never from recommendation blocks. */
const isShopCard = (el: Element, cls: string): boolean =>
	el.id === 'J_ShopInfo' ||
	el.id === 'shopExtra' ||
	el.id === 'side-shop-info' ||
	el.getAttribute('data-spm') === 'shop_block' ||
	/shopCard--|ShopHeader(?:New)?--root--/.test(cls);
const NUMBER = /\d[\d,]*(?:\.\d{1,2})?(?:\s*[-~]\s*\d[\d,]*(?:\.\d{1,2})?)?/g;

/** First (or last) price-like number in a container's text ("￥45.9券后" → 45.9; "优惠前￥59" last → 59). */
function priceIn(el: Element | null | undefined, last = false) {
	const all = textOf(el)?.match(NUMBER);
	return all ? parsePrice(last ? all[all.length - 1] : all[0]) : null;
}

/** Shop id from a shop link (`//shop512345678.taobao.com`). */
const shopIdFromHref = (el: Element | null | undefined): string | null =>
	numericId(/\/\/shop(\d+)\./.exec(el?.getAttribute('href') ?? el?.getAttribute('data-action') ?? '')?.[1]);

export function readAliItem(doc: Document, url: URL, platform: Platform): PageFacts {
	const itemId = fromUrl(url, 'id');
	if (isAliBlocked(doc, url)) return blockedFacts(platform, url, itemId);

	// Embedded data. ICE (2024+) carries everything; g_config / TShop.Setup (legacy) carry ids and names.
	const res = at(scriptLiteral(doc, '__ICE_APP_CONTEXT__'), 'loaderData.home.data.res');
	const g = res ? null : scriptLiteral(doc, 'g_config');
	const ts = res || g ? null : scriptLiteral(doc, 'TShop.Setup');
	const meta = metaPairs(doc, 'microscope-data');
	const cv = (path: string) => scalar(at(res, `componentsVO.${path}`));
	const extra = parsePrice(cv('priceVO.extraPrice.priceText'));
	const base = parsePrice(cv('priceVO.price.priceText'));

	const legacyTb = doc.getElementById('J_Title') ? doc : null;
	const legacyTm = doc.getElementById('J_DetailMeta') ? doc : null;
	const panel = lazy(() => (legacyTb || legacyTm ? null : findElement(doc.body, isPanel)));
	const shopCard = lazy(() => findElement(doc.body, isShopCard));

	// React/ICE delivery row: fee and promise are sibling spans; classify by what the text says.
	const deliveryRow = lazy(() => {
		const info = $(panel(), '[class*="delivery-info"]');
		const parts = info ? [...info.querySelectorAll('span, div')].filter((e) => !e.firstElementChild) : [];
		return (parts.length ? parts : info ? [info] : []).map((e) => textOf(e) ?? '').filter(Boolean);
	});
	const domFee = () =>
		firstText(legacyTb, '#J_WlServiceTitle') ??
		firstText(legacyTm, '#J_PostageToggleCont p span', '#J_PostageToggleCont') ??
		deliveryRow().find(looksLikeFee) ??
		null;
	const domPromise = () =>
		firstText(legacyTb, '#J_ServiceMarkInfo') ??
		firstText(legacyTm, '#J_RSPostageCont .signText', '.signText') ??
		deliveryRow().find(looksLikePromise) ??
		null;

	const shopName =
		scalar(at(res, 'seller.shopName')) ??
		cv('storeCardVO.shopName') ??
		scalar(at(g, 'shopName')) ??
		firstText(
			shopCard(),
			'.tb-shop-name a',
			'.slogo-shopname strong',
			'.slogo-shopname',
			'.shopLink',
			'[class*="shopName--"]',
			'[class*="ShopHeader--title--"]',
		);
	const cardLink = () => $(shopCard(), 'a[href*="//shop"]');
	const feeText = cv('deliveryVO.freight') ?? domFee();
	const promise = cv('deliveryVO.agingDesc') ?? domPromise();

	const price =
		extra ??
		base ??
		parsePrice(scalar(at(g, 'idata.item.price'))) ??
		priceIn($(legacyTb, '#J_PromoPriceNum') ?? $(legacyTb, '#J_PromoPrice .tb-rmb-num')) ??
		priceIn($(legacyTm, '#J_PromoPrice .tm-price')) ??
		priceIn(
			$(
				panel(),
				'[class*="highlightPrice--"], [class*="Price--extraPriceText--"], [class*="Price--originPrice--"] [class*="Price--priceText--"], [class*="SecurityPrice--priceText--"], .trade-price-container',
			),
		);
	// 优惠前 is the list price only when the data's highlighted price is the 券后 one.
	const listPrice =
		extra || base
			? extra && base
			: (parsePrice(scalar(at(ts, 'itemDO.reservePrice'))) ??
				priceIn($(legacyTb, '#J_StrPrice .tb-rmb-num')) ??
				priceIn($(legacyTm, '#J_StrPriceModBox .tm-price')) ??
				priceIn($(panel(), '[class*="subPrice--"]'), true));

	const badges: PageFacts['paymentBadges'] = [];
	for (const dl of legacyTb ? doc.querySelectorAll('#J_tbExtra dl') : []) {
		if (textOf(dl.querySelector('dt')) !== '支付') continue;
		for (const a of dl.querySelectorAll('dd a')) {
			const b = paymentBadge(a.textContent ?? '');
			if (b) badges.push(b);
		}
	}
	const progressive = legacyTm && paymentBadge(firstText(doc, '#J_Progressive dt') ?? '');
	if (progressive) badges.push(progressive);

	return buildFacts(platform, 'item', url, {
		itemId:
			itemId ?? numericId(scalar(at(res, 'item.itemId')) ?? scalar(at(g, 'itemId')) ?? scalar(at(ts, 'itemDO.itemId'))),
		title:
			cleanOrNull(scalar(at(res, 'item.title')) ?? cv('titleVO.title.title') ?? scalar(at(g, 'idata.item.title'))) ??
			attrOf($(legacyTb, '#J_Title .tb-main-title'), 'data-title') ??
			firstText(legacyTb, '#J_Title .tb-main-title') ??
			firstText(legacyTm, '.tb-detail-hd h1') ??
			attrOf($(panel(), '[class*="mainTitle--"]'), 'title') ??
			firstText(panel(), '[class*="mainTitle--"]', '[class*="ItemHeader--mainTitle--"]', 'h1') ??
			cleanOrNull(doc.title.replace(/\s*[-–]\s*(?:淘宝网|tmall\.com天猫|天猫tmall\.com)\s*$/i, '')),
		price,
		listPrice,
		shopName: cleanOrNull(shopName),
		shopId: numericId(
			scalar(at(res, 'seller.shopId')) ??
				scalar(at(g, 'shopId')) ??
				scalar(at(ts, 'rstShopId')) ??
				meta.shopid ??
				shopIdFromHref(cardLink()) ??
				shopIdFromHref($(legacyTb, '[data-action*="//shop"]')),
		),
		sellerId: numericId(
			scalar(at(res, 'seller.sellerId')) ??
				scalar(at(g, 'sellerId')) ??
				scalar(at(ts, 'itemDO.userId')) ??
				meta.userid ??
				attrOf($(legacyTb, '#J_Pine'), 'data-sellerid'),
		),
		shipFrom: parseShipFrom(
			cv('deliveryVO.deliveryFromAddr') ??
				firstText(legacyTb, '#J-From') ??
				firstText(legacyTm, '#J_deliveryAdd') ??
				firstText(panel(), '[class*="delivery-from-addr"]'),
		),
		shippingFee: parseShippingFee(feeText),
		deliveryPromise: cleanOrNull(promise),
		carrier: parseCarrier(feeText) ?? parseCarrier(promise),
		weight: null, // Taobao and Tmall item pages do not state a parcel weight
		paymentBadges: badges,
	});
}
