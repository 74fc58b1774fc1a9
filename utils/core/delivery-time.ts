import type { DestinationMix } from './destination-mix';
import { MIX_SCALE, NATIONAL_MIX } from './destination-mix';
import { derived, estimate, figure, sourced } from './figures';
import { provinceIndex } from './geography';
import type { CarrierId, ProvinceCode } from './ids';
import type { Figure, Provenance, Wording } from './provenance';
import { capitalDistanceKm, ECONOMIC_BELTS, type EconomicBelt, PROVINCE_FACTS } from './province-facts';

/**
 * Delivery time per carrier and route, median (p50) and 90th percentile (p90) in days. An estimate built only from
 * State Post Bureau (SPB) figures (data-delivery-time.md §1, data.md §2), step by step:
 *
 * 1. Shape by distance: the SPB's 2017 full-process hours by distance band (T2). Route distance = great-circle
 *    distance between the provincial capitals (G12) × 1.2 for roads (an estimate); within a province, 0 km.
 * 2. Destination belt: the SPB's 2021 hours by destination belt (T5: east 53.45, central 53.79, west 70.51 against
 *    57.08 nationally). Part of the west's gap is distance, already in step 1, so each belt's factor is the SPB's
 *    belt ratio divided by the ratio step 1 alone predicts for that belt, for parcels leaving from where parcels
 *    leave (SPB origin shares by belt, G2, spread over each belt's provinces by population) to where they go (the
 *    national mix). The factors then only carry what distance does not explain.
 * 3. No parcel is modelled faster than one that stays in its origin province (it skips the trunk leg; remote
 *    provinces are reached through extra transit, S42).
 * 4. Level: everything is scaled so the national average over the national mix equals the latest SPB annual
 *    average, 53.88 h in 2024 (S29).
 * 5. Spread: times are taken as log-normal. The 2024 average (53.88 h, as the mean) and 72-hour on-time rate
 *    (83.95 %, S29) fix the spread σ: P(T ≤ 72 h) = Φ((ln 72 − ln mean + σ²/2) / σ). Then p50 = mean × e^(−σ²/2)
 *    and p90 = p50 × e^(1.2816 σ).
 * 6. Brand: the SPB publishes brand bands, not brand hours (2021 Q2, S30). A brand's 72-hour band midpoint, set
 *    against the industry rate of the same year (2021 ≈ 77.5 %, between 2020's 77.11 % and 2022's 77.82 %), moves
 *    its times by e^(σ (z_industry − z_brand)); the result falls inside the brand's published time band (a test
 *    checks it). Cainiao was not surveyed: industry times. These brand factors are estimates.
 * 7. A mix: the share-weighted average of its routes.
 */

export interface DeliveryDays {
	/** Median, in tenths of a day (23 = 2.3 days). */
	p50Tenths: number;
	/** 90th percentile, in tenths of a day; never below p50. */
	p90Tenths: number;
}

// ---- SPB figures ----

const HOURS_BY_DISTANCE_2017 = figure(
	[
		{ upToKm: 1000, hours: 44.67 },
		{ upToKm: 2000, hours: 56.22 },
		{ upToKm: 3000, hours: 66.69 },
		{ upToKm: Number.POSITIVE_INFINITY, hours: 76.4 },
	] as const,
	sourced(['T2'], '2017', {
		zh: '按距离分段的平均全程时限：1000公里以内、1000—2000、2000—3000、3000公里以上。',
		en: 'Average full-process hours by distance: <1000 km, 1000–2000, 2000–3000, >3000 km.',
		vi: 'Thời gian toàn trình bình quân theo khoảng cách: <1000 km, 1000–2000, 2000–3000, >3000 km.',
	}),
);

const HOURS_BY_DESTINATION_BELT_2021 = figure<Record<EconomicBelt, number>>(
	{ east: 53.45, central: 53.79, west: 70.51 },
	sourced(['T5'], '2021', {
		zh: '按寄达地区（东、中、西部）的平均全程时限。',
		en: 'Average full-process hours by destination belt.',
		vi: 'Thời gian toàn trình bình quân theo vùng nhận (Đông, Trung, Tây).',
	}),
);
const NATIONAL_HOURS_2021 = figure(
	57.08,
	sourced(['T5'], '2021', {
		zh: '全国平均全程时限。',
		en: 'National average full-process hours.',
		vi: 'Thời gian toàn trình bình quân cả nước.',
	}),
);

