/**
 * Taobao and Tmall item pages share one app since about 2022, and their older generations share enough that one
 * reader covers both (one factory, two configurations: taobao-item.ts, tmall-item.ts). Embedded data first (ICE
 * context, g_config, TShop.Setup, microscope-data meta), then the DOM of each generation, by the selector lists
 * below. Generation-specific selectors are unique to their layout, so trying them in order costs little and
 * survives A/B variants served side by side. DOM reads are scoped: to the product panel (or, on the legacy
 * layouts, the page), and to the seller card for the shop, so recommendation blocks never supply a value.
 */
import type { Platform } from '../core/ids';
import type { PageFacts } from '../core/page-facts';
import {
	$,
	$all,
	blockedReading,
	buildReading,
	cssList,
	findInOrder,
	firstMatch,
	fromUrl,
	hasMarker,
	lazy,
	metaPairs,
	numericId,
	readFirst,
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
	parseCarrier,
	parsePrice,
	parseShipFrom,
	parseShippingFee,
	paymentBadge,
} from './text-parsers';

/**
 * Where each fact is read in the DOM, most reliable first. Dates are the layouts' lifetimes (pages.md §2-3);
 * `seen in` names the fixture whose markup (rebuilt from real saves or real scrapers) carries the selector.
 */
export const ALI_ITEM_SELECTORS = {
	/** Markers of the legacy layouts: with one present, the whole page is the product root. */
	legacyLayout: [
		'#J_Title', // Taobao legacy (2012-22, still served with isNew=false), seen in taobao-item-legacy.html
		'#J_DetailMeta', // Tmall legacy (2013-21), seen in tmall-item-legacy.html
	],
	/** Product panels of the hashed-class generations; the first in document order is the product root. */
	productPanel: [
		'#SkuPanel_tbpcDetail_ssr2025', // Tmall 2025 SSR, seen in tmall-item-2025.html
		'#tbpcDetail_SkuPanelBody', // Tmall 2025 SSR, inner panel body, seen in tmall-item-2025.html
		'[class*="rightWrap--"]', // ICE SSR (2024-25), seen in taobao-item-2025.html
		'[class*="BasicContent--itemInfo--"]', // React v1 (2022-24), seen in hostile-taobao-spa-late-render.html
	],
	/** Seller cards: the shop is read only inside these (the first in document order), never from recommendations. */
	shopCard: [
		'#J_ShopInfo', // Taobao legacy, seen in taobao-item-legacy.html
		'#shopExtra', // Tmall legacy header, seen in tmall-item-legacy.html
		'#side-shop-info', // Tmall legacy side card, seen in tmall-item-legacy.html
		'[data-spm="shop_block"]', // Tmall 2025 SSR and ICE, seen in tmall-item-2025.html
		'[class*="shopCard--"]', // ICE SSR (2024-25), seen in taobao-item-2025.html
		'[class*="ShopHeader--root--"]', // React v1 (2022-24), seen in hostile-taobao-spa-late-render.html
		{ inferred: '[class*="ShopHeaderNew--root--"]' }, // React v1 redesign (2023-24); TODO(2027-06): named after ShopHeaderNew--shopName-- in scraper configs (pages.md S12), not seen in real markup
	],
	title: [
		'#J_Title .tb-main-title@data-title', // Taobao legacy, the clean title, seen in taobao-item-legacy.html
		'#J_Title .tb-main-title', // Taobao legacy, its text, seen in taobao-item-legacy.html
		'.tb-detail-hd h1', // Tmall legacy, seen in tmall-item-legacy.html
		'[class*="mainTitle--"]@title', // Tmall 2025 SSR and ICE h1[title], seen in tmall-item-2025.html
		'[class*="mainTitle--"]', // also React v1's ItemHeader--mainTitle--, seen in hostile-taobao-spa-late-render.html
		'h1', // ICE SSR: "the title is the <h1>" of the panel (pages.md §2c), seen in taobao-item-2025.html
	],
	/** Containers of the selling price: the first number in their text. */
	price: [
		'#J_PromoPriceNum', // Taobao legacy promo price, seen in taobao-item-legacy.html
		'#J_PromoPrice .tb-rmb-num', // Taobao legacy promo row, seen in taobao-item-legacy.html
		'#J_PromoPrice .tm-price', // Tmall legacy promo row, seen in tmall-item-legacy.html
		'[class*="highlightPrice--"]', // ICE SSR (2024-25) 券后 price, seen in taobao-item-2025.html
		{ inferred: '[class*="Price--extraPriceText--"]' }, // React v1 coupon price; TODO(2027-06): from a crawler config (pages.md S12), not seen in real markup
		'[class*="Price--originPrice--"] [class*="Price--priceText--"]', // React v1 current price, seen in hostile-taobao-spa-late-render.html
		{ inferred: '[class*="SecurityPrice--priceText--"]' }, // React v1 logged out (2023); TODO(2027-06): from a crawler config (pages.md S12), not seen in real markup
		'.trade-price-container', // Tmall 2025 SSR "￥ 10.01" split in spans, seen in tmall-item-2025.html
	],
	/** Containers of the struck-through price: the last number in their text ("优惠前 ￥59"). */
	listPrice: [
		'#J_StrPrice .tb-rmb-num', // Taobao legacy, seen in taobao-item-legacy.html
		'#J_StrPriceModBox .tm-price', // Tmall legacy, seen in tmall-item-legacy.html
		'[class*="subPrice--"]', // ICE SSR (2024-25) 优惠前, seen in taobao-item-2025.html
	],
	/** Inside the seller card. */
	shopName: [
		'.tb-shop-name a', // Taobao legacy, seen in taobao-item-legacy.html
		'.slogo-shopname strong', // Tmall legacy header, seen in tmall-item-legacy.html
		'.slogo-shopname', // Tmall legacy header without <strong>, seen in tmall-item-legacy.html
		'.shopLink', // Tmall legacy side card, seen in tmall-item-legacy.html
		'[class*="shopName--"]', // ICE SSR, Tmall 2025, React v1 ShopHeaderNew--shopName--, seen in taobao-item-2025.html
		'[class*="ShopHeader--title--"]', // React v1 (2022-24), seen in hostile-taobao-spa-late-render.html
	],
	/** Links whose host is `shop{shopId}.taobao.com`: in the seller card, then (legacy) the page's 搜本店 form. */
	shopLinkInCard: [
		'a[href*="//shop"]@href', // every generation's shop link, seen in taobao-item-2025.html
	],
	shopLinkOnPage: [
		'[data-action*="//shop"]@data-action', // Taobao legacy 搜本店 button, seen in taobao-item-legacy.html
	],
	sellerId: [
		'#J_Pine@data-sellerid', // Taobao legacy 看了又看 block, seen in taobao-item-legacy.html
	],
	shipFrom: [
		'#J-From', // Taobao legacy, seen in taobao-item-legacy.html
		'#J_deliveryAdd', // Tmall legacy, seen in tmall-item-legacy.html
		'[class*="delivery-from-addr"]', // React v1 .delivery-from-addr, ICE delivery-from-addr--, seen in taobao-item-2025.html
	],
	shippingFee: [
		'#J_WlServiceTitle', // Taobao legacy "快递 ￥10.00", seen in taobao-item-legacy.html
		'#J_PostageToggleCont p span', // Tmall legacy "快递: 0.00", seen in tmall-item-legacy.html
		'#J_PostageToggleCont', // Tmall legacy 2013 "快递: 卖家包邮" without the span, seen in tmall-item-legacy.html
	],
	deliveryPromise: [
		'#J_ServiceMarkInfo', // Taobao legacy "付款后预计…送达", seen in taobao-item-legacy.html
		'#J_RSPostageCont .signText', // Tmall legacy "付款后3天内发货", seen in tmall-item-legacy.html
		'.signText', // Tmall legacy 2019 clone, outside the postage panel, seen in tmall-item-legacy.html
	],
	/** React v1, ICE and Tmall 2025 delivery row: fee and promise are sibling leaves, told apart by what they say. */
	deliveryRow: [
		'[class*="delivery-info"]', // React v1 .delivery-info, ICE/Tmall 2025 delivery-info--, seen in taobao-item-2025.html
	],
	/** Rows of the legacy extras table; the one whose <dt> says 支付 lists payment badges as links. */
	paymentRows: [
		'#J_tbExtra dl', // Taobao legacy, seen in taobao-item-legacy.html
	],
	/** Instalment offer named by its <dt> (花呗分期). */
	instalment: [
		'#J_Progressive dt', // Tmall legacy, seen in tmall-item-legacy.html
	],
	/** Risk-control and login interstitials (baxia). Ids anywhere, others among <body>'s first children. */
	blocked: [
		'#baxia-punish', // baxia punish page, seen in hostile-taobao-baxia-punish.html
		'#bx-feedback-btn', // its feedback link, seen in hostile-taobao-baxia-punish.html
		'#nocaptcha', // NoCaptcha slider host, seen in tmall-item-punish.html
		'#nc_1_wrapper', // NoCaptcha slider, seen in hostile-taobao-baxia-punish.html
		'.J_MIDDLEWARE_FRAME_WIDGET', // overlay iframe over a normal page, seen in hostile-taobao-baxia-punish.html
	],
	/** A page with no buyable product (checked only when no price was found): removed, off shelf, not found. */
	gone: [
		'.error-notice-hd', // Taobao "很抱歉，您查看的宝贝不存在" page, seen in taobao-item-removed.html
		{ inferred: '.tb-off-sale' }, // Taobao legacy "此宝贝已下架" hint; TODO(2027-06): from scrapers (pages.md §2a, S8), not seen in real markup
		'link[href*="/p/mall/404/"]', // Tmall "很抱歉，您查看的商品找不到了" page, seen in tmall-item-not-found.html
	],
	keepClear: [
		'#J_Title', // Taobao legacy title block, seen in taobao-item-legacy.html
		'#J_StrPriceModBox', // Taobao and Tmall legacy list-price row, seen in taobao-item-legacy.html
		'#J_PromoPrice', // Taobao and Tmall legacy promo-price row, seen in taobao-item-legacy.html
		'.J_LinkBuy', // Taobao legacy 立即购买, seen in taobao-item-legacy.html
		'.J_LinkAdd', // Taobao legacy 加入购物车, seen in taobao-item-legacy.html
		'.tb-detail-hd', // Tmall legacy title, seen in tmall-item-legacy.html
		'#J_LinkBuy', // Tmall legacy 立即购买, seen in tmall-item-legacy.html
		'#J_LinkBasket', // Tmall legacy 加入购物车, seen in tmall-item-legacy.html
		'[class*="mainTitle--"]', // React v1, ICE and Tmall 2025 titles, seen in taobao-item-2025.html
		'[class*="Price--root--"]', // React v1 price block, seen in hostile-taobao-spa-late-render.html
		'[class*="highlightPrice--"]', // ICE SSR 券后 price, seen in taobao-item-2025.html
		'[class*="subPrice--"]', // ICE SSR 优惠前 price, seen in taobao-item-2025.html
		'#tbpcDetail_SkuPanelBody .trade-price-container', // Tmall 2025 price (not the sidebar's), seen in tmall-item-2025.html
		'#purchasePanel', // React v1 floating purchase bar, seen in taobao-item-2023.html
		'[class*="Actions--leftButtons--"]', // React v1 立即购买 / 加入购物车 (2022-24), seen in taobao-item-2023.html
		{ inferred: '[class*="LeftButtonList--"]' }, // ICE buttons since 2024-10; TODO(2027-06): from a userscript's selector history, not seen in real markup
	],
	productArea: [
		'#J_DetailMeta', // Tmall legacy, seen in tmall-item-legacy.html
		'.tb-item-info', // Taobao legacy, seen in taobao-item-legacy.html
		'#SkuPanel_tbpcDetail_ssr2025', // Tmall 2025 SSR, seen in tmall-item-2025.html
		'[class*="BasicContent--itemInfo--"]', // React v1, seen in hostile-taobao-spa-late-render.html
		'[class*="rightWrap--"]', // ICE SSR, seen in taobao-item-2025.html
	],
} satisfies Record<string, Selectors>;

