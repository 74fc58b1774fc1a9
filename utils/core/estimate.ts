import type { MerchantContract } from './contract-model';
import { type DeliveryDays, routeDeliveryDays } from './delivery-time';
import type { Parcel, PaymentOption, PlatformFee, RankedRow, RankingStrategy } from './estimate-model';
import { isProvinceCode } from './geography';
import type { CarrierId, Fen, PaymentMethodId, ProvinceCode } from './ids';
import type { PageFacts } from './page-facts';
import { paymentOptions, platformFee } from './payments';
import { carriersWithIdenticalDefaults, quoteAll } from './quote';
import { rankRows } from './ranking';
import { reliabilityOf } from './reliability';
import type { MerchantSettings, OriginMode } from './settings-model';

/** A ranked carrier with its delivery time on this route (p50/p90 days, an estimate: see delivery-time.ts). */
export interface EstimateRow extends RankedRow {
	days: DeliveryDays;
}

export interface PageEstimate {
	origin: ProvinceCode | null;
	originSource: OriginMode | 'unknown';
	destination: ProvinceCode;
	parcel: Parcel;
	weightSource: 'page' | 'override' | 'settings';
	strategy: RankingStrategy;
	rows: EstimateRow[];
	/**
	 * Carriers whose default prices are identical here (see carriersWithIdenticalDefaults): the panel says once
	 * that defaults cannot compare them until a contract is entered. Empty when no two defaults agree.
	 */
	identicalDefaults: CarrierId[];
	/** The platform's own fee, shown once above the methods (not repeated under each). */
	platformFee: PlatformFee | null;
	payments: PaymentOption[];
}

function usableGrams(grams: number | undefined | null): grams is number {
	return typeof grams === 'number' && Number.isFinite(grams) && grams > 0;
}

/**
 * The parcel to price: an explicit override, else the page's weight, else the default; the default box size
 * applies only with the default weight (a page weight says nothing of size). The comparison prices its rows
 * the same way.
 */
export function parcelFor(input: {
	overrideGrams?: number | null;
	pageGrams?: number | null;
	settings: Pick<MerchantSettings, 'defaultWeightGrams' | 'defaultDimensionsCm'>;
	declaredValueFen: Fen | null;
}): { parcel: Parcel; weightSource: PageEstimate['weightSource'] } {
	const { settings } = input;
	let weightSource: PageEstimate['weightSource'] = 'settings';
	let actualGrams = settings.defaultWeightGrams;
	if (usableGrams(input.overrideGrams)) {
		weightSource = 'override';
		actualGrams = input.overrideGrams;
	} else if (usableGrams(input.pageGrams)) {
		weightSource = 'page';
		actualGrams = input.pageGrams;
	}
	const parcel: Parcel = {
		actualGrams,
		dimensionsCm: weightSource === 'settings' ? settings.defaultDimensionsCm : null,
		declaredValueFen: input.declaredValueFen,
	};
	return { parcel, weightSource };
}

/**
 * Everything the panel shows for one page. Origin: the page's ship-from in page mode (unknown stays unknown,
 * the zone is then assumed), the warehouse in warehouse mode. Weight: see parcelFor.
 */
export function estimatePage(input: {
	facts: PageFacts;
	settings: MerchantSettings;
	contracts: MerchantContract[];
	/** Today: an ISO day, or a Date read as its local calendar day (contract validity is by local day). */
	now: string | Date;
	destination?: ProvinceCode;
	weightGrams?: number;
}): PageEstimate {
	const { facts, settings } = input;

	let origin: ProvinceCode | null = null;
	let originSource: PageEstimate['originSource'] = 'unknown';
	const candidate =
		settings.originMode === 'warehouse' ? settings.warehouseProvince : (facts.shipFrom?.province ?? null);
	if (candidate !== null && isProvinceCode(candidate)) {
		origin = candidate;
		originSource = settings.originMode;
	}

	const destination = input.destination ?? settings.defaultDestination;
	const { parcel, weightSource } = parcelFor({
		overrideGrams: input.weightGrams,
		pageGrams: facts.weight?.grams,
		settings,
		declaredValueFen: facts.price?.fen ?? null,
	});

	const quotes = quoteAll(parcel, { origin, destination }, input.contracts, input.now);
	const reliabilities = quotes.map((quote) => reliabilityOf(quote.carrier));
	const badges = facts.paymentBadges.flatMap((badge): PaymentMethodId[] => (badge.id === null ? [] : [badge.id]));

	return {
		origin,
		originSource,
		destination,
		parcel,
		weightSource,
		strategy: settings.ranking,
		rows: rankRows(quotes, reliabilities, settings.ranking, settings.costWeightPercent).map((row) => ({
			...row,
			days: routeDeliveryDays(row.quote.carrier, origin, destination),
		})),
		identicalDefaults: carriersWithIdenticalDefaults(quotes),
		platformFee: platformFee(facts.platform, facts.price?.fen ?? null),
		payments: paymentOptions(facts.platform, facts.price?.fen ?? null, badges),
	};
}
