// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MerchantContract } from '../../utils/core/contract-model';
import { createQuickContract } from '../../utils/core/contract-validation';
import { type DestinationMix, MIX_SCALE, NATIONAL_MIX, singleProvinceMix } from '../../utils/core/destination-mix';
import { PROVINCES } from '../../utils/core/geography';
import { CARRIER_IDS, type CarrierId } from '../../utils/core/ids';
import { quoteAll } from '../../utils/core/quote';
import { compareCarriers, type SwitchInput, verdicts } from '../../utils/core/switch-calculator';
import { contractArb } from './arbitraries';

const NOW = '2026-03-15';
const CODES = PROVINCES.map((province) => province.code);
const ZTO_QUICK = createQuickContract({
	id: 'quick-zto',
	carrier: 'zto',
	firstFen: 200,
	extraFen: 100,
	updatedAt: '2026-03-01T00:00:00.000Z',
});

function input(overrides: Partial<SwitchInput> = {}): SwitchInput {
	return {
		orders: 1000,
		current: 'zto',
		origin: '44',
		weightGrams: 1000,
		mix: NATIONAL_MIX,
		contracts: [ZTO_QUICK],
		now: NOW,
		averageOrderValueFen: null,
		...overrides,
	};
}
const rowOf = (carrier: CarrierId, overrides: Partial<SwitchInput> = {}) => {
	const row = compareCarriers(input(overrides)).rows.find((r) => r.carrier === carrier);
	if (!row) throw new Error(`no ${carrier}`);
	return row;
};
/** A mix from shares in ppm by province code. */
function mixOf(shares: Record<string, number>): DestinationMix {
	return {
		kind: 'orders',
		name: { code: 'mix_orders' },
		ppm: CODES.map((code) => shares[code] ?? 0),
		provenance: NATIONAL_MIX.provenance,
	};
}