const S = ALI_ITEM_SELECTORS;

/** Any price-like number, or a range ("45.9", "29.90-39.90"). */
const NUMBER = /\d[\d,]*(?:\.\d{1,2})?(?:\s*[-~]\s*\d[\d,]*(?:\.\d{1,2})?)?/g;

/** First price-like number in a container's text ("￥45.9券后" → 45.9). */
function firstPriceIn(text: string) {
	const all = text.match(NUMBER);
	return all ? parsePrice(all[0]) : null;
}

/** Last price-like number in a container's text ("优惠前 ￥59" → 59). */
function lastPriceIn(text: string) {
	const all = text.match(NUMBER);
	return all ? parsePrice(all[all.length - 1]) : null;
}

/** Shop id from a shop link or action (`//shop512345678.taobao.com`). */
const shopIdFromHref = (href: string): string | null => numericId(/\/\/shop(\d+)\./.exec(href)?.[1]);

/** Parts of one delivery row looked at, at most (a real row has two to four leaves). */
const MAX_DELIVERY_PARTS = 50;

/** Rows of the legacy extras table read at most (a real one has four or five). */
const MAX_PAYMENT_ROWS = 20;

/** Badge links read from one payment row at most. */
const MAX_BADGE_LINKS = 30;

/** " - 淘宝网" and " - tmall.com天猫" after the item name in <title>. */
const TITLE_SUFFIX = /\s*[-–]\s*(?:淘宝网|tmall\.com天猫|天猫tmall\.com)\s*$/i;

