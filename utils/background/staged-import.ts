/**
 * Big files reach the background as validated batches: the page that read the file parses and checks it
 * there, so no single message carries megabytes. Batches are staged in memory under the import's id and
 * handed over whole when the last one arrives, for the caller to write in one transaction: all or nothing,
 * as for a small file. If the background restarts in between, the staging is gone and the last batch is
 * answered `interrupted`: nothing was written, and the page says so.
 */

import type { ImportBatch } from '../messaging/batches';

export type StageOutcome<T> =
	| { state: 'staged'; received: number }
	| { state: 'complete'; items: T[] }
	/** Batches missing or out of order (a restart lost the staging, or the page sent them wrongly). */
	| { state: 'interrupted' };

interface Pending<T> {
	next: number;
	items: T[];
	touchedAt: number;
}

/** Staging for one kind of import. `now` is injected for tests; stale imports are dropped after `ttlMs`. */
export function createImportStaging<T>(now: () => number, ttlMs = 5 * 60_000) {
	const pending = new Map<string, Pending<T>>();

	const dropStale = () => {
		for (const [id, entry] of pending) if (now() - entry.touchedAt > ttlMs) pending.delete(id);
	};

	return function stage(batch: ImportBatch<T>): StageOutcome<T> {
		dropStale();
		const entry = batch.index === 0 ? { next: 0, items: [], touchedAt: now() } : pending.get(batch.importId);
		if (!entry || entry.next !== batch.index || batch.index >= batch.count) {
			pending.delete(batch.importId);
			return { state: 'interrupted' };
		}
		for (const item of batch.items) entry.items.push(item);
		entry.next++;
		entry.touchedAt = now();
		if (entry.next < batch.count) {
			pending.set(batch.importId, entry);
			return { state: 'staged', received: entry.next };
		}
		pending.delete(batch.importId);
		return { state: 'complete', items: entry.items };
	};
}
