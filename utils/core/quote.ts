import { CARRIERS } from './carriers';
import {
	extraStepsFor,
	isQuickContract,
	type MerchantContract,
	type RateCard,
	type WeightBand,
} from './contract-model';
import { validateContract } from './contract-validation';
import { DEFAULT_CARDS, DEFAULT_RATE_CARDS } from './default-rates';
import type { Parcel, Quote, QuoteBase, QuoteSource, Reason, Route } from './estimate-model';
import { PROVINCES } from './geography';
import { byCarrier, CARRIER_IDS, type CarrierId, type Fen, type ProvinceCode } from './ids';
import { basisPointsOf } from './money';
import { byZone, type Zone, zoneFor } from './zones';

/** Heaviest parcel the engine prices (10 t): keeps absurd inputs finite and integer. */
const MAX_PARCEL_GRAMS = 10_000_000;

/** Remote tier of each destination, for the contract's remote surcharge (own keys only). */
const REMOTE_TIER: Readonly<Record<ProvinceCode, string>> = Object.assign(
	Object.create(null) as Record<ProvinceCode, string>,
	Object.fromEntries(PROVINCES.map((province) => [province.code, province.remoteTier])),
);

/** What a carrier's quotes need from its default data, in one record per carrier (read once per quote). */
interface CarrierDefaults {
	cards: Readonly<Record<Zone, RateCard>>;
	/** Shared, never mutated: a default quote allocates no provenance of its own. */
	sources: Readonly<Record<Zone, QuoteSource>>;
	divisor: number;
}
const DEFAULTS: Readonly<Record<CarrierId, CarrierDefaults>> = byCarrier((carrier) => ({
	cards: DEFAULT_CARDS[carrier],
	sources: byZone((zone) => ({
		kind: 'default',
		provenance: DEFAULT_RATE_CARDS[carrier].zones[zone].firstFen.provenance,
	})),
	divisor: CARRIERS[carrier].volumetricDivisor.value,
}));

/** Accepts `YYYY-MM-DD`, a longer ISO timestamp (its date part) or a Date (its local calendar day, the merchant's). */
function toIsoDay(now: string | Date): string {
	if (typeof now === 'string') return now.length > 10 ? now.slice(0, 10) : now;
	const month = String(now.getMonth() + 1).padStart(2, '0');
	const day = String(now.getDate()).padStart(2, '0');
	return `${now.getFullYear()}-${month}-${day}`;
}

function wholeGrams(grams: number): number {
	if (!(grams > 0)) return 1; // also catches NaN
	return grams > MAX_PARCEL_GRAMS ? MAX_PARCEL_GRAMS : Math.ceil(grams);
}

/** L×W×H / divisor in kg, as grams rounded up; null when the size is unknown or unusable. */
function volumetricGrams(parcel: Parcel, divisor: number): number | null {
	const size = parcel.dimensionsCm;
	if (size === null) return null;
	const cubicCm = size.length * size.width * size.height;
	if (!(cubicCm > 0) || !Number.isFinite(cubicCm)) return null;
	// The epsilon absorbs float noise (10.1 × 10 × 10) that would otherwise add a gram.
	return wholeGrams(Math.ceil((cubicCm * 1000) / divisor - 1e-9));
}

/** The band whose flat price covers `grams`; undefined above the last band (or with none). */
function bandFor(card: RateCard, grams: number): WeightBand | undefined {
	for (const band of card.bands) {
		if (grams <= band.maxGrams) return band;
	}
	return undefined;
}

/** Freight on a card for a chargeable weight: the band that fits, else first weight plus every started step. */
function freightOn(card: RateCard, grams: number): Fen {
	return bandFor(card, grams)?.priceFen ?? card.firstFen + extraStepsFor(card, grams) * card.extraFen;
}

