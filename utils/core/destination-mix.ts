import { derived, estimate, figure, sourced } from './figures';
import { PROVINCES, provinceIndex } from './geography';
import type { ProvinceCode } from './ids';
import type { Figure, LocalizedText, Provenance, Wording } from './provenance';
import { CENSUS_POPULATION, POPULATION_PROVENANCE, PROVINCE_FACTS } from './province-facts';

/**
 * Where a merchant's parcels go: a share per province. Shares are integer parts per million that sum to exactly
 * 1,000,000, so "the shares sum to 1" holds exactly and money computed from them stays integer arithmetic.
 */
export const MIX_SCALE = 1_000_000;

export interface DestinationMix {
	kind: 'national' | 'orders' | 'province';
	/** Translatable name: `mix_national`, `mix_orders` (orders, importedAt) or `mix_province` (province). */
	name: Wording;
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
	derived(['S64', 'G11'], '2024', {
		zh: '2024年1750.8亿件快递（S64）÷ 31个省份的1,409,778,724位常住居民（人口普查，G11）≈ 每人124.2件。普查是2020年的，此后人口变化很小。',
		en: '175.08 bn parcels in 2024 (S64) ÷ 1,409,778,724 residents of the 31 provinces (census, G11) ≈ 124.2 per person. The census is from 2020; the population barely changed since.',
		vi: '175,08 tỷ kiện năm 2024 (S64) ÷ 1.409.778.724 cư dân của 31 tỉnh (tổng điều tra, G11) ≈ 124,2 kiện mỗi người. Tổng điều tra năm 2020; dân số hầu như không đổi từ đó.',
	}),
);
const XINJIANG_PARCELS_PER_PERSON: Figure<number> = figure(
	48,
	sourced(['G6'], '2024-10', {
		zh: '新疆：2024年“人均每年收发快递超过48件”，不到全国平均的一半。',
		en: 'Xinjiang: "over 48 parcels per person per year" in 2024, under half the national average.',
		vi: 'Tân Cương: "hơn 48 kiện mỗi người mỗi năm" năm 2024, chưa bằng một nửa mức bình quân cả nước.',
	}),
);
const XIZANG_PARCELS_PER_PERSON: Figure<number> = figure(
	48,
	estimate(
		'2025-03',
		{
			zh: '没有找到西藏的人均数字；西藏与新疆同属偏远二类，按新疆的48件计。核对：2024年邮政行业业务量2.029亿件（G9，含信件）÷ 365万常住居民 ≈ 每人56件。',
			en: 'No per-person figure for Xizang was found; it is in the same remote tier as Xinjiang, so Xinjiang’s 48 is used. Cross-check: 202.9 m postal-sector items in 2024 (G9, letters included) ÷ 3.65 m residents ≈ 56 per person.',
			vi: 'Không tìm thấy số liệu bình quân đầu người của Tây Tạng; cùng nhóm vùng xa với Tân Cương nên dùng con số 48 của Tân Cương. Đối chiếu: 202,9 triệu bưu phẩm năm 2024 (G9, gồm thư) ÷ 3,65 triệu cư dân ≈ 56 kiện mỗi người.',
		},
		['G6', 'G9'],
	),
);
const AVERAGE_USE_NOTE: LocalizedText = {
	zh: '除新疆外没有找到各省的收件数字：按全国平均计（对这个省份是估算）。',
	en: 'No per-province receiving figure was found outside Xinjiang: the national average is used (an estimate for this province).',
	vi: 'Ngoài Tân Cương không tìm thấy số liệu nhận hàng theo tỉnh: dùng mức bình quân cả nước (ước tính cho tỉnh này).',
};

/** Parcels received per person and year, per province, with where the number comes from. */
export const PARCELS_PER_PERSON: readonly Figure<number>[] = PROVINCES.map((province) => {
	if (province.code === '65') return XINJIANG_PARCELS_PER_PERSON;
	if (province.code === '54') return XIZANG_PARCELS_PER_PERSON;
	return figure(NATIONAL_PARCELS_PER_PERSON.value, estimate('2024', AVERAGE_USE_NOTE, ['S64', 'G11']));
});

const NATIONAL_PROVENANCE = estimate(
	'2024',
	{
		zh: '估算：没有官方的快递派送地分布表（国家邮政局按揽收地统计）。某省占比 = 常住人口（2020年普查）× 人均收件数（新疆48件，西藏按新疆48件，其余按全国约124件），再按最大余数法归一到100%。',
		en: 'Estimate: no official table of where parcels are delivered exists (the SPB counts parcels where they are collected). Share of a province = its residents (2020 census) × parcels received per person (Xinjiang 48, Xizang 48 as Xinjiang, everyone else the national ≈124), normalised to 100% by largest remainders.',
		vi: 'Ước tính: không có bảng chính thức về nơi giao bưu kiện (Cục Bưu chính đếm theo nơi nhận gửi). Tỷ trọng một tỉnh = dân số (tổng điều tra 2020) × số kiện nhận mỗi người (Tân Cương 48, Tây Tạng 48 như Tân Cương, còn lại bình quân cả nước ≈124), chuẩn hóa về 100% theo phần dư lớn nhất.',
	},
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
export const NATIONAL_MIX_METHOD: readonly Wording[] = [
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
		provenance: derived([], '2026', {
			zh: '全部包裹寄往所选的一个省份。',
			en: 'All parcels to one province, as chosen.',
			vi: 'Mọi bưu kiện gửi đến một tỉnh đã chọn.',
		}),
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
		provenance: derived([], day, {
			zh: `你的${total}个能识别省份的订单，按省份计数。`,
			en: `Your ${total} orders with a recognised province, counted per province.`,
			vi: `${total} đơn hàng của bạn có tỉnh nhận diện được, đếm theo tỉnh.`,
		}),
	};
}
