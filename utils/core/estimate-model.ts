import type { CarrierId, Fen, LastMile, PaymentMethodId, ProvinceCode } from './ids';
import type { Figure, Provenance } from './provenance';
import type { Zone } from './zones';

/** Largest parcel side accepted, in cm (beyond it the parcel is freight, not express). */
export const MAX_DIMENSION_CM = 1000;

export interface DimensionsCm {
	length: number;
	width: number;
	height: number;
}

export interface Parcel {
	/** Actual weight in grams (> 0). */
	actualGrams: number;
	/** Outer size; null = unknown (no volumetric weight). */
	dimensionsCm: DimensionsCm | null;
	/** Declared value for insurance; null = not insured. */
	declaredValueFen: Fen | null;
}

/** Origin null = unknown ship-from: priced as the national zone (remote destinations keep their tier) and said so. */
export interface Route {
	origin: ProvinceCode | null;
	destination: ProvinceCode;
}

/** A translatable explanation: `code` is a UI message key, `params` fill its placeholders. */
export interface Reason {
	code: string;
	params?: Record<string, string | number>;
}

export type QuoteBase =
	| { kind: 'band'; maxGrams: number; fen: Fen }
	| { kind: 'first_weight'; grams: number; fen: Fen };

export interface QuoteBreakdown {
	zone: Zone;
	/** True when the origin was unknown and the zone was assumed. */
	zoneAssumed: boolean;
	actualGrams: number;
	volumetricGrams: number | null;
	/** max(actual, volumetric). */
	chargeableGrams: number;
	base: QuoteBase;
	extraSteps: number;
	extraFen: Fen;
	remoteSurchargeFen: Fen;
	pickupFeeFen: Fen;
	doorDeliveryFeeFen: Fen;
	insuranceFen: Fen;
}

/** Where the price of a quote comes from. */
export type QuoteSource =
	| { kind: 'contract'; contractId: string; contractName: string; updatedAt: string; validTo: string | null }
	| { kind: 'default'; provenance: Provenance };

export interface Quote {
	carrier: CarrierId;
	/** What the merchant pays for this parcel. */
	costFen: Fen;
	/** The same parcel on the carrier's default (list) card. */
	listFen: Fen;
	source: QuoteSource;
	breakdown: QuoteBreakdown;
	/** A contract that exists for this carrier but was not applied, and why (expired, origin not covered …). */
	ignoredContract: { contractId: string; reason: Reason } | null;
}

export interface ReliabilityFactor extends Reason {
	/** Points this factor added to (or took from) the score. */
	points: number;
}

export interface Reliability {
	carrier: CarrierId;
	/** 0–100. */
	score: number;
	/** Share delivered on time, 0–1; null where only tiers exist (the provenance says so). */
	onTimeRate: Figure<number | null>;
	/** Valid complaints per million parcels; null where not published. */
	complaintsPerMillion: Figure<number | null>;
	lastMile: Figure<LastMile>;
	network: Figure<'direct' | 'franchise'>;
	factors: ReliabilityFactor[];
}

/** platform: offered on every shop of the platform; shop: per shop (confirmed when the page shows the badge); unknown. */
export type PaymentAvailability = 'platform' | 'shop' | 'unknown';

export interface PaymentOption {
	method: PaymentMethodId;
	/** Merchant fee in basis points of the price (60 = 0.6 %). */
	feeBp: Figure<number>;
	/** Fee on this item's price; null when the price is unknown. */
	feeFen: Fen | null;
	availability: PaymentAvailability;
	/** The page shows this method's badge. */
	seenOnPage: boolean;
	/** Extra conditions, e.g. installment interest the merchant may bear. */
	notes: Reason[];
}

export const RANKING_STRATEGIES = ['cheapest', 'most_reliable', 'best_value'] as const;
export type RankingStrategy = (typeof RANKING_STRATEGIES)[number];

export interface RankedRow {
	rank: number;
	quote: Quote;
	reliability: Reliability;
	/** Why this row stands where it does ("cheapest by ¥1.40", "door delivery, fewest complaints"). */
	reason: Reason | null;
}