/** Why a contract does not apply to this route today, or null when it does. Assumes a valid contract. */
function inapplicability(contract: MerchantContract, origin: ProvinceCode | null, today: string): Reason | null {
	if (contract.validTo !== null && today > contract.validTo) {
		return { code: 'contract_expired', params: { validTo: contract.validTo } };
	}
	if (contract.validFrom !== null && today < contract.validFrom) {
		return { code: 'contract_not_yet_valid', params: { validFrom: contract.validFrom } };
	}
	if (contract.originProvinces.length > 0) {
		if (origin === null) return { code: 'contract_origin_unknown' };
		if (!contract.originProvinces.includes(origin)) {
			return { code: 'contract_origin_not_covered', params: { origin } };
		}
	}
	return null;
}

function priceQuote(
	parcel: Parcel,
	route: Route,
	carrier: CarrierId,
	contract: MerchantContract | undefined,
	ignoredContract: Quote['ignoredContract'],
): Quote {
	const { zone, assumed } = zoneFor(route.origin, route.destination);
	const destinationTier = REMOTE_TIER[route.destination];
	const defaults = DEFAULTS[carrier];
	const defaultCard = defaults.cards[zone];
	const defaultDivisor = defaults.divisor;

	const actualGrams = wholeGrams(parcel.actualGrams);
	const defaultVolumetric = volumetricGrams(parcel, defaultDivisor);
	const defaultChargeable =
		defaultVolumetric !== null && defaultVolumetric > actualGrams ? defaultVolumetric : actualGrams;
	const listFen = freightOn(defaultCard, defaultChargeable);

	let card = defaultCard;
	let volumetric = defaultVolumetric;
	let chargeable = defaultChargeable;
	if (contract !== undefined) {
		// Only one of the 31 provinces is looked up: a destination named like an Object.prototype member
		// (`constructor`) never reads an inherited value.
		const provinceCard = destinationTier === undefined ? undefined : contract.provinceRates[route.destination];
		card = provinceCard ?? contract.zoneRates[zone] ?? contract.rates;
		if (contract.volumetricDivisor !== null && contract.volumetricDivisor !== defaultDivisor) {
			volumetric = volumetricGrams(parcel, contract.volumetricDivisor);
			chargeable = volumetric !== null && volumetric > actualGrams ? volumetric : actualGrams;
		}
	}

	const band = bandFor(card, chargeable);
	const base: QuoteBase =
		band !== undefined
			? { kind: 'band', maxGrams: band.maxGrams, fen: band.priceFen }
			: { kind: 'first_weight', grams: card.firstGrams, fen: card.firstFen };
	const lastBand = band === undefined ? card.bands[card.bands.length - 1] : undefined;
	const bandsEnded = lastBand !== undefined ? { maxGrams: lastBand.maxGrams, fen: lastBand.priceFen } : null;
	const extraSteps = band !== undefined ? 0 : extraStepsFor(card, chargeable);
	const extraFen = extraSteps * card.extraFen;

	let remoteSurchargeFen = 0;
	let pickupFeeFen = 0;
	let doorDeliveryFeeFen = 0;
	let insuranceFen = 0;
	let source: QuoteSource;
	if (contract !== undefined) {
		if (destinationTier === 'remote_1') remoteSurchargeFen = contract.remoteSurcharge.remote1Fen;
		else if (destinationTier === 'remote_2') remoteSurchargeFen = contract.remoteSurcharge.remote2Fen;
		pickupFeeFen = contract.pickupFeeFen;
		doorDeliveryFeeFen = contract.doorDeliveryFeeFen;
		const declared = parcel.declaredValueFen;
		// A declared value arrives from the page: only a finite positive amount can be insured (never NaN or Infinity fen).
		if (declared !== null && declared > 0 && Number.isFinite(declared) && contract.insuranceBp > 0) {
			insuranceFen = basisPointsOf(declared, contract.insuranceBp);
		}
		source = {
			kind: 'contract',
			contractId: contract.id,
			contractName: contract.name,
			quick: isQuickContract(contract),
			updatedAt: contract.updatedAt,
			validFrom: contract.validFrom,
			validTo: contract.validTo,
		};
	} else {
		source = defaults.sources[zone];
	}

	return {
		carrier,
		costFen: base.fen + extraFen + remoteSurchargeFen + pickupFeeFen + doorDeliveryFeeFen + insuranceFen,
		listFen,
		source,
		breakdown: {
			zone,
			zoneAssumed: assumed,
			actualGrams,
			volumetricGrams: volumetric,
			chargeableGrams: chargeable,
			base,
			bandsEnded,
			extraSteps,
			extraFen,
			remoteSurchargeFen,
			pickupFeeFen,
			doorDeliveryFeeFen,
			insuranceFen,
		},
		ignoredContract,
	};
}

