import fc from 'fast-check';
import type { MerchantContract, RateCard } from '../../utils/core/contract-model';
import { PROVINCE_CODES } from '../../utils/core/geography';
import { CARRIER_IDS } from '../../utils/core/ids';
import { ZONES } from '../../utils/core/zones';

/**
 * Valid rate cards: ascending bands with non-decreasing prices, a first weight not below the last band, and weights
 * in the range real tariffs use (100 g to 100 kg).
 */
export const rateCardArb: fc.Arbitrary<RateCard> = fc
	.record({
		maxes: fc.uniqueArray(fc.integer({ min: 100, max: 30_000 }), { maxLength: 4 }),
		prices: fc.array(fc.integer({ min: 0, max: 5_000 }), { minLength: 4, maxLength: 4 }),
		firstGrams: fc.integer({ min: 100, max: 5_000 }),
		firstFen: fc.integer({ min: 0, max: 5_000 }),
		extraFen: fc.integer({ min: 0, max: 2_000 }),
		extraStepGrams: fc.integer({ min: 100, max: 2_000 }),
	})
	.map(({ maxes, prices, firstGrams, firstFen, extraFen, extraStepGrams }) => {
		const sortedMaxes = [...maxes].sort((a, b) => a - b);
		const sortedPrices = prices.slice(0, sortedMaxes.length).sort((a, b) => a - b);
		const bands = sortedMaxes.map((maxGrams, index) => ({ maxGrams, priceFen: sortedPrices[index] ?? 0 }));
		const lastPrice = bands.at(-1)?.priceFen ?? 0;
		return { bands, firstGrams, firstFen: Math.max(firstFen, lastPrice), extraFen, extraStepGrams };
	});

const dayArb = fc
	.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
	.map((date) => date.toISOString().slice(0, 10));

export const contractArb: fc.Arbitrary<MerchantContract> = fc
	.record({
		id: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== ''),
		carrier: fc.constantFrom(...CARRIER_IDS),
		name: fc.string({ maxLength: 12 }),
		days: fc.tuple(fc.option(dayArb), fc.option(dayArb)),
		originProvinces: fc.subarray([...PROVINCE_CODES], { maxLength: 3 }),
		rates: rateCardArb,
		zoneRates: fc.dictionary(fc.constantFrom(...ZONES), rateCardArb, { maxKeys: 2 }),
		provinceRates: fc.dictionary(fc.constantFrom(...PROVINCE_CODES), rateCardArb, { maxKeys: 2 }),
		remote1Fen: fc.integer({ min: 0, max: 3_000 }),
		remote2Fen: fc.integer({ min: 0, max: 3_000 }),
		volumetricDivisor: fc.option(fc.constantFrom(5000, 6000, 8000, 12000)),
		pickupFeeFen: fc.integer({ min: 0, max: 500 }),
		doorDeliveryFeeFen: fc.integer({ min: 0, max: 500 }),
		insuranceBp: fc.integer({ min: 0, max: 300 }),
		monthlyVolume: fc.option(fc.nat({ max: 1_000_000 })),
	})
	.map(({ days, remote1Fen, remote2Fen, ...rest }) => {
		const [a, b] = days;
		const ordered = a !== null && b !== null && a > b ? [b, a] : [a, b];
		return {
			...rest,
			validFrom: ordered[0] ?? null,
			validTo: ordered[1] ?? null,
			remoteSurcharge: { remote1Fen, remote2Fen },
			updatedAt: '2026-01-01T00:00:00.000Z',
		};
	});
