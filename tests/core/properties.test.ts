// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MerchantContract } from '../../utils/core/contract-model';
import { parseContract, validateContract } from '../../utils/core/contract-validation';
import type { Parcel, Quote } from '../../utils/core/estimate-model';
import { PROVINCES } from '../../utils/core/geography';
import { CARRIER_IDS } from '../../utils/core/ids';
import { quote } from '../../utils/core/quote';
import { contractArb, rateCardArb } from './arbitraries';

const NOW = '2026-03-15';
const codes = PROVINCES.map((p) => p.code);
const provinceArb = fc.constantFrom(...codes);
const routeArb = fc.record({ origin: fc.option(provinceArb), destination: provinceArb });
const carrierArb = fc.constantFrom(...CARRIER_IDS);
const sizeArb = fc.option(
	fc.record({
		length: fc.integer({ min: 1, max: 150 }),
		width: fc.integer({ min: 1, max: 100 }),
		height: fc.integer({ min: 1, max: 100 }),
	}),
);
const parcelAt = (
	actualGrams: number,
	dimensionsCm: Parcel['dimensionsCm'],
	declaredValueFen: number | null = null,
): Parcel => ({
	actualGrams,
	dimensionsCm,
	declaredValueFen,
});

function expectSaneMoney(result: Quote): void {
	for (const value of [
		result.costFen,
		result.listFen,
		...Object.values(result.breakdown).filter((v) => typeof v === 'number'),
	]) {
		expect(Number.isInteger(value)).toBe(true);
		expect(value).toBeGreaterThanOrEqual(0);
	}
}

/** Origin and validity dropped so the contract always applies. */
const alwaysApplies = (contract: MerchantContract): MerchantContract => ({
	...contract,
	validFrom: null,
	validTo: null,
	originProvinces: [],
});

describe('quote properties', () => {
	it('default cost never decreases with weight', () => {
		fc.assert(
			fc.property(
				carrierArb,
				routeArb,
				sizeArb,
				fc.integer({ min: 1, max: 60_000 }),
				fc.integer({ min: 0, max: 20_000 }),
				(carrier, route, size, grams, more) => {
					const light = quote(parcelAt(grams, size), route, carrier, undefined, NOW);
					const heavy = quote(parcelAt(grams + more, size), route, carrier, undefined, NOW);
					expect(heavy.costFen).toBeGreaterThanOrEqual(light.costFen);
				},
			),
			{ numRuns: 2000 },
		);
	});

	it('contract cost never decreases with weight', () => {
		fc.assert(
			fc.property(
				contractArb,
				routeArb,
				sizeArb,
				fc.integer({ min: 1, max: 60_000 }),
				fc.integer({ min: 0, max: 20_000 }),
				(contract, route, size, grams, more) => {
					const applied = alwaysApplies(contract);
					const light = quote(parcelAt(grams, size, 10_000), route, applied.carrier, applied, NOW);
					const heavy = quote(parcelAt(grams + more, size, 10_000), route, applied.carrier, applied, NOW);
					expect(light.source.kind).toBe('contract');
					expect(heavy.costFen).toBeGreaterThanOrEqual(light.costFen);
				},
			),
			{ numRuns: 1000 },
		);
	});

	it('default cards: remote_2 ≥ remote_1 ≥ national for every carrier and weight', () => {
		fc.assert(
			fc.property(
				carrierArb,
				fc.option(provinceArb),
				fc.integer({ min: 1, max: 100_000 }),
				(carrier, origin, grams) => {
					const cost = (destination: string) =>
						quote(parcelAt(grams, null), { origin: null, destination }, carrier, undefined, NOW).costFen;
					const national = cost('11');
					const remote1 = Math.min(...['15', '46', '62', '63', '64'].map(cost));
					const remote2 = Math.min(cost('65'), cost('54'));
					expect(remote1).toBeGreaterThanOrEqual(national);
					expect(remote2).toBeGreaterThanOrEqual(Math.max(...['15', '46', '62', '63', '64'].map(cost)));
					// With a known origin the remote zones still cost at least any national route.
					if (origin !== null && PROVINCES.find((p) => p.code === origin)?.remoteTier === 'none') {
						const from = (destination: string) =>
							quote(parcelAt(grams, null), { origin, destination }, carrier, undefined, NOW).costFen;
						expect(from('65')).toBeGreaterThanOrEqual(from('15'));
						expect(from('15')).toBeGreaterThanOrEqual(national);
					}
				},
			),
			{ numRuns: 1000 },
		);
	});

	it('a contract reproduces its own band prices exactly', () => {
		fc.assert(
			fc.property(contractArb, rateCardArb, carrierArb, (generated, rates, carrier) => {
				const contract: MerchantContract = {
					...alwaysApplies(generated),
					carrier,
					rates,
					zoneRates: {},
					provinceRates: {},
					pickupFeeFen: 0,
					doorDeliveryFeeFen: 0,
					volumetricDivisor: null,
				};
				let previousMax = 0;
				for (const band of rates.bands) {
					for (const grams of [previousMax + 1, band.maxGrams]) {
						const result = quote(parcelAt(grams, null), { origin: '33', destination: '11' }, carrier, contract, NOW);
						expect(result.costFen).toBe(band.priceFen);
						expect(result.breakdown.base).toEqual({ kind: 'band', maxGrams: band.maxGrams, fen: band.priceFen });
					}
					previousMax = band.maxGrams;
				}
			}),
			{ numRuns: 300 },
		);
	});

	it('money is always a non-negative integer number of fen, never NaN', () => {
		const gramsArb = fc.oneof(fc.integer({ min: -10, max: 200_000 }), fc.double(), fc.constant(Number.NaN));
		fc.assert(
			fc.property(
				fc.option(contractArb),
				carrierArb,
				routeArb,
				gramsArb,
				sizeArb,
				fc.option(fc.nat({ max: 10_000_000 })),
				(contract, carrier, route, grams, size, declared) => {
					const result = quote(
						parcelAt(grams, size, declared),
						route,
						contract?.carrier ?? carrier,
						contract ?? undefined,
						NOW,
					);
					expectSaneMoney(result);
				},
			),
			{ numRuns: 2000 },
		);
	});
});

