import type { PageRecord, PageStanding } from './comparison-model';
import { changeReason, priceBeforeLastVisit } from './comparison-records';
import type { MerchantContract } from './contract-model';
import { parcelFor } from './estimate';
import type { Reason, Route } from './estimate-model';
import type { Fen, Platform, ProvinceCode } from './ids';
import { quoteAll } from './quote';
import type { MerchantSettings } from './settings-model';

/** What the costs of the comparison depend on: the merchant's warehouse, destination, default parcel and contracts. */
export interface CostInputs {
	warehouse: ProvinceCode | null;
	destination: ProvinceCode;
	settings: Pick<MerchantSettings, 'defaultWeightGrams' | 'defaultDimensionsCm'>;
	contracts: MerchantContract[];
	/** Today (contract validity is by day). */
	now: string | Date;
}

export interface RowCosts {
	/** Cheapest carrier from your warehouse, under your contracts where they apply; null without a warehouse. */
	yourCostFen: Fen | null;
	/** Cheapest default card from the row's ship-from; null when its ship-from is unknown. */
	theirCostFen: Fen | null;
}

const cheapest = (costs: Fen[]): Fen => Math.min(...costs);

/**
 * Prices rows with the core's quote engine (quoteAll), at the row's weight (the page's, else the default, as
 * the panel does). Many rows share a route and weight, so each distinct parcel is priced once.
 */
export function createCostCalculator(inputs: CostInputs): (record: PageRecord) => RowCosts {
	const yours = new Map<string, Fen>();
	const theirs = new Map<string, Fen>();
	// Only insurance depends on the declared value (the price): without it, rows of one weight cost the same.
	const insured = inputs.contracts.some((contract) => contract.insuranceBp > 0);
	const priceOf = (record: PageRecord, origin: ProvinceCode | null, contracts: MerchantContract[]): Fen => {
		const { parcel } = parcelFor({
			pageGrams: record.weightGrams,
			settings: inputs.settings,
			declaredValueFen: record.priceFen,
		});
		const route: Route = { origin, destination: inputs.destination };
		return cheapest(quoteAll(parcel, route, contracts, inputs.now).map((quote) => quote.costFen));
	};
	const memo = (cache: Map<string, Fen>, key: string, price: () => Fen): Fen => {
		let cost = cache.get(key);
		if (cost === undefined) {
			cost = price();
			cache.set(key, cost);
		}
		return cost;
	};
	return (record) => {
		const grams = record.weightGrams ?? 0;
		const { warehouse } = inputs;
		const origin = record.shipFromProvince;
		return {
			yourCostFen:
				warehouse === null
					? null
					: memo(yours, `${grams}|${insured ? record.priceFen : ''}`, () =>
							priceOf(record, warehouse, inputs.contracts),
						),
			theirCostFen: origin === null ? null : memo(theirs, `${origin}|${grams}`, () => priceOf(record, origin, [])),
		};
	};
}

/**
 * What matching a row's shipping terms would cost you per parcel: they ship free → you pay your whole cost;
 * they charge a fee → your cost against their fee. `gapFen` = your cost − their fee (what you would absorb;
 * negative: their fee covers your cost), null when either is unknown.
 */
export function matchGap(record: PageRecord, yourCostFen: Fen | null): { reason: Reason; gapFen: number | null } {
	if (yourCostFen === null) return { reason: { code: 'compare_gap_no_warehouse' }, gapFen: null };
	const fee = record.listedFeeFen;
	if (fee === null)
		return record.listedFeeText
			? {
					reason: { code: 'compare_gap_terms', params: { terms: record.listedFeeText, yoursFen: yourCostFen } },
					gapFen: null,
				}
			: { reason: { code: 'compare_gap_terms_unknown', params: { yoursFen: yourCostFen } }, gapFen: null };
	if (fee === 0)
		return { reason: { code: 'compare_gap_free', params: { yoursFen: yourCostFen } }, gapFen: yourCostFen };
	return {
		reason: { code: 'compare_gap_charge', params: { theirsFen: fee, yoursFen: yourCostFen } },
		gapFen: yourCostFen - fee,
	};
}

/** A recorded page with what the comparison works out for it. */
export interface ComparedRow extends RowCosts {
	record: PageRecord;
	gap: Reason;
	gapFen: number | null;
	/** The price before the last visit when that visit changed it. */
	prevPriceFen: Fen | null;
	/** The newest change, worded (`compare_change_*`), or null. */
	latestChange: Reason | null;
}

export function compareRows(records: readonly PageRecord[], costs: (record: PageRecord) => RowCosts): ComparedRow[] {
	return records.map((record) => {
		const rowCosts = costs(record);
		const { reason, gapFen } = matchGap(record, rowCosts.yourCostFen);
		const latest = record.changes.at(-1);
		return {
			record,
			...rowCosts,
			gap: reason,
			gapFen,
			prevPriceFen: priceBeforeLastVisit(record),
			latestChange: latest ? changeReason(latest) : null,
		};
	});
}

