/**
 * Which facts each kind of seller page shows, so that a missing fact can be told apart: `always` (a normal page of
 * this kind shows it: missing means the page changed, or has not rendered yet), `sometimes` (only some listings
 * state it: 原价, carrier, payment badges…) and `never` (this kind of page has no such thing: a shop home states no
 * price, a Taobao item no parcel weight). The adapters look only for facts that are not `never`, so `missing` never
 * names one; the popup's health block says which missing facts were expected. Sources: shared/reference/pages.md.
 */
import type { Platform } from './ids';
import { FACT_NAMES, type FactName, type PageType } from './page-facts';

export type FactExpectation = 'always' | 'sometimes' | 'never';

type Shown = Partial<Record<FactName, Exclude<FactExpectation, 'never'>>>;

/** Shop homes show who sells, never what an item costs or how it ships. */
const SHOP: Shown = { shopName: 'always', shopId: 'always', sellerId: 'sometimes' };

/** Facts an item page shows on every platform; the tables below add what differs. */
const ITEM: Shown = {
	itemId: 'always',
	title: 'always',
	price: 'always',
	shopName: 'always',
	shopId: 'sometimes',
	deliveryPromise: 'sometimes',
};

/** Taobao and Tmall items (one app since about 2022, pages.md §2-3): no parcel weight; seller ids only in embedded data. */
const ALI_ITEM: Shown = {
	...ITEM,
	listPrice: 'sometimes',
	sellerId: 'sometimes',
	shipFrom: 'always',
	shippingFee: 'always',
	carrier: 'sometimes',
	paymentBadges: 'sometimes',
};

const SHOWN: Record<Platform, Record<Exclude<PageType, 'blocked'>, Shown>> = {
	taobao: { item: ALI_ITEM, shop: SHOP },
	tmall: { item: ALI_ITEM, shop: SHOP },
	// §5: 京东价 is the selling price (no 原价); the origin city is rarely stated; weight and 白条 when filled in.
	jd: {
		item: {
			...ITEM,
			shopId: 'always',
			sellerId: 'sometimes',
			shipFrom: 'sometimes',
			shippingFee: 'sometimes',
			carrier: 'sometimes',
			weight: 'sometimes',
			paymentBadges: 'sometimes',
		},
		shop: SHOP,
	},
	// §6: rawData names the mall, not a seller account; no carrier and no payment badges are shown.
	pdd: {
		item: { ...ITEM, listPrice: 'sometimes', shipFrom: 'sometimes', shippingFee: 'sometimes', weight: 'sometimes' },
		shop: SHOP,
	},
	// §7: wholesale tiers, no 原价; the seller key is the shop's member id.
	'1688': {
		item: { ...ITEM, shipFrom: 'sometimes', shippingFee: 'sometimes', weight: 'sometimes' },
		shop: SHOP,
	},
};

/** How often this kind of page shows `fact`. A blocked page (captcha, login) shows none: only its URL may name the item. */
export function factExpectation(platform: Platform, pageType: PageType, fact: FactName): FactExpectation {
	return pageType === 'blocked' ? 'never' : (SHOWN[platform][pageType][fact] ?? 'never');
}

/** The facts an adapter looks for on this kind of page: every one it may show. */
export const factsShownOn = (platform: Platform, pageType: PageType): FactName[] =>
	FACT_NAMES.filter((fact) => factExpectation(platform, pageType, fact) !== 'never');
