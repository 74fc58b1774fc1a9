// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { MerchantContract } from '../../utils/core/contract-model';
import { createQuickContract } from '../../utils/core/contract-validation';
import type { Parcel, Route } from '../../utils/core/estimate-model';
import { quote, quoteAll } from '../../utils/core/quote';

const ZJ_TO_BJ: Route = { origin: '33', destination: '11' };
const parcel = (grams: number, extra: Partial<Parcel> = {}): Parcel => ({
	actualGrams: grams,
	dimensionsCm: null,
	declaredValueFen: null,
	...extra,
});

/** A Yiwu-style annual contract: flat bands up to 3 kg, then 首重 ¥2.2 + 续重 ¥1.5/kg. */
const BAND_CONTRACT: MerchantContract = {
	id: 'c-zto-2026',
	carrier: 'zto',
	name: '中通 义乌 2026',
	validFrom: '2026-01-01',
	validTo: '2026-12-31',
	originProvinces: ['33'],
	rates: {
		bands: [
			{ maxGrams: 500, priceFen: 180 },
			{ maxGrams: 1000, priceFen: 220 },
			{ maxGrams: 2000, priceFen: 350 },
			{ maxGrams: 3000, priceFen: 450 },
		],
		firstGrams: 1000,
		firstFen: 220,
		extraFen: 150,
		extraStepGrams: 1000,
	},
	zoneRates: { remote_2: { bands: [], firstGrams: 1000, firstFen: 1000, extraFen: 600, extraStepGrams: 1000 } },
	provinceRates: { '54': { bands: [], firstGrams: 1000, firstFen: 1500, extraFen: 1000, extraStepGrams: 1000 } },
	remoteSurcharge: { remote1Fen: 300, remote2Fen: 800 },
	volumetricDivisor: 6000,
	pickupFeeFen: 0,
	doorDeliveryFeeFen: 0,
	insuranceBp: 0,
	monthlyVolume: 3000,
	updatedAt: '2026-01-02T08:00:00.000Z',
};
const NOW = '2026-03-15';

