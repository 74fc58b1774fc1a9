import Dexie, { type EntityTable } from 'dexie';
import type { MerchantContract } from '../core/contract-model';
import type { OrderMixRecord } from '../core/destination-mix';
import type { PageFacts } from '../core/page-facts';
import type { MerchantSettings } from '../core/settings-model';

/** The merchant's settings are one row; missing fields fall back to the defaults when read. */
export interface SettingsRow {
	key: 'merchant';
	value: Partial<MerchantSettings>;
}

/** A shop the merchant has looked at, for the comparison view. Key: `<platform>:<shopId>`. */
export interface VisitedShop {
	key: string;
	platform: PageFacts['platform'];
	shopId: string;
	shopName: string | null;
	shipFrom: PageFacts['shipFrom'];
	shippingFee: PageFacts['shippingFee'];
	paymentBadges: PageFacts['paymentBadges'];
	/** ISO timestamps. */
	firstSeen: string;
	lastSeen: string;
}

/**
 * The merchant's own destination mix: orders counted per province from an order export (switch calculator).
 * Only the counts are kept, never names, phones or addresses. One row, key `orders`.
 */
export interface StoredOrderMix extends OrderMixRecord {
	key: 'orders';
}

/**
 * The extension's database. It lives in the extension origin (background, popup, options) and is
 * opened by the background only: a content script's IndexedDB would belong to the marketplace page.
 * Never edit a shipped version's stores; add a version with a comment and, if rows change shape, an
 * upgrade with a test that writes the old shape (tests/storage/schema-upgrades.test.ts).
 */
export class CourierLensDatabase extends Dexie {
	contracts!: EntityTable<MerchantContract, 'id'>;
	settings!: EntityTable<SettingsRow, 'key'>;
	shops!: EntityTable<VisitedShop, 'key'>;
	orderMixes!: EntityTable<StoredOrderMix, 'key'>;

	constructor(name = 'courier-lens') {
		super(name);
		// v1: contracts by id, indexed by carrier; merchant settings as one keyed row.
		this.version(1).stores({ contracts: 'id, carrier', settings: 'key' });
		// v2: visited shops (by platform, and by last visit for "recent"); contracts and settings unchanged.
		this.version(2).stores({ shops: 'key, platform, lastSeen' });
		// v4 (v3 belongs to the comparison): the merchant's order mix, counts per province only; nothing else changes.
		this.version(4).stores({ orderMixes: 'key' });
	}
}
