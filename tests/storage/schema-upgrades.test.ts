import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CourierLensDatabase, type VisitedShopV2 } from '../../utils/storage/database';
import { recordPageVisit } from '../../utils/storage/page-store';
import { readSettings } from '../../utils/storage/settings-store';
import { FACTS } from '../helpers/sample-facts';

/** Opens a database exactly as version 1 shipped, writes rows in that shape, and closes it. */
async function writeVersion1(name: string) {
	const v1 = new Dexie(name);
	v1.version(1).stores({ contracts: 'id, carrier', settings: 'key' });
	await v1.table('contracts').bulkAdd([
		{ id: 'quick-zto', carrier: 'zto', name: 'ZTO quick' },
		{ id: 'c-sf', carrier: 'sf', name: 'SF 2026' },
	]);
	await v1.table('settings').put({ key: 'merchant', value: { defaultDestination: '65', defaultWeightGrams: 2000 } });
	v1.close();
}

/** Version 2's visited shops, as recordShopVisit wrote them (from item and shop pages alike). */
const V2_SHOPS: VisitedShopV2[] = [
	{
		key: 'taobao:42',
		platform: 'taobao',
		shopId: '42',
		shopName: '小店',
		shipFrom: { raw: '浙江金华', province: '33' },
		shippingFee: { raw: '快递: 免运费', fen: 0 },
		paymentBadges: [{ raw: '花呗', id: 'huabei' }],
		firstSeen: '2026-11-01T00:00:00.000Z',
		lastSeen: '2026-11-20T00:00:00.000Z',
	},
	{
		key: 'jd:1000000904',
		platform: 'jd',
		shopId: '1000000904',
		shopName: null,
		shipFrom: null,
		shippingFee: { raw: '99元免基础运费', fen: null },
		paymentBadges: [],
		firstSeen: '2026-10-01T00:00:00.000Z',
		lastSeen: '2026-10-02T00:00:00.000Z',
	},
	{
		key: '1688:b2b-2212345678901a2b3c',
		platform: '1688',
		shopId: 'b2b-2212345678901a2b3c',
		shopName: '台州市黄岩明睿眼镜有限公司',
		shipFrom: { raw: '浙江台州', province: '33' },
		shippingFee: { raw: '快递 ¥4.00', fen: 400 },
		paymentBadges: [],
		firstSeen: '2026-09-01T00:00:00.000Z',
		lastSeen: '2026-09-01T00:00:00.000Z',
	},
];

/** Opens a database exactly as version 2 shipped (v1 stores plus visited shops) and writes its rows. */
async function writeVersion2(name: string) {
	const v2 = new Dexie(name);
	v2.version(1).stores({ contracts: 'id, carrier', settings: 'key' });
	v2.version(2).stores({ shops: 'key, platform, lastSeen' });
	await v2.table('contracts').add({ id: 'quick-zto', carrier: 'zto', name: 'ZTO quick' });
	await v2.table('settings').put({ key: 'merchant', value: { defaultDestination: '44' } });
	await v2.table('shops').bulkAdd(V2_SHOPS);
	v2.close();
}

describe('schema upgrades', () => {
	it('v1 → v5 keeps every contract and the settings, and adds the pages table', async () => {
		const name = `upgrade-${Math.random()}`;
		await writeVersion1(name);
		const db = new CourierLensDatabase(name);
		expect((await db.contracts.toArray()).map((c) => c.id).sort()).toEqual(['c-sf', 'quick-zto']);
		expect(await readSettings(db)).toMatchObject({
			defaultDestination: '65',
			defaultWeightGrams: 2000,
			ranking: 'cheapest',
			recordVisits: true,
		});
		expect(db.verno).toBe(5);
		await recordPageVisit(db, FACTS, '2026-11-27T00:00:00.000Z');
		expect(await db.pages.count()).toBe(1);
		db.close();
	});

	it('v2 → v5: v3 moves every visited shop into a shop row, losing no row and nothing that was read', async () => {
		const name = `upgrade-${Math.random()}`;
		await writeVersion2(name);
		const db = new CourierLensDatabase(name);
		const pages = await db.pages.orderBy('key').toArray();
		expect(pages.map((page) => page.key)).toEqual([
			'1688:shop:b2b-2212345678901a2b3c',
			'jd:shop:1000000904',
			'taobao:shop:42',
		]);
		expect(pages.find((page) => page.key === 'taobao:shop:42')).toEqual({
			key: 'taobao:shop:42',
			platform: 'taobao',
			pageType: 'shop',
			itemId: null,
			shopId: '42',
			shopName: '小店',
			title: null,
			url: '',
			priceFen: null,
			listedFeeFen: 0,
			listedFeeText: '快递: 免运费',
			shipFromText: '浙江金华',
			shipFromProvince: '33',
			deliveryPromise: null,
			carrierText: null,
			carrierId: null,
			weightGrams: null,
			paymentBadges: [{ raw: '花呗', id: 'huabei' }],
			firstSeen: '2026-11-01T00:00:00.000Z',
			lastSeen: '2026-11-20T00:00:00.000Z',
			visits: 1,
			changes: [],
		});
		expect(pages.find((page) => page.key === 'jd:shop:1000000904')).toMatchObject({
			listedFeeFen: null,
			listedFeeText: '99元免基础运费',
			shipFromProvince: null,
		});
		expect(db.tables.map((table) => table.name).sort()).toEqual([
			'contracts',
			'orderMixes',
			'pages',
			'readings',
			'settings',
		]);
		expect((await db.contracts.toArray()).map((c) => c.id)).toEqual(['quick-zto']);
		expect(await readSettings(db)).toMatchObject({ defaultDestination: '44' });
		db.close();
	});

	it('v4 → v5 adds the adapter-health log and loses no contract, setting, recorded page or order mix', async () => {
		const name = `upgrade-${Math.random()}`;
		const v4 = new Dexie(name);
		v4.version(1).stores({ contracts: 'id, carrier', settings: 'key' });
		v4.version(2).stores({ shops: 'key, platform, lastSeen' });
		v4.version(3).stores({
			shops: null,
			pages: 'key, lastSeen, platform, [platform+listedFeeFen], [platform+shipFromProvince]',
		});
		v4.version(4).stores({ orderMixes: 'key' });
		const contract = { id: 'c-sf', carrier: 'sf', name: 'SF 2026', updatedAt: '2026-11-01T00:00:00.000Z' };
		const settings = { key: 'merchant', value: { defaultDestination: '65' }, version: 3 };
		const page = { key: 'taobao:shop:42', lastSeen: '2026-11-20T00:00:00.000Z', platform: 'taobao', shopId: '42' };
		const mix = { key: 'orders', counts: { '33': 5 }, rowsRead: 5, rowsPlaced: 5 };
		await v4.table('contracts').add(contract);
		await v4.table('settings').put(settings);
		await v4.table('pages').add(page);
		await v4.table('orderMixes').add(mix);
		v4.close();
		const db = new CourierLensDatabase(name);
		expect(await db.contracts.toArray()).toEqual([contract]);
		expect(await db.settings.toArray()).toEqual([settings]);
		expect(await db.pages.toArray()).toEqual([page]);
		expect(await db.orderMixes.toArray()).toEqual([mix]);
		expect(await db.readings.count()).toBe(0);
		expect(db.verno).toBe(5);
		db.close();
	});
});
