import { bench, describe } from 'vitest';
import { compareRows, createCostCalculator, filterRows, sortRows } from '../../utils/core/comparison';
import type { PageRecord } from '../../utils/core/comparison-model';
import { recordVisit } from '../../utils/core/comparison-records';
import { PROVINCES } from '../../utils/core/geography';
import { PLATFORMS } from '../../utils/core/ids';
import { FACTS } from '../helpers/sample-facts';

/**
 * The comparison table's work at 10,000 rows (goal: a sort or a filter within 100 ms, done here in a few ms so the
 * page has the rest for rendering). Run: npx vitest bench --run tests/core/comparison.bench.ts
 */
const base = recordVisit(undefined, FACTS, '2026-11-20T04:00:00.000Z') as PageRecord;
const records: PageRecord[] = Array.from({ length: 10_000 }, (_, i) => ({
	...base,
	key: `${PLATFORMS[i % PLATFORMS.length]}:item:${990000000000 + i}`,
	platform: PLATFORMS[i % PLATFORMS.length] ?? 'taobao',
	itemId: String(990000000000 + i),
	shopName: `店铺${(i * 7919) % 10_000}`,
	priceFen: i % 17 ? 100 + ((i * 7919 + 4999) % 99_900) : null,
	listedFeeFen: i % 3 ? 0 : 800,
	shipFromProvince: i % 11 ? (PROVINCES[i % PROVINCES.length]?.code ?? null) : null,
	weightGrams: i % 5 ? null : 500 + (i % 40) * 100,
	lastSeen: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
}));
const costs = () =>
	createCostCalculator({
		warehouse: '33',
		destination: '11',
		settings: { defaultWeightGrams: 1000, defaultDimensionsCm: null },
		contracts: [],
		now: '2026-11-27',
	});
const rows = compareRows(records, costs());

describe('comparison: 10,000 rows', () => {
	bench('price every row (your cost, their cost, gap) from a fresh calculator', () => {
		compareRows(records, costs());
	});
	bench('sort by price', () => {
		sortRows(rows, 'price', 'ascending');
	});
	bench('sort by shop name (collation)', () => {
		sortRows(rows, 'shop', 'descending');
	});
	bench('filter by platform and text', () => {
		filterRows(rows, { platform: 'taobao', search: '店铺12' });
	});
});
