// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createQuickContract, parseContract, validateContract } from '../../utils/core/contract-validation';
import { estimatePage } from '../../utils/core/estimate';
import { provinceFromName } from '../../utils/core/geography';
import { ISSUE_CODES } from '../../utils/core/issues';
import { parseDateInput, parseKgInput, parseYuanInput } from '../../utils/core/merchant-input';
import { expectedFacts, FACT_NAMES, factsNotRead } from '../../utils/core/page-facts';
import { carriersWithIdenticalDefaults, quoteAll } from '../../utils/core/quote';
import { DEFAULT_SETTINGS } from '../../utils/core/settings-defaults';
import { FACTS } from '../helpers/sample-facts';

const NOW = '2026-03-01T10:00:00.000Z';
const quick = (overrides: object = {}) => ({
	...createQuickContract({ id: 'c1', carrier: 'zto', firstFen: 200, extraFen: 100, updatedAt: NOW }),
	...overrides,
});

describe('contracts at the boundary: exactly the model', () => {
	it('returns a copy without unknown fields, an own __proto__ key or a huge extra string', () => {
		const hostile = JSON.parse(`{"__proto__": {"isAdmin": true}, ${JSON.stringify(quick()).slice(1)}`);
		hostile.extra = 'x'.repeat(30 * 1024 * 1024);
		hostile.rates.comment = 'not in the model';
		const parsed = parseContract(hostile);
		expect(parsed).toEqual({ ok: true, value: quick() });
		expect(parsed.ok && Object.hasOwn(parsed.value, '__proto__')).toBe(false);
	});

	it('caps texts: an id or name longer than 200 characters is refused', () => {
		expect(validateContract(quick({ name: 'a'.repeat(201) }))).toEqual([
			{ path: 'name', code: 'text_too_long', params: { max: 200 } },
		]);
		expect(validateContract(quick({ id: 'a'.repeat(201) }))).toEqual([
			{ path: 'id', code: 'text_too_long', params: { max: 200 } },
		]);
	});

	it('refuses a timestamp that is not ISO, which Date.parse would have accepted', () => {
		for (const updatedAt of ['March 5, 2026', '2026-03-05', '2026/3/5 08:00', '2026-02-30T08:00:00Z']) {
			expect(validateContract(quick({ updatedAt }))).toEqual([
				{ path: 'updatedAt', code: 'timestamp_invalid', params: { value: updatedAt } },
			]);
		}
		for (const updatedAt of [NOW, '2026-03-05T08:00:00+08:00', '2026-03-05T08:00Z']) {
			expect(validateContract(quick({ updatedAt }))).toEqual([]);
		}
	});

	it('refuses weights in an implausible unit with the kg/g hint', () => {
		const card = quick().rates;
		expect(validateContract(quick({ rates: { ...card, extraStepGrams: 1 } }))).toEqual([
			{
				path: 'rates.extraStepGrams',
				code: 'weight_unit_suspect',
				params: { grams: 1, minGrams: 100, maxGrams: 100_000 },
			},
		]);
		expect(validateContract(quick({ rates: { ...card, firstGrams: 1_000_000 } }))[0]).toMatchObject({
			code: 'weight_unit_suspect',
		});
	});

	it('reports an own __proto__ or constructor key of the rate maps instead of skipping it', () => {
		const zones = JSON.parse(`{"__proto__": ${JSON.stringify(quick().rates)}}`);
		expect(validateContract(quick({ zoneRates: zones }))).toEqual([
			{ path: 'zoneRates.__proto__', code: 'zone_unknown', params: { value: '__proto__' } },
		]);
		expect(validateContract(quick({ provinceRates: { constructor: quick().rates } }))).toEqual([
			{ path: 'provinceRates.constructor', code: 'province_unknown', params: { value: 'constructor' } },
		]);
	});

	it('emits codes with parameters, never sentences', () => {
		const issues = validateContract({ id: '', carrier: 'dhl', rates: { bands: [{}] }, validFrom: 'soon' });
		expect(issues.length).toBeGreaterThan(5);
		for (const found of issues) {
			expect(ISSUE_CODES).toContain(found.code);
			expect(Object.keys(found).sort()).toEqual(['code', 'params', 'path']);
		}
	});
});

