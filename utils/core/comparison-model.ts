import type { Reason } from './estimate-model';
import type { CarrierId, Fen, PaymentMethodId, Platform, ProvinceCode } from './ids';

/** At most this many recorded pages; the least recently seen are evicted first. */
export const MAX_RECORDED_PAGES = 20_000;
/**
 * The same reading of a page within this time is the same visit (a reload, the panel asking again after a
 * settings change): it is not counted again. A changed fact, or a later reading, is a new visit.
 */
export const SAME_VISIT_MS = 30 * 60_000;

/** Changes kept per page, newest last. */
export const MAX_CHANGES_PER_PAGE = 20;

/** The facts whose changes between visits are written down. */
export const CHANGE_FIELDS = ['price', 'listedFee', 'shipFrom', 'carrier'] as const;
export type ChangeField = (typeof CHANGE_FIELDS)[number];

/**
 * One change seen on a revisit. Values: price and listedFee in fen; shipFrom a province code (or the page's
 * words when they name no province); carrier a carrier id (or the listing's words).
 */
export interface PageChange {
	field: ChangeField;
	/** ISO timestamp of the visit that saw the new value. */
	at: string;
	from: string | number;
	to: string | number;
}

/**
 * A seller page the merchant has visited, as the comparison stores and exports it. Key:
 * `<platform>:item:<itemId>` or `<platform>:shop:<shopId>`. Unknown is null, never 0; a later visit that
 * cannot read a fact keeps the value read before.
 */
export interface PageRecord {
	key: string;
	platform: Platform;
	pageType: 'item' | 'shop';
	itemId: string | null;
	shopId: string | null;
	shopName: string | null;
	title: string | null;
	/** The page's address without its query string or fragment ('' when unknown). */
	url: string;
	priceFen: Fen | null;
	/** Listed shipping in fen, 0 = free; null when unknown or a threshold (listedFeeText says which). */
	listedFeeFen: Fen | null;
	listedFeeText: string | null;
	shipFromText: string | null;
	shipFromProvince: ProvinceCode | null;
	deliveryPromise: string | null;
	carrierText: string | null;
	carrierId: CarrierId | null;
	weightGrams: number | null;
	paymentBadges: { raw: string; id: PaymentMethodId | null }[];
	firstSeen: string;
	lastSeen: string;
	/** Distinct readings recorded (see utils/background/visit-gate.ts for what counts as one). */
	visits: number;
	/** The last MAX_CHANGES_PER_PAGE changes, oldest first. */
	changes: PageChange[];
}

/** The JSON file a comparison is exported to and imported from (README, "Comparison files"). */
export const COMPARISON_FORMAT = 'courier-lens-comparison';
export const COMPARISON_VERSION = 1;

export interface ComparisonDocument {
	format: typeof COMPARISON_FORMAT;
	version: typeof COMPARISON_VERSION;
	exportedAt: string;
	rows: PageRecord[];
}

/**
 * How a page stands among the other recorded pages of its platform, for the panel: "包邮：14 家中 9 家；
 * 从广东发货：5 家", and on a revisit its latest change ("价格 ¥35.90 → ¥29.90，自 11月20日").
 */
export interface PageStanding {
	key: string;
	/** Other recorded pages of this platform (the panel's `data-visited`). */
	visited: number;
	/** Of those, how many ship free. */
	freeShipping: number;
	/** Of those, how many ship from this page's province; null when this page's province is unknown. */
	sameShipFrom: { province: ProvinceCode; count: number } | null;
	/** Sentences for the panel, in order (codes in REASON_CODES, `reason_<code>` messages). */
	lines: Reason[];
	/** The latest change of this page, worded as `reason_compare_change_<field>`; null when none. */
	latestChange: Reason | null;
}
