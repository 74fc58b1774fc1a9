/** Taobao and Tmall shop homes (旺铺): ids from shop_config / microscope-data, the name from the shop header. */
import type { Platform } from '../core/ids';
import type { PageFacts } from '../core/page-facts';
import { $, blockedFacts, buildFacts, firstText, isAliBlocked, metaPairs, numericId, SHOP_FACTS } from './dom';
import { at, scalar, scriptLiteral } from './script-literal';
import { isWeb } from './site-adapter';
import { clean } from './text-parsers';

/** Pages a shop host serves: home, all items, in-shop search, categories. */
export const SHOP_PATH = /^\/(?:index\.htm|shop\/view_shop\.htm|search\.htm|category(?:-\d+)?\.htm)?$/;

/** The single label before `suffix` (`shop123.taobao.com` → `shop123`), or null for deeper or odd hosts. */
export function shopLabel(url: URL, suffix: string): string | null {
	if (!isWeb(url) || !url.hostname.endsWith(suffix)) return null;
	const label = url.hostname.slice(0, -suffix.length);
	return /^[a-z0-9][a-z0-9-]{0,62}$/.test(label) ? label : null;
}

export function readAliShop(doc: Document, url: URL, platform: Platform): PageFacts {
	if (isAliBlocked(doc, url)) return blockedFacts(platform, url, null);
	const config = scriptLiteral(doc, 'shop_config');
	const meta = metaPairs(doc, 'microscope-data');
	const name =
		firstText(
			doc,
			'.shop-summary .shop-name a',
			'#shopExtra .slogo-shopname strong',
			'.slogo-shopname',
			'[class*="shopName--"]',
		)
			?.replace(/\s*进入店铺$/, '')
			// An empty name (the header said only 进入店铺) falls through to the page title.
			.replace(/^店铺\s*[:：]\s*/, '') ||
		/^(?:首页\s*-\s*)?(.+?)\s*-\s*(?:淘宝网|天猫|tmall\.com|天猫tmall\.com)$/i.exec(clean(doc.title))?.[1];
	return buildFacts(
		platform,
		'shop',
		url,
		{
			shopName: clean(name) || null,
			shopId: numericId(scalar(at(config, 'shopId')) ?? meta.shopid ?? /^shop(\d+)\./.exec(url.hostname)?.[1]),
			sellerId: numericId(
				scalar(at(config, 'userId')) ??
					meta.userid ??
					/[?&]sellerid=(\d+)/i.exec($(doc, 'a[href*="sellerid="]')?.getAttribute('href') ?? '')?.[1],
			),
		},
		SHOP_FACTS,
	);
}
