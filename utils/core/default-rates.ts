import { CARRIERS } from './carriers';
import type { RateCard } from './contract-model';
import { derived, estimate, figure, optimistic } from './figures';
import { byCarrier, type CarrierId, type Fen } from './ids';
import type { Figure, LocalizedText, Provenance } from './provenance';
import type { SourceId } from './source-ids';
import { byZone, type Zone } from './zones';

/**
 * Default (list) rate cards per carrier and zone, built from shared/reference/data.json. No public walk-in
 * tariff was found (data.md §1.2), so defaults come from real merchant contracts (S35, S37) mapped onto the
 * zone scheme cn-parcel-zones-v1, and from estimates where no carrier data exists. Every zone of every card
 * states its status explicitly.
 */
interface DefaultBand {
	maxGrams: number;
	priceFen: Figure<Fen>;
}

interface DefaultZoneCard {
	bands: DefaultBand[];
	firstGrams: number;
	firstFen: Figure<Fen>;
	extraFen: Figure<Fen>;
	extraStepGrams: number;
}

export interface DefaultCarrierCard {
	carrier: CarrierId;
	zones: Record<Zone, DefaultZoneCard>;
	/** Zero: the remote zones carry their own prices, as the sampled contracts do (S35, S37). */
	remoteSurcharge: { remote1Fen: Figure<Fen>; remote2Fen: Figure<Fen> };
	volumetricDivisor: Figure<number>;
}

/** One zone's prices and where they come from. */
interface ZoneInput {
	first: Fen;
	extra: Fen;
	/** Flat prices up to a weight (the STO contract's low-weight prices); non-remote zones only. */
	bands?: readonly (readonly [grams: number, fen: Fen])[];
	provenance: Provenance;
}

const S37_DATE = '2025-09-13';
const S35_DATE = '2021-08';
const ESTIMATE_DATE = '2026-01';

function zoneCard(input: ZoneInput, extraStepGrams: number): DefaultZoneCard {
	const { provenance } = input;
	return {
		bands: (input.bands ?? []).map(([maxGrams, fen]) => ({ maxGrams, priceFen: figure(fen, provenance) })),
		firstGrams: 1000,
		firstFen: figure(input.first, provenance),
		extraFen: figure(input.extra, provenance),
		extraStepGrams,
	};
}

const REMOTE_ZONES_PRICED: Provenance = derived(['S35', 'S37'], S37_DATE, {
	zh: '偏远区域在卡上有自己的首重和续重价格，不另加附加费。',
	en: 'Remote zones have their own first and extra prices instead.',
	vi: 'Vùng xa có giá kg đầu và kg tiếp riêng, không cộng phụ phí.',
});
const ZERO_REMOTE_SURCHARGE = {
	remote1Fen: figure(0, REMOTE_ZONES_PRICED),
	remote2Fen: figure(0, REMOTE_ZONES_PRICED),
};

function carrierCard(carrier: CarrierId, zones: Record<Zone, ZoneInput>, extraStepGrams: number): DefaultCarrierCard {
	return {
		carrier,
		zones: byZone((zone) => zoneCard(zones[zone], extraStepGrams)),
		remoteSurcharge: ZERO_REMOTE_SURCHARGE,
		volumetricDivisor: CARRIERS[carrier].volumetricDivisor,
	};
}

// ---- Tongda (ZTO, YTO, STO, Yunda, J&T): STO's 2025 contract (S37, Wuxi origin) ----
// ≤1 kg ¥3.5, ≤2 kg ¥4.0, ≤3 kg ¥4.5 to every destination; above 3 kg the contract's calculator prices
// 3.5 + (w − 1) × the destination's per-kg rate, hence the jump at 3 kg that QuoteBreakdown.bandsEnded explains.
const TONGDA_BANDS = [
	[1000, 350],
	[2000, 400],
	[3000, 450],
] as const;

