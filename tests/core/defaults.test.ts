// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { carrierFromName } from '../../utils/core/carrier-aliases';
import { carrierFromListingText } from '../../utils/core/carrier-names';
import { CARRIERS } from '../../utils/core/carriers';
import { listDefaultFigures } from '../../utils/core/default-figures';
import { DEFAULT_RATE_CARDS } from '../../utils/core/default-rates';
import type { Parcel } from '../../utils/core/estimate-model';
import { sourced } from '../../utils/core/figures';
import { CARRIER_IDS, type CarrierId, type LocalizedName } from '../../utils/core/ids';
import { paymentOptions } from '../../utils/core/payments';
import type { Provenance } from '../../utils/core/provenance';
import { quote } from '../../utils/core/quote';
import { reliabilityOf } from '../../utils/core/reliability';
import { SOURCE_IDS } from '../../utils/core/source-ids';
import { listSources, SOURCES } from '../../utils/core/sources';
import { ZONES } from '../../utils/core/zones';

/** The part of ../shared/reference the data is compared with, vendored (tests/reference/vendor-reference.mjs). */
interface Reference {
	sources: Record<string, { title: string; date: string; url: string }>;
	sfWuxi2025: { zones: { dest: string[]; first_kg_rmb: number; additional_per_kg_rmb: number }[] };
	sto2025: { baseByWeight: Record<string, number>; extraPerKgByDestination: { dest: string[]; rmb: number }[] };
	huabeiInstallmentPercent: Record<string, number>;
	tongdaSharePercent: number;
}
const reference = JSON.parse(
	readFileSync(join(__dirname, '..', 'reference', 'reference-data.json'), 'utf8'),
) as Reference;

const DISCOUNT: CarrierId[] = ['zto', 'yto', 'sto', 'yunda', 'jt'];
const ONE_KG: Parcel = { actualGrams: 1000, dimensionsCm: null, declaredValueFen: null };
const cost = (carrier: CarrierId, origin: string | null, destination: string, grams = 1000) =>
	quote({ ...ONE_KG, actualGrams: grams }, { origin, destination }, carrier, undefined, '2026-03-15').costFen;
const yuanToFen = (yuan: number) => Math.round(yuan * 100);

function expectTranslated(where: string, text: LocalizedName): void {
	for (const lang of ['zh', 'en', 'vi'] as const) expect(text[lang].trim(), `${where} (${lang})`).not.toBe('');
	// The Chinese note is Chinese: not the English one copied, and no half-width space beside a Chinese character.
	expect(text.zh, where).not.toBe(text.en);
	expect(text.zh, where).toMatch(/[\u4e00-\u9fff]/);
	expect(text.zh, where).not.toMatch(/[\u4e00-\u9fff] | [\u4e00-\u9fff]/);
}

function expectWellSourced(where: string, provenance: Provenance): void {
	expect(['sourced', 'derived', 'estimate'], where).toContain(provenance.status);
	expect(provenance.date, where).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
	expectTranslated(where, provenance.note);
	if (provenance.status !== 'estimate') {
		// A figure called sourced or derived rests on at least one source a merchant could trust.
		const strong = provenance.sourceIds.filter((id) => SOURCES.get(id)?.weak === null);
		expect(strong, `${where}: ${provenance.sourceIds.join(',')}`).not.toEqual([]);
	}
}

