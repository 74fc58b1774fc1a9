// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createQuickContract } from '../../utils/core/contract-validation';
import { estimatePage } from '../../utils/core/estimate';
import type { Reason } from '../../utils/core/estimate-model';
import { PROVINCES } from '../../utils/core/geography';
import { CARRIER_IDS, PAYMENT_METHOD_IDS, PLATFORMS } from '../../utils/core/ids';
import type { PageFacts } from '../../utils/core/page-facts';
import { REASON_CODES } from '../../utils/core/reason-codes';
import type { MerchantSettings } from '../../utils/core/settings-model';
import { contractArb } from './arbitraries';

const SETTINGS: MerchantSettings = {
	warehouseProvince: '33',
	originMode: 'page_ship_from',
	defaultDestination: '11',
	defaultWeightGrams: 1000,
	defaultDimensionsCm: { length: 40, width: 30, height: 20 },
	ranking: 'cheapest',
	costWeightPercent: 60,
	enabledSites: { taobao: true, tmall: true, jd: true, pdd: true, '1688': true },
	currencyDisplay: 'symbol',
	recordVisits: true,
};

const FACTS: PageFacts = {
	platform: 'taobao',
	pageType: 'item',
	url: 'https://item.taobao.com/item.htm?id=1',
	itemId: '1',
	title: '连衣裙',
	price: { text: '29.90', fen: 2990 },
	listPrice: null,
	shopName: '小甜崽sweet',
	shopId: 's1',
	sellerId: null,
	shipFrom: { raw: '广东广州', province: '44' },
	shippingFee: { raw: '免运费', fen: 0 },
	deliveryPromise: null,
	carrier: null,
	weight: null,
	paymentBadges: [
		{ raw: '微信支付', id: 'wechat_pay' },
		{ raw: '信用卡', id: null },
	],
	missing: ['weight'],
};

const NOW = '2026-03-15';

describe('estimatePage', () => {
	it('prices from the page ship-from with the default weight and box', () => {
		const estimate = estimatePage({ facts: FACTS, settings: SETTINGS, contracts: [], now: NOW });
		expect(estimate).toMatchObject({
			origin: '44',
			originSource: 'page_ship_from',
			destination: '11',
			weightSource: 'settings',
			strategy: 'cheapest',
		});
		expect(estimate.parcel).toEqual({
			actualGrams: 1000,
			dimensionsCm: { length: 40, width: 30, height: 20 },
			declaredValueFen: 2990,
		});
		expect(estimate.rows).toHaveLength(CARRIER_IDS.length);
		expect(estimate.payments.find((p) => p.method === 'wechat_pay')?.seenOnPage).toBe(true);
	});

	it('keeps an unknown ship-from unknown in page mode and uses the warehouse in warehouse mode', () => {
		const noShipFrom = { ...FACTS, shipFrom: null };
		const page = estimatePage({ facts: noShipFrom, settings: SETTINGS, contracts: [], now: NOW });
		expect(page.origin).toBeNull();
		expect(page.originSource).toBe('unknown');
		expect(page.rows.every((row) => row.quote.breakdown.zoneAssumed)).toBe(true);
		const warehouse = estimatePage({
			facts: noShipFrom,
			settings: { ...SETTINGS, originMode: 'warehouse' },
			contracts: [],
			now: NOW,
		});
		expect(warehouse).toMatchObject({ origin: '33', originSource: 'warehouse' });
		const noWarehouse = estimatePage({
			facts: FACTS,
			settings: { ...SETTINGS, originMode: 'warehouse', warehouseProvince: null },
			contracts: [],
			now: NOW,
		});
		expect(noWarehouse).toMatchObject({ origin: null, originSource: 'unknown' });
	});

	it('takes the weight from the override, then the page, then the settings', () => {
		const withWeight = { ...FACTS, weight: { raw: '2.93kg', grams: 2930 } };
		expect(estimatePage({ facts: withWeight, settings: SETTINGS, contracts: [], now: NOW }).parcel).toMatchObject({
			actualGrams: 2930,
			dimensionsCm: null,
		});
		const override = estimatePage({
			facts: withWeight,
			settings: SETTINGS,
			contracts: [],
			now: NOW,
			weightGrams: 500,
			destination: '65',
		});
		expect(override).toMatchObject({ weightSource: 'override', destination: '65', parcel: { actualGrams: 500 } });
	});

	it('applies a contract and ranks it', () => {
		const quick = createQuickContract({
			id: 'q',
			carrier: 'yunda',
			firstFen: 180,
			extraFen: 100,
			updatedAt: '2026-01-01T00:00:00Z',
		});
		const estimate = estimatePage({
			facts: { ...FACTS, weight: { raw: '1kg', grams: 1000 } },
			settings: SETTINGS,
			contracts: [quick],
			now: NOW,
		});
		expect(estimate.rows[0]?.quote).toMatchObject({ carrier: 'yunda', costFen: 180, listFen: 350 });
		expect(estimate.rows[0]?.reason).toEqual({ code: 'cheapest_by', params: { fen: 170 } });
	});
});

describe('reason codes', () => {
	function collect(reasons: Set<string>, reason: Reason | null | undefined): void {
		if (!reason) return;
		reasons.add(reason.code);
		// Ranking reasons name reliability factors by their codes.
		for (const [key, value] of Object.entries(reason.params ?? {}))
			if (key.startsWith('factor')) reasons.add(String(value));
	}

	it('the core emits only codes listed in REASON_CODES', () => {
		const seen = new Set<string>();
		fc.assert(
			fc.property(
				fc.constantFrom(...PLATFORMS),
				fc.constantFrom(...(['cheapest', 'most_reliable', 'best_value'] as const)),
				fc.option(fc.constantFrom(...PROVINCES.map((p) => p.code))),
				fc.constantFrom(...PROVINCES.map((p) => p.code)),
				fc.array(contractArb, { maxLength: 4 }),
				fc.subarray([...PAYMENT_METHOD_IDS]),
				fc.constantFrom('2019-01-01', NOW, '2031-06-01'),
				(platform, ranking, origin, destination, contracts, badges, now) => {
					const facts: PageFacts = {
						...FACTS,
						platform,
						shipFrom: origin === null ? null : { raw: '', province: origin },
						paymentBadges: badges.map((id) => ({ raw: id, id })),
					};
					const estimate = estimatePage({ facts, settings: { ...SETTINGS, ranking }, contracts, now, destination });
					for (const row of estimate.rows) {
						collect(seen, row.reason);
						collect(seen, row.quote.ignoredContract?.reason);
						for (const factor of row.reliability.factors) collect(seen, factor);
					}
					for (const payment of estimate.payments) for (const note of payment.notes) collect(seen, note);
				},
			),
			{ numRuns: 500 },
		);
		const listed = new Set<string>(REASON_CODES);
		for (const code of seen) expect(listed.has(code), code).toBe(true);
		expect(new Set(REASON_CODES).size).toBe(REASON_CODES.length);
		for (const code of REASON_CODES) expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
	});
});
