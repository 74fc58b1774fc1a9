import { describe, expect, it } from 'vitest';
import {
	type ComparedRow,
	compareRows,
	createCostCalculator,
	filterRows,
	matchGap,
	pageStanding,
	type SortColumn,
	sortRows,
} from '../../utils/core/comparison';
import type { PageRecord } from '../../utils/core/comparison-model';
import { recordVisit } from '../../utils/core/comparison-records';
import { createQuickContract } from '../../utils/core/contract-validation';
import { FACTS } from '../helpers/sample-facts';

const T0 = '2026-11-20T04:00:00.000Z';
const T1 = '2026-11-27T04:00:00.000Z';

/** A recorded page built through the same path as a visit, with overrides. */
function page(overrides: Partial<PageRecord> = {}): PageRecord {
	const record = recordVisit(undefined, FACTS, T0);
	if (!record) throw new Error('FACTS name a page');
	return { ...record, ...overrides };
}

const ZTO_QUICK = createQuickContract({
	id: 'quick-zto',
	carrier: 'zto',
	firstFen: 200,
	extraFen: 100,
	updatedAt: '2026-01-01T00:00:00.000Z',
});

const costsWith = (warehouse: string | null, contracts = [ZTO_QUICK]) =>
	createCostCalculator({
		warehouse,
		destination: '11',
		settings: { defaultWeightGrams: 1000, defaultDimensionsCm: null },
		contracts,
		now: '2026-11-27',
	});

describe('your cost and their cost', () => {
	it('your cost: the cheapest carrier from the warehouse under your contracts, at the page weight, else the default', () => {
		const costs = costsWith('33');
		// ZTO quick contract: ¥2 first kg + ¥1 per started kg. 1 kg → ¥2.00; the page's 2.5 kg → ¥2 + 2 × ¥1 = ¥4.00.
		expect(costs(page()).yourCostFen).toBe(200);
		expect(costs(page({ weightGrams: 2500 })).yourCostFen).toBe(400);
	});

	it('your cost is unknown without a warehouse', () => {
		expect(costsWith(null)(page()).yourCostFen).toBeNull();
	});

	it('their cost: the cheapest default card from the row ship-from (contracts never apply to them)', () => {
		const costs = costsWith('33');
		// Tongda default cards (STO 2025, S37): ≤1 kg ¥3.50, ≤3 kg ¥4.50, in every non-remote zone.
		expect(costs(page({ shipFromProvince: '44' })).theirCostFen).toBe(350);
		expect(costs(page({ shipFromProvince: '44', weightGrams: 2500 })).theirCostFen).toBe(450);
	});

	it('their cost is unknown when the ship-from is', () => {
		expect(costsWith('33')(page({ shipFromProvince: null, shipFromText: '海外' })).theirCostFen).toBeNull();
	});

	it('prices each distinct parcel once and gives every row the same answer as pricing it alone', () => {
		const costs = costsWith('44');
		const rows = [
			page({ key: 'taobao:item:1' }),
			page({ key: 'taobao:item:2', weightGrams: 2500 }),
			page({ key: 'taobao:item:3' }),
		];
		const together = rows.map(costs);
		const alone = rows.map((row) => costsWith('44')(row));
		expect(together).toEqual(alone);
	});
});

describe('the gap to match their terms', () => {
	it('they ship free: you would pay your whole cost per parcel', () => {
		expect(matchGap(page({ listedFeeFen: 0 }), 350)).toEqual({
			reason: { code: 'compare_gap_free', params: { yoursFen: 350 } },
			gapFen: 350,
		});
	});

	it('they charge a fee: their fee against your cost (¥8 vs ¥4.50 → you keep ¥3.50)', () => {
		expect(matchGap(page({ listedFeeFen: 800 }), 450)).toEqual({
			reason: { code: 'compare_gap_charge', params: { theirsFen: 800, yoursFen: 450 } },
			gapFen: -350,
		});
	});

	it('their terms are a threshold or unread, or your warehouse is unset: said so, no number', () => {
		expect(matchGap(page({ listedFeeFen: null, listedFeeText: '满49包邮' }), 450)).toEqual({
			reason: { code: 'compare_gap_terms', params: { terms: '满49包邮', yoursFen: 450 } },
			gapFen: null,
		});
		expect(matchGap(page({ listedFeeFen: null, listedFeeText: null }), 450).reason.code).toBe(
			'compare_gap_terms_unknown',
		);
		expect(matchGap(page({ listedFeeFen: 0 }), null)).toEqual({
			reason: { code: 'compare_gap_no_warehouse' },
			gapFen: null,
		});
	});
});

