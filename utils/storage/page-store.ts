import type { PlatformCounts } from '../core/comparison';
import { MAX_RECORDED_PAGES, type PageRecord } from '../core/comparison-model';
import { mergeRecords, pageKeyOf, recordVisit } from '../core/comparison-records';
import type { PageFacts } from '../core/page-facts';
import type { CourierLensDatabase } from './database';

/**
 * Recorded seller pages for the comparison. Records arrive validated (facts through the message schema,
 * imports through the core's record schema); these functions only store them, within MAX_RECORDED_PAGES.
 */

/** Deletes the least recently seen rows beyond the cap. Runs inside the caller's transaction. */
async function evictOldest(db: CourierLensDatabase, cap: number): Promise<number> {
	const excess = (await db.pages.count()) - cap;
	if (excess <= 0) return 0;
	const oldest = await db.pages.orderBy('lastSeen').limit(excess).primaryKeys();
	await db.pages.bulkDelete(oldest);
	return oldest.length;
}

/**
 * Records one visit: the page's row is created or moved on (changes written only when a value changed), then
 * the oldest rows beyond the cap are evicted, in one transaction. Returns the stored record, or null when the
 * facts name no page (blocked, no id).
 */
export function recordPageVisit(
	db: CourierLensDatabase,
	facts: PageFacts,
	seenAt: string,
	cap = MAX_RECORDED_PAGES,
): Promise<PageRecord | null> {
	const key = pageKeyOf(facts);
	if (key === null) return Promise.resolve(null);
	return db.transaction('rw', db.pages, async () => {
		const previous = await db.pages.get(key);
		const record = recordVisit(previous, facts, seenAt);
		// The same reading again within the same visit: nothing to write.
		if (record === null || record === previous) return record;
		await db.pages.put(record);
		await evictOldest(db, cap);
		return record;
	});
}

export function getPage(db: CourierLensDatabase, key: string): Promise<PageRecord | undefined> {
	return db.pages.get(key);
}

/**
 * Rows and how many there are in all: the most recently seen first (`recent`, a screenful to show at once), or
 * in key order after a key (`key`, the whole history page by page: one bulk read per page, no cursor walk).
 */
export function listPages(
	db: CourierLensDatabase,
	request: { order: 'recent' | 'key'; after: string | null; limit: number },
): Promise<{ rows: PageRecord[]; total: number }> {
	const { order, after, limit } = request;
	const rows =
		order === 'recent'
			? db.pages.orderBy('lastSeen').reverse()
			: after === null
				? db.pages.toCollection()
				: db.pages.where(':id').above(after);
	return db.transaction('r', db.pages, async () => ({
		rows: await rows.limit(limit).toArray(),
		total: await db.pages.count(),
	}));
}

/**
 * Merges imported rows by key over the stored ones (see mergeRecords) in one transaction: every row lands or
 * none does. Then evicts beyond the cap. Returns how many rows there are now.
 */
export function importPages(
	db: CourierLensDatabase,
	rows: PageRecord[],
	cap = MAX_RECORDED_PAGES,
): Promise<{ total: number; evicted: number }> {
	return db.transaction('rw', db.pages, async () => {
		// Keys first (one request), then only the rows both sides have: an import into an empty or unrelated
		// history reads nothing back.
		const storedKeys = new Set(await db.pages.toCollection().primaryKeys());
		const overlap = rows.filter((row) => storedKeys.has(row.key));
		const stored = new Map(
			(await db.pages.bulkGet(overlap.map((row) => row.key))).flatMap((row) => (row ? [[row.key, row]] : [])),
		);
		await db.pages.bulkPut(
			rows.map((row) => {
				const previous = stored.get(row.key);
				return previous ? mergeRecords(previous, row) : row;
			}),
		);
		const evicted = await evictOldest(db, cap);
		return { total: await db.pages.count(), evicted };
	});
}

export function clearPages(db: CourierLensDatabase): Promise<void> {
	return db.pages.clear();
}

/**
 * How many recorded pages of a platform there are, ship free, and ship from a province: counted on the
 * compound indexes, without reading any row (fast at 20,000 rows).
 */
export function countPlatform(
	db: CourierLensDatabase,
	platform: PageRecord['platform'],
	province: string | null,
): Promise<PlatformCounts> {
	return db.transaction('r', db.pages, async () => {
		const pages = await db.pages.where('platform').equals(platform).count();
		const freeShipping = await db.pages.where('[platform+listedFeeFen]').equals([platform, 0]).count();
		const sameShipFrom =
			province === null
				? null
				: { province, count: await db.pages.where('[platform+shipFromProvince]').equals([platform, province]).count() };
		return { pages, freeShipping, sameShipFrom };
	});
}
