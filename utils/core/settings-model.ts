import type { DimensionsCm, RankingStrategy } from './estimate-model';
import type { Platform, ProvinceCode } from './ids';

/** page_ship_from: "what this seller pays"; warehouse: "what this would cost me" (from the merchant's own province). */
export type OriginMode = 'page_ship_from' | 'warehouse';

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
	/** symbol: ¥12.30; code: CNY 12.30. */
	currencyDisplay: 'symbol' | 'code';
	/** Record visited seller pages for the comparison (compare.html); the records never leave this device. */
	recordVisits: boolean;
}
