import { PROVINCES } from './geography';
import type { ProvinceCode } from './ids';
import { type Zone, zoneFor } from './zones';

/**
 * The conventional regions (大区) that group the province picker. They follow the GB/T 2260 code's first digit
 * (1 华北, 2 东北, 3 华东, 4 中南, 5 西南, 6 西北), with 中南 split the usual way into 华中 (41–43) and 华南 (44–46).
 */
export const REGIONS = ['north', 'northeast', 'east', 'central', 'south', 'southwest', 'northwest'] as const;
export type Region = (typeof REGIONS)[number];

const REGION_BY_FIRST_DIGIT: Readonly<Record<string, Region>> = {
	'1': 'north',
	'2': 'northeast',
	'3': 'east',
	'5': 'southwest',
	'6': 'northwest',
};

export function regionOf(code: ProvinceCode): Region {
	if (code.startsWith('4')) return code < '44' ? 'central' : 'south';
	return REGION_BY_FIRST_DIGIT[code.charAt(0)] ?? 'north';
}

/** The provinces of each region, in code order, for the picker's groups. */
export const PROVINCES_BY_REGION: readonly { region: Region; provinces: readonly ProvinceCode[] }[] = REGIONS.map(
	(region) => ({
		region,
		provinces: PROVINCES.filter((province) => regionOf(province.code) === region).map((province) => province.code),
	}),
);

/**
 * The contract editor's one-click shapes. `jiangzhehu` and `remote` price a set of provinces; `same_province` and
 * `near` price a zone; `national` is the contract's base card (every destination not priced otherwise).
 */
export const CONTRACT_PRESETS = ['jiangzhehu', 'same_province', 'near', 'national', 'remote'] as const;
export type ContractPreset = (typeof CONTRACT_PRESETS)[number];

export type PresetTarget =
	| { kind: 'base' }
	| { kind: 'zone'; zone: Zone }
	| { kind: 'provinces'; provinces: readonly ProvinceCode[] };

/** 江浙沪 as the trade says it: 上海、江苏、浙江 (安徽 belongs to SF's wider 江浙沪皖 cluster, zones.ts). */
const JIANGZHEHU: readonly ProvinceCode[] = ['31', '32', '33'];
/** 偏远: both remote tiers of the default cards (新疆、西藏、青海、宁夏、甘肃、内蒙古、海南), from geography.ts. */
const REMOTE: readonly ProvinceCode[] = PROVINCES.filter((province) => province.remoteTier !== 'none').map(
	(province) => province.code,
);

export function presetTarget(preset: ContractPreset): PresetTarget {
	switch (preset) {
		case 'jiangzhehu':
			return { kind: 'provinces', provinces: JIANGZHEHU };
		case 'remote':
			return { kind: 'provinces', provinces: REMOTE };
		case 'same_province':
		case 'near':
			return { kind: 'zone', zone: preset };
		case 'national':
			return { kind: 'base' };
	}
}

/** The preset whose provinces are exactly these (in any order), for naming an override group. */
export function presetOfProvinces(provinces: readonly ProvinceCode[]): ContractPreset | null {
	const key = [...provinces].sort().join();
	if (key === [...JIANGZHEHU].sort().join()) return 'jiangzhehu';
	if (key === [...REMOTE].sort().join()) return 'remote';
	return null;
}

/**
 * The provinces a zone holds from a known origin (same province, neighbours and cluster, the remote tiers …). Null
 * when it depends on an origin that is not one province: the view then describes the zone in words.
 */
export function provincesInZone(zone: Zone, origin: ProvinceCode | null): ProvinceCode[] | null {
	const remoteTier = zone === 'remote_1' || zone === 'remote_2';
	if (origin === null && !remoteTier) return null;
	return PROVINCES.filter((destination) => zoneFor(origin, destination.code).zone === zone).map(
		(destination) => destination.code,
	);
}