/** What each Tongda zone's numbers are, in the merchant's words; `proxyOf` names the carrier when STO's card stands in. */
const TONGDA_NOTES: Record<Zone, LocalizedText> = {
	same_province: {
		zh: '申通2025：苏浙皖沪每公斤+0.8（无锡发货）。合同没有省内专价：3公斤以内各地同价，所以省内不比邻省便宜。',
		en: 'STO 2025: 苏浙皖沪 +0.8/kg from Wuxi. The contract has no intra-province price: up to 3 kg every destination pays the same, so same-province is not cheaper.',
		vi: 'STO 2025: 苏浙皖沪 +0,8/kg từ Vô Tích. Hợp đồng không có giá nội tỉnh: đến 3 kg mọi nơi cùng giá, nên nội tỉnh không rẻ hơn.',
	},
	near: {
		zh: '申通2025：京冀津鲁豫每公斤+1.6（最近的非本地组）。',
		en: 'STO 2025: 京冀津鲁豫 +1.6/kg (the nearest non-local group).',
		vi: 'STO 2025: 京冀津鲁豫 +1,6/kg (nhóm gần nhất ngoài khu vực).',
	},
	national: {
		zh: '申通2025：鄂湘赣闽粤每公斤+1.8。',
		en: 'STO 2025: 鄂湘赣闽粤 +1.8/kg.',
		vi: 'STO 2025: 鄂湘赣闽粤 +1,8/kg.',
	},
	remote_1: {
		zh: '首重¥7取韵达2021特殊区域6/7/7/7/8的中位数（S35）；每公斤+4.0取自申通2025青宁蒙甘（S37）。',
		en: 'First kg ¥7 = median of Yunda 2021 special regions 6/7/7/7/8 (S35); +4.0/kg from STO 2025 青宁蒙甘 (S37).',
		vi: 'Kg đầu ¥7 = trung vị vùng đặc biệt Yunda 2021 6/7/7/7/8 (S35); +4,0/kg từ STO 2025 青宁蒙甘 (S37).',
	},
	remote_2: {
		zh: '首重¥10介于韵达2021西藏9元与新疆16元之间（S35），低于顺丰的12元；每公斤+12取自申通2025新疆（S37）。',
		en: 'First kg ¥10, between Yunda 2021 西藏 9 and 新疆 16 (S35) and below SF’s 12; +12/kg from STO 2025 新疆 (S37).',
		vi: 'Kg đầu ¥10, giữa Yunda 2021 西藏 9 và 新疆 16 (S35), thấp hơn 12 của SF; +12/kg từ STO 2025 新疆 (S37).',
	},
};

const TONGDA_PRICES: Record<Zone, Omit<ZoneInput, 'provenance'>> = {
	same_province: { first: 350, extra: 80, bands: TONGDA_BANDS },
	near: { first: 350, extra: 160, bands: TONGDA_BANDS },
	national: { first: 350, extra: 180, bands: TONGDA_BANDS },
	remote_1: { first: 700, extra: 400 },
	remote_2: { first: 1000, extra: 1200 },
};

function withNotes(provenanceOf: (zone: Zone, note: LocalizedText) => Provenance): Record<Zone, ZoneInput> {
	return byZone((zone) => ({ ...TONGDA_PRICES[zone], provenance: provenanceOf(zone, TONGDA_NOTES[zone]) }));
}

/** STO's own card: its local zones come from its contract; the remote first-kg prices lean on Yunda's 2021 contract. */
const STO_ZONES = withNotes((zone, note) =>
	zone === 'remote_1' || zone === 'remote_2'
		? estimate(S35_DATE, note, ['S35', 'S37'])
		: derived(['S37'], S37_DATE, note),
);

/** The other Tongda carriers have no contract in the sources: STO's card stands in, labelled an estimate. */
function tongdaProxy(name: LocalizedText): Record<Zone, ZoneInput> {
	return withNotes((_, note) =>
		estimate(
			S37_DATE,
			{
				zh: `来源中没有${name.zh}的合同；按通达系代理价（申通2025合同）。${note.zh}`,
				en: `No ${name.en} contract in the sources; Tongda proxy from STO’s 2025 contract. ${note.en}`,
				vi: `Không có hợp đồng ${name.vi} trong nguồn; dùng giá đại diện nhóm Thông Đạt (hợp đồng STO 2025). ${note.vi}`,
			},
			['S37'],
		),
	);
}

