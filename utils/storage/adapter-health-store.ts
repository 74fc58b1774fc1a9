import { type AdapterReadingRecord, READINGS_KEPT_PER_ADAPTER } from '../core/adapter-health';
import type { CourierLensDatabase, StoredReading } from './database';

/** Adds a reading and drops that adapter's readings beyond the newest READINGS_KEPT_PER_ADAPTER, in one transaction. */
export function addReading(db: CourierLensDatabase, record: AdapterReadingRecord): Promise<void> {
	return db.transaction('rw', db.readings, async () => {
		await db.readings.add(record as StoredReading);
		const older = await db.readings
			.where('[adapterId+at]')
			.between([record.adapterId, ''], [record.adapterId, '\uffff'])
			.reverse()
			.offset(READINGS_KEPT_PER_ADAPTER)
			.primaryKeys();
		if (older.length) await db.readings.bulkDelete(older);
	});
}

/** Every kept reading (at most READINGS_KEPT_PER_ADAPTER per adapter), without the storage key. */
export async function listReadings(db: CourierLensDatabase): Promise<AdapterReadingRecord[]> {
	return (await db.readings.toArray()).map(({ id: _id, ...record }) => record);
}
