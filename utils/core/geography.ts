import type { LocalizedName, ProvinceCode } from './ids';

/**
 * The 31 mainland provinces (GB/T 2260 codes, S39) with their names and remote tiers (data.md §3.1);
 * abbreviations are general knowledge. Neighbours and clusters, which only zoning needs, live in zones.ts.
 */
type RemoteTier = 'none' | 'remote_1' | 'remote_2';

export interface Province {
	code: ProvinceCode;
	name: LocalizedName;
	/** Name without 省/市/自治区, as pages print it: 浙江, 内蒙古, 广西. */
	shortZh: string;
	/** One-character abbreviation: 浙, 蒙, 桂. */
	abbreviation: string;
	remoteTier: RemoteTier;
}

type Row = [ProvinceCode, string, string, string, string, string, RemoteTier];

// biome-ignore format: one province per line reads as a table
const ROWS: readonly Row[] = [
	['11', '北京市', 'Beijing', 'Bắc Kinh', '北京', '京', 'none'],
	['12', '天津市', 'Tianjin', 'Thiên Tân', '天津', '津', 'none'],
	['13', '河北省', 'Hebei', 'Hà Bắc', '河北', '冀', 'none'],
	['14', '山西省', 'Shanxi', 'Sơn Tây', '山西', '晋', 'none'],
	['15', '内蒙古自治区', 'Inner Mongolia', 'Nội Mông', '内蒙古', '蒙', 'remote_1'],
	['21', '辽宁省', 'Liaoning', 'Liêu Ninh', '辽宁', '辽', 'none'],
	['22', '吉林省', 'Jilin', 'Cát Lâm', '吉林', '吉', 'none'],
	['23', '黑龙江省', 'Heilongjiang', 'Hắc Long Giang', '黑龙江', '黑', 'none'],
	['31', '上海市', 'Shanghai', 'Thượng Hải', '上海', '沪', 'none'],
	['32', '江苏省', 'Jiangsu', 'Giang Tô', '江苏', '苏', 'none'],
	['33', '浙江省', 'Zhejiang', 'Chiết Giang', '浙江', '浙', 'none'],
	['34', '安徽省', 'Anhui', 'An Huy', '安徽', '皖', 'none'],
	['35', '福建省', 'Fujian', 'Phúc Kiến', '福建', '闽', 'none'],
	['36', '江西省', 'Jiangxi', 'Giang Tây', '江西', '赣', 'none'],
	['37', '山东省', 'Shandong', 'Sơn Đông', '山东', '鲁', 'none'],
	['41', '河南省', 'Henan', 'Hà Nam', '河南', '豫', 'none'],
	['42', '湖北省', 'Hubei', 'Hồ Bắc', '湖北', '鄂', 'none'],
	['43', '湖南省', 'Hunan', 'Hồ Nam', '湖南', '湘', 'none'],
	['44', '广东省', 'Guangdong', 'Quảng Đông', '广东', '粤', 'none'],
	['45', '广西壮族自治区', 'Guangxi', 'Quảng Tây', '广西', '桂', 'none'],
	['46', '海南省', 'Hainan', 'Hải Nam', '海南', '琼', 'remote_1'],
	['50', '重庆市', 'Chongqing', 'Trùng Khánh', '重庆', '渝', 'none'],
	['51', '四川省', 'Sichuan', 'Tứ Xuyên', '四川', '川', 'none'],
	['52', '贵州省', 'Guizhou', 'Quý Châu', '贵州', '黔', 'none'],
	['53', '云南省', 'Yunnan', 'Vân Nam', '云南', '滇', 'none'],
	['54', '西藏自治区', 'Tibet (Xizang)', 'Tây Tạng', '西藏', '藏', 'remote_2'],
	['61', '陕西省', 'Shaanxi', 'Thiểm Tây', '陕西', '陕', 'none'],
	['62', '甘肃省', 'Gansu', 'Cam Túc', '甘肃', '甘', 'remote_1'],
	['63', '青海省', 'Qinghai', 'Thanh Hải', '青海', '青', 'remote_1'],
	['64', '宁夏回族自治区', 'Ningxia', 'Ninh Hạ', '宁夏', '宁', 'remote_1'],
	['65', '新疆维吾尔自治区', 'Xinjiang', 'Tân Cương', '新疆', '新', 'remote_2'],
];

export const PROVINCES: readonly Province[] = ROWS.map(([code, zh, en, vi, shortZh, abbreviation, remoteTier]) => ({
	code,
	name: { zh, en, vi },
	shortZh,
	abbreviation,
	remoteTier,
}));

const BY_CODE: ReadonlyMap<string, Province> = new Map(PROVINCES.map((province) => [province.code, province]));

export function isProvinceCode(value: unknown): value is ProvinceCode {
	return typeof value === 'string' && BY_CODE.has(value);
}

export function provinceByCode(code: ProvinceCode): Province | undefined {
	return BY_CODE.get(code);
}

/** Dense index 0..30 of a province code in PROVINCES order, -1 when unknown (for per-province arrays). */
export function provinceIndex(code: ProvinceCode): number {
	const province = BY_CODE.get(code);
	return province === undefined ? -1 : PROVINCES.indexOf(province);
}

