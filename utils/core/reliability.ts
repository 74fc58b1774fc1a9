import { CARRIERS } from './carriers';
import type { Reliability, ReliabilityFactor } from './estimate-model';
import { derived, estimate, figure, sourced } from './figures';
import { CARRIER_IDS, type CarrierId } from './ids';
import type { Figure, LocalizedText } from './provenance';
import type { SourceId } from './source-ids';

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

const NOT_SURVEYED: LocalizedText = {
	zh: '不在国家邮政局调查的9个品牌之中（S28）。',
	en: 'Not among the 9 brands of the SPB surveys (S28).',
	vi: 'Không nằm trong 9 thương hiệu được Cục Bưu chính khảo sát (S28).',
};

const TIER_POINTS: Record<Tier, number> = { A: 65, 'A-': 57, 'B+': 50, B: 45, 'B-': 40, C: 35, unknown: 40 };

interface ReliabilityData {
	tier: Figure<Tier>;
	onTimeRate: Figure<number | null>;
	complaintsPerMillion: Figure<number | null>;
	topOnTime: boolean;
}

const TIER_NOTE: LocalizedText = {
	zh: '由国家邮政局2020—2024年满意度与时效排名推算（data.md §2.2）。',
	en: 'Derived from SPB satisfaction and timeliness rankings 2020–2024 (data.md §2.2).',
	vi: 'Suy ra từ xếp hạng mức hài lòng và thời gian giao của Cục Bưu chính 2020–2024 (data.md §2.2).',
};
const TIER_SOURCES: SourceId[] = ['S25', 'S26', 'S27', 'S28', 'S30', 'S31'];
const tier = (value: Tier, note = TIER_NOTE) => figure(value, derived(TIER_SOURCES, '2024-10', note));
const band = (range: string, onlyBrand = false) =>
	figure<number | null>(
		null,
		sourced(['S30'], '2021-08', {
			zh: `国家邮政局只公布各品牌所在区间：2021年二季度72小时准时率${range}${onlyBrand ? '（唯一一家）' : ''}。`,
			en: `The SPB publishes only bands per brand: 72-hour on-time ${range} in 2021-Q2${onlyBrand ? ' (the only brand)' : ''}.`,
			vi: `Cục Bưu chính chỉ công bố khoảng theo thương hiệu: đúng hạn 72 giờ ${range} trong quý 2/2021${onlyBrand ? ' (thương hiệu duy nhất)' : ''}.`,
		}),
	);
const NO_COMPLAINT_DATA = figure<number | null>(
	null,
	estimate('2026-01', {
		zh: '未找到国家邮政局2016—2025年的品牌有效申诉率（data.md §6）。',
		en: 'No brand-level SPB valid-complaint rate found for 2016–2025 (data.md §6).',
		vi: 'Không tìm thấy tỷ lệ khiếu nại hợp lệ theo thương hiệu của Cục Bưu chính 2016–2025 (data.md §6).',
	}),
);
/**
 * The only brand complaint rates found (October 2017) come from an anonymous dataset that scraped the SPB's
 * notices (S32): the notices themselves were not found, so the figures are labelled estimates.
 */
const oldComplaints = (value: number, range: string, extra?: { sourceIds: SourceId[]; note: LocalizedText }) =>
	figure<number | null>(
		value,
		estimate(
			'2017-10',
			{
				zh: `2017年10月的数值，仅见于一份匿名数据集（抓取自国家邮政局通告，S32），通告原文未找到；2016年11月—2017年10月区间${range}。${extra?.note.zh ?? ''}`,
				en: `October 2017, seen only in an anonymous dataset scraped from SPB notices (S32); the notices were not found. Range Nov 2016–Oct 2017: ${range}.${extra ? ` ${extra.note.en}` : ''}`,
				vi: `Tháng 10/2017, chỉ thấy trong một bộ dữ liệu ẩn danh lấy từ thông báo của Cục Bưu chính (S32); không tìm thấy thông báo gốc. Khoảng 11/2016–10/2017: ${range}.${extra ? ` ${extra.note.vi}` : ''}`,
			},
			['S32', ...(extra?.sourceIds ?? [])],
		),
	);

const DATA: Record<CarrierId, ReliabilityData> = {
	jd: {
		tier: tier('A'),
		onTimeRate: band('80–90%'),
		complaintsPerMillion: oldComplaints(0.98, '0.42–2.92'),
		topOnTime: false,
	},
	sf: {
		tier: tier('A'),
		onTimeRate: band('≥90%', true),
		complaintsPerMillion: NO_COMPLAINT_DATA,
		topOnTime: true,
	},
	zto: {
		tier: tier('B+'),
		onTimeRate: band('80–90%'),
		complaintsPerMillion: oldComplaints(1.77, '1.14–9.12', {
			sourceIds: ['S13'],
			note: {
				zh: '中通自称连续三年月均低于每百万件1件（公司自述，S13）。',
				en: 'ZTO itself claims below 1 per million monthly (company claim, S13).',
				vi: 'ZTO tự nhận dưới 1 trên một triệu mỗi tháng (tuyên bố của công ty, S13).',
			},
		}),
		topOnTime: true,
	},
	yto: { tier: tier('B'), onTimeRate: band('70–80%'), complaintsPerMillion: NO_COMPLAINT_DATA, topOnTime: false },
	sto: {
		tier: tier('B'),
		onTimeRate: band('70–80%'),
		complaintsPerMillion: oldComplaints(10.93, '6.51–31.41'),
		topOnTime: false,
	},
	yunda: { tier: tier('B'), onTimeRate: band('70–80%'), complaintsPerMillion: NO_COMPLAINT_DATA, topOnTime: false },
	jt: {
		tier: tier('C', {
			zh: '仅由国家邮政局2021年二季度区间推算（最低一档）；有新数据时应复核。',
			en: 'Derived from 2021-Q2 SPB bands only (lowest band); re-check with newer SPB data.',
			vi: 'Chỉ suy ra từ khoảng quý 2/2021 của Cục Bưu chính (khoảng thấp nhất); cần kiểm tra lại khi có số liệu mới.',
		}),
		onTimeRate: band('<70%'),
		complaintsPerMillion: NO_COMPLAINT_DATA,
		topOnTime: false,
	},
	ems: { tier: tier('A-'), onTimeRate: band('80–90%'), complaintsPerMillion: NO_COMPLAINT_DATA, topOnTime: false },
	deppon: {
		tier: tier('B-', {
			zh: '由国家邮政局2020—2021年排名推算；大件本来就慢一些。',
			en: 'Derived from SPB 2020–2021 rankings; bulky goods are slower by design.',
			vi: 'Suy ra từ xếp hạng 2020–2021 của Cục Bưu chính; hàng cồng kềnh vốn chậm hơn.',
		}),
		onTimeRate: band('<70%'),
		complaintsPerMillion: NO_COMPLAINT_DATA,
		topOnTime: false,
	},
	cainiao: {
		tier: figure<Tier>('unknown', estimate('2024-10', NOT_SURVEYED, ['S28'])),
		onTimeRate: figure<number | null>(null, estimate('2024-10', NOT_SURVEYED, ['S28'])),
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