describe('sort and filter', () => {
	const rows: ComparedRow[] = compareRows(
		[
			page({ key: 'taobao:item:a', priceFen: 2990, shopName: '乙店', lastSeen: '2026-11-02T00:00:00.000Z' }),
			page({
				key: 'jd:item:b',
				platform: 'jd',
				priceFen: null,
				shopName: '甲店',
				title: 'Cup',
				lastSeen: '2026-11-03T00:00:00.000Z',
			}),
			page({
				key: 'tmall:item:c',
				platform: 'tmall',
				priceFen: 990,
				shopName: null,
				lastSeen: '2026-11-01T00:00:00.000Z',
			}),
			page({
				key: 'taobao:item:d',
				priceFen: 2990,
				shopName: '丙店',
				title: 'Tea cup',
				lastSeen: '2026-11-04T00:00:00.000Z',
			}),
		],
		costsWith(null),
	);
	const keys = (list: ComparedRow[]) => list.map((row) => row.record.key);

	it('sorts ascending and descending with unknown values last both ways, ties by key', () => {
		expect(keys(sortRows(rows, 'price', 'ascending'))).toEqual([
			'tmall:item:c',
			'taobao:item:a',
			'taobao:item:d',
			'jd:item:b',
		]);
		expect(keys(sortRows(rows, 'price', 'descending'))).toEqual([
			'taobao:item:a',
			'taobao:item:d',
			'tmall:item:c',
			'jd:item:b',
		]);
		expect(keys(sortRows(rows, 'shop', 'descending')).at(-1)).toBe('tmall:item:c');
		expect(keys(sortRows(rows, 'last-seen', 'descending'))).toEqual([
			'taobao:item:d',
			'jd:item:b',
			'taobao:item:a',
			'tmall:item:c',
		]);
	});

	it('puts every row of an all-unknown column in key order, whatever the direction', () => {
		for (const column of ['your-cost', 'gap'] satisfies SortColumn[]) {
			const sorted = keys(sortRows(rows, column, 'descending'));
			expect(sorted).toEqual([...sorted].sort());
		}
	});

	it('does not change the list it sorts', () => {
		const before = keys(rows);
		sortRows(rows, 'price', 'descending');
		expect(keys(rows)).toEqual(before);
	});

	it('filters by platform and by text in the shop name or title, ignoring case', () => {
		expect(keys(filterRows(rows, { platform: 'taobao', search: '' }))).toEqual(['taobao:item:a', 'taobao:item:d']);
		expect(keys(filterRows(rows, { platform: 'all', search: 'CUP' }))).toEqual(['jd:item:b', 'taobao:item:d']);
		expect(keys(filterRows(rows, { platform: 'taobao', search: '丙' }))).toEqual(['taobao:item:d']);
		expect(filterRows(rows, { platform: 'pdd', search: '' })).toEqual([]);
	});
});

describe("the row's latest change and previous price", () => {
	it('shows the price before the last visit only when that visit changed it', () => {
		const first = page();
		const cheaper = recordVisit(first, { ...FACTS, price: { text: '25.90', fen: 2590 } }, T1);
		if (!cheaper) throw new Error('recorded');
		const [row] = compareRows([cheaper], costsWith(null));
		expect(row?.prevPriceFen).toBe(2990);
		expect(row?.latestChange).toEqual({
			code: 'compare_change_price',
			params: { fromFen: 2990, toFen: 2590, month: 11, day: 27 },
		});
		const again = recordVisit(cheaper, { ...FACTS, price: { text: '25.90', fen: 2590 } }, '2026-11-28T04:00:00.000Z');
		if (!again) throw new Error('recorded');
		expect(compareRows([again], costsWith(null))[0]?.prevPriceFen).toBeNull();
	});
});

describe('how a page stands among the recorded ones', () => {
	it('counts the other pages of the platform: a page seen before is not counted among the others', () => {
		const stored = page({ listedFeeFen: 0, shipFromProvince: '44' });
		const current = recordVisit(stored, FACTS, T1);
		if (!current) throw new Error('recorded');
		// 15 taobao pages recorded (this one included), 10 ship free (this one included), 6 from 44 (this one included).
		const standing = pageStanding(current, stored, {
			pages: 15,
			freeShipping: 10,
			sameShipFrom: { province: '44', count: 6 },
		});
		expect(standing).toMatchObject({
			visited: 14,
			freeShipping: 9,
			sameShipFrom: { province: '44', count: 5 },
			lines: [
				{ code: 'compare_standing_free', params: { free: 9, visited: 14 } },
				{ code: 'compare_standing_ship_from', params: { count: 5, province: '44' } },
			],
		});
	});

	it('a first visit counts every stored page, and with none says it is the first', () => {
		const current = page();
		expect(pageStanding(current, undefined, { pages: 3, freeShipping: 1, sameShipFrom: null })).toMatchObject({
			visited: 3,
			freeShipping: 1,
			lines: [{ code: 'compare_standing_free', params: { free: 1, visited: 3 } }],
			latestChange: null,
		});
		expect(pageStanding(current, undefined, { pages: 0, freeShipping: 0, sameShipFrom: null }).lines).toEqual([
			{ code: 'compare_standing_first' },
		]);
	});

	it('carries the latest change of a revisited page', () => {
		const stored = page();
		const current = recordVisit(stored, { ...FACTS, shipFrom: { raw: '广东广州', province: '44' } }, T1);
		if (!current) throw new Error('recorded');
		expect(pageStanding(current, stored, { pages: 1, freeShipping: 1, sameShipFrom: null }).latestChange).toEqual({
			code: 'compare_change_ship_from',
			params: { fromProvince: '33', toProvince: '44', month: 11, day: 27 },
		});
	});
});