const LATEST_NATIONAL_HOURS = figure(
	53.88,
	sourced(['S29'], '2024', {
		zh: '2024年全国平均全程时限。',
		en: 'National average full-process hours, 2024.',
		vi: 'Thời gian toàn trình bình quân cả nước, 2024.',
	}),
);
const LATEST_ON_TIME_72H = figure(
	0.8395,
	sourced(['S29'], '2024', {
		zh: '2024年72小时内送达的比例。',
		en: 'Share delivered within 72 hours, 2024.',
		vi: 'Tỷ lệ giao trong 72 giờ, 2024.',
	}),
);

const ON_TIME_72H_2021 = figure(
	(0.7711 + 0.7782) / 2,
	derived(['S31', 'T6'], '2021', {
		zh: '没有找到2021年的72小时准时率：取2020年（77.11%，S31）与2022年（77.82%，T6）的平均。',
		en: 'No 2021 72-hour rate was found: the mean of 2020 (77.11 %, S31) and 2022 (77.82 %, T6).',
		vi: 'Không tìm thấy tỷ lệ 72 giờ của 2021: lấy trung bình của 2020 (77,11%, S31) và 2022 (77,82%, T6).',
	}),
);

const ORIGIN_SHARE_BY_BELT = figure<Record<EconomicBelt, number>>(
	{ east: 0.709, central: 0.197, west: 0.094 },
	sourced(['G2'], '2025-10', {
		zh: '2025年1—10月的揽收地分布：东部70.9%，中部19.7%，西部9.4%。',
		en: 'Where parcels are collected, Jan–Oct 2025: east 70.9 %, central 19.7 %, west 9.4 %.',
		vi: 'Nơi nhận gửi bưu kiện, 1–10/2025: Đông 70,9%, Trung 19,7%, Tây 9,4%.',
	}),
);

const ROAD_FACTOR = figure(
	1.2,
	estimate('2026-01', {
		zh: '国家邮政局没有说明距离怎么计算。公路里程约为城市间直线距离的1.2倍（常用的绕行系数）；分段宽1000公里，这个系数只影响接近分段边界的线路。',
		en: 'The SPB does not say how it measured distance. Road routes run about 1.2 × the straight line between cities (a common circuity factor); the bands are 1000 km wide, so the factor only moves routes near a boundary.',
		vi: 'Cục Bưu chính không nói cách đo khoảng cách. Đường bộ dài khoảng 1,2 × đường thẳng giữa các thành phố (hệ số vòng thường dùng); mỗi khoảng rộng 1000 km nên hệ số chỉ ảnh hưởng tuyến gần ranh giới.',
	}),
);

/** A 72-hour band of the SPB's 2021 Q2 brand table and the time band it was published with (S30). */
type OnTimeBand = 'at_least_90' | 'from_80_to_90' | 'from_70_to_80' | 'below_70';
type TimeBand = 'under_48' | 'from_48_to_60' | 'over_60';

/** Midpoint of a 10-point band (≥ 90 % read as 90–100 %, < 70 % as 60–70 %). */
const BAND_MIDPOINT: Record<OnTimeBand, number> = {
	at_least_90: 0.95,
	from_80_to_90: 0.85,
	from_70_to_80: 0.75,
	below_70: 0.65,
};
/** @internal The hours of each published time band, for the consistency test of the brand factors. */
export const TIME_BAND_HOURS: Record<TimeBand, readonly [number, number]> = {
	under_48: [0, 48],
	from_48_to_60: [48, 60],
	over_60: [60, Number.POSITIVE_INFINITY],
};

