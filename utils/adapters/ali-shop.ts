/**
 * Taobao and Tmall shop homes (旺铺) share one shop system: one reader, two configurations (taobao-shop.ts,
 * tmall-shop.ts). Ids come from shop_config / microscope-data, the name from the shop header or the <title>.
 */
import type { Platform } from '../core/ids';
import { isAliBlocked } from './ali-item';
import {
	blockedReading,
	buildReading,
	cssList,
	firstMatch,
	metaPairs,
	numericId,
	readFirst,
	type Selectors,
	StrategyLog,
} from './dom';
import { at, scalar, scriptLiteral } from './script-literal';
import { isWeb, type SiteAdapter } from './site-adapter';
import { clean } from './text-parsers';

export const ALI_SHOP_SELECTORS = {
	/** The shop header's name (the first in document order wins: shop-recommendation modules come later). */
	shopName: [
		'.shop-summary .shop-name a', // Taobao 旺铺 "店铺：{name} 进入店铺" (2014-22), seen in taobao-shop-2018.html
		'#shopExtra .slogo-shopname strong', // Tmall header, seen in tmall-shop-2024.html
		'.slogo-shopname', // Tmall header without <strong> (pages.md §4, S22), seen in tmall-shop-2024.html
		{ inferred: '[class*="shopName--"]' }, // React shop pages (2023+); TODO(2027-06): from one scraper (pages.md S23), not seen in a real shop header
	],
	/** Links carrying `sellerid=` (收藏店铺). */
	sellerLink: [
		'a[href*="sellerid="]@href', // Taobao 旺铺 收藏店铺, seen in taobao-shop-2018.html
	],
	/** A shop host that has no shop (checked only when the page carries no shop ids). */
	gone: [
		'.error-notice-hd', // Taobao "没有找到相应的店铺信息" page, seen in taobao-shop-not-found.html
		'link[href*="/p/mall/404/"]', // Tmall "很抱歉，您查看的页面找不到了" page, seen in tmall-shop-not-found.html
	],
	keepClear: [
		'.shop-summary .shop-name', // Taobao 旺铺 name line, seen in taobao-shop-2018.html
		'#shopExtra .slogo', // Tmall shop sign, seen in tmall-shop-2024.html
	],
	productArea: [
		'.shop-summary', // Taobao 旺铺 summary bar, seen in taobao-shop-2018.html
		'#shopExtra', // Tmall header, seen in tmall-shop-2024.html
	],
} satisfies Record<string, Selectors>;

const S = ALI_SHOP_SELECTORS;

/** Pages a shop host serves: home, all items, in-shop search, categories. */
const SHOP_PATH = /^\/(?:index\.htm|shop\/view_shop\.htm|search\.htm|category(?:-\d+)?\.htm)?$/;

/** "首页-{name}-淘宝网", "{name} - 天猫Tmall.com": the shop name in <title>. */
const TITLE_NAME = /^(?:首页\s*-\s*)?(.+?)\s*-\s*(?:淘宝网|天猫|tmall\.com|天猫tmall\.com)$/i;

/** The header's name without its "店铺：" label and "进入店铺" link text; empty (only the link text) is none. */
const shopNameFrom = (text: string): string | null =>
	clean(text.replace(/\s*进入店铺$/, '').replace(/^店铺\s*[:：]\s*/, '')) || null;

/** The single label before `suffix` (`shop123.taobao.com` → `shop123`), or null for deeper or odd hosts (a DNS label has 1-63 characters). */
function shopLabel(url: URL, suffix: string): string | null {
	if (!isWeb(url) || !url.hostname.endsWith(suffix)) return null;
	const label = url.hostname.slice(0, -suffix.length);
	return /^[a-z0-9][a-z0-9-]{0,62}$/.test(label) ? label : null;
}

function readAliShop(doc: Document, url: URL, platform: Platform) {
	if (isAliBlocked(doc, url)) return blockedReading(platform, url, null);
	const log = new StrategyLog();
	const config = scriptLiteral(doc, 'shop_config');
	const meta = metaPairs(doc, 'microscope-data');
	const shopId =
		log.embedded('shopId', numericId(scalar(at(config, 'shopId')) ?? meta.shopid)) ??
		log.url('shopId', numericId(/^shop(\d+)\./.exec(url.hostname)?.[1]));
	if (!config && !meta.shopid && firstMatch(doc, S.gone)) return null;
	return buildReading(
		platform,
		'shop',
		url,
		{
			shopName:
				log.dom('shopName', readFirst(doc, S.shopName, shopNameFrom)) ??
				log.dom('shopName', clean(TITLE_NAME.exec(clean(doc.title))?.[1]) || null),
			shopId,
			sellerId:
				log.embedded('sellerId', numericId(scalar(at(config, 'userId')) ?? meta.userid)) ??
				log.dom(
					'sellerId',
					readFirst(doc, S.sellerLink, (href) => numericId(/[?&]sellerid=(\d+)/i.exec(href)?.[1])),
				),
		},
		log,
	);
}

/** One Taobao-family shop domain: its adapter id, platform, host suffix and the labels on it that are not shops. */
interface AliShopDomain {
	id: string;
	platform: Extract<Platform, 'taobao' | 'tmall'>;
	suffix: string;
	notShops: ReadonlySet<string>;
}

/** A Taobao or Tmall shop-home adapter: `{label}{suffix}` for any label that is not a service host. */
export const aliShopAdapter = ({ id, platform, suffix, notShops }: AliShopDomain): SiteAdapter => ({
	id,
	platform,
	matches(url) {
		const label = shopLabel(url, suffix);
		return label !== null && !notShops.has(label) && SHOP_PATH.test(url.pathname);
	},
	read: (doc, url) => readAliShop(doc, url, platform),
	keepClear: cssList(S.keepClear),
	productArea: cssList(S.productArea),
	selectors: S,
});
