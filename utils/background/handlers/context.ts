import type { MerchantContract } from '../../core/contract-model';
import { DEFAULT_SETTINGS } from '../../core/settings-defaults';
import type { MerchantSettings } from '../../core/settings-model';
import type { StorageProblemCode } from '../../core/storage-problem';
import type { RecordingProblem } from '../../messaging/protocol';
import { listContracts } from '../../storage/contract-store';
import type { CourierLensDatabase } from '../../storage/database';
import { isStorageFailure, storageProblemCode } from '../../storage/database-recovery';
import { readSettings } from '../../storage/settings-store';
import type { TabTransport } from '../tab-panels';

export interface BackgroundDeps {
	db: CourierLensDatabase;
	/** The clock, injected so tests can pin dates (contract validity is decided by local calendar day). */
	clock: () => Date;
	/** Tells open panels that settings or contracts changed, so they re-estimate without a reload. */
	announceChange: () => Promise<void>;
	openOptionsPage: () => Promise<void>;
	/** Leaves the row compare.html should highlight (session storage); the Shops tab takes it once. */
	rememberCompareHighlight: (key: string) => Promise<void>;
	/** Opens one of the extension's pages in a new tab, e.g. `/compare.html#carriers?origin=33`. */
	openExtensionPage: (path: string) => Promise<void>;
	/** Messages to a tab's frames, per-tab session storage and tab closing, for the panels. */
	tabs: TabTransport;
	/** Tells an open compare.html that recorded pages changed (a visit, an import, a clear), so it reloads them. */
	announcePagesChange: () => Promise<void>;
	/**
	 * Where the background keeps why recording a visit failed, for compare.html to say (extension storage: it
	 * outlives a restarted service worker, and a full IndexedDB does not stop it).
	 */
	recordingProblem: {
		read(): Promise<RecordingProblem | null>;
		keep(problem: RecordingProblem | null): Promise<void>;
	};
}

export interface Snapshot {
	settings: MerchantSettings;
	contracts: MerchantContract[];
	/**
	 * Set while the database cannot be read: the settings are then the defaults and there are no contracts, so
	 * estimates go on with the default cards and say why the merchant's own are missing.
	 */
	storageProblem: StorageProblemCode | null;
}

/** What `current()` answers while the database is down (never cached: the next call tries the database again). */
function snapshotWithoutStorage(error: unknown): Snapshot {
	return { settings: DEFAULT_SETTINGS, contracts: [], storageProblem: storageProblemCode(error) };
}

/** What every group of handlers shares: the dependencies and the cached settings-and-contracts snapshot. */
export interface HandlerContext {
	deps: BackgroundDeps;
	/** Settings and contracts, read once and kept until the next write; the defaults while storage is down. */
	current(): Promise<Snapshot>;
	/** After a write: drops the cache, then tells open panels. */
	changed(): Promise<void>;
}

/**
 * Settings and contracts are cached in memory between writes: every open panel asks for an estimate after
 * each change, and the database need not be read each time. A write drops the cache before it announces.
 */
export function createHandlerContext(deps: BackgroundDeps): HandlerContext {
	let snapshot: Promise<Snapshot> | null = null;
	const load = () =>
		Promise.all([readSettings(deps.db), listContracts(deps.db)]).then(([settings, contracts]) => ({
			settings,
			contracts,
			storageProblem: null,
		}));
	return {
		deps,
		current() {
			snapshot ??= load().catch((error: unknown) => {
				snapshot = null;
				if (isStorageFailure(error)) return snapshotWithoutStorage(error);
				throw error;
			});
			return snapshot;
		},
		async changed() {
			snapshot = null;
			await deps.announceChange();
		},
	};
}
