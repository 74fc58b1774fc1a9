import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageRecord } from '../../utils/core/comparison-model';
import type { PageFacts } from '../../utils/core/page-facts';
import { CourierLensDatabase } from '../../utils/storage/database';
import { clearPages, countPlatform, importPages, listPages, recordPageVisit } from '../../utils/storage/page-store';
import { FACTS } from '../helpers/sample-facts';

const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T04:00:00.000Z`;
const item = (id: string, overrides: Partial<PageFacts> = {}): PageFacts => ({ ...FACTS, itemId: id, ...overrides });
const newDb = () => new CourierLensDatabase(`pages-${Math.random()}`);

afterEach(() => {
	vi.restoreAllMocks();
});

describe('recording visits', () => {
	it('one row per page, moved on by each visit, with its changes', async () => {
		const db = newDb();
		await recordPageVisit(db, item('1'), at(1));
		await recordPageVisit(db, item('1', { price: { text: '25.90', fen: 2590 } }), at(2));
		await recordPageVisit(db, item('2'), at(3));
		await recordPageVisit(db, { ...FACTS, pageType: 'blocked' }, at(4));
		expect(await db.pages.count()).toBe(2);
		expect(await db.pages.get('taobao:item:1')).toMatchObject({
			visits: 2,
			firstSeen: at(1),
			lastSeen: at(2),
			priceFen: 2590,
			changes: [{ field: 'price', from: 2990, to: 2590, at: at(2) }],
		});
	});

	it('keeps at most the cap, evicting the least recently seen first', async () => {
		const db = newDb();
		for (let day = 1; day <= 5; day++) await recordPageVisit(db, item(String(day)), at(day), 3);
		// 1 and 2 were evicted; 1 comes back as the newest row, and 3, now the oldest, makes room.
		await recordPageVisit(db, item('1', { title: 'again' }), at(6), 3);
		expect((await db.pages.orderBy('lastSeen').toArray()).map((page) => page.itemId)).toEqual(['4', '5', '1']);
	});

	it('a failing database rejects (the background keeps the problem) and stores nothing half-way', async () => {
		const db = newDb();
		await recordPageVisit(db, item('1'), at(1));
		vi.spyOn(db.pages, 'put').mockRejectedValue(new DOMException('the disk is full', 'QuotaExceededError'));
		await expect(recordPageVisit(db, item('1', { price: { text: '1', fen: 100 } }), at(2))).rejects.toMatchObject({
			name: 'QuotaExceededError',
		});
		vi.restoreAllMocks();
		expect(await db.pages.get('taobao:item:1')).toMatchObject({ visits: 1, priceFen: 2990 });
		db.close({ disableAutoOpen: true });
		await expect(recordPageVisit(db, item('2'), at(3))).rejects.toMatchObject({ name: 'DatabaseClosedError' });
	});
});

describe('listing, importing, clearing', () => {
	it('lists the most recently seen, or every row in key order page by page, with the total', async () => {
		const db = newDb();
		for (const [day, id] of ['3', '1', '5', '2', '4'].entries()) await recordPageVisit(db, item(id), at(day + 1));
		const recent = await listPages(db, { order: 'recent', after: null, limit: 2 });
		expect(recent).toMatchObject({ total: 5 });
		expect(recent.rows.map((page) => page.itemId)).toEqual(['4', '2']);
		const first = await listPages(db, { order: 'key', after: null, limit: 2 });
		const second = await listPages(db, { order: 'key', after: first.rows.at(-1)?.key ?? null, limit: 2 });
		const third = await listPages(db, { order: 'key', after: second.rows.at(-1)?.key ?? null, limit: 2 });
		expect([...first.rows, ...second.rows, ...third.rows].map((page) => page.itemId)).toEqual([
			'1',
			'2',
			'3',
			'4',
			'5',
		]);
	});

	it('imports by key over what is stored, all in one transaction, within the cap', async () => {
		const db = newDb();
		const stored = await recordPageVisit(db, item('1'), at(1));
		if (!stored) throw new Error('recorded');
		const imported: PageRecord[] = [
			{ ...stored, shopName: '他们的店名', lastSeen: at(9), visits: 4 },
			{ ...stored, key: 'taobao:item:2', itemId: '2', lastSeen: at(2) },
		];
		expect(await importPages(db, imported)).toEqual({ total: 2, evicted: 0 });
		expect(await db.pages.get('taobao:item:1')).toMatchObject({ shopName: '他们的店名', visits: 4, firstSeen: at(1) });
		expect(await importPages(db, [{ ...stored, key: 'taobao:item:3', itemId: '3', lastSeen: at(20) }], 2)).toEqual({
			total: 2,
			evicted: 1,
		});
		expect(await db.pages.get('taobao:item:2')).toBeUndefined();
	});

	it('an import that fails half-way writes nothing', async () => {
		const db = newDb();
		const stored = await recordPageVisit(db, item('1'), at(1));
		if (!stored) throw new Error('recorded');
		vi.spyOn(db.pages, 'count').mockRejectedValue(new DOMException('the disk is full', 'QuotaExceededError'));
		await expect(importPages(db, [{ ...stored, key: 'taobao:item:2', itemId: '2' }])).rejects.toBeTruthy();
		vi.restoreAllMocks();
		expect(await db.pages.count()).toBe(1);
	});

	it('clears every row', async () => {
		const db = newDb();
		await recordPageVisit(db, item('1'), at(1));
		await clearPages(db);
		expect(await db.pages.count()).toBe(0);
	});
});

describe('platform counts for the panel', () => {
	it('counts pages, free shipping and a ship-from province on the indexes', async () => {
		const db = newDb();
		await recordPageVisit(db, item('1'), at(1)); // free, 33
		await recordPageVisit(db, item('2', { shippingFee: { raw: '快递 ¥8', fen: 800 } }), at(2)); // 33
		await recordPageVisit(db, item('3', { shipFrom: { raw: '广东广州', province: '44' } }), at(3)); // free, 44
		await recordPageVisit(db, item('4', { shipFrom: null, shippingFee: { raw: '满49包邮', fen: null } }), at(4));
		await recordPageVisit(db, { ...item('5'), platform: 'jd' }, at(5));
		expect(await countPlatform(db, 'taobao', '33')).toEqual({
			pages: 4,
			freeShipping: 2,
			sameShipFrom: { province: '33', count: 2 },
		});
		expect(await countPlatform(db, 'taobao', null)).toMatchObject({ sameShipFrom: null });
	});
});