describe('what merchants type', () => {
	it.each([
		['2026/1/5', '2026-01-05'],
		['2026-1-5', '2026-01-05'],
		['2026.01.05', '2026-01-05'],
		['2026年1月5日', '2026-01-05'],
		['２０２６/１/５', '2026-01-05'],
		['2026/2/30', null],
		['5/1/2026', null],
	])('date %j → %s', (text, day) => {
		expect(parseDateInput(text)).toBe(day);
	});

	it.each([
		['2.20', 220],
		['¥2.2', 220],
		['￥2.20', 220],
		['2.2元', 220],
		['1，280.50', 128_050],
		['1,280', 128_000],
		['2,5', 250],
		['CNY 12.30', 1230],
		['2.205', null],
		['两元', null],
	])('money %j → %s fen', (text, fen) => {
		expect(parseYuanInput(text)).toBe(fen);
	});

	it.each([
		['0.5', 500],
		['0.5kg', 500],
		['500g', 500],
		['500克', 500],
		['1.5公斤', 1500],
		['0', null],
		['1.2345', null],
	])('weight %j → %s g', (text, grams) => {
		expect(parseKgInput(text)).toBe(grams);
	});

	it.each([
		['浙江', '33'],
		['浙江省', '33'],
		['浙', '33'],
		['33', '33'],
		['内蒙古', '15'],
		['内蒙古自治区', '15'],
		['内蒙', '15'],
		['Zhejiang', '33'],
		['xizang', '54'],
		['Tibet', '54'],
		['99', null],
		['浙江杭州', null],
	])('province %j → %s', (text, code) => {
		expect(provinceFromName(text)).toBe(code);
	});
});

describe('page facts', () => {
	it('a shop page could never show a price, ship-from, shipping fee or weight: they are not "not read"', () => {
		for (const name of ['price', 'shipFrom', 'shippingFee', 'weight'] as const) {
			expect(expectedFacts('shop')).not.toContain(name);
		}
		expect(expectedFacts('item')).toEqual(FACT_NAMES);
		expect(expectedFacts('blocked')).toEqual([]);
		expect(factsNotRead({ pageType: 'shop', missing: ['price', 'shipFrom', 'weight', 'shopName'] })).toEqual([
			'shopName',
		]);
		expect(factsNotRead({ pageType: 'item', missing: ['price', 'weight'] })).toEqual(['price', 'weight']);
	});
});

describe('defaults that cannot tell carriers apart', () => {
	const parcel = { actualGrams: 1000, dimensionsCm: null, declaredValueFen: null };

	it('names the carriers whose default prices are identical for this route (the five Tongda, same province too)', () => {
		for (const route of [
			{ origin: '33', destination: '11' },
			{ origin: '33', destination: '33' },
		]) {
			expect(carriersWithIdenticalDefaults(quoteAll(parcel, route, [], NOW))).toEqual([
				'zto',
				'yto',
				'sto',
				'yunda',
				'jt',
			]);
		}
	});

	it('leaves out a carrier priced by a contract, and says nothing once no two defaults agree', () => {
		const contracts = ['zto', 'yto', 'sto', 'yunda'].map((carrier) =>
			createQuickContract({ id: carrier, carrier: carrier as 'zto', firstFen: 300, extraFen: 100, updatedAt: NOW }),
		);
		const quotes = quoteAll(parcel, { origin: '33', destination: '11' }, contracts, NOW);
		// JD's national default is set to SF's card (no JD tariff was found): those two are alike as well.
		expect(carriersWithIdenticalDefaults(quotes)).toEqual(['jd', 'sf']);
		const distinct = quotes.filter((quote) => !['jd', 'sf'].includes(quote.carrier));
		expect(carriersWithIdenticalDefaults(distinct)).toEqual([]);
		const estimate = estimatePage({ facts: FACTS, settings: DEFAULT_SETTINGS, contracts: [], now: NOW });
		expect(estimate.identicalDefaults).toEqual(['zto', 'yto', 'sto', 'yunda', 'jt']);
		expect(estimate.platformFee?.kind).toBe('basic_software_service_fee');
	});
});