const BRAND_BANDS: Record<CarrierId, { onTime: OnTimeBand; time: TimeBand } | null> = {
	sf: { onTime: 'at_least_90', time: 'under_48' },
	ems: { onTime: 'from_80_to_90', time: 'from_48_to_60' },
	jd: { onTime: 'from_80_to_90', time: 'from_48_to_60' },
	zto: { onTime: 'from_80_to_90', time: 'from_48_to_60' },
	yunda: { onTime: 'from_70_to_80', time: 'from_48_to_60' },
	yto: { onTime: 'from_70_to_80', time: 'from_48_to_60' },
	sto: { onTime: 'from_70_to_80', time: 'from_48_to_60' },
	deppon: { onTime: 'below_70', time: 'over_60' },
	jt: { onTime: 'below_70', time: 'over_60' },
	cainiao: null,
};

// ---- Normal distribution ----

/** Inverse of the standard normal CDF (P. J. Acklam's rational approximation, relative error < 1.2e-9). */
export function inverseNormal(p: number): number {
	if (!(p > 0 && p < 1)) throw new RangeError('inverseNormal needs 0 < p < 1');
	const a = [
		-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
	];
	const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
	const c = [
		-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
		2.938163982698783,
	];
	const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
	const poly = (k: readonly number[], x: number) => k.reduce((acc, coefficient) => acc * x + coefficient, 0);
	const low = 0.02425;
	if (p < low) {
		const q = Math.sqrt(-2 * Math.log(p));
		return poly(c, q) / (poly(d, q) * q + 1);
	}
	if (p > 1 - low) {
		const q = Math.sqrt(-2 * Math.log(1 - p));
		return -poly(c, q) / (poly(d, q) * q + 1);
	}
	const q = p - 0.5;
	const r = q * q;
	return (poly(a, r) * q) / (poly(b, r) * r + 1);
}

const Z_P90 = inverseNormal(0.9);

/** σ of a log-normal whose mean is `meanHours` and which delivers `onTime` of parcels within 72 h (smaller root). */
function spreadFrom(meanHours: number, onTime: number): number {
	const z = inverseNormal(onTime);
	const gap = Math.log(72 / meanHours);
	return z - Math.sqrt(z * z - 2 * gap);
}

const SIGMA = figure(
	spreadFrom(LATEST_NATIONAL_HOURS.value, LATEST_ON_TIME_72H.value),
	derived(['S29'], '2024', {
		zh: '由2024年平均时限（53.88小时）和72小时准时率（83.95%）求出对数正态分布的离散度σ。',
		en: 'Log-normal spread σ from the 2024 average (53.88 h) and 72-hour rate (83.95 %).',
		vi: 'Độ phân tán log-chuẩn σ từ thời gian bình quân 2024 (53,88 giờ) và tỷ lệ 72 giờ (83,95%).',
	}),
);
const MEDIAN_OVER_MEAN = Math.exp((-SIGMA.value * SIGMA.value) / 2);
const P90_OVER_P50 = Math.exp(Z_P90 * SIGMA.value);

/** Brand factor on every time of the brand (1 = industry). */
function brandFactorOf(carrier: CarrierId): Figure<number> {
	const bands = BRAND_BANDS[carrier];
	if (bands === null) {
		return figure(
			1,
			estimate(
				'2024-10',
				{
					zh: '不在国家邮政局调查的品牌之中（S28）：按行业时限计。',
					en: 'Not among the brands the SPB surveys (S28): industry times are used.',
					vi: 'Không nằm trong các thương hiệu Cục Bưu chính khảo sát (S28): dùng thời gian của ngành.',
				},
				['S28'],
			),
		);
	}
	const shift = inverseNormal(ON_TIME_72H_2021.value) - inverseNormal(BAND_MIDPOINT[bands.onTime]);
	return figure(
		Math.exp(SIGMA.value * shift),
		estimate(
			'2021-08',
			{
				zh: '国家邮政局只公布品牌所在区间，不公布品牌时限：按这个品牌2021年二季度的72小时准时率区间与当年行业水平之比，经对数正态离散度换算；结果与该品牌公布的时限区间一致。',
				en: 'The SPB publishes brand bands, not brand hours: this brand’s 72-hour band (2021 Q2) against the industry rate of that year, through the log-normal spread; it agrees with the brand’s published time band.',
				vi: 'Cục Bưu chính chỉ công bố khoảng theo thương hiệu, không công bố số giờ: khoảng 72 giờ của thương hiệu (quý 2/2021) so với mức của ngành năm đó, qua độ phân tán log-chuẩn; kết quả khớp với khoảng thời gian đã công bố.',
			},
			['S30', 'S31', 'T6', 'S29'],
		),
	);
}

