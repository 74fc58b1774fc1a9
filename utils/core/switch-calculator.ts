import { CARRIERS } from './carriers';
import type { MerchantContract } from './contract-model';
import { type DeliveryDays, mixDeliveryDays } from './delivery-time';
import { type DestinationMix, MIX_SCALE } from './destination-mix';
import type { Parcel, Quote } from './estimate-model';
import { PROVINCES } from './geography';
import { CARRIER_IDS, type CarrierId, type Fen, type LastMile, type ProvinceCode } from './ids';
import type { Figure, FigureStatus } from './provenance';
import { quoteAll } from './quote';
import { reliabilityOf } from './reliability';

/**
 * "I send N parcels a month with carrier X: what would every other carrier cost me, and what do I get?"
 * Monthly cost per carrier = round(orders × Σₚ shareₚ × quoteₚ), with quoteₚ the core's quote from the origin
 * to province p at the weight (the merchant's contract where one applies). Shares are parts per million, so the
 * sum is computed in integers and rounded once.
 */

/** Most orders a month the calculator accepts (keeps every product exact in integers). */
export const MAX_MONTHLY_ORDERS = 10_000_000;

export interface SwitchInput {
	/** Orders (parcels) per month, a whole number ≥ 0. */
	orders: number;
	/** The carrier used today: deltas are against it. */
	current: CarrierId;
	origin: ProvinceCode | null;
	weightGrams: number;
	mix: DestinationMix;
	contracts: MerchantContract[];
	/** Today (contract validity). */
	now: string | Date;
	/** Optional average order value, for the break-even share. */
	averageOrderValueFen: Fen | null;
}

/** contract: every parcel of the mix is priced by a contract; default: none is; mixed: some are. */
export type PriceSource = 'contract' | 'default' | 'mixed';

export interface SwitchRow {
	carrier: CarrierId;
	monthlyFen: Fen;
	/** Expected cost of one order over the mix, rounded to the fen. */
	perOrderFen: Fen;
	/** Monthly cost minus today's carrier's (0 for today's carrier). */
	deltaFen: Fen;
	/** Per-order cost minus today's carrier's. */
	deltaPerOrderFen: Fen;
	source: PriceSource;
	/** Worst status among the default cards used (null when every parcel is priced by contract). */
	defaultStatus: FigureStatus | null;
	/** Source ids of the default cards used, for the badge. */
	defaultSourceIds: string[];
	days: DeliveryDays;
	lastMile: Figure<LastMile>;
	/** Share of parcels handed over at the door: 1 door, 0 station, null when the carrier mixes both. */
	doorShare: number | null;
	complaintsPerMillion: Figure<number | null>;
	/** orders × published valid-complaint rate; null where no sourced rate exists. */
	expectedComplaints: number | null;
	/** deltaPerOrderFen as basis points of the average order value; null without one. */
	deltaShareOfOrderValueBp: number | null;
}

export interface SwitchResult {
	rows: SwitchRow[];
	current: SwitchRow;
}

const STATUS_RANK: Record<FigureStatus, number> = { sourced: 0, derived: 1, estimate: 2 };

/** round(orders × sumPpmFen / 1e6), half up, exactly (the product can pass 2^53). */
function monthlyFrom(orders: number, sumPpmFen: number): Fen {
	const scale = BigInt(MIX_SCALE);
	return Number((BigInt(orders) * BigInt(sumPpmFen) * 2n + scale) / (2n * scale));
}

function roundedDiv(numerator: number, denominator: number): number {
	return Math.round(numerator / denominator);
}

interface Accumulator {
	sumPpmFen: number;
	contractPpm: number;
	defaultStatus: FigureStatus | null;
	sourceIds: Set<string>;
}