// ---- SF: a Wuxi merchant's 2025 contract (S37), billed per started 0.5 kg (S34): per-kg prices halved per step ----
const SF_OPTIMISTIC: LocalizedText = {
	zh: '这是一家大商家的合同价；顺丰2026年1月的单票收入为14.72元（S23），小商家的价格通常更高。',
	en: 'A large shipper’s contract price; SF’s revenue per parcel was ¥14.72 in January 2026 (S23), and small merchants usually pay more.',
	vi: 'Giá hợp đồng của một người gửi lớn; doanh thu mỗi kiện của SF là ¥14,72 vào 1/2026 (S23), người bán nhỏ thường trả cao hơn.',
};
const sf = (first: Fen, extra: Fen, zh: string, en: string, vi: string): ZoneInput => ({
	first,
	extra,
	provenance: optimistic(
		derived(['S37', 'S34', 'S23'], S37_DATE, {
			zh: `${zh}${SF_OPTIMISTIC.zh}`,
			en: `${en} ${SF_OPTIMISTIC.en}`,
			vi: `${vi} ${SF_OPTIMISTIC.vi}`,
		}),
	),
});
const SF_ZONES: Record<Zone, ZoneInput> = {
	same_province: sf(
		600,
		45,
		'顺丰2025：苏浙首重6.0元、续重每公斤0.9元，即每0.5公斤0.45元。',
		'SF 2025: 苏浙 6.0 + 0.9/kg, per 0.5 kg step 0.45.',
		'SF 2025: 苏浙 6,0 + 0,9/kg, mỗi bước 0,5 kg là 0,45.',
	),
	near: sf(
		600,
		50,
		'顺丰2025：沪皖首重6.0元、续重每公斤1.0元，即每0.5公斤0.50元。',
		'SF 2025: 沪皖 6.0 + 1.0/kg, per 0.5 kg step 0.50.',
		'SF 2025: 沪皖 6,0 + 1,0/kg, mỗi bước 0,5 kg là 0,50.',
	),
	national: sf(
		700,
		90,
		'顺丰2025：鄂豫赣鲁闽京津冀晋湘粤首重7.0元、续重每公斤1.8元，即每0.5公斤0.90元。',
		'SF 2025: 鄂豫赣鲁闽京津冀晋湘粤 7.0 + 1.8/kg, per 0.5 kg step 0.90.',
		'SF 2025: 鄂豫赣鲁闽京津冀晋湘粤 7,0 + 1,8/kg, mỗi bước 0,5 kg là 0,90.',
	),
	remote_1: sf(
		800,
		110,
		'顺丰2025：甘宁青蒙琼等首重8.0元、续重每公斤2.2元，即每0.5公斤1.10元。',
		'SF 2025: 甘宁青蒙琼 … 8.0 + 2.2/kg, per 0.5 kg step 1.10.',
		'SF 2025: 甘宁青蒙琼 … 8,0 + 2,2/kg, mỗi bước 0,5 kg là 1,10.',
	),
	remote_2: sf(
		1200,
		400,
		'顺丰2025：新藏首重12.0元、续重每公斤8.0元，即每0.5公斤4.00元。',
		'SF 2025: 新藏 12.0 + 8.0/kg, per 0.5 kg step 4.00.',
		'SF 2025: 新藏 12,0 + 8,0/kg, mỗi bước 0,5 kg là 4,00.',
	),
};