describe('quote: hand-worked cases', () => {
	it.each([
		// [name, grams, destination, costFen, listFen, base kind]
		['1.2 kg Zhejiang → Beijing: ≤2 kg band ¥3.50 (list: Tongda ≤2 kg ¥4.00)', 1200, '11', 350, 400, 'band'],
		['0.5 kg exactly: ≤0.5 kg band', 500, '11', 180, 350, 'band'],
		['3.2 kg: above the bands, 2.2 + 3 started kg × 1.5', 3200, '11', 670, 350 + 3 * 180, 'first_weight'],
		[
			'1.2 kg to Xinjiang: zone remote_2 rate 10 + 6, + remote_2 surcharge 8',
			1200,
			'65',
			2400,
			1000 + 1200,
			'first_weight',
		],
		['1.2 kg to Tibet: province override 15 + 10 wins over the zone, + 8', 1200, '54', 3300, 2200, 'first_weight'],
		['1.2 kg to Gansu: bands + remote_1 surcharge 3', 1200, '62', 650, 700 + 400, 'band'],
	] as const)('%s', (_name, grams, destination, costFen, listFen, kind) => {
		const result = quote(parcel(grams), { origin: '33', destination }, 'zto', BAND_CONTRACT, NOW);
		expect(result.costFen).toBe(costFen);
		expect(result.listFen).toBe(listFen);
		expect(result.breakdown.base.kind).toBe(kind);
		expect(result.source).toEqual({
			kind: 'contract',
			contractId: 'c-zto-2026',
			contractName: '中通 义乌 2026',
			quick: false,
			updatedAt: '2026-01-02T08:00:00.000Z',
			// The validity travels with the quote: the views show "valid until" (or "open-ended"), not the save date.
			validFrom: '2026-01-01',
			validTo: '2026-12-31',
		});
		expect(result.ignoredContract).toBeNull();
	});

	it('carries a quick contract’s kind, so the views can name it "<carrier> quick contract" instead of its id', () => {
		const quick = createQuickContract({
			id: 'quick-zto',
			carrier: 'zto',
			firstFen: 200,
			extraFen: 100,
			updatedAt: NOW,
		});
		expect(quote(parcel(1000), ZJ_TO_BJ, 'zto', quick, NOW).source).toMatchObject({
			kind: 'contract',
			contractName: '',
			quick: true,
			validFrom: null,
			validTo: null,
		});
	});

	it('breaks a remote quote down', () => {
		const { breakdown } = quote(parcel(1200), { origin: '33', destination: '65' }, 'zto', BAND_CONTRACT, NOW);
		expect(breakdown).toEqual({
			zone: 'remote_2',
			zoneAssumed: false,
			actualGrams: 1200,
			volumetricGrams: null,
			chargeableGrams: 1200,
			base: { kind: 'first_weight', grams: 1000, fen: 1000 },
			bandsEnded: null,
			extraSteps: 1,
			extraFen: 600,
			remoteSurchargeFen: 800,
			pickupFeeFen: 0,
			doorDeliveryFeeFen: 0,
			insuranceFen: 0,
		});
	});

	it('explains the 3 kg cliff of the Tongda card: ¥4.50 in the ≤3 kg band, ¥8.90 at 3.1 kg priced from the first kg', () => {
		const at = (grams: number) => quote(parcel(grams), ZJ_TO_BJ, 'sto', undefined, NOW);
		const inBand = at(3000);
		expect(inBand.costFen).toBe(450);
		expect(inBand.breakdown).toMatchObject({ base: { kind: 'band', maxGrams: 3000, fen: 450 }, bandsEnded: null });
		const above = at(3100);
		expect(above.costFen).toBe(890);
		// What the view needs to say why: the last band it left, and first weight plus three started kg at ¥1.80.
		expect(above.breakdown).toMatchObject({
			base: { kind: 'first_weight', grams: 1000, fen: 350 },
			bandsEnded: { maxGrams: 3000, fen: 450 },
			extraSteps: 3,
			extraFen: 540,
		});
	});

	it('charges volumetric weight when it wins (40×30×20 cm, 0.5 kg)', () => {
		const box = parcel(500, { dimensionsCm: { length: 40, width: 30, height: 20 } });
		// Contract divisor 6000: 24000 cm³ → 4000 g → 2.2 + 3 × 1.5. Default ZTO divisor 8000: 3000 g → ≤3 kg ¥4.50.
		const result = quote(box, ZJ_TO_BJ, 'zto', BAND_CONTRACT, NOW);
		expect(result.breakdown.volumetricGrams).toBe(4000);
		expect(result.breakdown.chargeableGrams).toBe(4000);
		expect(result.costFen).toBe(670);
		expect(result.listFen).toBe(450);
		const byDefault = quote(box, ZJ_TO_BJ, 'zto', undefined, NOW);
		expect(byDefault.breakdown.chargeableGrams).toBe(3000);
		expect(byDefault.costFen).toBe(450);
	});

	it('keeps the actual weight when the box is light for its size', () => {
		const result = quote(
			parcel(2500, { dimensionsCm: { length: 10, width: 10, height: 10 } }),
			ZJ_TO_BJ,
			'zto',
			undefined,
			NOW,
		);
		expect(result.breakdown.volumetricGrams).toBe(125);
		expect(result.breakdown.chargeableGrams).toBe(2500);
	});

	it('ignores an expired contract and says why', () => {
		const result = quote(parcel(1200), ZJ_TO_BJ, 'zto', BAND_CONTRACT, '2027-01-01');
		expect(result.source.kind).toBe('default');
		expect(result.costFen).toBe(400);
		expect(result.ignoredContract).toEqual({
			contractId: 'c-zto-2026',
			reason: { code: 'contract_expired', params: { validTo: '2026-12-31' } },
		});
		expect(quote(parcel(1200), ZJ_TO_BJ, 'zto', BAND_CONTRACT, '2026-12-31').source.kind).toBe('contract');
	});

	it('ignores a contract not yet valid', () => {
		const result = quote(parcel(1200), ZJ_TO_BJ, 'zto', BAND_CONTRACT, new Date(2025, 11, 31, 23, 0));
		expect(result.ignoredContract?.reason).toEqual({
			code: 'contract_not_yet_valid',
			params: { validFrom: '2026-01-01' },
		});
	});

	it('ignores an origin-limited contract when the origin is unknown or not covered', () => {
		const unknown = quote(parcel(1200), { origin: null, destination: '11' }, 'zto', BAND_CONTRACT, NOW);
		expect(unknown.ignoredContract?.reason).toEqual({ code: 'contract_origin_unknown' });
		expect(unknown.breakdown.zoneAssumed).toBe(true);
		expect(unknown.breakdown.zone).toBe('national');
		const elsewhere = quote(parcel(1200), { origin: '44', destination: '11' }, 'zto', BAND_CONTRACT, NOW);
		expect(elsewhere.ignoredContract?.reason).toEqual({
			code: 'contract_origin_not_covered',
			params: { origin: '44' },
		});
	});

	it('ignores a contract for another carrier', () => {
		const result = quote(parcel(1200), ZJ_TO_BJ, 'sf', BAND_CONTRACT, NOW);
		expect(result.ignoredContract?.reason.code).toBe('contract_other_carrier');
		expect(result.carrier).toBe('sf');
	});

	it.each([
		[1000, 200],
		[1, 200],
		[1001, 300],
		[2000, 300],
		[2500, 400],
		[10_000, 1100],
	])('quick contract ¥2 + ¥1 per started kg: %i g → %i fen', (grams, fen) => {
		const quick = createQuickContract({
			id: 'q',
			carrier: 'yto',
			firstFen: 200,
			extraFen: 100,
			updatedAt: '2026-01-01T00:00:00Z',
		});
		const result = quote(parcel(grams), { origin: null, destination: '65' }, 'yto', quick, NOW);
		expect(result.costFen).toBe(fen);
		expect(result.source.kind).toBe('contract');
	});

	it('adds fees and insurance', () => {
		const contract = { ...BAND_CONTRACT, pickupFeeFen: 50, doorDeliveryFeeFen: 100, insuranceBp: 30 };
		const result = quote(parcel(1200, { declaredValueFen: 29_900 }), ZJ_TO_BJ, 'zto', contract, NOW);
		// 0.3 % of ¥299.00 = 89.7 → 90 fen.
		expect(result.breakdown.insuranceFen).toBe(90);
		expect(result.costFen).toBe(350 + 50 + 100 + 90);
	});

	it('insures only a finite declared value', () => {
		const contract = { ...BAND_CONTRACT, insuranceBp: 30 };
		for (const declaredValueFen of [Number.POSITIVE_INFINITY, Number.NaN, -100]) {
			const result = quote(parcel(1200, { declaredValueFen }), ZJ_TO_BJ, 'zto', contract, NOW);
			expect(result.breakdown.insuranceFen).toBe(0);
			expect(Number.isInteger(result.costFen)).toBe(true);
		}
	});

	it('prices SF defaults per started 0.5 kg (S34) from the 2025 contract (S37)', () => {
		expect(quote(parcel(1200), { origin: '33', destination: '33' }, 'sf', undefined, NOW).costFen).toBe(600 + 45);
		expect(quote(parcel(1000), ZJ_TO_BJ, 'sf', undefined, NOW).costFen).toBe(700);
		expect(quote(parcel(2600), ZJ_TO_BJ, 'sf', undefined, NOW).costFen).toBe(700 + 4 * 90);
	});

	it('never returns NaN for junk parcels', () => {
		for (const grams of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, 0.4]) {
			const result = quote(
				parcel(grams, { dimensionsCm: { length: Number.NaN, width: 1, height: 1 } }),
				ZJ_TO_BJ,
				'jd',
				undefined,
				NOW,
			);
			expect(Number.isInteger(result.costFen)).toBe(true);
			expect(result.costFen).toBeGreaterThan(0);
		}
		const unknownDestination = quote(parcel(1000), { origin: '33', destination: '99' }, 'zto', undefined, NOW);
		expect(unknownDestination.breakdown.zone).toBe('national');
	});
});