function readAliItem(doc: Document, url: URL, platform: Platform) {
	const itemId = fromUrl(url, 'id');
	if (isAliBlocked(doc, url)) return blockedReading(platform, url, itemId);
	const log = new StrategyLog();

	// Embedded data. ICE (2024+) carries everything; g_config / TShop.Setup (legacy) carry ids and names.
	const res = at(scriptLiteral(doc, '__ICE_APP_CONTEXT__'), 'loaderData.home.data.res');
	const g = res ? null : scriptLiteral(doc, 'g_config');
	const ts = res || g ? null : scriptLiteral(doc, 'TShop.Setup');
	const meta = metaPairs(doc, 'microscope-data');
	const cv = (path: string) => scalar(at(res, `componentsVO.${path}`));
	const extra = parsePrice(cv('priceVO.extraPrice.priceText'));
	const base = parsePrice(cv('priceVO.price.priceText'));

	const product = lazy(() => (firstMatch(doc, S.legacyLayout) ? doc : findInOrder(doc.body, S.productPanel)));
	const shopCard = lazy(() => findInOrder(doc.body, S.shopCard));
	// Fee and promise leaves of the delivery row, classified by what their short texts say.
	const deliveryRow = lazy(() => {
		const row = firstMatch(product(), S.deliveryRow);
		const leaves = $all(row, 'span, div', MAX_DELIVERY_PARTS).filter((el) => !el.firstElementChild);
		return (leaves.length ? leaves : row ? [row] : []).map((el) => textOf(el) ?? '').filter(Boolean);
	});

	const feeText =
		log.embedded('shippingFee', cv('deliveryVO.freight')) ??
		log.dom('shippingFee', readFirst(product(), S.shippingFee) ?? deliveryRow().find(looksLikeFee));
	const promise =
		log.embedded('deliveryPromise', cv('deliveryVO.agingDesc')) ??
		log.dom('deliveryPromise', readFirst(product(), S.deliveryPromise) ?? deliveryRow().find(looksLikePromise));

	const price =
		log.embedded('price', extra ?? base ?? parsePrice(scalar(at(g, 'idata.item.price')))) ??
		log.dom('price', readFirst(product(), S.price, firstPriceIn));
	// 优惠前 is the list price only when the data's highlighted price is the 券后 one.
	const listPrice =
		extra || base
			? log.embedded('listPrice', extra && base)
			: (log.embedded('listPrice', parsePrice(scalar(at(ts, 'itemDO.reservePrice')))) ??
				log.dom('listPrice', readFirst(product(), S.listPrice, lastPriceIn)));
	if (!price && firstMatch(doc, S.gone)) return null;

	const badges: PageFacts['paymentBadges'] = [];
	for (const row of $all(product(), cssList(S.paymentRows).join(', '), MAX_PAYMENT_ROWS)) {
		if (textOf($(row, 'dt')) !== '支付') continue;
		for (const link of $all(row, 'dd a', MAX_BADGE_LINKS)) {
			const badge = paymentBadge(textOf(link) ?? '');
			if (badge) badges.push(badge);
		}
	}
	const instalment = paymentBadge(readFirst(product(), S.instalment) ?? '');
	if (instalment) badges.push(instalment);

	const title =
		log.embedded(
			'title',
			cleanOrNull(scalar(at(res, 'item.title')) ?? cv('titleVO.title.title') ?? scalar(at(g, 'idata.item.title'))),
		) ?? log.dom('title', readFirst(product(), S.title) ?? cleanOrNull(doc.title.replace(TITLE_SUFFIX, '')));

	return buildReading(
		platform,
		'item',
		url,
		{
			itemId:
				log.url('itemId', itemId) ??
				log.embedded(
					'itemId',
					numericId(scalar(at(res, 'item.itemId')) ?? scalar(at(g, 'itemId')) ?? scalar(at(ts, 'itemDO.itemId'))),
				),
			title,
			price,
			listPrice,
			shopName:
				log.embedded(
					'shopName',
					cleanOrNull(scalar(at(res, 'seller.shopName')) ?? cv('storeCardVO.shopName') ?? scalar(at(g, 'shopName'))),
				) ?? log.dom('shopName', readFirst(shopCard(), S.shopName)),
			shopId:
				log.embedded(
					'shopId',
					numericId(
						scalar(at(res, 'seller.shopId')) ?? scalar(at(g, 'shopId')) ?? scalar(at(ts, 'rstShopId')) ?? meta.shopid,
					),
				) ??
				log.dom(
					'shopId',
					readFirst(shopCard(), S.shopLinkInCard, shopIdFromHref) ??
						readFirst(product(), S.shopLinkOnPage, shopIdFromHref),
				),
			sellerId:
				log.embedded(
					'sellerId',
					numericId(
						scalar(at(res, 'seller.sellerId')) ??
							scalar(at(g, 'sellerId')) ??
							scalar(at(ts, 'itemDO.userId')) ??
							meta.userid,
					),
				) ?? log.dom('sellerId', readFirst(product(), S.sellerId, numericId)),
			shipFrom:
				log.embedded('shipFrom', parseShipFrom(cv('deliveryVO.deliveryFromAddr'))) ??
				log.dom('shipFrom', readFirst(product(), S.shipFrom, parseShipFrom)),
			shippingFee: parseShippingFee(feeText),
			deliveryPromise: cleanOrNull(promise),
			carrier:
				log.from('carrier', 'shippingFee', parseCarrier(feeText)) ??
				log.from('carrier', 'deliveryPromise', parseCarrier(promise)),
			paymentBadges: log.dom('paymentBadges', badges),
		},
		log,
	);
}