export const BRAND_TIME_FACTORS: Readonly<Record<CarrierId, Figure<number>>> = Object.fromEntries(
	(Object.keys(BRAND_BANDS) as CarrierId[]).map((carrier) => [carrier, brandFactorOf(carrier)]),
) as Record<CarrierId, Figure<number>>;

/**
 * The published time band of a brand; null when not surveyed.
 * @internal For the consistency test of the brand factors.
 */
export function brandTimeBand(carrier: CarrierId): TimeBand | null {
	return BRAND_BANDS[carrier]?.time ?? null;
}

// ---- Route hours (industry mean), calibrated once at load ----

const N = PROVINCE_FACTS.length;
const beltOf = (index: number): EconomicBelt => PROVINCE_FACTS[index]?.belt ?? 'east';
const hoursAtDistance = (km: number) =>
	HOURS_BY_DISTANCE_2017.value.find((band) => km < band.upToKm)?.hours ?? HOURS_BY_DISTANCE_2017.value[3].hours;

/** Where parcels leave from: the SPB belt shares spread over each belt's provinces by population (sums to 1). */
const ORIGIN_WEIGHTS: readonly number[] = (() => {
	const beltPopulation = Object.fromEntries(ECONOMIC_BELTS.map((belt) => [belt, 0])) as Record<EconomicBelt, number>;
	for (const row of PROVINCE_FACTS) beltPopulation[row.belt] += row.population;
	const shareTotal = ECONOMIC_BELTS.reduce((sum, belt) => sum + ORIGIN_SHARE_BY_BELT.value[belt], 0);
	return PROVINCE_FACTS.map(
		(row) => (ORIGIN_SHARE_BY_BELT.value[row.belt] / shareTotal) * (row.population / beltPopulation[row.belt]),
	);
})();
const DESTINATION_WEIGHTS: readonly number[] = NATIONAL_MIX.ppm.map((ppm) => ppm / MIX_SCALE);

/** Σ origin weight × destination weight × hours, over the destinations `keep` accepts, divided by their weight. */
function weightedHours(hours: Float64Array, keep: (destination: number) => boolean): number {
	let sum = 0;
	let weight = 0;
	for (let o = 0; o < N; o++) {
		for (let d = 0; d < N; d++) {
			if (!keep(d)) continue;
			const w = (ORIGIN_WEIGHTS[o] ?? 0) * (DESTINATION_WEIGHTS[d] ?? 0);
			sum += w * (hours[o * N + d] ?? 0);
			weight += w;
		}
	}
	return sum / weight;
}

const DISTANCE_HOURS = new Float64Array(N * N);
for (let o = 0; o < N; o++) {
	for (let d = 0; d < N; d++) DISTANCE_HOURS[o * N + d] = hoursAtDistance(capitalDistanceKm(o, d) * ROAD_FACTOR.value);
}

const BELT_FACTORS: Readonly<Record<EconomicBelt, Figure<number>>> = (() => {
	const predictedNational = weightedHours(DISTANCE_HOURS, () => true);
	return Object.fromEntries(
		ECONOMIC_BELTS.map((belt) => {
			const predicted = weightedHours(DISTANCE_HOURS, (d) => beltOf(d) === belt) / predictedNational;
			const observed = HOURS_BY_DESTINATION_BELT_2021.value[belt] / NATIONAL_HOURS_2021.value;
			return [
				belt,
				figure(
					observed / predicted,
					derived(['T5', 'T2', 'G2', 'G11', 'G12'], '2021', {
						zh: '国家邮政局公布的该寄达地区时限与全国时限之比（2021年）÷ 仅由距离推出的比值。',
						en: 'SPB ratio of this destination belt to the national hours (2021) ÷ the ratio distance alone predicts.',
						vi: 'Tỷ lệ giữa vùng nhận này và cả nước theo Cục Bưu chính (2021) ÷ tỷ lệ chỉ do khoảng cách dự đoán.',
					}),
				),
			];
		}),
	) as Record<EconomicBelt, Figure<number>>;
})();

