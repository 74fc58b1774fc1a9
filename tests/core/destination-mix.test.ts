// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	largestRemainderParts,
	MIX_SCALE,
	mixFromOrderCounts,
	NATIONAL_MIX,
	NATIONAL_PARCELS_PER_PERSON,
	nationalMixRows,
	singleProvinceMix,
} from '../../utils/core/destination-mix';
import { PROVINCES, provinceIndex } from '../../utils/core/geography';
import { CENSUS_POPULATION, PROVINCE_FACTS } from '../../utils/core/province-facts';

const sum = (values: readonly number[]) => values.reduce((acc, value) => acc + value, 0);
const ppmOf = (code: string) => NATIONAL_MIX.ppm[provinceIndex(code)] ?? Number.NaN;
const populationOf = (code: string) => PROVINCE_FACTS[provinceIndex(code)]?.population ?? Number.NaN;

describe('province facts', () => {
	it('are aligned with PROVINCES', () => {
		expect(PROVINCE_FACTS.map((row) => row.code)).toEqual(PROVINCES.map((province) => province.code));
	});

	it('reproduce the census bulletin: 1,409,778,724 residents and its four regional totals', () => {
		// Bulletin No. 3 gives these sums (its east/central/west/northeast split, not the SPB's three belts).
		const region = (codes: string[]) => sum(codes.map(populationOf));
		expect(CENSUS_POPULATION).toBe(1_409_778_724);
		expect(region(['11', '12', '13', '31', '32', '33', '35', '37', '44', '46'])).toBe(563_717_119);
		expect(region(['14', '34', '36', '41', '42', '43'])).toBe(364_694_362);
		expect(region(['15', '45', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65'])).toBe(382_852_295);
		expect(region(['21', '22', '23'])).toBe(98_514_948);
	});

	it('put every capital inside China’s bounding box', () => {
		for (const row of PROVINCE_FACTS) {
			expect(row.latitude).toBeGreaterThan(18);
			expect(row.latitude).toBeLessThan(54);
			expect(row.longitude).toBeGreaterThan(73);
			expect(row.longitude).toBeLessThan(135);
		}
	});
});

describe('largestRemainderParts', () => {
	it('splits 1,000,000 exactly and gives leftovers to the largest remainders', () => {
		expect(largestRemainderParts([1, 1, 1], MIX_SCALE)).toEqual([333_334, 333_333, 333_333]);
		expect(largestRemainderParts([2, 1], 3)).toEqual([2, 1]);
		expect(largestRemainderParts([1, 0, 3], 8)).toEqual([2, 0, 6]);
	});

	it('always sums to the total and stays within one unit of the exact share', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 200_000_000 }), { minLength: 1, maxLength: 31 }).filter((w) => sum(w) > 0),
				(weights) => {
					const parts = largestRemainderParts(weights, MIX_SCALE);
					expect(sum(parts)).toBe(MIX_SCALE);
					parts.forEach((part, index) => {
						const exact = ((weights[index] ?? 0) * MIX_SCALE) / sum(weights);
						expect(Math.abs(part - exact)).toBeLessThan(1);
						expect(Number.isInteger(part) && part >= 0).toBe(true);
					});
				},
			),
		);
	});
});

describe('the built-in national mix', () => {
	it('covers the 31 provinces with integer shares that sum to exactly 1', () => {
		expect(NATIONAL_MIX.ppm).toHaveLength(31);
		expect(sum(NATIONAL_MIX.ppm)).toBe(MIX_SCALE);
		expect(NATIONAL_MIX.ppm.every((ppm) => Number.isInteger(ppm) && ppm > 0)).toBe(true);
		expect(NATIONAL_MIX.provenance.status).toBe('estimate');
	});

	it('uses about 124 parcels per person: 175.08 bn parcels ÷ the census population', () => {
		expect(NATIONAL_PARCELS_PER_PERSON.value).toBeCloseTo(124.19, 2);
		expect(NATIONAL_PARCELS_PER_PERSON.provenance.sourceIds).toEqual(['S64', 'G11']);
	});

	it('weights recipients: population × parcels per person, Xinjiang and Xizang at 48', () => {
		// Hand-worked: Xinjiang against Zhejiang = (25,852,345 × 48) / (64,567,588 × 124.19…).
		const expected = (populationOf('65') * 48) / (populationOf('33') * NATIONAL_PARCELS_PER_PERSON.value);
		expect(ppmOf('65') / ppmOf('33')).toBeCloseTo(expected, 4);
		// Non-remote provinces keep their population ratio.
		expect(ppmOf('44') / ppmOf('33')).toBeCloseTo(populationOf('44') / populationOf('33'), 4);
		// Xinjiang receives less than its population share; Guangdong a little more.
		expect(ppmOf('65') / MIX_SCALE).toBeLessThan(populationOf('65') / CENSUS_POPULATION);
		expect(ppmOf('44') / MIX_SCALE).toBeGreaterThan(populationOf('44') / CENSUS_POPULATION);
		// Hand-worked: 126,012,510 × 124.19 / (124.19 × (1,409,778,724 − 29,500,445) + 48 × 29,500,445) = 90,547.02 ppm.
		expect(ppmOf('44')).toBe(90_547);
		expect(ppmOf('65')).toBe(7_180); // 7,179.86 ppm: 0.72 %, against 1.83 % of the population
		expect(Math.max(...NATIONAL_MIX.ppm)).toBe(ppmOf('44'));
	});

	it('explains every share with its population and per-person use, each with a provenance', () => {
		const rows = nationalMixRows();
		expect(rows).toHaveLength(31);
		const xinjiang = rows.find((row) => row.province === '65');
		expect(xinjiang?.parcelsPerPerson).toMatchObject({
			value: 48,
			provenance: { status: 'sourced', sourceIds: ['G6'] },
		});
		expect(rows.find((row) => row.province === '54')?.parcelsPerPerson.provenance.status).toBe('estimate');
		expect(rows.find((row) => row.province === '33')?.population.provenance.sourceIds).toEqual(['G11']);
		expect(sum(rows.map((row) => row.ppm))).toBe(MIX_SCALE);
	});
});

describe('other mixes', () => {
	it('one province: all of it there', () => {
		const mix = singleProvinceMix('65');
		expect(mix?.ppm[provinceIndex('65')]).toBe(MIX_SCALE);
		expect(sum(mix?.ppm ?? [])).toBe(MIX_SCALE);
		expect(singleProvinceMix('99')).toBeNull();
	});

	it('from order counts: shares of the orders placed, named with count and day', () => {
		const mix = mixFromOrderCounts({ '33': 3, '65': 1 }, '2026-03-01T10:00:00.000Z');
		expect(mix?.ppm[provinceIndex('33')]).toBe(750_000);
		expect(mix?.ppm[provinceIndex('65')]).toBe(250_000);
		expect(mix?.name).toEqual({ code: 'mix_orders', params: { orders: 4, importedAt: '2026-03-01' } });
		expect(mixFromOrderCounts({}, '2026-03-01')).toBeNull();
		expect(mixFromOrderCounts({ '33': 0 }, '2026-03-01')).toBeNull();
	});
});