/**
 * Alibaba (Taobao/Tmall/1688) risk-control and login interstitials: a punish, security or login path, a
 * verification title, or a baxia marker. Only cheap lookups: no whole-page scan on a normal page.
 */
export function isAliBlocked(doc: Document, url: URL): boolean {
	return (
		/punish|_____tmd_____|\/security|\/login/i.test(url.pathname) ||
		/验证码|滑块|安全验证|punish/i.test(doc.title) ||
		hasMarker(doc, S.blocked)
	);
}

/** One Taobao-family item host: its adapter id, platform and host name. */
interface AliItemHost {
	id: string;
	platform: Extract<Platform, 'taobao' | 'tmall'>;
	hostname: string;
}

/** A Taobao or Tmall item adapter: `item.htm?id=N` on its host, and the punish pages risk control sends there. */
export const aliItemAdapter = ({ id, platform, hostname }: AliItemHost): SiteAdapter => ({
	id,
	platform,
	matches: (url) =>
		isWeb(url) &&
		url.hostname === hostname &&
		((url.pathname === '/item.htm' && /^\d+$/.test(url.searchParams.get('id') ?? '')) || /punish/.test(url.pathname)),
	read: (doc, url) => readAliItem(doc, url, platform),
	keepClear: cssList(S.keepClear),
	productArea: cssList(S.productArea),
	selectors: S,
});