/**
 * One carrier's price for a parcel. A given contract must be valid (see parseContract); it is ignored,
 * with the reason, when it is for another carrier, not valid on `now` or does not cover the origin.
 * @internal The product prices every carrier at once (quoteAll); the pricing properties are tested one carrier here.
 */
export function quote(
	parcel: Parcel,
	route: Route,
	carrier: CarrierId,
	contract: MerchantContract | undefined,
	now: string | Date,
): Quote {
	if (contract === undefined) return priceQuote(parcel, route, carrier, undefined, null);
	const reason: Reason | null =
		contract.carrier !== carrier
			? { code: 'contract_other_carrier', params: { carrier: contract.carrier } }
			: inapplicability(contract, route.origin, toIsoDay(now));
	if (reason === null) return priceQuote(parcel, route, carrier, contract, null);
	return priceQuote(parcel, route, carrier, undefined, { contractId: contract.id, reason });
}

// Stored contracts are validated once per object, not on every page estimate.
const validationCache = new WeakMap<MerchantContract, string | null>();

function firstInvalidPath(contract: MerchantContract): string | null {
	let cached = validationCache.get(contract);
	if (cached === undefined) {
		cached = validateContract(contract)[0]?.path ?? null;
		validationCache.set(contract, cached);
	}
	return cached;
}

function updatedAtMs(contract: MerchantContract): number {
	const ms = Date.parse(contract.updatedAt);
	return Number.isFinite(ms) ? ms : Number.NEGATIVE_INFINITY;
}

/**
 * A quote per carrier in CARRIER_IDS order. Per carrier the applicable contract with the newest `updatedAt`
 * wins; when none applies, the newest unusable one is named in `ignoredContract` with its reason.
 */
export function quoteAll(parcel: Parcel, route: Route, contracts: MerchantContract[], now: string | Date): Quote[] {
	const today = toIsoDay(now);
	return CARRIER_IDS.map((carrier) => {
		let applied: MerchantContract | undefined;
		let ignored: { contract: MerchantContract; reason: Reason } | undefined;
		for (const contract of contracts) {
			if (typeof contract !== 'object' || contract === null || contract.carrier !== carrier) continue;
			const invalidPath = firstInvalidPath(contract);
			const reason: Reason | null =
				invalidPath !== null
					? { code: 'contract_invalid', params: { path: invalidPath } }
					: inapplicability(contract, route.origin, today);
			if (reason === null) {
				if (applied === undefined || updatedAtMs(contract) > updatedAtMs(applied)) applied = contract;
			} else if (ignored === undefined || updatedAtMs(contract) > updatedAtMs(ignored.contract)) {
				ignored = { contract, reason };
			}
		}
		if (applied !== undefined) return priceQuote(parcel, route, carrier, applied, null);
		const ignoredContract = ignored === undefined ? null : { contractId: ignored.contract.id, reason: ignored.reason };
		return priceQuote(parcel, route, carrier, undefined, ignoredContract);
	});
}

/**
 * Carriers priced on default cards at exactly the same cost for this parcel and route (the five Tongda carriers
 * share STO's card): the largest such group, in CARRIER_IDS order, or [] when no two defaults agree. The views then
 * say once that the defaults cannot tell these carriers apart until the merchant enters a contract.
 */
export function carriersWithIdenticalDefaults(quotes: readonly Quote[]): CarrierId[] {
	const byCost = new Map<Fen, CarrierId[]>();
	for (const quote of quotes) {
		if (quote.source.kind !== 'default') continue;
		byCost.set(quote.costFen, [...(byCost.get(quote.costFen) ?? []), quote.carrier]);
	}
	let largest: CarrierId[] = [];
	for (const group of byCost.values()) if (group.length > largest.length) largest = group;
	return largest.length >= 2 ? CARRIER_IDS.filter((carrier) => largest.includes(carrier)) : [];
}
