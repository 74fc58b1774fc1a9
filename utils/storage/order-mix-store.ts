import type { OrderMixRecord } from '../core/destination-mix';
import type { CourierLensDatabase } from './database';

const KEY = 'orders';

/** The merchant's imported order mix, or null before the first import. */
export async function readOrderMix(db: CourierLensDatabase): Promise<OrderMixRecord | null> {
	const row = await db.orderMixes.get(KEY);
	if (!row) return null;
	const { key: _key, ...record } = row;
	return record;
}

/** Replaces the stored order mix: one per merchant, a new import supersedes the last. */
export async function writeOrderMix(db: CourierLensDatabase, record: OrderMixRecord): Promise<OrderMixRecord> {
	await db.orderMixes.put({ key: KEY, ...record });
	return record;
}