// ---- JD: one discounted aggregator channel price (S38, route not stated); farther zones set to SF's card ----
const JD_OPTIMISTIC: LocalizedText = {
	zh: '京东商家合同价未找到。2026年快递100零售报价：自贡至成都1.5公斤，京东特惠送折后11.30元（P6），高于这里的默认价。',
	en: 'No JD merchant tariff was found. A 2026 kuaidi100 retail quote for 1.5 kg Zigong→Chengdu was ¥11.30 discounted for JD 特惠送 (P6), above this default.',
	vi: 'Không tìm thấy biểu giá hợp đồng JD. Báo giá bán lẻ kuaidi100 năm 2026 cho 1,5 kg Tự Cống→Thành Đô là ¥11,30 sau giảm (JD 特惠送, P6), cao hơn giá mặc định này.',
};
const jd = (first: Fen, extra: Fen, note: LocalizedText, sourceIds: SourceId[]): ZoneInput => ({
	first,
	extra,
	provenance: optimistic(
		estimate(
			'2022',
			{
				zh: `${note.zh}${JD_OPTIMISTIC.zh}`,
				en: `${note.en} ${JD_OPTIMISTIC.en}`,
				vi: `${note.vi} ${JD_OPTIMISTIC.vi}`,
			},
			[...sourceIds, 'P6'],
		),
	),
});
const JD_CHANNEL: LocalizedText = {
	zh: '寄件聚合平台的京东渠道价：首重6.17元、续重每公斤1.02元（S38，未注明线路，匿名代码）。',
	en: 'Aggregator JD channel 6.17 + 1.02/kg (S38, route not stated, anonymous code).',
	vi: 'Giá kênh JD qua nền tảng gửi hàng 6,17 + 1,02/kg (S38, không nêu tuyến, mã ẩn danh).',
};
const JD_ZONES: Record<Zone, ZoneInput> = {
	same_province: jd(617, 102, JD_CHANNEL, ['S38']),
	near: jd(617, 102, JD_CHANNEL, ['S38']),
	national: jd(
		700,
		180,
		{
			zh: '未找到京东全国价；取顺丰2025合同的7.0元加每公斤1.8元（S37）。',
			en: 'No JD national price found; set to SF’s 2025 contract 7.0 + 1.8/kg (S37).',
			vi: 'Không tìm thấy giá toàn quốc của JD; lấy theo hợp đồng SF 2025 7,0 + 1,8/kg (S37).',
		},
		['S37'],
	),
	remote_1: jd(
		800,
		220,
		{
			zh: '未找到京东偏远价；取顺丰2025合同的8.0元加每公斤2.2元（S37）。',
			en: 'No JD remote price found; set to SF’s 2025 contract 8.0 + 2.2/kg (S37).',
			vi: 'Không tìm thấy giá vùng xa của JD; lấy theo hợp đồng SF 2025 8,0 + 2,2/kg (S37).',
		},
		['S37'],
	),
	remote_2: jd(
		1200,
		800,
		{
			zh: '未找到京东偏远价；取顺丰2025合同的12元加每公斤8元（S37）。',
			en: 'No JD remote price found; set to SF’s 2025 contract 12 + 8/kg (S37).',
			vi: 'Không tìm thấy giá vùng xa của JD; lấy theo hợp đồng SF 2025 12 + 8/kg (S37).',
		},
		['S37'],
	),
};

// ---- EMS, Deppon, Cainiao: no tariff in the sources; estimates placed relative to the sourced cards ----
const guess = (first: Fen, extra: Fen, note: LocalizedText, sourceIds: SourceId[] = []): ZoneInput => ({
	first,
	extra,
	provenance: estimate(ESTIMATE_DATE, note, sourceIds),
});
const EMS_MID: LocalizedText = {
	zh: '未找到EMS价格；取通达系（S37）与顺丰之间的中间价。',
	en: 'No EMS tariff found; priced between Tongda (S37) and SF.',
	vi: 'Không tìm thấy giá EMS; đặt giữa nhóm Thông Đạt (S37) và SF.',
};
const EMS_REMOTE: LocalizedText = {
	zh: '未找到EMS价格；偏远加价同通达系代理价（S35、S37）。',
	en: 'No EMS tariff found; remote premium as the Tongda proxy (S35, S37).',
	vi: 'Không tìm thấy giá EMS; phụ trội vùng xa như giá đại diện Thông Đạt (S35, S37).',
};
const EMS_ZONES: Record<Zone, ZoneInput> = {
	same_province: guess(500, 100, EMS_MID, ['S37']),
	near: guess(500, 150, EMS_MID, ['S37']),
	national: guess(600, 200, EMS_MID, ['S37']),
	remote_1: guess(800, 400, EMS_REMOTE, ['S35', 'S37']),
	remote_2: guess(1100, 1000, EMS_REMOTE, ['S35', 'S37']),
};

