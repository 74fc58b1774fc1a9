import { derived, estimate, figure, sourced } from './figures';
import { type CarrierId, isCarrierId, type LastMile, type LocalizedName } from './ids';
import type { Figure } from './provenance';

type NetworkModel = 'direct' | 'franchise';

export interface Carrier {
	id: CarrierId;
	name: LocalizedName;
	network: Figure<NetworkModel>;
	lastMile: Figure<LastMile>;
	/** cm³ per kg for volumetric weight (L×W×H / divisor). */
	volumetricDivisor: Figure<number>;
}

const CONSENT_RULE = 'Since 2024-03-01 station/locker drop-off needs the recipient’s consent (S43).';
const NO_DIVISOR_FOUND = 'No divisor found in the sources (data.md §6); 8000 is the common e-commerce parcel divisor.';

export const CARRIERS: Readonly<Record<CarrierId, Carrier>> = {
	jd: {
		id: 'jd',
		name: { zh: '京东快递', en: 'JD Logistics', vi: 'JD Logistics (Kinh Đông)' },
		network: figure('direct', sourced(['S46'], '2022-03', 'Direct-operated network with own couriers.')),
		lastMile: figure('door', estimate('2026-01', 'Door delivery by own couriers is the JD norm (general knowledge).')),
		volumetricDivisor: figure(8000, estimate('2026-01', 'Commonly quoted JD standard-parcel divisor; not in sources.')),
	},
	sf: {
		id: 'sf',
		name: { zh: '顺丰速运', en: 'SF Express', vi: 'SF Express (Thuận Phong)' },
		network: figure('direct', sourced(['S34'], '2019', 'Direct-operated premium network.')),
		lastMile: figure('door', estimate('2026-01', 'Door delivery is SF’s standard (general knowledge).')),
		volumetricDivisor: figure(
			6000,
			sourced(['S34'], '2019', 'Across economic regions; same city/province uses 12000 (set it in a contract).'),
		),
	},
	zto: {
		id: 'zto',
		name: { zh: '中通快递', en: 'ZTO Express', vi: 'ZTO Express (Trung Thông)' },
		network: figure('franchise', sourced(['S12'], '2025-03', 'Tongda franchise network.')),
		lastMile: figure(
			'station',
			estimate('2026-01', `Franchise outlets often use stations/lockers. ${CONSENT_RULE}`, ['S43']),
		),
		volumetricDivisor: figure(8000, estimate('2026-01', NO_DIVISOR_FOUND)),
	},
	yto: {
		id: 'yto',
		name: { zh: '圆通速递', en: 'YTO Express', vi: 'YTO Express (Viên Thông)' },
		network: figure('franchise', sourced(['S21'], '2024-08', 'Tongda franchise network.')),
		lastMile: figure(
			'station',
			estimate('2026-01', `Franchise outlets often use stations/lockers. ${CONSENT_RULE}`, ['S43']),
		),
		volumetricDivisor: figure(6000, sourced(['S38'], '2022', 'Retail/agent channel remark (low quality source).')),
	},
	sto: {
		id: 'sto',
		name: { zh: '申通快递', en: 'STO Express', vi: 'STO Express (Thân Thông)' },
		network: figure('franchise', sourced(['S14'], '2023-09', 'Tongda franchise network.')),
		lastMile: figure(
			'station',
			estimate('2026-01', `Franchise outlets often use stations/lockers. ${CONSENT_RULE}`, ['S43']),
		),
		volumetricDivisor: figure(8000, estimate('2026-01', NO_DIVISOR_FOUND)),
	},
	yunda: {
		id: 'yunda',
		name: { zh: '韵达速递', en: 'Yunda Express', vi: 'Yunda Express (Vận Đạt)' },
		network: figure('franchise', sourced(['S22'], '2025-05', 'Tongda franchise network; books dispatch fees gross.')),
		lastMile: figure(
			'station',
			estimate('2026-01', `Franchise outlets often use stations/lockers. ${CONSENT_RULE}`, ['S43']),
		),
		volumetricDivisor: figure(8000, sourced(['S38'], '2022', 'Third-party Yunda calculator (possibly freight).')),
	},
	jt: {
		id: 'jt',
		name: { zh: '极兔速递', en: 'J&T Express', vi: 'J&T Express (Cực Thố)' },
		network: figure('franchise', sourced(['S44'], '2021-10', 'Agent network; absorbed Best Express China.')),
		lastMile: figure('station', estimate('2026-01', `Agent network, stations common. ${CONSENT_RULE}`, ['S43'])),
		volumetricDivisor: figure(8000, estimate('2026-01', NO_DIVISOR_FOUND)),
	},
	ems: {
		id: 'ems',
		name: { zh: '中国邮政 EMS', en: 'China Post / EMS', vi: 'Bưu chính Trung Quốc / EMS' },
		network: figure('direct', derived(['S30'], '2021-08', 'State-owned network, surveyed as one brand by the SPB.')),
		lastMile: figure(
			'mixed',
			estimate('2026-01', 'Universal-service network: door in towns, post offices/stations in rural areas.'),
		),
		volumetricDivisor: figure(6000, estimate('2026-01', 'Not found in the sources; 6000 as for postal parcels.')),
	},
	deppon: {
		id: 'deppon',
		name: { zh: '德邦快递', en: 'Deppon Express', vi: 'Deppon Express (Đức Bang)' },
		network: figure('direct', sourced(['S46'], '2022-03', 'Direct-operated; JD Logistics subsidiary.')),
		lastMile: figure(
			'door',
			estimate('2026-01', 'Bulky-goods specialist delivering to the door (general knowledge).', ['S46']),
		),
		volumetricDivisor: figure(8000, sourced(['S38'], '2022', 'Aggregator remark “抛比8000”.')),
	},
	cainiao: {
		id: 'cainiao',
		name: { zh: '菜鸟速递', en: 'Cainiao Express', vi: 'Cainiao Express (Thái Điểu)' },
		network: figure(
			'direct',
			estimate('2023-06', 'Alibaba platform express built on Tmall Supermarket delivery operations.', ['S45']),
		),
		lastMile: figure(
			'mixed',
			derived(['S45'], '2023-06', 'Door-to-door promised in 300 cities at launch; 菜鸟驿站 stations elsewhere.'),
		),
		volumetricDivisor: figure(8000, estimate('2026-01', NO_DIVISOR_FOUND)),
	},
};