describe('validator properties', () => {
	it('accepts every generated contract', () => {
		fc.assert(
			fc.property(contractArb, (contract) => {
				expect(validateContract(contract)).toEqual([]);
				expect(parseContract(JSON.parse(JSON.stringify(contract))).ok).toBe(true);
			}),
			{ numRuns: 1000 },
		);
	});

	type Mutation = [path: string, mutate: (c: Record<string, unknown> & MerchantContract) => void];
	const card = { bands: [], firstGrams: 1000, firstFen: 100, extraFen: 100, extraStepGrams: 1000 };
	const MUTATIONS: Mutation[] = [
		['id', (c) => Object.assign(c, { id: '' })],
		['carrier', (c) => Object.assign(c, { carrier: 'best' })],
		['carrier', (c) => Object.assign(c, { carrier: 'dhl' })],
		['name', (c) => Object.assign(c, { name: 42 })],
		['validTo', (c) => Object.assign(c, { validFrom: '2026-02-01', validTo: '2026-01-31' })],
		['validTo', (c) => Object.assign(c, { validTo: '2025-02-30' })],
		['validFrom', (c) => Object.assign(c, { validFrom: '01/02/2026' })],
		['originProvinces[0]', (c) => Object.assign(c, { originProvinces: ['99'] })],
		['originProvinces', (c) => Object.assign(c, { originProvinces: '33' })],
		['rates.firstFen', (c) => Object.assign(c.rates, { firstFen: -1 })],
		['rates.extraFen', (c) => Object.assign(c.rates, { extraFen: 1.5 })],
		['rates.extraStepGrams', (c) => Object.assign(c.rates, { extraStepGrams: 0 })],
		['rates.firstGrams', (c) => Object.assign(c.rates, { firstGrams: Number.NaN })],
		['rates.bands', (c) => Object.assign(c.rates, { bands: null })],
		[
			'rates.bands[1].maxGrams',
			(c) =>
				Object.assign(c.rates, {
					bands: [
						{ maxGrams: 500, priceFen: 100 },
						{ maxGrams: 500, priceFen: 200 },
					],
					firstFen: 300,
				}),
		],
		[
			'rates.bands[1].maxGrams',
			(c) =>
				Object.assign(c.rates, {
					bands: [
						{ maxGrams: 1000, priceFen: 100 },
						{ maxGrams: 500, priceFen: 200 },
					],
					firstFen: 300,
				}),
		],
		[
			'rates.bands[1].priceFen',
			(c) =>
				Object.assign(c.rates, {
					bands: [
						{ maxGrams: 500, priceFen: 300 },
						{ maxGrams: 1000, priceFen: 200 },
					],
					firstFen: 300,
				}),
		],
		['rates.bands[0].priceFen', (c) => Object.assign(c.rates, { bands: [{ maxGrams: 500, priceFen: -3 }] })],
		['rates.bands[0]', (c) => Object.assign(c.rates, { bands: ['x'] })],
		[
			'rates.firstFen',
			(c) =>
				Object.assign(c.rates, {
					bands: [{ maxGrams: 3000, priceFen: 900 }],
					firstGrams: 1000,
					firstFen: 200,
					extraFen: 100,
					extraStepGrams: 1000,
				}),
		],
		['rates', (c) => Object.assign(c, { rates: 'cheap' })],
		['provinceRates.99', (c) => Object.assign(c, { provinceRates: { '99': card } })],
		['provinceRates.33.firstFen', (c) => Object.assign(c, { provinceRates: { '33': { ...card, firstFen: -5 } } })],
		['zoneRates.far', (c) => Object.assign(c, { zoneRates: { far: card } })],
		[
			'zoneRates.near.extraStepGrams',
			(c) => Object.assign(c, { zoneRates: { near: { ...card, extraStepGrams: -1 } } }),
		],
		[
			'remoteSurcharge.remote1Fen',
			(c) => Object.assign(c, { remoteSurcharge: { remote1Fen: Number.NaN, remote2Fen: 0 } }),
		],
		['remoteSurcharge', (c) => Object.assign(c, { remoteSurcharge: null })],
		['volumetricDivisor', (c) => Object.assign(c, { volumetricDivisor: 0 })],
		['pickupFeeFen', (c) => Object.assign(c, { pickupFeeFen: '10' })],
		['doorDeliveryFeeFen', (c) => Object.assign(c, { doorDeliveryFeeFen: -1 })],
		['insuranceBp', (c) => Object.assign(c, { insuranceBp: 20_000 })],
		['monthlyVolume', (c) => Object.assign(c, { monthlyVolume: -1 })],
		['updatedAt', (c) => Object.assign(c, { updatedAt: 'yesterday' })],
	];

	it('rejects mutated contracts with the offending path', () => {
		fc.assert(
			fc.property(contractArb, fc.constantFrom(...MUTATIONS), (contract, [path, mutate]) => {
				const copy = structuredClone(contract) as Record<string, unknown> & MerchantContract;
				mutate(copy);
				const issues = validateContract(copy);
				expect(issues.map((issue) => issue.path)).toContain(path);
				const parsed = parseContract(copy);
				expect(parsed.ok).toBe(false);
			}),
			{ numRuns: 1000 },
		);
	});

	it('never throws, whatever the input', () => {
		fc.assert(
			fc.property(
				fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withBigInt: true, withDate: true }),
				(value) => {
					const issues = validateContract(value);
					expect(Array.isArray(issues)).toBe(true);
					expect(issues.length).toBeGreaterThan(0);
					for (const issue of issues) expect(typeof issue.path).toBe('string');
				},
			),
			{ numRuns: 2000 },
		);
		for (const junk of [null, undefined, [], 'contract', 0, { rates: { bands: [null, 1, { maxGrams: {} }] } }]) {
			expect(validateContract(junk).length).toBeGreaterThan(0);
		}
		const hostile = new Proxy(
			{},
			{
				get: () => {
					throw new Error('boom');
				},
			},
		);
		expect(validateContract(hostile)).toEqual([{ path: '', code: 'unreadable', params: {} }]);
	});
});
