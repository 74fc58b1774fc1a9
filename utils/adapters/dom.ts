/** Small DOM helpers shared by the adapters. Read-only: textContent and attributes, never markup. */

import type { Platform } from '../core/ids';
import {
	FACT_NAMES,
	type FactName,
	MAX_FACT_TEXT,
	MAX_PAYMENT_BADGES,
	type PageFacts,
	type PageType,
} from '../core/page-facts';
import { clean } from './text-parsers';

type Root = ParentNode | null | undefined;

export const $ = (root: Root, selector: string): Element | null => (root ? root.querySelector(selector) : null);

/**
 * Cleaned text of an element, null when it has none. Also null when nothing follows the element in the
 * document: a page still streaming in may have cut it ("￥10" of "￥10.01"), and unknown beats wrong.
 */
export function textOf(el: Element | null | undefined): string | null {
	if (!el) return null;
	let tail: Element | null = el;
	while (tail && !tail.nextElementSibling) tail = tail.parentElement;
	return tail ? clean(el.textContent) || null : null;
}

/** Text of the first selector (in order) that yields non-empty text inside `root`. */
export function firstText(root: Root, ...selectors: string[]): string | null {
	for (const s of selectors) {
		const t = textOf($(root, s));
		if (t) return t;
	}
	return null;
}

/**
 * First element in document order under `root` that passes `test`. A plain walk that stops at the first hit:
 * a selector list like '[class*="a--"], [class*="b--"]' makes DOM engines scan the whole page once per entry.
 */
export function findElement(
	root: Element | null | undefined,
	test: (el: Element, cls: string) => boolean,
): Element | null {
	const stack: Element[] = [];
	let el: Element | null | undefined = root;
	for (let n = 0; el && n < 100_000; n++) {
		if (test(el, el.getAttribute('class') ?? '')) return el;
		const next: Element | null = el.nextElementSibling;
		if (next && el !== root) stack.push(next);
		el = el.firstElementChild ?? stack.pop();
	}
	return null;
}

/** Computes once, on first use: DOM lookups only run for facts the embedded data did not supply. */
export function lazy<T>(compute: () => T): () => T {
	let done = false;
	let value: T | undefined;
	return () => {
		if (!done) {
			value = compute();
			done = true;
		}
		return value as T;
	};
}

/** A cleaned attribute, null when absent or empty. */
export function attrOf(el: Element | null | undefined, name: string): string | null {
	return el ? clean(el.getAttribute(name)) || null : null;
}

/** `<meta name=… content="k=v;k2=v2">` as a map with lower-case keys (Taobao writes userId on shops, userid on items). */
export function metaPairs(doc: Document, name: string): Record<string, string> {
	const out: Record<string, string> = {};
	const content = doc.head?.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '';
	for (const pair of content.split(';')) {
		const eq = pair.indexOf('=');
		if (eq > 0) out[pair.slice(0, eq).trim().toLowerCase()] = pair.slice(eq + 1).trim();
	}
	return out;
}

/** Digits-only id, or null (ids are never 0: JD writes venderId:0 when it has none). */
export function numericId(v: string | null | undefined): string | null {
	const t = v?.trim();
	return t && /^\d{1,20}$/.test(t) && !/^0+$/.test(t) ? t : null;
}

/** Inline-styled `display:none` on the element (cheap: no layout, works in any DOM). */
export const isHidden = (el: Element | null): boolean =>
	!el || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '');

export type Draft = Partial<Omit<PageFacts, 'platform' | 'pageType' | 'url' | 'missing'>>;

export const SHOP_FACTS: readonly FactName[] = ['shopName', 'shopId', 'sellerId'];

/** Every string in a fact, cut to MAX_FACT_TEXT with an ellipsis: one absurd field must not cost the whole reading. */
function capTexts<T>(value: T): T {
	if (typeof value === 'string') {
		return (value.length > MAX_FACT_TEXT ? `${value.slice(0, MAX_FACT_TEXT - 1)}…` : value) as T;
	}
	if (Array.isArray(value)) return value.map(capTexts) as T;
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, capTexts(inner)])) as T;
	}
	return value;
}

/** Completes a draft into PageFacts: unknown fields are null and listed in `missing` when looked for. */
export function buildFacts(
	platform: Platform,
	pageType: PageType,
	url: URL,
	draft: Draft,
	lookedFor: readonly FactName[] = FACT_NAMES,
): PageFacts {
	const facts: PageFacts = capTexts({
		platform,
		pageType,
		url: url.href,
		itemId: draft.itemId ?? null,
		title: draft.title ?? null,
		price: draft.price ?? null,
		listPrice: draft.listPrice ?? null,
		shopName: draft.shopName ?? null,
		shopId: draft.shopId ?? null,
		sellerId: draft.sellerId ?? null,
		shipFrom: draft.shipFrom ?? null,
		shippingFee: draft.shippingFee ?? null,
		deliveryPromise: draft.deliveryPromise ?? null,
		carrier: draft.carrier ?? null,
		weight: draft.weight ?? null,
		paymentBadges: (draft.paymentBadges ?? []).slice(0, MAX_PAYMENT_BADGES),
		missing: [],
	});
	facts.missing = lookedFor.filter((name) => {
		const v = facts[name];
		return v === null || (Array.isArray(v) && v.length === 0);
	});
	return facts;
}

/** An anti-bot or login interstitial: nothing on it is product data, so only the id from the URL is kept. */
export const blockedFacts = (platform: Platform, url: URL, itemId: string | null): PageFacts =>
	buildFacts(platform, 'blocked', url, { itemId }, []);

/**
 * Alibaba (Taobao/Tmall/1688) risk-control and login interstitials: baxia slider markers, a punish/security URL,
 * or a verification title. Only cheap lookups: the markers sit at the top of <body>.
 */
export function isAliBlocked(doc: Document, url: URL): boolean {
	if (/punish|_____tmd_____|\/security|\/login/i.test(url.pathname)) return true;
	if (/验证码|滑块|安全验证|punish/i.test(doc.title)) return true;
	const body = doc.body;
	if (!body) return false;
	for (let el = body.firstElementChild, n = 0; el && n < 40; el = el.nextElementSibling, n++) {
		if (el.id === 'baxia-punish' || el.id === 'bx-feedback-btn' || el.classList.contains('J_MIDDLEWARE_FRAME_WIDGET'))
			return true;
	}
	return false;
}

/** A numeric id from the URL's query (`?id=…`, `?goods_id=…`), null when absent or not digits. */
export function fromUrl(url: URL, param: string): string | null {
	return numericId(url.searchParams.get(param));
}
