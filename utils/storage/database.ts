import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { AdapterReadingRecord } from '../core/adapter-health';
import type { PageRecord } from '../core/comparison-model';
import type { MerchantContract } from '../core/contract-model';
import type { OrderMixRecord } from '../core/destination-mix';
import type { PageFacts } from '../core/page-facts';
import type { MerchantSettings } from '../core/settings-model';

/** The merchant's settings are one row; missing fields fall back to the defaults when read. */
export interface SettingsRow {
	key: 'merchant';
	value: Partial<MerchantSettings>;
	/** Counts saves (absent before versioned saves: 0); a save names the version it edited. No index, no schema change. */
	version?: number;
}

/** Version 2's visited shop (key `<platform>:<shopId>`); version 3 moves these rows into `pages`. */
export interface VisitedShopV2 {
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

/** One row of the adapter-health log (auto-incremented key). */
export interface StoredReading extends AdapterReadingRecord {
	id: number;
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
	/** Recorded seller pages for the comparison (utils/storage/page-store.ts). */
	pages!: EntityTable<PageRecord, 'key'>;
	orderMixes!: EntityTable<StoredOrderMix, 'key'>;
	/** The adapter-health log: the last readings per adapter (utils/storage/adapter-health-store.ts). */
	readings!: EntityTable<StoredReading, 'id'>;

	/** `options` lets tests hand Dexie an IndexedDB that fails to open (utils/storage/database-recovery.ts). */
	constructor(name = 'courier-lens', options?: DexieOptions) {
		super(name, options);
		// v1: contracts by id, indexed by carrier; merchant settings as one keyed row.
		this.version(1).stores({ contracts: 'id, carrier', settings: 'key' });
		// v2: visited shops (by platform, and by last visit for "recent"); contracts and settings unchanged.
		this.version(2).stores({ shops: 'key, platform, lastSeen' });
		// v3: one row per visited seller page (items and shops) with the facts read and what changed between
		// visits; by last visit (eviction, listing) and by platform with free shipping or ship-from (the panel's
		// "14 pages, 9 ship free" counts, without reading the rows). v2's shops become shop rows.
		this.version(3)
			.stores({
				shops: null,
				pages: 'key, lastSeen, platform, [platform+listedFeeFen], [platform+shipFromProvince]',
			})
			.upgrade(async (tx) => {
				const shops: VisitedShopV2[] = await tx.table('shops').toArray();
				await tx.table('pages').bulkPut(shops.map(pageFromVisitedShop));
			});
		// v4 (v3 belongs to the comparison): the merchant's order mix, counts per province only; nothing else changes.
		this.version(4).stores({ orderMixes: 'key' });
		// v5: the adapter-health log, the last 50 readings per adapter (by adapter and time, to drop the oldest); a new
		// table only, nothing else changes.
		this.version(5).stores({ readings: '++id, [adapterId+at]' });
	}
}

/** A v2 visited shop as a v3 shop row: nothing read then is lost, what was not read then is unknown. */
function pageFromVisitedShop(shop: VisitedShopV2): PageRecord {
	return {
		key: `${shop.platform}:shop:${shop.shopId}`,
		platform: shop.platform,
		pageType: 'shop',
		itemId: null,
		shopId: shop.shopId,
		shopName: shop.shopName,
		title: null,
		url: '',
		priceFen: null,
		listedFeeFen: shop.shippingFee?.fen ?? null,
		listedFeeText: shop.shippingFee?.raw ?? null,
		shipFromText: shop.shipFrom?.raw ?? null,
		shipFromProvince: shop.shipFrom?.province ?? null,
		deliveryPromise: null,
		carrierText: null,
		carrierId: null,
		weightGrams: null,
		paymentBadges: shop.paymentBadges,
		firstSeen: shop.firstSeen,
		lastSeen: shop.lastSeen,
		visits: 1,
		changes: [],
	};
}