/** Prices the mix for every carrier and compares each with today's carrier. */
export function compareCarriers(input: SwitchInput): SwitchResult {
	const orders = Math.max(0, Math.min(MAX_MONTHLY_ORDERS, Math.floor(input.orders)));
	const parcel: Parcel = { actualGrams: input.weightGrams, dimensionsCm: null, declaredValueFen: null };
	const totals = new Map<CarrierId, Accumulator>(
		CARRIER_IDS.map((carrier) => [
			carrier,
			{ sumPpmFen: 0, contractPpm: 0, defaultStatus: null, sourceIds: new Set() },
		]),
	);
	PROVINCES.forEach((province, index) => {
		const ppm = input.mix.ppm[index] ?? 0;
		if (ppm <= 0) return;
		const quotes: Quote[] = quoteAll(
			parcel,
			{ origin: input.origin, destination: province.code },
			input.contracts,
			input.now,
		);
		for (const quote of quotes) {
			const total = totals.get(quote.carrier) as Accumulator;
			total.sumPpmFen += ppm * quote.costFen;
			if (quote.source.kind === 'contract') {
				total.contractPpm += ppm;
				continue;
			}
			const { status, sourceIds } = quote.source.provenance;
			if (total.defaultStatus === null || STATUS_RANK[status] > STATUS_RANK[total.defaultStatus])
				total.defaultStatus = status;
			for (const id of sourceIds) total.sourceIds.add(id);
		}
	});

	const priced = CARRIER_IDS.map((carrier) => {
		const total = totals.get(carrier) as Accumulator;
		const source: PriceSource =
			total.contractPpm === MIX_SCALE ? 'contract' : total.contractPpm === 0 ? 'default' : 'mixed';
		return {
			carrier,
			monthlyFen: monthlyFrom(orders, total.sumPpmFen),
			perOrderFen: roundedDiv(total.sumPpmFen, MIX_SCALE),
			source,
			defaultStatus: total.defaultStatus,
			defaultSourceIds: [...total.sourceIds].sort(),
		};
	});
	const today = priced.find((row) => row.carrier === input.current) ?? (priced[0] as (typeof priced)[number]);
	const aov = input.averageOrderValueFen;

	const rows: SwitchRow[] = priced.map((row) => {
		const reliability = reliabilityOf(row.carrier);
		const lastMile = CARRIERS[row.carrier].lastMile;
		const rate = reliability.complaintsPerMillion.value;
		const deltaPerOrderFen = row.perOrderFen - today.perOrderFen;
		return {
			...row,
			deltaFen: row.monthlyFen - today.monthlyFen,
			deltaPerOrderFen,
			days: mixDeliveryDays(row.carrier, input.origin, input.mix),
			lastMile,
			doorShare: lastMile.value === 'door' ? 1 : lastMile.value === 'station' ? 0 : null,
			complaintsPerMillion: reliability.complaintsPerMillion,
			expectedComplaints: rate === null ? null : (orders * Math.round(rate * 100)) / 100_000_000,
			deltaShareOfOrderValueBp: aov !== null && aov > 0 ? Math.round((deltaPerOrderFen * 10_000) / aov) : null,
		};
	});
	return { rows, current: rows.find((row) => row.carrier === today.carrier) as SwitchRow };
}

/** What switching to `carrier` means, in the verdict sentence's terms. */
export interface Verdict {
	carrier: CarrierId;
	deltaFen: Fen;
	deltaPerOrderFen: Fen;
	lastMile: LastMile;
	/** Median days of `carrier` minus today's, in tenths (negative = faster). */
	p50DeltaTenths: number;
	deltaShareOfOrderValueBp: number | null;
}

/**
 * The switches worth a sentence: to JD and to SF (the door-delivery carriers merchants weigh), and to the cheapest
 * carrier when that is another one; never to today's carrier.
 */
export function verdicts(result: SwitchResult): Verdict[] {
	const { current } = result;
	const cheapest = result.rows.reduce((best, row) => (row.monthlyFen < best.monthlyFen ? row : best));
	const targets = new Set<CarrierId>(['jd', 'sf']);
	if (cheapest.monthlyFen < current.monthlyFen) targets.add(cheapest.carrier);
	targets.delete(current.carrier);
	return result.rows
		.filter((row) => targets.has(row.carrier))
		.map((row) => ({
			carrier: row.carrier,
			deltaFen: row.deltaFen,
			deltaPerOrderFen: row.deltaPerOrderFen,
			lastMile: row.lastMile.value,
			p50DeltaTenths: row.days.p50Tenths - current.days.p50Tenths,
			deltaShareOfOrderValueBp: row.deltaShareOfOrderValueBp,
		}));
}