/** The 31 codes, for schemas that accept a province code (`99` and `00` are not provinces). */
export const PROVINCE_CODES: readonly ProvinceCode[] = PROVINCES.map((province) => province.code);

/** Every way a merchant writes a province in a file: code, full name, short name, one-character abbreviation, English. */
const PROVINCE_BY_NAME: ReadonlyMap<string, ProvinceCode> = new Map(
	PROVINCES.flatMap((province) => [
		[province.code, province.code],
		[province.name.zh, province.code],
		[province.shortZh, province.code],
		[province.abbreviation, province.code],
		[province.name.en.toLowerCase(), province.code],
		...(province.name.en.includes('(')
			? province.name.en
					.toLowerCase()
					.split(/[()]/)
					.map((part): [string, ProvinceCode] => [part.trim(), province.code])
			: []),
	]),
).set('内蒙', '15');

/**
 * A province as a merchant types it in a file or form, whole: `33`, `浙江`, `浙江省`, `浙`, `内蒙古`, `Zhejiang`.
 * Null when it names none (no prefix guessing here, unlike parseProvince for page text).
 */
export function provinceFromName(text: string): ProvinceCode | null {
	const key = text.trim();
	return PROVINCE_BY_NAME.get(key) ?? PROVINCE_BY_NAME.get(key.toLowerCase()) ?? null;
}

/**
 * Major cities whose name alone identifies the province (capitals and e-commerce hubs). Only names that
 * no other province uses as a prefix; 吉林 is both a city and its province, so it needs no entry.
 */
const CITY_PROVINCE: Readonly<Record<string, ProvinceCode>> = {
	石家庄: '13',
	太原: '14',
	呼和浩特: '15',
	包头: '15',
	沈阳: '21',
	大连: '21',
	长春: '22',
	哈尔滨: '23',
	南京: '32',
	苏州: '32',
	无锡: '32',
	常州: '32',
	杭州: '33',
	宁波: '33',
	温州: '33',
	金华: '33',
	义乌: '33',
	绍兴: '33',
	嘉兴: '33',
	湖州: '33',
	合肥: '34',
	福州: '35',
	厦门: '35',
	泉州: '35',
	莆田: '35',
	南昌: '36',
	济南: '37',
	青岛: '37',
	临沂: '37',
	郑州: '41',
	武汉: '42',
	长沙: '43',
	广州: '44',
	深圳: '44',
	东莞: '44',
	佛山: '44',
	汕头: '44',
	揭阳: '44',
	中山: '44',
	南宁: '45',
	海口: '46',
	三亚: '46',
	成都: '51',
	贵阳: '52',
	昆明: '53',
	拉萨: '54',
	西安: '61',
	兰州: '62',
	西宁: '63',
	银川: '64',
	乌鲁木齐: '65',
};

/**
 * Prefix → province, grouped by first character and longest first within a group, so 黑龙江 is tried before
 * shorter names and a cell costs a few comparisons (an order export has one per row).
 */
const PREFIXES_BY_FIRST_CHAR: ReadonlyMap<string, readonly (readonly [string, ProvinceCode])[]> = (() => {
	const prefixes: (readonly [string, ProvinceCode])[] = [
		...PROVINCES.map((province) => [province.shortZh, province.code] as const),
		['内蒙', '15'] as const,
		// 海南藏族自治州 is in Qinghai: it must not read as Hainan province.
		['海南藏族', '63'] as const,
		['海南州', '63'] as const,
		...Object.entries(CITY_PROVINCE).map(([city, code]) => [city, code] as const),
	];
	const groups = new Map<string, (readonly [string, ProvinceCode])[]>();
	for (const entry of prefixes) groups.set(entry[0].charAt(0), [...(groups.get(entry[0].charAt(0)) ?? []), entry]);
	for (const group of groups.values()) group.sort((a, b) => b[0].length - a[0].length);
	return groups;
})();

/**
 * A name followed by this is a street, not a place: 北京路 (in Guangzhou), 南京西路 (Shanghai), 中山东一路,
 * 新疆道 (Tianjin). An address that starts with a street names no province.
 */
const STREET_AFTER_NAME = /^[东西南北中]?[一二三四五六七八九十\d]*(?:路|街|巷|弄|胡同|大道|道)/;

/**
 * Province named at the start of page text or of an address ("浙江杭州", "广东 广州", "浙江省金华市", "上海",
 * "杭州市", "新疆维吾尔自治区乌鲁木齐市…", "广西壮族自治区…", "北京市朝阳区…"). A leading "中国" is skipped.
 * Returns null when the text does not start with a known name, or the name is a street's: no guessing.
 */
export function parseProvince(text: string): ProvinceCode | null {
	let rest = text.trim();
	if (rest.startsWith('中国')) rest = rest.slice(2).trimStart();
	if (rest.length === 0) return null;
	for (const [prefix, code] of PREFIXES_BY_FIRST_CHAR.get(rest.charAt(0)) ?? []) {
		if (rest.startsWith(prefix)) return STREET_AFTER_NAME.test(rest.slice(prefix.length)) ? null : code;
	}
	return null;
}