describe('quoteAll', () => {
	const older = {
		...BAND_CONTRACT,
		id: 'older',
		updatedAt: '2025-06-01T00:00:00Z',
		rates: { ...BAND_CONTRACT.rates, firstFen: 900 },
	};

	it('returns one quote per carrier in catalogue order', () => {
		const quotes = quoteAll(parcel(1000), ZJ_TO_BJ, [], NOW);
		expect(quotes.map((q) => q.carrier)).toEqual([
			'jd',
			'sf',
			'zto',
			'yto',
			'sto',
			'yunda',
			'jt',
			'ems',
			'deppon',
			'cainiao',
		]);
		expect(quotes.every((q) => q.source.kind === 'default' && q.costFen === q.listFen)).toBe(true);
	});

	it('picks the newest applicable contract per carrier', () => {
		const quotes = quoteAll(parcel(1200), ZJ_TO_BJ, [older, BAND_CONTRACT], NOW);
		const zto = quotes.find((q) => q.carrier === 'zto');
		expect(zto?.source).toMatchObject({ kind: 'contract', contractId: 'c-zto-2026' });
		expect(quotes.find((q) => q.carrier === 'yto')?.source.kind).toBe('default');
	});

	it('falls back to an older contract when the newest does not apply', () => {
		const openOlder = { ...older, validFrom: null, validTo: null, originProvinces: [] };
		const zto = quoteAll(parcel(1200), { origin: null, destination: '11' }, [openOlder, BAND_CONTRACT], NOW)[2];
		expect(zto?.source).toMatchObject({ kind: 'contract', contractId: 'older' });
	});

	it('names an unusable contract with its reason, including invalid stored ones', () => {
		const quotes = quoteAll(parcel(1200), { origin: null, destination: '11' }, [BAND_CONTRACT], NOW);
		expect(quotes[2]?.ignoredContract).toEqual({
			contractId: 'c-zto-2026',
			reason: { code: 'contract_origin_unknown' },
		});
		const broken = {
			...BAND_CONTRACT,
			carrier: 'sto',
			rates: { ...BAND_CONTRACT.rates, firstFen: -1 },
		} as MerchantContract;
		const sto = quoteAll(parcel(1200), ZJ_TO_BJ, [broken], NOW)[4];
		expect(sto?.ignoredContract?.reason).toEqual({ code: 'contract_invalid', params: { path: 'rates.firstFen' } });
		expect(sto?.source.kind).toBe('default');
	});
});