describe('default data set', () => {
	it('gives every default figure a provenance with status, strong sources unless an estimate, and a note in three languages', () => {
		const figures = listDefaultFigures();
		expect(figures.length).toBeGreaterThan(100);
		figures.forEach(({ figure, item }, index) => {
			expectWellSourced(`${index} ${item.kind}`, figure.provenance);
		});
	});

	it('states each default card status explicitly: STO local zones derived from its contract, remote zones estimates', () => {
		const sto = DEFAULT_RATE_CARDS.sto.zones;
		for (const zone of ['same_province', 'near', 'national'] as const) {
			expect(sto[zone].firstFen.provenance.status).toBe('derived');
		}
		for (const zone of ['remote_1', 'remote_2'] as const) expect(sto[zone].firstFen.provenance.status).toBe('estimate');
		for (const carrier of ['zto', 'yto', 'yunda', 'jt'] as const) {
			for (const zone of ZONES)
				expect(DEFAULT_RATE_CARDS[carrier].zones[zone].firstFen.provenance.status).toBe('estimate');
		}
	});

	it('labels the SF and JD defaults optimistic (data-delivery-time.md §4–5: their merchant tariffs were not found)', () => {
		for (const carrier of ['sf', 'jd'] as const) {
			for (const zone of ZONES)
				expect(DEFAULT_RATE_CARDS[carrier].zones[zone].firstFen.provenance.optimistic).toBe(true);
		}
		expect(DEFAULT_RATE_CARDS.jd.zones.same_province.firstFen.provenance.sourceIds).toContain('P6');
		expect(DEFAULT_RATE_CARDS.sto.zones.national.firstFen.provenance.optimistic).toBe(false);
	});

	it('keeps discount carriers between ¥1.50 and ¥8.00 for 1 kg national, ¥2–3.50 near, below SF and JD everywhere', () => {
		for (const carrier of DISCOUNT) {
			const national = cost(carrier, '33', '11');
			expect(national).toBeGreaterThanOrEqual(150);
			expect(national).toBeLessThanOrEqual(800);
			for (const destination of ['33', '31']) {
				expect(cost(carrier, '33', destination)).toBeGreaterThanOrEqual(200);
				expect(cost(carrier, '33', destination)).toBeLessThanOrEqual(350);
			}
		}
		for (const destination of ['33', '31', '11', '15', '65', '54']) {
			for (const origin of ['33', null]) {
				const cheapestPremium = Math.min(cost('sf', origin, destination), cost('jd', origin, destination));
				for (const carrier of DISCOUNT) expect(cost(carrier, origin, destination)).toBeLessThan(cheapestPremium);
			}
		}
	});

	it('never prices a farther zone below a nearer one for the same carrier and weight', () => {
		for (const carrier of CARRIER_IDS) {
			for (const grams of [500, 1000, 2500, 3100, 7000]) {
				const [same, near, national] = [
					cost(carrier, '32', '32', grams),
					cost(carrier, '32', '33', grams),
					cost(carrier, '32', '44', grams),
				];
				expect(same, `${carrier} ${grams} g`).toBeLessThanOrEqual(near);
				expect(near, `${carrier} ${grams} g`).toBeLessThanOrEqual(national);
			}
		}
	});

	it('has integer, non-negative figures and a positive step on every card', () => {
		for (const carrier of CARRIER_IDS) {
			const card = DEFAULT_RATE_CARDS[carrier];
			expect(Number.isInteger(card.volumetricDivisor.value)).toBe(true);
			for (const zone of ZONES) {
				const zoneCard = card.zones[zone];
				expect(zoneCard.extraStepGrams).toBeGreaterThan(0);
				for (const value of [
					zoneCard.firstFen.value,
					zoneCard.extraFen.value,
					...zoneCard.bands.map((b) => b.priceFen.value),
				]) {
					expect(Number.isInteger(value) && value >= 0).toBe(true);
				}
			}
		}
	});
});

