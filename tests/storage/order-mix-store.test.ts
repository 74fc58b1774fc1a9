import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CourierLensDatabase } from '../../utils/storage/database';
import { readOrderMix, writeOrderMix } from '../../utils/storage/order-mix-store';
import { readSettings } from '../../utils/storage/settings-store';

/** Opens a database exactly as version 2 shipped (contracts, settings, visited shops), writes rows, closes it. */
async function writeVersion2(name: string) {
	const v2 = new Dexie(name);
	v2.version(1).stores({ contracts: 'id, carrier', settings: 'key' });
	v2.version(2).stores({ shops: 'key, platform, lastSeen' });
	await v2.table('contracts').add({ id: 'quick-zto', carrier: 'zto', name: 'ZTO quick' });
	await v2.table('settings').put({ key: 'merchant', value: { warehouseProvince: '33' } });
	await v2.table('shops').add({ key: 'taobao:42', platform: 'taobao', shopId: '42', lastSeen: '2026-11-27T00:00:00Z' });
	v2.close();
}

const MIX = { counts: { '33': 120, '65': 3 }, rowsRead: 130, rowsPlaced: 123, importedAt: '2026-12-01T02:00:00.000Z' };

describe('order mix storage (schema v4)', () => {
	it('upgrades a v2 database to the latest version: everything kept, an empty order-mix table added', async () => {
		const name = `upgrade-v4-${Math.random()}`;
		await writeVersion2(name);
		const db = new CourierLensDatabase(name);
		expect(await readOrderMix(db)).toBeNull();
		expect(db.verno).toBeGreaterThanOrEqual(4);
		expect((await db.contracts.toArray()).map((c) => c.id)).toEqual(['quick-zto']);
		expect((await readSettings(db)).warehouseProvince).toBe('33');
		// v3 moved the visited shop into the comparison's pages.
		expect(await db.pages.count()).toBe(1);
		db.close();
	});

	it('keeps one mix, counts only: a new import replaces the last', async () => {
		const db = new CourierLensDatabase(`order-mix-${Math.random()}`);
		await writeOrderMix(db, MIX);
		expect(await readOrderMix(db)).toEqual(MIX);
		const next = { ...MIX, counts: { '44': 5 }, rowsRead: 5, rowsPlaced: 5 };
		await writeOrderMix(db, next);
		expect(await readOrderMix(db)).toEqual(next);
		const rows = await db.orderMixes.toArray();
		expect(rows).toHaveLength(1);
		expect(Object.keys(rows[0] ?? {}).sort()).toEqual(['counts', 'importedAt', 'key', 'rowsPlaced', 'rowsRead']);
		db.close();
	});
});
