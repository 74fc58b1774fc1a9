/**
 * JD item pages: the classic template (pageConfig literal; price, stock, delivery, weight and 白条 filled after
 * load), the 全球购 template (".00" price placeholder, shop in #nav-shop), and the 2025 React rebuild. Class
 * reads are scoped to the product block: #shop-reco and #popbox repeat prices and names.
 */
import type { PageFacts } from '../core/page-facts';
import {
	$all,
	attrOf,
	blockedReading,
	buildReading,
	cssList,
	cssOf,
	firstMatch,
	isHidden,
	numericId,
	readFirst,
	type Selectors,
	StrategyLog,
	textOf,
} from './dom';
import { at, scalar, scriptLiteral } from './script-literal';
import { isWeb, type SiteAdapter } from './site-adapter';
import {
	clean,
	cleanOrNull,
	parseCarrier,
	parsePrice,
	parseShipFrom,
	parseShippingFee,
	parseWeight,
	paymentBadge,
} from './text-parsers';

/** `{itemId}` in an entry stands for the page's SKU (JD marks its own price node with it). */
export const JD_ITEM_SELECTORS = {
	/** The product block; class selectors below are read inside the first that exists. */
	product: [
		'.product-intro .itemInfo-wrap', // classic (2016-24), seen in jd-item-2018-pop.html
		'.product-intro', // classic without the info wrapper, seen in jd-item-2018-worldbuy.html
		'.product-main', // React rebuild (2025+, low confidence, pages.md §5c), seen in jd-item-2025.html
	],
	title: [
		'.sku-name', // classic; text only (it can start with <img alt="当季新品">), seen in jd-item-2020-selfrun.html
		'.sku-title-name', // 2025, seen in jd-item-2025.html
		'h1', // 2025 fallback, seen in jd-item-2025.html
	],
	price: [
		'.summary-price .p-price .price.J-p-{itemId}', // classic: this SKU's own price, not PLUS/fans prices, seen in jd-item-2018-pop.html
		'.summary-price .p-price .price', // classic, any SKU marking, seen in jd-item-2018-pop.html
		'.price-area .price .value', // 2025 "div.price > div.unit + div.value", seen in jd-item-2025.html
		'div.price > .value', // 2025 outside .price-area (pages.md §5c), seen in jd-item-2025.html
	],
	/** Whole-page lookups: the shop appears in the breadcrumb bar or the shop header, outside the product block. */
	shopName: [
		'#crumb-wrap .contact .J-hove-wrap .name a', // classic, seen in jd-item-2018-pop.html
		'#crumb-wrap .contact .J-hove-wrap .name a@title', // classic, when the link text is an icon, seen in jd-item-2018-pop.html
		'#nav-shop .shopName a', // 全球购, seen in jd-item-2018-worldbuy.html
		'.top-shop .top-name@title', // 2025, seen in jd-item-2025.html
		'.waist-shop-title .shop-name', // 2025 mid-page shop card, seen in jd-item-2025.html
	],
	/** Shop id in a follow button's data-vid (the shopId, not the venderId) or a shop link's index-N. */
	shopId: [
		'#crumb-wrap .contact [data-vid]@data-vid', // classic 关注店铺, seen in jd-item-2018-pop.html
		'#nav-shop [data-vid]@data-vid', // 全球购, seen in jd-item-2018-worldbuy.html
		'.waist-shop-title a[href*="index-"]@href', // 2025 shop card link, seen in jd-item-2025.html
		'#nav-shop .shopName a[href*="index-"]@href', // 全球购 shop link, seen in jd-item-2018-worldbuy.html
	],
	/** "由{店铺}从 广东广州市 发货, 并提供售后服务. {promise}" once rendered. */
	service: [
		'#summary-service', // classic, seen in jd-item-2020-selfrun.html
	],
	shipFrom: [
		'.J-stock-from', // 全球购 ship-from, filled by JS, seen in jd-item-2018-worldbuy.html
	],
	shippingFee: [
		'.J-dcashDesc', // classic "免运费" / "99元免基础运费(20kg内)", seen in jd-item-2018-pop.html
		'.delivery-info .freight', // 2025 (reconstructed, pages.md §10), seen in jd-item-2025.html
	],
	deliveryPromise: [
		'.J-deliver-date [data-tips]@data-tips', // 全球购 tooltip, seen in jd-item-2018-worldbuy.html
		'.delivery-info .promise', // 2025 (reconstructed), seen in jd-item-2025.html
	],
	/** Service tags whose title or text may name the carrier (京东物流). */
	carrierTags: [
		'.J-promise-icon li', // classic promise icons, seen in jd-item-2020-selfrun.html
		'#ns_services a', // classic POP services, seen in jd-item-2018-pop.html
		'.delivery-info .logistics-tag', // 2025 (reconstructed), seen in jd-item-2025.html
	],
	/** Whole-page: the weight row is hidden until filled in. */
	weight: [
		'#summary-weight .dd', // classic "重　　量 2.93kg", seen in jd-item-2018-pop.html
	],
	/** Attribute rows (品牌, 商品编号, 商品毛重…): label and value. */
	attributeRow: [
		'.attrs .item', // 2025 规格参数, seen in jd-item-2025.html
	],
	attributeLabel: [
		'.label', // 2025, seen in jd-item-2025.html
	],
	attributeValue: [
		'.value .text@title', // 2025, the full value, seen in jd-item-2025.html
		'.value', // 2025, seen in jd-item-2025.html
	],
	/** Whole-page: the 白条 row is hidden until filled in. */
	instalment: [
		'#choose-baitiao .dt', // classic 白条分期, seen in jd-item-2018-pop.html
	],
	/** The verification page JD serves at the item URL (title 京东验证) before redirecting to its risk handler. */
	blocked: [
		'.verifyBtn', // 京东验证 "快速验证" button, seen in jd-item-verify.html
	],
	/** An item taken off sale (checked only when no price was found). */
	gone: [
		'.itemover-tip', // classic "该商品已下柜，欢迎挑选其他商品！", seen in jd-item-offshelf.html
	],
	keepClear: [
		'.sku-name', // classic title, seen in jd-item-2018-pop.html
		'.summary-price', // classic price row, seen in jd-item-2018-pop.html
		'#choose-btns', // classic 加入购物车 / 打白条 row, seen in jd-item-2018-pop.html
		'#InitCartUrl', // classic 加入购物车, seen in jd-item-2018-pop.html
		'.sku-title', // 2025 title (its purchase buttons are undocumented, pages.md §10), seen in jd-item-2025.html
		'.price-area', // 2025 price, seen in jd-item-2025.html
	],
	productArea: [
		'.product-intro .itemInfo-wrap', // classic, seen in jd-item-2018-pop.html
		'.product-intro', // classic, seen in jd-item-2018-worldbuy.html
		'.product-main', // 2025, seen in jd-item-2025.html
	],
} satisfies Record<string, Selectors>;

