import Dexie, { type EntityTable } from 'dexie';
import type { MerchantContract } from '../core/contract-model';
import type { MerchantSettings } from '../core/settings-model';

/** The merchant's settings are one row; missing fields fall back to the defaults when read. */
export interface SettingsRow {
	key: 'merchant';
	value: Partial<MerchantSettings>;
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

	constructor(name = 'courier-lens') {
		super(name);
		// v1: contracts by id, indexed by carrier; merchant settings as one keyed row.
		this.version(1).stores({ contracts: 'id, carrier', settings: 'key' });
	}
}