const ROUTE_MEAN_HOURS: Float64Array = (() => {
	const adjusted = new Float64Array(N * N);
	for (let o = 0; o < N; o++) {
		for (let d = 0; d < N; d++) {
			adjusted[o * N + d] = (DISTANCE_HOURS[o * N + d] ?? 0) * BELT_FACTORS[beltOf(d)].value;
		}
	}
	for (let o = 0; o < N; o++) {
		const sameProvince = adjusted[o * N + o] ?? 0;
		for (let d = 0; d < N; d++) adjusted[o * N + d] = Math.max(adjusted[o * N + d] ?? 0, sameProvince);
	}
	const level = LATEST_NATIONAL_HOURS.value / weightedHours(adjusted, () => true);
	return adjusted.map((hours) => hours * level);
})();

/** Mean hours to each destination from an unknown origin: the average over where parcels leave from. */
const UNKNOWN_ORIGIN_MEAN_HOURS: readonly number[] = Array.from({ length: N }, (_, d) => {
	let sum = 0;
	for (let o = 0; o < N; o++) sum += (ORIGIN_WEIGHTS[o] ?? 0) * (ROUTE_MEAN_HOURS[o * N + d] ?? 0);
	return sum;
});

/** Industry mean hours of a route; an unknown origin averages over origins; an unknown destination gives NaN. */
function routeMeanHours(origin: ProvinceCode | null, destinationIndex: number): number {
	const originIndex = origin === null ? -1 : provinceIndex(origin);
	if (originIndex < 0) return UNKNOWN_ORIGIN_MEAN_HOURS[destinationIndex] ?? Number.NaN;
	return ROUTE_MEAN_HOURS[originIndex * N + destinationIndex] ?? Number.NaN;
}

function daysOf(carrier: CarrierId, meanHours: number): DeliveryDays {
	const p50Hours = meanHours * MEDIAN_OVER_MEAN * BRAND_TIME_FACTORS[carrier].value;
	const tenths = (hours: number) => Math.round(hours / 2.4);
	return { p50Tenths: tenths(p50Hours), p90Tenths: tenths(p50Hours * P90_OVER_P50) };
}

/** p50/p90 days of one carrier on one route (origin null = not known). */
export function routeDeliveryDays(
	carrier: CarrierId,
	origin: ProvinceCode | null,
	destination: ProvinceCode,
): DeliveryDays {
	const destinationIndex = provinceIndex(destination);
	const mean =
		destinationIndex < 0 ? weightedMixHours(origin, NATIONAL_MIX.ppm) : routeMeanHours(origin, destinationIndex);
	return daysOf(carrier, mean);
}

function weightedMixHours(origin: ProvinceCode | null, ppm: readonly number[]): number {
	let sum = 0;
	for (let d = 0; d < N; d++) {
		const share = ppm[d] ?? 0;
		if (share > 0) sum += share * routeMeanHours(origin, d);
	}
	return sum / MIX_SCALE;
}

/** p50/p90 days of one carrier over a destination mix: the share-weighted average of its routes. */
export function mixDeliveryDays(carrier: CarrierId, origin: ProvinceCode | null, mix: DestinationMix): DeliveryDays {
	return daysOf(carrier, weightedMixHours(origin, mix.ppm));
}

/** Every figure of the model with its provenance, for the data-sources page (values in their own units). */
export interface ModelFigure {
	/** Message key suffix of the label; `params` fill it. */
	key: string;
	params?: Record<string, string | number>;
	value: number;
	unit: 'hours' | 'rate' | 'factor' | 'km_factor';
	provenance: Provenance;
}

const rounded = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** The steps of the model as translatable notes (message keys `switch_note_<code>`), with the model's own numbers. */
export const DELIVERY_TIME_METHOD: readonly Wording[] = [
	{ code: 'time_distance' },
	{
		code: 'time_belt',
		params: {
			central: rounded(BELT_FACTORS.central.value, 3),
			east: rounded(BELT_FACTORS.east.value, 3),
			west: rounded(BELT_FACTORS.west.value, 3),
		},
	},
	{ code: 'time_level' },
	{ code: 'time_spread', params: { p90: rounded(P90_OVER_P50, 3), sigma: rounded(SIGMA.value, 3) } },
	{ code: 'time_brand' },
];