/** Columns the table sorts by (the `data-column` of each `[data-cl=compare-sort]`). */
export const SORT_COLUMNS = [
	'shop',
	'platform',
	'title',
	'price',
	'listed-fee',
	'ship-from',
	'delivery',
	'carrier',
	'payments',
	'last-seen',
	'visits',
	'your-cost',
	'their-cost',
	'gap',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

type SortValue = number | string | null;

const text = (value: string | null): string | null => (value === null || value.trim() === '' ? null : value);

/** Each column's value; null = unknown, which sorts last in both directions. Ship-from sorts by province code. */
const SORT_VALUE: Record<SortColumn, (row: ComparedRow) => SortValue> = {
	shop: (row) => text(row.record.shopName),
	platform: (row) => row.record.platform,
	title: (row) => text(row.record.title),
	price: (row) => row.record.priceFen,
	'listed-fee': (row) => row.record.listedFeeFen,
	'ship-from': (row) => row.record.shipFromProvince,
	delivery: (row) => text(row.record.deliveryPromise),
	carrier: (row) => row.record.carrierId ?? text(row.record.carrierText),
	payments: (row) => (row.record.paymentBadges.length ? row.record.paymentBadges.length : null),
	'last-seen': (row) => row.record.lastSeen,
	visits: (row) => row.record.visits,
	'your-cost': (row) => row.yourCostFen,
	'their-cost': (row) => row.theirCostFen,
	gap: (row) => row.gapFen,
};

// Pinyin order for Chinese text; numeric collation would cost about three times as much at 10,000 rows.
const collator = new Intl.Collator('zh-CN');

function compareValues(a: number | string, b: number | string): number {
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	return collator.compare(String(a), String(b));
}

/**
 * Sorts by a column, ties by key (so the order is the same every time); rows whose value is unknown go last
 * in both directions, in key order.
 */
export function sortRows(rows: readonly ComparedRow[], column: SortColumn, direction: SortDirection): ComparedRow[] {
	const valueFor = SORT_VALUE[column];
	const sign = direction === 'ascending' ? 1 : -1;
	const known: { value: number | string; row: ComparedRow }[] = [];
	const unknown: ComparedRow[] = [];
	for (const row of rows) {
		const value = valueFor(row);
		if (value === null) unknown.push(row);
		else known.push({ value, row });
	}
	const byKey = (a: ComparedRow, b: ComparedRow) =>
		a.record.key < b.record.key ? -1 : a.record.key > b.record.key ? 1 : 0;
	known.sort((a, b) => sign * compareValues(a.value, b.value) || byKey(a.row, b.row));
	unknown.sort(byKey);
	return [...known.map((entry) => entry.row), ...unknown];
}

export interface RowFilter {
	platform: Platform | 'all';
	/** Matched, ignoring case, within the shop name or the title. */
	search: string;
}

export function filterRows(rows: readonly ComparedRow[], filter: RowFilter): ComparedRow[] {
	const needle = filter.search.trim().toLowerCase();
	if (filter.platform === 'all' && needle === '') return [...rows];
	return rows.filter(({ record }) => {
		if (filter.platform !== 'all' && record.platform !== filter.platform) return false;
		if (needle === '') return true;
		return (
			(record.shopName?.toLowerCase().includes(needle) ?? false) ||
			(record.title?.toLowerCase().includes(needle) ?? false)
		);
	});
}

/** Counts over the recorded pages of one platform, this page included if it is recorded. */
export interface PlatformCounts {
	pages: number;
	freeShipping: number;
	/** Pages shipping from `province`; null when the province is unknown. */
	sameShipFrom: { province: ProvinceCode; count: number } | null;
}

/**
 * How a page stands among the other recorded pages of its platform: the counts without the page itself
 * (`stored`, its record before this visit), and its latest change as of this visit (`current`).
 */
export function pageStanding(
	current: PageRecord,
	stored: PageRecord | undefined,
	counts: PlatformCounts,
): PageStanding {
	const self = (matches: boolean) => (stored && matches ? 1 : 0);
	const visited = Math.max(0, counts.pages - self(true));
	const freeShipping = Math.max(0, counts.freeShipping - self(stored?.listedFeeFen === 0));
	const sameShipFrom = counts.sameShipFrom && {
		province: counts.sameShipFrom.province,
		count: Math.max(0, counts.sameShipFrom.count - self(stored?.shipFromProvince === counts.sameShipFrom.province)),
	};
	const lines: Reason[] =
		visited === 0
			? [{ code: 'compare_standing_first' }]
			: [
					{ code: 'compare_standing_free', params: { free: freeShipping, visited } },
					...(sameShipFrom
						? [
								{
									code: 'compare_standing_ship_from' as const,
									params: { count: sameShipFrom.count, province: sameShipFrom.province },
								},
							]
						: []),
				];
	const latest = current.changes.at(-1);
	return {
		key: current.key,
		visited,
		freeShipping,
		sameShipFrom,
		lines,
		latestChange: latest ? changeReason(latest) : null,
	};
}
