// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { carrierFromListingText, normalizeCarrierId } from '../../utils/core/carrier-names';
import { CARRIERS } from '../../utils/core/carriers';
import { DEFAULT_RATE_CARDS, listDefaultFigures } from '../../utils/core/default-rates';
import type { Parcel } from '../../utils/core/estimate-model';
import { CARRIER_IDS, type CarrierId } from '../../utils/core/ids';
import type { Provenance } from '../../utils/core/provenance';
import { quote } from '../../utils/core/quote';
import { reliabilityOf } from '../../utils/core/reliability';
import { SOURCES } from '../../utils/core/sources';
import { ZONES } from '../../utils/core/zones';

const DISCOUNT: CarrierId[] = ['zto', 'yto', 'sto', 'yunda', 'jt'];
const ONE_KG: Parcel = { actualGrams: 1000, dimensionsCm: null, declaredValueFen: null };
const cost = (carrier: CarrierId, origin: string | null, destination: string) =>
	quote(ONE_KG, { origin, destination }, carrier, undefined, '2026-03-15').costFen;

function expectWellSourced(where: string, provenance: Provenance): void {
	expect(['sourced', 'derived', 'estimate'], where).toContain(provenance.status);
	expect(provenance.date, where).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
	for (const id of provenance.sourceIds) expect(SOURCES[id], `${where}: ${id}`).toBeDefined();
	if (provenance.status === 'estimate') expect(provenance.note.trim(), where).not.toBe('');
	else expect(provenance.sourceIds.length, where).toBeGreaterThan(0);
}

describe('default data set', () => {
	it('gives every default figure a provenance with status, sources that exist, and reasoning for estimates', () => {
		const figures = listDefaultFigures();
		expect(figures.length).toBeGreaterThan(100);
		for (const { path, figure } of figures) expectWellSourced(path, figure.provenance);
		for (const carrier of CARRIER_IDS) {
			const reliability = reliabilityOf(carrier);
			for (const figure of [
				reliability.onTimeRate,
				reliability.complaintsPerMillion,
				reliability.lastMile,
				reliability.network,
			]) {
				expectWellSourced(`${carrier} reliability`, figure.provenance);
			}
		}
	});

	// The reference data sits beside the project (../shared), in CI as well; a checkout without it skips.
	const referenceData = join(__dirname, '..', '..', '..', 'shared', 'reference', 'data.json');
	it.skipIf(!existsSync(referenceData))('mirrors the sources of shared/reference/data.json', () => {
		const file = referenceData;
		const data = JSON.parse(readFileSync(file, 'utf8')) as { sources: Record<string, { title: string; date: string }> };
		// S-ids mirror data.json; T- and G-ids come from data-delivery-time.md (and G11, G12 from the switch calculator).
		expect(
			Object.keys(SOURCES)
				.filter((id) => /^S\d+$/.test(id))
				.sort(),
		).toEqual(Object.keys(data.sources).sort());
		expect(Object.keys(SOURCES).filter((id) => !/^[STG]\d+$/.test(id))).toEqual([]);
		for (const [id, source] of Object.entries(data.sources)) expect(SOURCES[id]?.date).toBe(source.date);
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
		['cainiao', 'cainiao'],
		['dhl', null],
		['', null],
	])('normalizeCarrierId(%j) → %s', (text, id) => {
		expect(normalizeCarrierId(text)).toBe(id);
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
		expect(reliabilityOf('jd').complaintsPerMillion.value).toBe(0.98);
		expect(reliabilityOf('cainiao').factors[0]?.code).toBe('tier_unknown');
	});
});