describe('compareCarriers: hand-worked cases', () => {
	it('ZTO under a ¥2 + ¥1 quick contract, 1,000 orders × 1 kg, national mix: ¥2,000 a month, JD and SF dearer', () => {
		const result = compareCarriers(input());
		expect(result.current).toMatchObject({
			carrier: 'zto',
			monthlyFen: 200_000,
			perOrderFen: 200,
			deltaFen: 0,
			source: 'contract',
		});
		for (const row of result.rows) expect(row.deltaFen).toBe(row.monthlyFen - 200_000);
		expect(rowOf('jd').deltaFen).toBeGreaterThan(0);
		expect(rowOf('sf').deltaFen).toBeGreaterThan(0);
		expect(rowOf('jd').source).toBe('default');
		expect(result.rows.map((r) => r.carrier)).toEqual([...CARRIER_IDS]);
	});

	it('75 % to Zhejiang at ¥2, 25 % to Xinjiang at a ¥10 province rate: 1,000 × (0.75 × 200 + 0.25 × 1000) = ¥4,000', () => {
		const contract: MerchantContract = {
			...ZTO_QUICK,
			provinceRates: { '65': { bands: [], firstGrams: 1000, firstFen: 1000, extraFen: 500, extraStepGrams: 1000 } },
		};
		const row = rowOf('zto', { contracts: [contract], mix: mixOf({ '33': 750_000, '65': 250_000 }) });
		expect(row).toMatchObject({ monthlyFen: 400_000, perOrderFen: 400, source: 'contract' });
	});

	it('rounds the month once: 3 orders over thirds of ¥2.01, ¥2.02 and ¥2.04', () => {
		const contract: MerchantContract = {
			...ZTO_QUICK,
			provinceRates: {
				'11': { bands: [], firstGrams: 1000, firstFen: 201, extraFen: 0, extraStepGrams: 1000 },
				'12': { bands: [], firstGrams: 1000, firstFen: 202, extraFen: 0, extraStepGrams: 1000 },
				'13': { bands: [], firstGrams: 1000, firstFen: 204, extraFen: 0, extraStepGrams: 1000 },
			},
		};
		const mix = mixOf({ '11': 333_334, '12': 333_333, '13': 333_333 });
		// Σ share × quote = (333,334 × 201 + 333,333 × 202 + 333,333 × 204) / 1,000,000 = 202.333332 fen an order;
		// × 3 orders = 606.999996 → 607 fen a month, 202 fen an order.
		expect(rowOf('zto', { contracts: [contract], mix, orders: 3 })).toMatchObject({
			monthlyFen: 607,
			perOrderFen: 202,
		});
	});

	it('says where each price comes from: contract, default, or both when a contract covers only some routes', () => {
		expect(rowOf('zto').source).toBe('contract');
		expect(rowOf('yto').source).toBe('default');
		expect(rowOf('yto').defaultStatus).not.toBeNull();
		expect(rowOf('yto').defaultSourceIds.length).toBeGreaterThan(0);
		// A contract valid only from Guangdong: an unknown origin falls back to defaults everywhere.
		const fromGuangdong: MerchantContract = { ...ZTO_QUICK, originProvinces: ['44'] };
		expect(rowOf('zto', { contracts: [fromGuangdong] }).source).toBe('contract');
		expect(rowOf('zto', { contracts: [fromGuangdong], origin: null }).source).toBe('default');
	});

	it('counts complaints only where a sourced rate exists: JD 0.98 per million → 0.00098 for 1,000 orders', () => {
		expect(rowOf('jd').expectedComplaints).toBeCloseTo(0.00098, 12);
		expect(rowOf('sto', { orders: 2_000_000 }).expectedComplaints).toBeCloseTo(21.86, 9);
		expect(rowOf('sf').expectedComplaints).toBeNull();
		expect(rowOf('yto').expectedComplaints).toBeNull();
	});

	it('gives the door share and delivery days of each carrier over the mix', () => {
		expect(rowOf('jd').doorShare).toBe(1);
		expect(rowOf('zto').doorShare).toBe(0);
		expect(rowOf('ems').doorShare).toBeNull();
		const days = rowOf('sf').days;
		expect(days.p50Tenths).toBeLessThanOrEqual(days.p90Tenths);
		expect(days.p50Tenths).toBeLessThan(rowOf('zto').days.p50Tenths);
	});

	it('puts the extra per order against the average order value (break-even)', () => {
		const jd = rowOf('jd', { averageOrderValueFen: 8900 });
		expect(jd.deltaShareOfOrderValueBp).toBe(Math.round((jd.deltaPerOrderFen * 10_000) / 8900));
		expect(rowOf('zto', { averageOrderValueFen: 8900 }).deltaShareOfOrderValueBp).toBe(0);
		expect(rowOf('jd').deltaShareOfOrderValueBp).toBeNull();
	});
});

describe('verdicts', () => {
	it('weighs JD, SF and the cheapest carrier, never today’s', () => {
		const result = compareCarriers(input({ current: 'sf', contracts: [] }));
		const carriers = verdicts(result).map((v) => v.carrier);
		expect(carriers).toContain('jd');
		expect(carriers).not.toContain('sf');
		const cheapest = [...result.rows].sort((a, b) => a.monthlyFen - b.monthlyFen)[0]?.carrier;
		expect(carriers).toContain(cheapest);
		const jd = verdicts(result).find((v) => v.carrier === 'jd');
		const row = result.rows.find((r) => r.carrier === 'jd');
		expect(jd).toMatchObject({ deltaFen: row?.deltaFen, lastMile: 'door' });
		expect(jd?.p50DeltaTenths).toBe((row?.days.p50Tenths ?? 0) - result.current.days.p50Tenths);
	});
});

