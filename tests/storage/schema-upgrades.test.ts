import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CourierLensDatabase } from '../../utils/storage/database';
import { readSettings } from '../../utils/storage/settings-store';
import { recordShopVisit } from '../../utils/storage/shop-store';
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

describe('schema upgrades', () => {
	it('v1 → v2 keeps every contract and the settings, and adds the shops table', async () => {
		const name = `upgrade-${Math.random()}`;
		await writeVersion1(name);
		const db = new CourierLensDatabase(name);
		expect((await db.contracts.toArray()).map((c) => c.id).sort()).toEqual(['c-sf', 'quick-zto']);
		expect(await readSettings(db)).toMatchObject({
			defaultDestination: '65',
			defaultWeightGrams: 2000,
			ranking: 'cheapest',
		});
		expect(db.verno).toBe(4);
		await recordShopVisit(db, FACTS, '2026-11-27T00:00:00.000Z');
		expect(await db.shops.count()).toBe(1);
		db.close();
	});

	it('a second visit keeps firstSeen and refreshes lastSeen', async () => {
		const db = new CourierLensDatabase(`shops-${Math.random()}`);
		await recordShopVisit(db, FACTS, '2026-11-01T00:00:00.000Z');
		await recordShopVisit(db, { ...FACTS, paymentBadges: [] }, '2026-11-27T00:00:00.000Z');
		expect(await db.shops.get('taobao:42')).toMatchObject({
			firstSeen: '2026-11-01T00:00:00.000Z',
			lastSeen: '2026-11-27T00:00:00.000Z',
			paymentBadges: [{ raw: '花呗', id: 'huabei' }],
		});
	});
});
