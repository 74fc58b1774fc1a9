import { PLATFORMS, type Platform } from './ids';
import type { MerchantSettings } from './settings-model';

/** What a new install starts with: a 1 kg parcel to Beijing (11), priced from the page's ship-from, cheapest first. */
export const DEFAULT_SETTINGS: MerchantSettings = {
	warehouseProvince: null,
	originMode: 'page_ship_from',
	defaultDestination: '11',
	defaultWeightGrams: 1000,
	defaultDimensionsCm: null,
	ranking: 'cheapest',
	costWeightPercent: 60,
	enabledSites: Object.fromEntries(PLATFORMS.map((p) => [p, true])) as Record<Platform, boolean>,
	currencyDisplay: 'symbol',
	recordVisits: true,
};
