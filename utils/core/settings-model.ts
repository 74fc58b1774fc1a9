import type { DimensionsCm, RankingStrategy } from './estimate-model';
import type { Platform, ProvinceCode } from './ids';

/** page_ship_from: "what this seller pays"; warehouse: "what this would cost me" (from the merchant's own province). */
export const ORIGIN_MODES = ['page_ship_from', 'warehouse'] as const;
export type OriginMode = (typeof ORIGIN_MODES)[number];

/** symbol: ¥12.30; code: CNY 12.30. */
export const CURRENCY_DISPLAYS = ['symbol', 'code'] as const;

export interface MerchantSettings {
	warehouseProvince: ProvinceCode | null;
	originMode: OriginMode;
	defaultDestination: ProvinceCode;
	defaultWeightGrams: number;
	defaultDimensionsCm: DimensionsCm | null;
	ranking: RankingStrategy;
	/** Best value: share of cost in the blend, 0–100 (reliability gets the rest). */
	costWeightPercent: number;
	enabledSites: Record<Platform, boolean>;
	currencyDisplay: (typeof CURRENCY_DISPLAYS)[number];
	/** Record visited seller pages for the comparison (compare.html); the records never leave this device. */
	recordVisits: boolean;
}