/** Accepts core ids (any case, trimmed) and the legacy `best` alias (Best Express was sold to J&T in 2021, S44). */
export function normalizeCarrierId(text: string): CarrierId | null {
	const id = text.trim().toLowerCase();
	if (id === 'best') return 'jt';
	return isCarrierId(id) ? id : null;
}

/** Listing words → carrier. Chinese names plus the few Latin ones listings print (EMS, J&T), matched case-sensitively. */
const LISTING_WORDS: readonly (readonly [string, CarrierId])[] = [
	['京东', 'jd'],
	['顺丰', 'sf'],
	['中通', 'zto'],
	['圆通', 'yto'],
	['申通', 'sto'],
	['韵达', 'yunda'],
	['极兔', 'jt'],
	['百世', 'jt'],
	['汇通', 'jt'],
	['EMS', 'ems'],
	['邮政', 'ems'],
	['德邦', 'deppon'],
	['菜鸟', 'cainiao'],
	['J&T', 'jt'],
	['SF Express', 'sf'],
];

/** Carrier named by a listing's delivery text ("快递: 中通", "京东物流"); null for generic 快递/物流 or unknown names. */
export function carrierFromListingText(text: string): CarrierId | null {
	let found: CarrierId | null = null;
	let foundAt = Number.POSITIVE_INFINITY;
	// The earliest mention wins ("顺丰/中通" names SF first).
	for (const [word, id] of LISTING_WORDS) {
		const at = text.indexOf(word);
		if (at >= 0 && at < foundAt) {
			found = id;
			foundAt = at;
		}
	}
	return found;
}
