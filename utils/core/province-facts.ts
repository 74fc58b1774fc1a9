import { sourced } from './figures';
import type { ProvinceCode } from './ids';
import type { Provenance } from './provenance';

/**
 * Facts per province that the switch calculator needs and zoning does not, rows in PROVINCES order:
 * - resident population on 2020-11-01, Seventh National Population Census bulletin No. 3 (G11);
 * - the provincial capital's coordinates, rounded to 0.01° (GeoNames, G12), for route distances;
 * - the economic belt the SPB reports by (T5 destination hours, G2 origin shares): east 11 provinces (with
 *   Liaoning and Hainan), central 8 (with Jilin and Heilongjiang), west 12 (with Inner Mongolia and Guangxi),
 *   the standard three-belt division.
 */

/** 东部 / 中部 / 西部: the three belts of the SPB's regional figures (destination hours T5, origin shares G2). */
export type EconomicBelt = 'east' | 'central' | 'west';
export const ECONOMIC_BELTS: readonly EconomicBelt[] = ['east', 'central', 'west'];

export interface ProvinceFacts {
	code: ProvinceCode;
	/** Resident population on 2020-11-01 (census). */
	population: number;
	/** Provincial capital, degrees. */
	latitude: number;
	longitude: number;
	belt: EconomicBelt;
}

export const POPULATION_PROVENANCE: Provenance = sourced(['G11'], '2021-05-11', {
	zh: '2020年11月1日各省常住人口（第七次全国人口普查公报第三号）。',
	en: 'Resident population on 2020-11-01 by province (Seventh National Population Census, bulletin No. 3).',
	vi: 'Dân số thường trú theo tỉnh ngày 1/11/2020 (Tổng điều tra dân số lần thứ bảy, thông cáo số 3).',
});
type Row = [ProvinceCode, number, number, number, EconomicBelt];

// biome-ignore format: one province per line reads as a table
const ROWS: readonly Row[] = [
	['11', 21_893_095, 39.91, 116.40, 'east'], // 北京
	['12', 13_866_009, 39.14, 117.18, 'east'], // 天津 (天津)
	['13', 74_610_235, 38.04, 114.48, 'east'], // 河北 (石家庄)
	['14', 34_915_616, 37.87, 112.56, 'central'], // 山西 (太原)
	['15', 24_049_155, 40.81, 111.65, 'west'], // 内蒙古 (呼和浩特)
	['21', 42_591_407, 41.79, 123.43, 'east'], // 辽宁 (沈阳)
	['22', 24_073_453, 43.88, 125.32, 'central'], // 吉林 (长春)
	['23', 31_850_088, 45.75, 126.65, 'central'], // 黑龙江 (哈尔滨)
	['31', 24_870_895, 31.22, 121.46, 'east'], // 上海
	['32', 84_748_016, 32.06, 118.78, 'east'], // 江苏 (南京)
	['33', 64_567_588, 30.29, 120.16, 'east'], // 浙江 (杭州)
	['34', 61_027_171, 31.86, 117.28, 'central'], // 安徽 (合肥)
	['35', 41_540_086, 26.06, 119.31, 'east'], // 福建 (福州)
	['36', 45_188_635, 28.68, 115.85, 'central'], // 江西 (南昌)
	['37', 101_527_453, 36.67, 117.00, 'east'], // 山东 (济南)
	['41', 99_365_519, 34.76, 113.65, 'central'], // 河南 (郑州)
	['42', 57_752_557, 30.58, 114.27, 'central'], // 湖北 (武汉)
	['43', 66_444_864, 28.20, 112.97, 'central'], // 湖南 (长沙)
	['44', 126_012_510, 23.12, 113.25, 'east'], // 广东 (广州)
	['45', 50_126_804, 22.82, 108.32, 'west'], // 广西 (南宁)
	['46', 10_081_232, 20.05, 110.34, 'east'], // 海南 (海口)
	['50', 32_054_159, 29.56, 106.55, 'west'], // 重庆
	['51', 83_674_866, 30.67, 104.07, 'west'], // 四川 (成都)
	['52', 38_562_148, 26.58, 106.72, 'west'], // 贵州 (贵阳)
	['53', 47_209_277, 25.04, 102.72, 'west'], // 云南 (昆明)
	['54', 3_648_100, 29.65, 91.10, 'west'], // 西藏 (拉萨)
	['61', 39_528_999, 34.26, 108.93, 'west'], // 陕西 (西安)
	['62', 25_019_831, 36.06, 103.84, 'west'], // 甘肃 (兰州)
	['63', 5_923_957, 36.63, 101.76, 'west'], // 青海 (西宁)
	['64', 7_202_654, 38.47, 106.27, 'west'], // 宁夏 (银川)
	['65', 25_852_345, 43.80, 87.60, 'west'], // 新疆 (乌鲁木齐)
];

/** Same order as PROVINCES (a test keeps them aligned). */
export const PROVINCE_FACTS: readonly ProvinceFacts[] = ROWS.map(([code, population, latitude, longitude, belt]) => ({
	code,
	population,
	latitude,
	longitude,
	belt,
}));

/** Population of the 31 provinces together (the census bulletin's sum; the national total adds 2 million soldiers). */
export const CENSUS_POPULATION = PROVINCE_FACTS.reduce((sum, row) => sum + row.population, 0);

const EARTH_RADIUS_KM = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance between two provincial capitals (haversine), in km; 0 within a province. */
export function capitalDistanceKm(originIndex: number, destinationIndex: number): number {
	const a = PROVINCE_FACTS[originIndex];
	const b = PROVINCE_FACTS[destinationIndex];
	if (!a || !b || originIndex === destinationIndex) return 0;
	const dLat = radians(b.latitude - a.latitude);
	const dLon = radians(b.longitude - a.longitude);
	const h =
		Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
