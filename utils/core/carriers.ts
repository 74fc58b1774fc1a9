import { CARRIER_NAMES } from './carrier-names';
import { derived, estimate, figure, sourced } from './figures';
import type { CarrierId, LastMile, LocalizedName } from './ids';
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
		name: CARRIER_NAMES.jd,
		network: figure('direct', sourced(['S46'], '2022-03', 'Direct-operated network with own couriers.')),
		lastMile: figure('door', estimate('2026-01', 'Door delivery by own couriers is the JD norm (general knowledge).')),
		volumetricDivisor: figure(8000, estimate('2026-01', 'Commonly quoted JD standard-parcel divisor; not in sources.')),
	},
	sf: {
		id: 'sf',
		name: CARRIER_NAMES.sf,
		network: figure('direct', sourced(['S34'], '2019', 'Direct-operated premium network.')),
		lastMile: figure('door', estimate('2026-01', 'Door delivery is SF’s standard (general knowledge).')),
		volumetricDivisor: figure(
			6000,
			sourced(['S34'], '2019', 'Across economic regions; same city/province uses 12000 (set it in a contract).'),
		),
	},
	zto: {
		id: 'zto',
		name: CARRIER_NAMES.zto,
		network: figure('franchise', sourced(['S12'], '2025-03', 'Tongda franchise network.')),
		lastMile: figure(
			'station',
			estimate('2026-01', `Franchise outlets often use stations/lockers. ${CONSENT_RULE}`, ['S43']),
		),
		volumetricDivisor: figure(8000, estimate('2026-01', NO_DIVISOR_FOUND)),
	},
	yto: {
		id: 'yto',
		name: CARRIER_NAMES.yto,
		network: figure('franchise', sourced(['S21'], '2024-08', 'Tongda franchise network.')),
		lastMile: figure(
			'station',
			estimate('2026-01', `Franchise outlets often use stations/lockers. ${CONSENT_RULE}`, ['S43']),
		),
		volumetricDivisor: figure(6000, sourced(['S38'], '2022', 'Retail/agent channel remark (low quality source).')),
	},
	sto: {
		id: 'sto',
		name: CARRIER_NAMES.sto,
		network: figure('franchise', sourced(['S14'], '2023-09', 'Tongda franchise network.')),
		lastMile: figure(
			'station',
			estimate('2026-01', `Franchise outlets often use stations/lockers. ${CONSENT_RULE}`, ['S43']),
		),
		volumetricDivisor: figure(8000, estimate('2026-01', NO_DIVISOR_FOUND)),
	},
	yunda: {
		id: 'yunda',
		name: CARRIER_NAMES.yunda,
		network: figure('franchise', sourced(['S22'], '2025-05', 'Tongda franchise network; books dispatch fees gross.')),
		lastMile: figure(
			'station',
			estimate('2026-01', `Franchise outlets often use stations/lockers. ${CONSENT_RULE}`, ['S43']),
		),
		volumetricDivisor: figure(8000, sourced(['S38'], '2022', 'Third-party Yunda calculator (possibly freight).')),
	},
	jt: {
		id: 'jt',
		name: CARRIER_NAMES.jt,
		network: figure('franchise', sourced(['S44'], '2021-10', 'Agent network; absorbed Best Express China.')),
		lastMile: figure('station', estimate('2026-01', `Agent network, stations common. ${CONSENT_RULE}`, ['S43'])),
		volumetricDivisor: figure(8000, estimate('2026-01', NO_DIVISOR_FOUND)),
	},
	ems: {
		id: 'ems',
		name: CARRIER_NAMES.ems,
		network: figure('direct', derived(['S30'], '2021-08', 'State-owned network, surveyed as one brand by the SPB.')),
		lastMile: figure(
			'mixed',
			estimate('2026-01', 'Universal-service network: door in towns, post offices/stations in rural areas.'),
		),
		volumetricDivisor: figure(6000, estimate('2026-01', 'Not found in the sources; 6000 as for postal parcels.')),
	},
	deppon: {
		id: 'deppon',
		name: CARRIER_NAMES.deppon,
		network: figure('direct', sourced(['S46'], '2022-03', 'Direct-operated; JD Logistics subsidiary.')),
		lastMile: figure(
			'door',
			estimate('2026-01', 'Bulky-goods specialist delivering to the door (general knowledge).', ['S46']),
		),
		volumetricDivisor: figure(8000, sourced(['S38'], '2022', 'Aggregator remark “抛比8000”.')),
	},
	cainiao: {
		id: 'cainiao',
		name: CARRIER_NAMES.cainiao,
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