const S = JD_ITEM_SELECTORS;

const ITEM_PATH = /^\/(\d{4,20})\.html$/;

/** The title JD's risk check gives its verification and rate-limit pages. */
const BLOCKED_TITLE = /验证|安全检查|访问频繁/;

/** Rows of the attribute table and service tags read at most. */
const MAX_ROWS = 200;

/** The entries with this page's SKU in place of `{itemId}` (without a SKU, those entries are dropped). */
const forSku = (list: Selectors, sku: string | null): Selectors =>
	list.flatMap((entry) => {
		const css = cssOf(entry);
		if (!css.includes('{itemId}')) return [entry];
		return sku ? [css.replace('{itemId}', sku)] : [];
	});

/** Text of the element unless it, or the row it sits in, is hidden until JD fills it in. */
const shownText = (el: Element | null): string | null =>
	el && !isHidden(el) && !isHidden(el.parentElement) && !isHidden(el.parentElement?.parentElement ?? null)
		? textOf(el)
		: null;

/** Shop id from a follow button's data-vid or a `mall.jd.com/index-N.html` link. */
const shopIdFrom = (value: string): string | null =>
	numericId(value) ?? numericId(/index-(\d+)\.html/.exec(value)?.[1]);

function readJdItem(doc: Document, url: URL) {
	const sku = ITEM_PATH.exec(url.pathname)?.[1] ?? null;
	const product = firstMatch(doc, S.product);
	// JD's risk check swaps the page for a verification screen; nothing on it is product data.
	if (!product && (BLOCKED_TITLE.test(doc.title) || firstMatch(doc, S.blocked))) return blockedReading('jd', url, sku);
	const log = new StrategyLog();
	const data = at(scriptLiteral(doc, 'pageConfig'), 'product');
	const service = readFirst(doc, S.service);
	const feeText = log.dom('shippingFee', readFirst(product, S.shippingFee));
	const promise =
		log.dom('deliveryPromise', service ? cleanOrNull(service.split(/并提供售后服务[.。]?/)[1]) : null) ??
		log.dom('deliveryPromise', readFirst(product, S.deliveryPromise));

	let carrier: PageFacts['carrier'] = null;
	for (const tag of $all(product, cssList(S.carrierTags).join(', '), MAX_ROWS)) {
		carrier = parseCarrier(attrOf(tag, 'title') ?? textOf(tag));
		if (carrier) break;
	}

	let weight = parseWeight(shownText(firstMatch(doc, S.weight)));
	for (const row of $all(doc, cssList(S.attributeRow).join(', '), MAX_ROWS)) {
		if (weight) break;
		if (/毛重|重量/.test(readFirst(row, S.attributeLabel) ?? ''))
			weight = readFirst(row, S.attributeValue, parseWeight);
	}

	const price = log.dom('price', readFirst(product, forSku(S.price, sku), parsePrice));
	if (!price && firstMatch(product, S.gone)) return null;
	const badge = paymentBadge(shownText(firstMatch(doc, S.instalment)) ?? '');

	return buildReading(
		'jd',
		'item',
		url,
		{
			itemId: log.url('itemId', sku),
			title:
				log.embedded('title', cleanOrNull(scalar(at(data, 'name')))) ??
				log.dom(
					'title',
					readFirst(product, S.title) ??
						cleanOrNull(
							clean(doc.title)
								.replace(/^【[^】]*】/, '')
								.replace(/【[^】]*】\s*-\s*京东$|\s*-\s*京东$/, ''),
						),
				),
			price,
			shopName: log.dom('shopName', readFirst(doc, S.shopName)),
			shopId:
				log.embedded('shopId', numericId(scalar(at(data, 'shopId')))) ??
				log.dom('shopId', readFirst(doc, S.shopId, shopIdFrom)),
			sellerId: log.embedded('sellerId', numericId(scalar(at(data, 'venderId')))),
			shipFrom:
				log.dom('shipFrom', parseShipFrom(/从\s*(\S+?)\s*发货/.exec(service ?? '')?.[1])) ??
				log.dom('shipFrom', readFirst(product, S.shipFrom, parseShipFrom)),
			shippingFee: parseShippingFee(feeText),
			deliveryPromise: promise,
			carrier:
				log.dom('carrier', carrier) ??
				log.from('carrier', 'shippingFee', parseCarrier(feeText)) ??
				log.from('carrier', 'deliveryPromise', parseCarrier(promise)),
			weight: log.dom('weight', weight),
			paymentBadges: log.dom('paymentBadges', badge ? [badge] : []),
		},
		log,
	);
}

export const jdItem: SiteAdapter = {
	id: 'jd-item',
	platform: 'jd',
	matches: (url) => isWeb(url) && url.hostname === 'item.jd.com' && ITEM_PATH.test(url.pathname),
	read: readJdItem,
	keepClear: cssList(S.keepClear),
	productArea: cssList(S.productArea),
	selectors: S,
};