describe('the data against the reference (vendored, so this runs without ../shared)', () => {
	it('lists exactly the reference sources (S..) plus the newer ones it cites, with the same titles, dates and links', () => {
		const ours = SOURCE_IDS.filter((id) => id.startsWith('S'));
		expect(ours).toEqual(Object.keys(reference.sources).sort());
		for (const [id, source] of Object.entries(reference.sources)) {
			const mine = SOURCES.get(id as (typeof SOURCE_IDS)[number]);
			expect(mine?.title.en, id).toBe(source.title);
			expect(source.date.replace(/^~/, '').startsWith(mine?.date ?? 'n/a'), `${id}: ${source.date}`).toBe(true);
			expect(mine?.url, id).toBe(/^https?:\/\//.test(source.url) ? source.url : null);
		}
	});

	it('takes the STO default (the Tongda card) from STO’s 2025 contract, which has no intra-province price', () => {
		const { baseByWeight, extraPerKgByDestination } = reference.sto2025;
		const bands = Object.values(baseByWeight).map(yuanToFen);
		const extraFor = (province: string) =>
			yuanToFen(extraPerKgByDestination.find((group) => group.dest.includes(province))?.rmb ?? Number.NaN);
		// From Wuxi (32): 苏 is the same province, 京 is in the "near" group, 粤 in the national one.
		const zones = DEFAULT_RATE_CARDS.sto.zones;
		for (const [zone, province] of [
			['same_province', '32'],
			['near', '11'],
			['national', '44'],
		] as const) {
			expect(zones[zone].bands.map((band) => band.priceFen.value)).toEqual(bands);
			expect(zones[zone].firstFen.value).toBe(bands[0]);
			expect(zones[zone].extraFen.value).toBe(extraFor(province));
		}
		// Up to 3 kg the contract charges every destination alike: same-province is rightly not cheaper.
		for (const grams of [500, 1500, 3000]) expect(cost('sto', '32', '32', grams)).toBe(cost('sto', '32', '44', grams));
	});

	it('takes the SF default from the 2025 Wuxi contract, halved per 0.5 kg step', () => {
		const zoneOf = (province: string) => reference.sfWuxi2025.zones.find((zone) => zone.dest.includes(province));
		for (const [zone, province] of [
			['same_province', '32'],
			['near', '31'],
			['national', '44'],
			['remote_1', '15'],
			['remote_2', '65'],
		] as const) {
			const card = DEFAULT_RATE_CARDS.sf.zones[zone];
			expect(card.firstFen.value).toBe(yuanToFen(zoneOf(province)?.first_kg_rmb ?? Number.NaN));
			expect(card.extraFen.value * 2).toBe(yuanToFen(zoneOf(province)?.additional_per_kg_rmb ?? Number.NaN));
		}
	});

	it('uses Alipay’s Huabei instalment rate card (F1)', () => {
		const huabei = paymentOptions('taobao', null, []).find((option) => option.method === 'huabei');
		expect(
			Object.fromEntries(huabei?.installments.map((entry) => [String(entry.periods), entry.feeBp.value / 100]) ?? []),
		).toEqual(reference.huabeiInstallmentPercent);
	});

	it('states the five discount carriers’ share and their ¥2 revenue as the reference does (≈73 %, not 77 %)', () => {
		const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
		expect(readme).toContain(`≈${reference.tongdaSharePercent} %`);
		expect(readme).not.toMatch(/77 ?%/);
		// "About ¥2 a parcel" is the carriers' own booked revenue, never what a merchant pays.
		expect(readme).not.toMatch(/at about ¥2[–-]3 a parcel/);
	});
});

describe('sources', () => {
	it('lets only listed source ids be cited (a typo does not compile)', () => {
		const note = { zh: '测试', en: 'test', vi: 'thử' };
		// @ts-expect-error S99 is not a source: citing it is a type error.
		const unknown = sourced(['S99'], '2026', note);
		expect(SOURCES.has(unknown.sourceIds[0] as (typeof SOURCE_IDS)[number])).toBe(false);
		expect(sourced(['S37'], '2025', note).sourceIds).toEqual(['S37']);
	});

	it('has one entry per id, in the order of the id list, titled and published in three languages', () => {
		expect(listSources().map((source) => source.id)).toEqual([...SOURCE_IDS]);
		for (const source of listSources()) {
			expectTranslated(`${source.id} title`, source.title);
			for (const lang of ['zh', 'en', 'vi'] as const) expect(source.publisher[lang].trim()).not.toBe('');
		}
	});

	it('marks every low-quality, anonymous or AI-written source weak, and gives a link only where one exists', () => {
		for (const source of listSources()) {
			if (source.quality === 'low' || source.quality === 'very low') expect(source.weak, source.id).not.toBeNull();
			if (source.kind === 'ai_summary' || source.kind === 'content_farm') expect(source.weak, source.id).not.toBeNull();
			if (source.kind === 'code' && source.url === null) expect(source.weak, source.id).toBe('anonymous_code');
			if (source.url !== null) expect(source.url).toMatch(/^https?:\/\/\S+$/);
		}
		expect(SOURCES.get('S27')?.weak).toBe('unrelated_site');
	});
});

describe('carriers', () => {
	it('names every carrier in three languages', () => {
		for (const carrier of CARRIER_IDS) {
			const { name } = CARRIERS[carrier];
			expect(name.zh && name.en && name.vi).toBeTruthy();
		}
		expect(CARRIERS.sf.lastMile.value).toBe('door');
		expect(CARRIERS.jd.lastMile.value).toBe('door');
		for (const carrier of DISCOUNT) {
			expect(CARRIERS[carrier].network.value).toBe('franchise');
			expect(CARRIERS[carrier].lastMile.value).toBe('station');
		}
	});

	it.each([
		['jd', 'jd'],
		[' SF ', 'sf'],
		['best', 'jt'],
		['BEST', 'jt'],
		['百世', 'jt'],
		['中通快递', 'zto'],
		['ＺＴＯ', 'zto'],
		['cainiao', 'cainiao'],
		['dhl', null],
		['', null],
	])('carrierFromName(%j) → %s', (text, id) => {
		expect(carrierFromName(text)).toBe(id);
	});

	it.each([
		['京东物流', 'jd'],
		['京东快递', 'jd'],
		['顺丰速运', 'sf'],
		['快递: 中通', 'zto'],
		['圆通速递', 'yto'],
		['申通', 'sto'],
		['韵达快递', 'yunda'],
		['极兔速递', 'jt'],
		['百世快递', 'jt'],
		['EMS', 'ems'],
		['中国邮政', 'ems'],
		['德邦快递', 'deppon'],
		['菜鸟速递', 'cainiao'],
		['顺丰/中通', 'sf'],
		['快递', null],
		['物流', null],
		['快递 免运费', null],
		['', null],
	])('carrierFromListingText(%j) → %s', (text, id) => {
		expect(carrierFromListingText(text)).toBe(id);
	});
});

describe('reliability', () => {
	it('scores 0–100 as the sum of its factors, premium direct carriers highest', () => {
		for (const carrier of CARRIER_IDS) {
			const reliability = reliabilityOf(carrier);
			expect(reliability.carrier).toBe(carrier);
			expect(reliability.score).toBeGreaterThanOrEqual(0);
			expect(reliability.score).toBeLessThanOrEqual(100);
			const sum = reliability.factors.reduce((total, factor) => total + factor.points, 0);
			expect(reliability.score).toBe(Math.max(0, Math.min(100, sum)));
			expect(reliability.onTimeRate.value).toBeNull();
		}
		const scores = Object.fromEntries(CARRIER_IDS.map((c) => [c, reliabilityOf(c).score]));
		for (const carrier of DISCOUNT) {
			expect(scores.sf).toBeGreaterThan(scores[carrier] ?? 0);
			expect(scores.jd).toBeGreaterThan(scores[carrier] ?? 0);
		}
		expect(scores.zto).toBeGreaterThan(scores.jt ?? 0);
		expect(reliabilityOf('cainiao').factors[0]?.code).toBe('tier_unknown');
	});

	it('labels the 2017 complaint rates an estimate: they rest only on an anonymous dataset (S32)', () => {
		const jd = reliabilityOf('jd').complaintsPerMillion;
		expect(jd.value).toBe(0.98);
		expect(jd.provenance.status).toBe('estimate');
		expect(SOURCES.get('S32')?.weak).toBe('anonymous_code');
	});
});