describe('compareCarriers: properties', () => {
	const mixArb = fc
		.array(fc.nat({ max: 1000 }), { minLength: 31, maxLength: 31 })
		.filter((weights) => weights.some((w) => w > 0))
		.map((weights) => {
			const total = weights.reduce((a, b) => a + b, 0);
			const ppm = weights.map((w) => Math.floor((w * MIX_SCALE) / total));
			const first = weights.findIndex((w) => w > 0);
			ppm[first] = (ppm[first] ?? 0) + MIX_SCALE - ppm.reduce((a, b) => a + b, 0);
			return mixOf(Object.fromEntries(CODES.map((code, i) => [code, ppm[i] ?? 0])));
		});
	const scenarioArb = fc.record({
		orders: fc.nat({ max: 5_000_000 }),
		origin: fc.option(fc.constantFrom(...CODES)),
		weightGrams: fc.integer({ min: 1, max: 60_000 }),
		mix: mixArb,
		contracts: fc.array(contractArb, { maxLength: 3 }),
		current: fc.constantFrom(...CARRIER_IDS),
	});

	it('monthly cost is linear in orders (within a fen) and never negative', () => {
		fc.assert(
			fc.property(scenarioArb, fc.nat({ max: 5_000_000 }), (scenario, more) => {
				const one = compareCarriers(input(scenario));
				const sum = compareCarriers(input({ ...scenario, orders: scenario.orders + more }));
				const other = compareCarriers(input({ ...scenario, orders: more }));
				one.rows.forEach((row, index) => {
					expect(row.monthlyFen).toBeGreaterThanOrEqual(0);
					const together = sum.rows[index]?.monthlyFen ?? Number.NaN;
					expect(Math.abs(together - row.monthlyFen - (other.rows[index]?.monthlyFen ?? 0))).toBeLessThanOrEqual(1);
				});
			}),
			{ numRuns: 60 },
		);
	});

	it('matches the per-province formula: |monthly − orders × Σ share × quote| ≤ ½ fen', () => {
		fc.assert(
			fc.property(scenarioArb, (scenario) => {
				const result = compareCarriers(input(scenario));
				const parcel = { actualGrams: scenario.weightGrams, dimensionsCm: null, declaredValueFen: null };
				const exact = new Map<CarrierId, number>();
				CODES.forEach((code, index) => {
					const share = (scenario.mix.ppm[index] ?? 0) / MIX_SCALE;
					if (share === 0) return;
					for (const q of quoteAll(parcel, { origin: scenario.origin, destination: code }, scenario.contracts, NOW)) {
						exact.set(q.carrier, (exact.get(q.carrier) ?? 0) + scenario.orders * share * q.costFen);
					}
				});
				for (const row of result.rows) {
					expect(Math.abs(row.monthlyFen - (exact.get(row.carrier) ?? 0))).toBeLessThanOrEqual(
						0.5 + 1e-6 * row.monthlyFen,
					);
				}
			}),
			{ numRuns: 40 },
		);
	});

	it('a single-province mix costs exactly that province’s quote × orders', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...CODES),
				fc.constantFrom(...CARRIER_IDS),
				fc.nat({ max: 5_000_000 }),
				fc.integer({ min: 1, max: 60_000 }),
				fc.option(fc.constantFrom(...CODES)),
				fc.array(contractArb, { maxLength: 3 }),
				(code, carrier, orders, weightGrams, origin, contracts) => {
					const mix = singleProvinceMix(code);
					if (!mix) throw new Error('no mix');
					const row = compareCarriers(input({ mix, orders, weightGrams, origin, contracts })).rows.find(
						(r) => r.carrier === carrier,
					);
					const parcel = { actualGrams: weightGrams, dimensionsCm: null, declaredValueFen: null };
					const single = quoteAll(parcel, { origin, destination: code }, contracts, NOW).find(
						(q) => q.carrier === carrier,
					);
					expect(row?.monthlyFen).toBe((single?.costFen ?? Number.NaN) * orders);
					expect(row?.perOrderFen).toBe(single?.costFen);
				},
			),
			{ numRuns: 150 },
		);
	});

	it('today’s carrier has delta 0; the others’ deltas are their monthly minus today’s', () => {
		fc.assert(
			fc.property(scenarioArb, (scenario) => {
				const result = compareCarriers(input(scenario));
				expect(result.current.carrier).toBe(scenario.current);
				expect(result.current.deltaFen).toBe(0);
				for (const row of result.rows) expect(row.deltaFen).toBe(row.monthlyFen - result.current.monthlyFen);
			}),
			{ numRuns: 40 },
		);
	});
});
