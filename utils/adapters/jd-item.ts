import type { PageFacts } from '../core/page-facts';
import { $, attrOf, blockedFacts, buildFacts, firstText, isHidden, numericId, textOf } from './dom';
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

const ITEM_PATH = /^\/(\d{4,20})\.html$/;

/**
 * JD item pages: the classic template (pageConfig literal; price, stock, delivery, weight and 白条 filled after
 * load), the 全球购 template (".00" price placeholder, shop in #nav-shop), and the 2025 React rebuild.
 * Reads are scoped to the product intro / main block: #shop-reco and #popbox repeat prices and names.
 */
export const jdItem: SiteAdapter = {
	id: 'jd-item',
	platform: 'jd',
	// Seen in the fixtures' real markup; more layouts to come with their fixtures.
	keepClear: ['#InitCartUrl'],
	productArea: [],
	testUrls: [
		'https://item.jd.com/11451415418.html',
		'http://item.jd.com/100013116298.html?cl_fixture=jd-item-2020-selfrun.html',
		'https://item.jd.com/1968971961.html',
		'https://item.jd.com/100123456789.html#crumb-wrap',
	],
	matches: (url) => isWeb(url) && url.hostname === 'item.jd.com' && ITEM_PATH.test(url.pathname),
	read(doc, url) {
		const sku = ITEM_PATH.exec(url.pathname)?.[1] ?? null;
		// JD's risk check swaps the page for a verification screen; nothing on it is product data.
		if (/验证|安全检查|访问频繁/.test(doc.title) && !doc.querySelector('.product-intro, .product-main')) {
			return blockedFacts('jd', url, sku);
		}
		const product = at(scriptLiteral(doc, 'pageConfig'), 'product');
		const intro = $(doc, '.product-intro .itemInfo-wrap') ?? $(doc, '.product-intro');
		const main = intro ? null : $(doc, '.product-main'); // 2025 layout
		const contact = $(doc, '#crumb-wrap .contact');
		const service = textOf(doc.getElementById('summary-service'));
		const delivery = $(main, '.delivery-info');

		const feeText = firstText(intro, '.J-dcashDesc') ?? firstText(delivery, '.freight');
		const afterService = service ? cleanOrNull(service.split(/并提供售后服务[.。]?/)[1]) : null;
		const tips = $(intro, '.J-deliver-date [data-tips]');
		const promise = afterService ?? attrOf(tips, 'data-tips') ?? firstText(delivery, '.promise');

		let carrier: PageFacts['carrier'] = null;
		for (const el of [
			...(intro?.querySelectorAll('.J-promise-icon li, #ns_services a') ?? []),
			...(delivery?.querySelectorAll('.logistics-tag') ?? []),
		]) {
			carrier ??= parseCarrier(attrOf(el, 'title') ?? el.textContent);
		}
		carrier ??= parseCarrier(feeText) ?? parseCarrier(promise);

		const weightRow = doc.getElementById('summary-weight');
		let weight = weightRow && !isHidden(weightRow) ? parseWeight(textOf($(weightRow, '.dd'))) : null;
		if (!weight) {
			for (const row of doc.querySelectorAll('.attrs .item')) {
				if (/毛重|重量/.test(textOf($(row, '.label')) ?? '')) {
					weight = parseWeight(attrOf($(row, '.value .text'), 'title') ?? textOf($(row, '.value')));
					break;
				}
			}
		}

		const baitiao = doc.getElementById('choose-baitiao');
		const badge = baitiao && !isHidden(baitiao) ? paymentBadge(firstText(baitiao, '.dt') ?? '') : null;

		const shopLink = $(doc, '.waist-shop-title a[href*="index-"], #nav-shop .shopName a[href*="index-"]');
		return buildFacts('jd', 'item', url, {
			itemId: sku,
			title:
				cleanOrNull(scalar(at(product, 'name'))) ??
				// Text only: .sku-name can start with an <img alt="当季新品"> badge.
				firstText(intro, '.sku-name') ??
				firstText(main, '.sku-title-name', 'h1') ??
				cleanOrNull(
					clean(doc.title)
						.replace(/^【[^】]*】/, '')
						.replace(/【[^】]*】\s*-\s*京东$|\s*-\s*京东$/, ''),
				),
			price:
				parsePrice(
					textOf($(intro, `.summary-price .p-price .price.J-p-${sku}`) ?? $(intro, '.summary-price .p-price .price')),
				) ?? parsePrice(textOf($(main, '.price-area .price .value') ?? $(main, 'div.price > .value'))),
			listPrice: null, // the classic page's 京东价 is the selling price; no 原价 is shown
			shopName:
				firstText(contact, '.J-hove-wrap .name a') ??
				attrOf($(contact, '.J-hove-wrap .name a'), 'title') ??
				firstText(doc, '#nav-shop .shopName a') ??
				attrOf($(doc, '.top-shop .top-name'), 'title') ??
				firstText(doc, '.waist-shop-title .shop-name'),
			shopId: numericId(
				scalar(at(product, 'shopId')) ??
					attrOf($(contact, '[data-vid]') ?? $(doc, '#nav-shop [data-vid]'), 'data-vid') ??
					/index-(\d+)\.html/.exec(shopLink?.getAttribute('href') ?? '')?.[1],
			),
			sellerId: numericId(scalar(at(product, 'venderId'))),
			shipFrom:
				parseShipFrom(/从\s*(\S+?)\s*发货/.exec(service ?? '')?.[1]) ??
				parseShipFrom(firstText(intro, '.J-stock-from')),
			shippingFee: parseShippingFee(feeText),
			deliveryPromise: promise,
			carrier,
			weight,
			paymentBadges: badge ? [badge] : [],
		});
	},
};
