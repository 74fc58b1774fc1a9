import type { MerchantContract } from '../../core/contract-model';
import type { MerchantSettings } from '../../core/settings-model';
import { listContracts } from '../../storage/contract-store';
import type { CourierLensDatabase } from '../../storage/database';
import { readSettings } from '../../storage/settings-store';
import type { TabTransport } from '../tab-panels';

export interface BackgroundDeps {
	db: CourierLensDatabase;
	/** The clock, injected so tests can pin dates (contract validity is decided by local calendar day). */
	clock: () => Date;
	/** Tells open panels that settings or contracts changed, so they re-estimate without a reload. */
	announceChange: () => Promise<void>;
	openOptionsPage: () => Promise<void>;
	/** Opens one of the extension's pages in a new tab, e.g. `/compare.html#carriers?origin=33`. */
	openExtensionPage: (path: string) => Promise<void>;
	/** Messages to a tab's frames, per-tab session storage and tab closing, for the panels. */
	tabs: TabTransport;
}

export interface Snapshot {
	settings: MerchantSettings;
	contracts: MerchantContract[];
}

/** What every group of handlers shares: the dependencies and the cached settings-and-contracts snapshot. */
export interface HandlerContext {
	deps: BackgroundDeps;
	/** Settings and contracts, read once and kept until the next write. */
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
		}));
	return {
		deps,
		current() {
			snapshot ??= load().catch((error: unknown) => {
				snapshot = null;
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
