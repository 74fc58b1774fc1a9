import { CARRIERS } from './carriers';
import type { Reliability, ReliabilityFactor } from './estimate-model';
import { derived, estimate, figure, sourced } from './figures';
import { CARRIER_IDS, type CarrierId } from './ids';
import type { Figure } from './provenance';

/**
 * Reliability from the State Post Bureau (SPB) findings in data.md §2. The SPB publishes brand rankings and
 * bands, not brand percentages, so on-time rates stay null and say which band the brand was in.
 *
 * Score (0–100, clamped) = tier base + last mile + network + complaints + recent top on-time:
 * - tier base (derived tiers of data.md §2.2): A 65, A− 57, B+ 50, B 45, B− 40, C 35, not surveyed 40;
 * - last mile: door +15, mixed +7, station 0;
 * - network: direct-operated +10, franchise 0;
 * - valid complaints per million: < 2 → +8, 2–5 → +3, > 5 → −5, not published → 0;
 * - named among the best 72-hour on-time brands in the latest SPB survey found (2024-Q3, S28) → +5.
 */
type Tier = 'A' | 'A-' | 'B+' | 'B' | 'B-' | 'C' | 'unknown';

const TIER_POINTS: Record<Tier, number> = { A: 65, 'A-': 57, 'B+': 50, B: 45, 'B-': 40, C: 35, unknown: 40 };

interface ReliabilityData {
	tier: Figure<Tier>;
	onTimeRate: Figure<number | null>;
	complaintsPerMillion: Figure<number | null>;
	topOnTime: boolean;
}

const TIER_NOTE = 'Derived from SPB satisfaction and timeliness rankings 2020–2024 (data.md §2.2).';
const TIER_SOURCES = ['S25', 'S26', 'S27', 'S28', 'S30', 'S31'];
const tier = (value: Tier, note = TIER_NOTE) => figure(value, derived(TIER_SOURCES, '2024-10', note));
const band = (text: string) =>
	figure<number | null>(
		null,
		sourced(['S30'], '2021-08', `SPB publishes only bands per brand: 72-hour on-time ${text} in 2021-Q2.`),
	);
const NO_COMPLAINT_DATA = figure<number | null>(
	null,
	estimate('2026-01', 'No brand-level SPB valid-complaint rate found for 2016–2025 (data.md §6).'),
);

const DATA: Record<CarrierId, ReliabilityData> = {
	jd: {
		tier: tier('A'),
		onTimeRate: band('80–90 %'),
		complaintsPerMillion: figure<number | null>(
			0.98,
			sourced(['S32'], '2017-10', 'Old: range 0.42–2.92 in Nov 2016–Oct 2017.'),
		),
		topOnTime: false,
	},
	sf: {
		tier: tier('A'),
		onTimeRate: band('≥ 90 % (the only brand)'),
		complaintsPerMillion: NO_COMPLAINT_DATA,
		topOnTime: true,
	},
	zto: {
		tier: tier('B+'),
		onTimeRate: band('80–90 %'),
		complaintsPerMillion: figure<number | null>(
			1.77,
			sourced(['S32', 'S13'], '2017-10', 'Old; ZTO itself claims below 1 per million monthly (company claim, S13).'),
		),
		topOnTime: true,
	},
	yto: { tier: tier('B'), onTimeRate: band('70–80 %'), complaintsPerMillion: NO_COMPLAINT_DATA, topOnTime: false },
	sto: {
		tier: tier('B'),
		onTimeRate: band('70–80 %'),
		complaintsPerMillion: figure<number | null>(
			10.93,
			sourced(['S32'], '2017-10', 'Old: range 6.5–31.4 in Nov 2016–Oct 2017.'),
		),
		topOnTime: false,
	},
	yunda: { tier: tier('B'), onTimeRate: band('70–80 %'), complaintsPerMillion: NO_COMPLAINT_DATA, topOnTime: false },
	jt: {
		tier: tier('C', 'Derived from 2021-Q2 SPB bands only (lowest band); re-check with newer SPB data.'),
		onTimeRate: band('< 70 %'),
		complaintsPerMillion: NO_COMPLAINT_DATA,
		topOnTime: false,
	},
	ems: { tier: tier('A-'), onTimeRate: band('80–90 %'), complaintsPerMillion: NO_COMPLAINT_DATA, topOnTime: false },
	deppon: {
		tier: tier('B-', 'Derived from SPB 2020–2021 rankings; bulky goods are slower by design.'),
		onTimeRate: band('< 70 %'),
		complaintsPerMillion: NO_COMPLAINT_DATA,
		topOnTime: false,
	},
	cainiao: {
		tier: figure<Tier>('unknown', estimate('2024-10', 'Not among the 9 brands of the SPB surveys (S27).', ['S27'])),
		onTimeRate: figure<number | null>(null, estimate('2024-10', 'Not among the brands surveyed by the SPB.', ['S27'])),
		complaintsPerMillion: NO_COMPLAINT_DATA,
		topOnTime: false,
	},
};

function factorsOf(carrier: CarrierId): ReliabilityFactor[] {
	const data = DATA[carrier];
	const info = CARRIERS[carrier];
	const tierValue = data.tier.value;
	const factors: ReliabilityFactor[] = [
		tierValue === 'unknown'
			? { code: 'tier_unknown', points: TIER_POINTS.unknown }
			: { code: 'spb_tier', params: { tier: tierValue }, points: TIER_POINTS[tierValue] },
	];
	const lastMile = info.lastMile.value;
	if (lastMile === 'door') factors.push({ code: 'door_delivery', points: 15 });
	else if (lastMile === 'mixed') factors.push({ code: 'mixed_delivery', points: 7 });
	else factors.push({ code: 'station_delivery', points: 0 });
	factors.push(
		info.network.value === 'direct' ? { code: 'direct_network', points: 10 } : { code: 'franchise_network', points: 0 },
	);
	const complaints = data.complaintsPerMillion.value;
	if (complaints === null) factors.push({ code: 'complaints_unpublished', points: 0 });
	else if (complaints < 2) factors.push({ code: 'few_complaints', params: { perMillion: complaints }, points: 8 });
	else if (complaints <= 5) factors.push({ code: 'some_complaints', params: { perMillion: complaints }, points: 3 });
	else factors.push({ code: 'many_complaints', params: { perMillion: complaints }, points: -5 });
	if (data.topOnTime) factors.push({ code: 'spb_top_on_time', params: { period: '2024-Q3' }, points: 5 });
	return factors;
}

const RELIABILITY: Readonly<Record<CarrierId, Reliability>> = Object.fromEntries(
	CARRIER_IDS.map((carrier) => {
		const factors = factorsOf(carrier);
		const total = factors.reduce((sum, factor) => sum + factor.points, 0);
		const reliability: Reliability = {
			carrier,
			score: Math.max(0, Math.min(100, total)),
			onTimeRate: DATA[carrier].onTimeRate,
			complaintsPerMillion: DATA[carrier].complaintsPerMillion,
			lastMile: CARRIERS[carrier].lastMile,
			network: CARRIERS[carrier].network,
			factors,
		};
		return [carrier, reliability];
	}),
) as Record<CarrierId, Reliability>;

/** A carrier's reliability with the factors behind its score. Static data: the same object every call. */
export function reliabilityOf(carrier: CarrierId): Reliability {
	return RELIABILITY[carrier];
}