/** The model as a whole: an estimate built on SPB figures (its steps: DELIVERY_TIME_METHOD). */
export const DELIVERY_TIME_PROVENANCE: Provenance = estimate(
	'2024',
	{
		zh: '国家邮政局按距离和寄达地区的行业时限，按2024年全国平均校准；品牌系数来自国家邮政局的品牌区间；p90由72小时准时率推出。',
		en: 'SPB industry times by distance and destination belt, scaled to the 2024 national average; brand factors from the SPB brand bands; p90 from the 72-hour on-time rate.',
		vi: 'Thời gian của ngành theo khoảng cách và vùng nhận (Cục Bưu chính), hiệu chỉnh theo bình quân cả nước 2024; hệ số thương hiệu từ các khoảng của Cục Bưu chính; p90 từ tỷ lệ đúng hạn 72 giờ.',
	},
	['T2', 'T5', 'S29', 'S30'],
);

export function deliveryTimeFigures(): ModelFigure[] {
	const bands = HOURS_BY_DISTANCE_2017.value.map((band, index) => ({
		key: `time_band_${index + 1}`,
		value: band.hours,
		unit: 'hours' as const,
		provenance: HOURS_BY_DISTANCE_2017.provenance,
	}));
	const belts = ECONOMIC_BELTS.flatMap((belt) => [
		{
			key: `time_belt_hours_${belt}`,
			value: HOURS_BY_DESTINATION_BELT_2021.value[belt],
			unit: 'hours' as const,
			provenance: HOURS_BY_DESTINATION_BELT_2021.provenance,
		},
		{
			key: `time_belt_factor_${belt}`,
			value: BELT_FACTORS[belt].value,
			unit: 'factor' as const,
			provenance: BELT_FACTORS[belt].provenance,
		},
		{
			key: `time_origin_share_${belt}`,
			value: ORIGIN_SHARE_BY_BELT.value[belt],
			unit: 'rate' as const,
			provenance: ORIGIN_SHARE_BY_BELT.provenance,
		},
	]);
	const brands = (Object.keys(BRAND_TIME_FACTORS) as CarrierId[]).map((carrier) => ({
		key: 'time_brand_factor',
		params: { carrier },
		value: BRAND_TIME_FACTORS[carrier].value,
		unit: 'factor' as const,
		provenance: BRAND_TIME_FACTORS[carrier].provenance,
	}));
	return [
		...bands,
		{ key: 'time_road_factor', value: ROAD_FACTOR.value, unit: 'km_factor', provenance: ROAD_FACTOR.provenance },
		{
			key: 'time_national_2021',
			value: NATIONAL_HOURS_2021.value,
			unit: 'hours',
			provenance: NATIONAL_HOURS_2021.provenance,
		},
		...belts,
		{
			key: 'time_national_latest',
			value: LATEST_NATIONAL_HOURS.value,
			unit: 'hours',
			provenance: LATEST_NATIONAL_HOURS.provenance,
		},
		{
			key: 'time_on_time_latest',
			value: LATEST_ON_TIME_72H.value,
			unit: 'rate',
			provenance: LATEST_ON_TIME_72H.provenance,
		},
		{ key: 'time_on_time_2021', value: ON_TIME_72H_2021.value, unit: 'rate', provenance: ON_TIME_72H_2021.provenance },
		{ key: 'time_sigma', value: SIGMA.value, unit: 'factor', provenance: SIGMA.provenance },
		{
			key: 'time_p90_ratio',
			value: P90_OVER_P50,
			unit: 'factor',
			provenance: derived(['S29'], '2024', {
				zh: 'p90 ÷ p50 = e^(1.2816 σ)。',
				en: 'p90 ÷ p50 = e^(1.2816 σ).',
				vi: 'p90 ÷ p50 = e^(1,2816 σ).',
			}),
		},
		...brands,
	];
}