const DEPPON_SF_LEVEL: LocalizedText = {
	zh: '未找到德邦价格；大件快递，按顺丰水平估算。',
	en: 'No Deppon tariff found; bulky-goods carrier priced at SF level.',
	vi: 'Không tìm thấy giá Deppon; hãng hàng cồng kềnh, ước theo mức SF.',
};
const NO_TARIFF_REMOTE = (zh: string, en: string, vi: string): LocalizedText => ({
	zh: `未找到${zh}价格；偏远加价同通达系代理价。`,
	en: `No ${en} tariff found; remote premium as the Tongda proxy.`,
	vi: `Không tìm thấy giá ${vi}; phụ trội vùng xa như giá đại diện Thông Đạt.`,
});
const DEPPON_ZONES: Record<Zone, ZoneInput> = {
	same_province: guess(700, 100, DEPPON_SF_LEVEL),
	near: guess(800, 150, DEPPON_SF_LEVEL),
	national: guess(900, 200, {
		zh: '未找到德邦价格；大件快递，全国价按高于顺丰估算。',
		en: 'No Deppon tariff found; bulky-goods carrier priced above SF national.',
		vi: 'Không tìm thấy giá Deppon; hãng hàng cồng kềnh, giá toàn quốc ước cao hơn SF.',
	}),
	remote_1: guess(1200, 400, NO_TARIFF_REMOTE('德邦', 'Deppon', 'Deppon')),
	remote_2: guess(1500, 1000, NO_TARIFF_REMOTE('德邦', 'Deppon', 'Deppon')),
};

const CAINIAO_ABOVE_TONGDA: LocalizedText = {
	zh: '未找到菜鸟价格；送货上门的电商快递，按高于通达系估算。',
	en: 'No Cainiao tariff found; door-delivery e-commerce express, priced above Tongda.',
	vi: 'Không tìm thấy giá Cainiao; chuyển phát TMĐT giao tận cửa, ước cao hơn nhóm Thông Đạt.',
};
const CAINIAO_ZONES: Record<Zone, ZoneInput> = {
	same_province: guess(450, 100, CAINIAO_ABOVE_TONGDA),
	near: guess(450, 160, CAINIAO_ABOVE_TONGDA),
	national: guess(500, 200, CAINIAO_ABOVE_TONGDA),
	remote_1: guess(800, 400, NO_TARIFF_REMOTE('菜鸟', 'Cainiao', 'Cainiao')),
	remote_2: guess(1100, 1200, NO_TARIFF_REMOTE('菜鸟', 'Cainiao', 'Cainiao')),
};

const name = (carrier: CarrierId): LocalizedText => CARRIERS[carrier].name;

export const DEFAULT_RATE_CARDS: Readonly<Record<CarrierId, DefaultCarrierCard>> = {
	jd: carrierCard('jd', JD_ZONES, 1000),
	sf: carrierCard('sf', SF_ZONES, 500),
	zto: carrierCard('zto', tongdaProxy(name('zto')), 1000),
	yto: carrierCard('yto', tongdaProxy(name('yto')), 1000),
	sto: carrierCard('sto', STO_ZONES, 1000),
	yunda: carrierCard('yunda', tongdaProxy(name('yunda')), 1000),
	jt: carrierCard('jt', tongdaProxy(name('jt')), 1000),
	ems: carrierCard('ems', EMS_ZONES, 1000),
	deppon: carrierCard('deppon', DEPPON_ZONES, 1000),
	cainiao: carrierCard('cainiao', CAINIAO_ZONES, 1000),
};

/** A default zone card as the plain RateCard the quote engine prices (figures stripped, built once). */
function plainCard(card: DefaultZoneCard): RateCard {
	return {
		bands: card.bands.map((band) => ({ maxGrams: band.maxGrams, priceFen: band.priceFen.value })),
		firstGrams: card.firstGrams,
		firstFen: card.firstFen.value,
		extraFen: card.extraFen.value,
		extraStepGrams: card.extraStepGrams,
	};
}

/** The plain card the quote engine prices, by carrier and zone. */
export const DEFAULT_CARDS: Readonly<Record<CarrierId, Readonly<Record<Zone, RateCard>>>> = byCarrier((carrier) =>
	byZone((zone) => plainCard(DEFAULT_RATE_CARDS[carrier].zones[zone])),
);
