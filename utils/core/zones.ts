import { PROVINCES, type Province } from './geography';
import type { ProvinceCode } from './ids';

/** Delivery zones of the default rate cards (scheme cn-parcel-zones-v1 in shared/reference/data.md §3.2). */
export const ZONES = ['same_province', 'near', 'national', 'remote_1', 'remote_2'] as const;
/**
 * same_province: destination = origin; near: neighbouring province or same economic cluster
 * (京津冀, 江浙沪皖, 川渝, 黑吉辽); national: any other non-remote province; remote_1: 内蒙古, 海南,
 * 甘肃, 青海, 宁夏; remote_2 (dearest): 新疆, 西藏.
 */
export type Zone = (typeof ZONES)[number];

/** A record with one value per zone, built without casts (a missing zone does not compile). */
export function byZone<T>(make: (zone: Zone) => T): Record<Zone, T> {
	return {
		same_province: make('same_province'),
		near: make('near'),
		national: make('national'),
		remote_1: make('remote_1'),
		remote_2: make('remote_2'),
	};
}

/** Land neighbours (general knowledge) and SF's economic clusters (S34), for the `near` zone. */
type EconomicCluster = 'jingjinji' | 'jiangzhehu_wan' | 'chuanyu' | 'heijiliao';

// biome-ignore format: one province per line reads as a table
export const ADJACENCY: Readonly<Record<ProvinceCode, { neighbours: readonly ProvinceCode[]; cluster: EconomicCluster | null }>> = {
	'11': { neighbours: ['12', '13'], cluster: 'jingjinji' }, // 北京
	'12': { neighbours: ['11', '13'], cluster: 'jingjinji' }, // 天津
	'13': { neighbours: ['11', '12', '14', '15', '21', '37', '41'], cluster: 'jingjinji' }, // 河北
	'14': { neighbours: ['13', '15', '61', '41'], cluster: null }, // 山西
	'15': { neighbours: ['23', '22', '21', '13', '14', '61', '64', '62'], cluster: null }, // 内蒙古
	'21': { neighbours: ['13', '15', '22'], cluster: 'heijiliao' }, // 辽宁
	'22': { neighbours: ['21', '15', '23'], cluster: 'heijiliao' }, // 吉林
	'23': { neighbours: ['22', '15'], cluster: 'heijiliao' }, // 黑龙江
	'31': { neighbours: ['32', '33'], cluster: 'jiangzhehu_wan' }, // 上海
	'32': { neighbours: ['31', '33', '34', '37'], cluster: 'jiangzhehu_wan' }, // 江苏
	'33': { neighbours: ['31', '32', '34', '36', '35'], cluster: 'jiangzhehu_wan' }, // 浙江
	'34': { neighbours: ['32', '33', '36', '42', '41', '37'], cluster: 'jiangzhehu_wan' }, // 安徽
	'35': { neighbours: ['33', '36', '44'], cluster: null }, // 福建
	'36': { neighbours: ['33', '34', '42', '43', '44', '35'], cluster: null }, // 江西
	'37': { neighbours: ['13', '41', '34', '32'], cluster: null }, // 山东
	'41': { neighbours: ['13', '14', '61', '42', '34', '37'], cluster: null }, // 河南
	'42': { neighbours: ['41', '34', '36', '43', '50', '61'], cluster: null }, // 湖北
	'43': { neighbours: ['42', '36', '44', '45', '52', '50'], cluster: null }, // 湖南
	'44': { neighbours: ['35', '36', '43', '45'], cluster: null }, // 广东
	'45': { neighbours: ['44', '43', '52', '53'], cluster: null }, // 广西
	'46': { neighbours: [], cluster: null }, // 海南
	'50': { neighbours: ['51', '52', '43', '42', '61'], cluster: 'chuanyu' }, // 重庆
	'51': { neighbours: ['50', '52', '53', '54', '63', '62', '61'], cluster: 'chuanyu' }, // 四川
	'52': { neighbours: ['51', '50', '43', '45', '53'], cluster: null }, // 贵州
	'53': { neighbours: ['51', '52', '45', '54'], cluster: null }, // 云南
	'54': { neighbours: ['65', '63', '51', '53'], cluster: null }, // 西藏
	'61': { neighbours: ['14', '41', '42', '50', '51', '62', '64', '15'], cluster: null }, // 陕西
	'62': { neighbours: ['61', '64', '15', '65', '63', '51'], cluster: null }, // 甘肃
	'63': { neighbours: ['62', '65', '54', '51'], cluster: null }, // 青海
	'64': { neighbours: ['61', '62', '15'], cluster: null }, // 宁夏
	'65': { neighbours: ['54', '63', '62'], cluster: null }, // 新疆
};

function zoneBetween(origin: Province, destination: Province): Zone {
	if (origin.code === destination.code) return 'same_province';
	if (destination.remoteTier !== 'none') return destination.remoteTier;
	const from = ADJACENCY[origin.code];
	const to = ADJACENCY[destination.code];
	// Neighbour lists are symmetric by hand, but checking both directions keeps a missed entry harmless.
	const adjacent = !!from?.neighbours.includes(destination.code) || !!to?.neighbours.includes(origin.code);
	if (adjacent || (!!from?.cluster && from.cluster === to?.cluster)) return 'near';
	return 'national';
}

/** A lookup table keyed by province code with no prototype: a key like `__proto__` or `constructor` finds nothing. */
function byProvinceCode<T>(entries: readonly (readonly [ProvinceCode, T])[]): Readonly<Record<ProvinceCode, T>> {
	return Object.assign(Object.create(null) as Record<ProvinceCode, T>, Object.fromEntries(entries));
}

// Precomputed once (31 × 31 routes). Province codes are integer-like keys, which plain objects read as fast as
// arrays: a quote costs two property reads for its zone.
const ZONE_BY_ROUTE = byProvinceCode(
	PROVINCES.map((origin) => [
		origin.code,
		byProvinceCode(PROVINCES.map((destination) => [destination.code, zoneBetween(origin, destination)] as const)),
	]),
);
const ZONE_FROM_UNKNOWN_ORIGIN = byProvinceCode<Zone>(
	PROVINCES.map((destination) => [
		destination.code,
		destination.remoteTier === 'none' ? 'national' : destination.remoteTier,
	]),
);

/**
 * Zone of a route. Unknown origin: national, except that remote destinations keep their tier
 * (they are remote from everywhere else); `assumed` then tells the UI to say so.
 * An unknown destination code is treated like an unknown origin would be: national, assumed.
 */
export function zoneFor(origin: ProvinceCode | null, destination: ProvinceCode): { zone: Zone; assumed: boolean } {
	const known = origin === null ? undefined : ZONE_BY_ROUTE[origin]?.[destination];
	if (known !== undefined) return { zone: known, assumed: false };
	return { zone: ZONE_FROM_UNKNOWN_ORIGIN[destination] ?? 'national', assumed: true };
}
