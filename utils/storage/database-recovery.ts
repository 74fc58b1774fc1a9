import Dexie from 'dexie';
import type { StorageProblemCode } from '../core/storage-problem';
import type { CourierLensDatabase } from './database';

/**
 * Waits between reopen attempts after consecutive failed opens (the last one repeats). The first retry comes a
 * second after the failure, so a panel's burst of messages does not hammer a broken disk, and a database that
 * works again is back within a minute at most.
 */
export const REOPEN_BACKOFF_MS = [1_000, 2_000, 5_000, 15_000, 60_000] as const;

export interface DatabaseRecovery {
	/**
	 * Before each use: when the database is not open and no backoff wait is running, opens it (again). Never
	 * throws: while it stays closed, the caller's own database calls fail and say why.
	 */
	reopenIfDue(): Promise<void>;
}

/**
 * Dexie remembers a failed open and fails every later call with it until `open()` is called again; in Firefox's
 * persistent background that lasted until the add-on restarted. This reopens on the next call after a backoff.
 */
export function createDatabaseRecovery(db: CourierLensDatabase, nowMs: () => number): DatabaseRecovery {
	let failures = 0;
	let lastFailureMs = 0;
	const reopenNow = async () => {
		if (db.isOpen()) return;
		const wait = REOPEN_BACKOFF_MS[Math.min(failures, REOPEN_BACKOFF_MS.length) - 1] ?? 0;
		if (failures > 0 && nowMs() - lastFailureMs < wait) return;
		try {
			await db.open();
			failures = 0;
		} catch {
			failures += 1;
			lastFailureMs = nowMs();
		}
	};
	/** The latest caller's turn: each call waits for the one before, so callers go on in the order they came. */
	let turn: Promise<void> = Promise.resolve();
	return {
		reopenIfDue() {
			// In arrival order: Dexie says it is open before its open() settles, so a message that came during the open
			// could otherwise overtake one that waited for it (a page's reading its hello, which forgets the last page).
			turn = turn.then(reopenNow);
			return turn;
		},
	};
}

const named = (value: unknown, name: string): boolean =>
	typeof value === 'object' && value !== null && (value as { name?: unknown }).name === name;

/** True for errors of the database or the browser's storage (not a bug of ours): the reply is `storage_unavailable`. */
export function isStorageFailure(error: unknown): boolean {
	return error instanceof Dexie.DexieError || named(error, 'QuotaExceededError');
}

/** The code of a storage failure, looking through Dexie's wrappers (`OpenFailedError` → its inner error). */
export function storageProblemCode(error: unknown): StorageProblemCode {
	const chain: unknown[] = [];
	for (let at: unknown = error; at && chain.length < 5; at = (at as { inner?: unknown }).inner) chain.push(at);
	if (chain.some((found) => named(found, 'MissingAPIError'))) return 'missing_api';
	if (chain.some((found) => named(found, 'QuotaExceededError'))) return 'quota';
	if (chain.some((found) => named(found, 'VersionError'))) return 'version';
	return 'open_failed';
}
