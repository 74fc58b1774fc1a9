import { byCarrier, type CarrierId, type Fen, type ProvinceCode } from './ids';
import type { Zone } from './zones';

/**
 * A flat price for every parcel up to `maxGrams` (how Yiwu/Guangzhou annual contracts are written:
 * ≤0.5 kg ¥1.8, ≤1 kg ¥2.2, ≤2 kg ¥3.5 …). Bands are sorted by `maxGrams`, strictly ascending.
 */
export interface WeightBand {
	maxGrams: number;
	priceFen: Fen;
}

/**
 * One price rule. A parcel whose chargeable weight fits a band pays that band's flat price; above
 * the last band (or with no bands) it pays `firstFen` for the first `firstGrams` plus `extraFen`
 * for every started `extraStepGrams` beyond (1000 = per started kg, 500 = per started half kg).
 */
export interface RateCard {
	bands: WeightBand[];
	firstGrams: number;
	firstFen: Fen;
	extraFen: Fen;
	extraStepGrams: number;
}

/** Started extra steps beyond the first weight (the rule above the bands); one place for quotes and validation. */
export function extraStepsFor(card: RateCard, grams: number): number {
	const overFirst = grams - card.firstGrams;
	return overFirst > 0 ? Math.ceil(overFirst / card.extraStepGrams) : 0;
}

/** Per-parcel surcharge added for destinations in the remote tiers (on top of the rate card). */
export interface RemoteSurcharge {
	remote1Fen: Fen;
	remote2Fen: Fen;
}

/**
 * A merchant's contract with one carrier, as stored, edited, imported and exported.
 * Money in integer fen, weights in grams, dates as ISO `YYYY-MM-DD` (inclusive), ratios in basis points.
 */
export interface MerchantContract {
	id: string;
	carrier: CarrierId;
	name: string;
	/** First day the contract applies; null = open. */
	validFrom: string | null;
	/** Last day the contract applies; null = open. */
	validTo: string | null;
	/** Origin provinces the contract covers; empty = any origin. */
	originProvinces: ProvinceCode[];
	/** Applies to every destination not overridden below. */
	rates: RateCard;
	/** Replaces `rates` for destinations in a zone. */
	zoneRates: Partial<Record<Zone, RateCard>>;
	/** Replaces `rates` (and zone rates) for one destination province; wins over `zoneRates`. */
	provinceRates: Record<ProvinceCode, RateCard>;
	remoteSurcharge: RemoteSurcharge;
	/** cm³ per kg; null = the carrier's default divisor. */
	volumetricDivisor: number | null;
	pickupFeeFen: Fen;
	doorDeliveryFeeFen: Fen;
	/** Insurance premium in basis points of the declared value (0 = none). */
	insuranceBp: number;
	/** Parcels per month the merchant ships under this contract (informational, for volume tiers). */
	monthlyVolume: number | null;
	/** ISO timestamp of the last change (set by storage, not by the core). */
	updatedAt: string;
}

/** The contract file formats (import and export). */
export const CONTRACT_FILE_FORMATS = ['json', 'csv'] as const;
export type ContractFileFormat = (typeof CONTRACT_FILE_FORMATS)[number];

/** Longest id and name a contract may have: enough for any real name, and a file cannot make storage hold megabytes. */
export const MAX_CONTRACT_ID_LENGTH = 200;
export const MAX_CONTRACT_NAME_LENGTH = 200;
/** Most weight bands on one rate card: real contracts have a handful (data.md §1.2). */
export const MAX_WEIGHT_BANDS = 50;

/**
 * First weights, extra-weight steps and band limits of real express tariffs lie between 100 g and 100 kg (SF bills
 * per 0.5 kg, Tongda per kg, freight from 20 kg, data.md §1.2). Outside that range kg and grams were swapped: a 1 g
 * step or a 1,000 kg first weight would price every parcel a thousand times off.
 */
export const PLAUSIBLE_RATE_GRAMS = { min: 100, max: 100_000 } as const;

/**
 * Id of a carrier's popup quick contract: saving again replaces it (one per carrier), and the popup finds it by
 * this id to prefill its fields.
 */
export function quickContractId(carrier: CarrierId): string {
	return QUICK_CONTRACT_IDS[carrier];
}

// Built once: the quote engine asks for every contract it prices.
const QUICK_CONTRACT_IDS: Readonly<Record<CarrierId, string>> = byCarrier((carrier) => `quick-${carrier}`);

/** A quick contract has no name of its own: the views call it "<carrier> quick contract" in the merchant's language. */
export function isQuickContract(contract: Pick<MerchantContract, 'id' | 'carrier'>): boolean {
	return contract.id === quickContractId(contract.carrier);
}
