import type { CarrierId, Fen, LastMile, PaymentMethodId, ProvinceCode } from './ids';
import type { Figure, Provenance } from './provenance';
import type { Reason, ReliabilityFactorCode } from './reason-codes';
import type { Zone } from './zones';

export type { Reason } from './reason-codes';

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
	/**
	 * Set when the card has weight bands and this parcel is heavier than the last one: it is priced by first weight
	 * plus extra weight instead, which can cost much more than the last band (STO 2025: ≤3 kg ¥4.50, 3.1 kg ¥8.90).
	 * The last band, so the view can explain that jump.
	 */
	bandsEnded: { maxGrams: number; fen: Fen } | null;
	extraSteps: number;
	extraFen: Fen;
	remoteSurchargeFen: Fen;
	pickupFeeFen: Fen;
	doorDeliveryFeeFen: Fen;
	insuranceFen: Fen;
}

/** Where the price of a quote comes from. */
export type QuoteSource =
	| {
			kind: 'contract';
			contractId: string;
			/** '' for a popup quick contract (`quick`): the views call it "<carrier> quick contract". */
			contractName: string;
			quick: boolean;
			updatedAt: string;
			/** The contract's validity, shown beside its price ("至 2026-12-31", or "长期" when both are null). */
			validFrom: string | null;
			validTo: string | null;
	  }
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

/** A reliability factor and the points it added to (or took from) the score. */
export type ReliabilityFactor = Extract<Reason, { code: ReliabilityFactorCode }> & { points: number };

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

/**
 * platform: offered on every shop of the platform; shop: per shop (the page showing its badge confirms this shop
 * offers it); unknown: whether shops offer it is not known (never combined with a badge seen on the page).
 */
export type PaymentAvailability = 'platform' | 'shop' | 'unknown';

/** Huabei instalment periods (Alipay offers 3, 6 or 12; data-delivery-time.md §6). */
export const INSTALLMENT_PERIODS = [3, 6, 12] as const;

/** The fee for interest-free instalments over `periods` months, when the merchant bears it. */
export interface InstallmentFee {
	periods: (typeof INSTALLMENT_PERIODS)[number];
	feeBp: Figure<number>;
	/** Fee on this item's price; null when the price is unknown. */
	feeFen: Fen | null;
}

export interface PaymentOption {
	method: PaymentMethodId;
	/** Merchant fee in basis points of the price (60 = 0.6 %). */
	feeBp: Figure<number>;
	/** Fee on this item's price; null when the price is unknown. */
	feeFen: Fen | null;
	availability: PaymentAvailability;
	/** The page shows this method's badge. */
	seenOnPage: boolean;
	/** Interest-free instalments the merchant may offer (Huabei), with their fees; empty for other methods. */
	installments: InstallmentFee[];
	/** Extra conditions (since when, all-or-nothing instalments, known from the page only). */
	notes: Reason[];
}

/**
 * The platform's own fee on every order, whatever the buyer pays with: shown once, not under each method.
 * Taobao/Tmall: 基础软件服务费 (not 技术服务费, which on Tmall means the category commission); JD: 交易服务费;
 * Pinduoduo: 技术服务费.
 */
export const PLATFORM_FEE_KINDS = [
	'basic_software_service_fee',
	'transaction_service_fee',
	'technical_service_fee',
] as const;

export interface PlatformFee {
	kind: (typeof PLATFORM_FEE_KINDS)[number];
	feeBp: Figure<number>;
	feeFen: Fen | null;
	/** The platform also charges a commission by category (Tmall, JD) whose rates were not found: not included. */
	categoryCommissionNotIncluded: boolean;
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
