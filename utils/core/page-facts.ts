import type { CarrierId, Fen, PaymentMethodId, Platform, ProvinceCode } from './ids';

export const PAGE_TYPES = ['item', 'shop', 'blocked'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/**
 * Largest amounts a fact carries (the message schema's limits, utils/messaging/schemas.ts). A page stating more
 * is a typo or no parcel: the fact is unknown, rather than a value that gets the whole reading rejected.
 */
export const MAX_FACT_FEN = 100_000_000;
export const MAX_FACT_GRAMS = 1_000_000;
/** Longest text a fact carries (a page could otherwise make the background hold megabytes per message). */
export const MAX_FACT_TEXT = 2_000;
export const MAX_PAYMENT_BADGES = 30;

/** Names of the facts an adapter tries to read; `missing` lists those it could not. */
export const FACT_NAMES = [
	'itemId',
	'title',
	'price',
	'listPrice',
	'shopName',
	'shopId',
	'sellerId',
	'shipFrom',
	'shippingFee',
	'deliveryPromise',
	'carrier',
	'weight',
	'paymentBadges',
] as const;
export type FactName = (typeof FACT_NAMES)[number];

/** What a site adapter read off a seller page. Every field is null when the page does not show it: unknown is never 0. */
export interface PageFacts {
	platform: Platform;
	pageType: PageType;
	/** The page URL the facts were read from (untrusted). */
	url: string;
	itemId: string | null;
	/** Text as displayed: whitespace collapsed, entities and \u escapes decoded, never HTML. */
	title: string | null;
	/** Primary selling price (promo / 券后 / 拼单 / lowest tier); null when absent or a placeholder like ".00". */
	price: { text: string; fen: Fen } | null;
	/** Struck-through / 原价 price when shown. */
	listPrice: { text: string; fen: Fen } | null;
	shopName: string | null;
	shopId: string | null;
	sellerId: string | null;
	/** Ship-from as displayed ("广东广州") and the province it names, null when the text names none. */
	shipFrom: { raw: string; province: ProvinceCode | null } | null;
	/** Listed shipping fee: raw text and fen (0 = free); fen is null when the text is a threshold or unclear. */
	shippingFee: { raw: string; fen: Fen | null } | null;
	deliveryPromise: string | null;
	/** Carrier named by the listing; id null for a generic 快递. */
	carrier: { raw: string; id: CarrierId | null } | null;
	/** Parcel weight shown on the page ("2.93kg", "重量(g) 60"). */
	weight: { raw: string; grams: number } | null;
	/** Payment badges shown on the item, normalised where a core id exists (花呗 → huabei). */
	paymentBadges: { raw: string; id: PaymentMethodId | null }[];
	/** Facts the adapter looked for and could not read. */
	missing: FactName[];
}

/**
 * The facts a page of this type can show at all. A shop page never has a price, ship-from, seller shipping fee or
 * weight, and a blocked (captcha, login) page has nothing: only these are worth reporting as "not read".
 */
const FACTS_BY_PAGE_TYPE: Readonly<Record<PageType, readonly FactName[]>> = {
	item: FACT_NAMES,
	shop: ['shopName', 'shopId', 'sellerId'],
	blocked: [],
};

export function expectedFacts(pageType: PageType): readonly FactName[] {
	return FACTS_BY_PAGE_TYPE[pageType];
}

/** What the page could have shown and the adapter did not read (a shop page's missing price is not listed). */
export function factsNotRead(facts: Pick<PageFacts, 'pageType' | 'missing'>): FactName[] {
	const expected = expectedFacts(facts.pageType);
	return facts.missing.filter((name) => expected.includes(name));
}
