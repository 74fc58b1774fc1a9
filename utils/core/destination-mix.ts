import type { Reason } from './estimate-model';
import { derived, estimate, figure, sourced } from './figures';
import { PROVINCES, provinceIndex } from './geography';
import type { ProvinceCode } from './ids';
import type { Figure, Provenance } from './provenance';
import { CENSUS_POPULATION, POPULATION_PROVENANCE, PROVINCE_FACTS } from './province-facts';

/**
 * Where a merchant's parcels go: a share per province. Shares are integer parts per million that sum to exactly
 * 1,000,000, so "the shares sum to 1" holds exactly and money computed from them stays integer arithmetic.
 */
export const MIX_SCALE = 1_000_000;

export interface DestinationMix {
	kind: 'national' | 'orders' | 'province';
	/** Translatable name: `mix_national`, `mix_orders` (orders, importedAt) or `mix_province` (province). */
	name: Reason;
	/** Parts per million per province, in PROVINCES order; they sum to MIX_SCALE. */
	ppm: readonly number[];
	provenance: Provenance;
}

/**
 * Integer parts of `total` proportional to `weights` (largest-remainder method): floor every exact share, then
 * give the units left over to the largest remainders (ties: lower index). The parts always sum to `total`.
 */
export function largestRemainderParts(weights: readonly number[], total: number): number[] {
	const sum = weights.reduce((acc, weight) => acc + weight, 0);
	if (!(sum > 0)) throw new Error('largestRemainderParts needs a positive weight');
	const parts = weights.map((weight) => Math.floor((weight * total) / sum));
	const remainders = weights.map((weight, index) => (weight * total) / sum - (parts[index] ?? 0));
	let left = total - parts.reduce((acc, part) => acc + part, 0);
	const order = remainders
		.map((_, index) => index)
		.sort((a, b) => (remainders[b] ?? 0) - (remainders[a] ?? 0) || a - b);
	for (const index of order) {
		if (left <= 0) break;
		parts[index] = (parts[index] ?? 0) + 1;
		left--;
	}
	return parts;
}

// ---- The built-in national mix: recipients, not origins (data-delivery-time.md §3). ----

/** 2024 parcels (S64) ÷ census population (G11): about 124 per person. Every parcel is received by someone. */
const NATIONAL_PARCELS_2024 = 175_080_000_000;
export const NATIONAL_PARCELS_PER_PERSON: Figure<number> = figure(
	NATIONAL_PARCELS_2024 / CENSUS_POPULATION,
	derived(
		['S64', 'G11'],
		'2024',
		'175.08 bn parcels in 2024 (S64) ÷ 1,409,778,724 residents of the 31 provinces (census, G11) ≈ 124.2 per person. ' +
			'The census is from 2020; the population barely changed since.',
	),
);
const XINJIANG_PARCELS_PER_PERSON: Figure<number> = figure(
	48,
	sourced(
		['G6'],
		'2024-10',
		'Xinjiang: "over 48 parcels per person per year" in 2024, under half the national average.',
	),
);
const XIZANG_PARCELS_PER_PERSON: Figure<number> = figure(
	48,
	estimate(
		'2025-03',
		'No per-person figure for Xizang was found; it is in the same remote tier as Xinjiang, so Xinjiang’s 48 is used. ' +
			'Cross-check: 202.9 m postal-sector items in 2024 (G9, letters included) ÷ 3.65 m residents ≈ 56 per person.',
		['G6', 'G9'],
	),
);
const AVERAGE_USE_NOTE =
	'No per-province receiving figure was found outside Xinjiang: the national average is used (an estimate for this province).';

/** Parcels received per person and year, per province, with where the number comes from. */
export const PARCELS_PER_PERSON: readonly Figure<number>[] = PROVINCES.map((province) => {
	if (province.code === '65') return XINJIANG_PARCELS_PER_PERSON;
	if (province.code === '54') return XIZANG_PARCELS_PER_PERSON;
	return figure(NATIONAL_PARCELS_PER_PERSON.value, estimate('2024', AVERAGE_USE_NOTE, ['S64', 'G11']));
});

const NATIONAL_PROVENANCE = estimate(
	'2024',
	'Estimate: no official table of where parcels are delivered exists (the SPB counts parcels where they are collected). ' +
		'Share of a province = its residents (2020 census) × parcels received per person (Xinjiang 48, Xizang 48 as ' +
		'Xinjiang, everyone else the national ≈124), normalised to 100% by largest remainders.',
	['G11', 'S64', 'G6'],
);

export const NATIONAL_MIX: DestinationMix = {
	kind: 'national',
	name: { code: 'mix_national' },
	ppm: largestRemainderParts(
		PROVINCE_FACTS.map((row, index) => row.population * (PARCELS_PER_PERSON[index]?.value ?? 0)),
		MIX_SCALE,
	),
	provenance: NATIONAL_PROVENANCE,
};

/** How the national mix was made, step by step, as translatable notes (message keys `switch_note_<code>`). */
export const NATIONAL_MIX_METHOD: readonly Reason[] = [
	{ code: 'mix_why' },
	{ code: 'mix_use', params: { national: Math.round(NATIONAL_PARCELS_PER_PERSON.value * 10) / 10 } },
	{ code: 'mix_rounding' },
];

/** Why each province has its national share: the rows the data-sources page shows. */
export interface NationalMixRow {
	province: ProvinceCode;
	population: Figure<number>;
	parcelsPerPerson: Figure<number>;
	ppm: number;
}

export function nationalMixRows(): NationalMixRow[] {
	return PROVINCES.map((province, index) => ({
		province: province.code,
		population: figure(PROVINCE_FACTS[index]?.population ?? 0, POPULATION_PROVENANCE),
		parcelsPerPerson: PARCELS_PER_PERSON[index] as Figure<number>,
		ppm: NATIONAL_MIX.ppm[index] ?? 0,
	}));
}

// ---- Other mixes ----

/** Every parcel to one province. */
export function singleProvinceMix(code: ProvinceCode): DestinationMix | null {
	const index = provinceIndex(code);
	if (index < 0) return null;
	return {
		kind: 'province',
		name: { code: 'mix_province', params: { province: code } },
		ppm: PROVINCES.map((_, i) => (i === index ? MIX_SCALE : 0)),
		provenance: derived([], '2026', 'All parcels to one province, as chosen.'),
	};
}

/** Orders counted per province (from the merchant's own export). */
export type ProvinceCounts = Partial<Record<ProvinceCode, number>>;

/** What is kept of an order import: counts per province and how many rows were read and placed. Nothing else. */
export interface OrderMixRecord {
	counts: ProvinceCounts;
	rowsRead: number;
	rowsPlaced: number;
	/** ISO timestamp of the import. */
	importedAt: string;
}

/** The merchant's own mix from their orders' destinations. `importedAt`: ISO day or timestamp of the import. */
export function mixFromOrderCounts(counts: ProvinceCounts, importedAt: string): DestinationMix | null {
	const weights = PROVINCES.map((province) => {
		const count = counts[province.code] ?? 0;
		return Number.isFinite(count) && count > 0 ? count : 0;
	});
	const total = weights.reduce((sum, weight) => sum + weight, 0);
	if (total === 0) return null;
	const day = importedAt.slice(0, 10);
	return {
		kind: 'orders',
		name: { code: 'mix_orders', params: { orders: total, importedAt: day } },
		ppm: largestRemainderParts(weights, MIX_SCALE),
		provenance: derived([], day, `Your ${total} orders with a recognised province, counted per province.`),
	};
}
