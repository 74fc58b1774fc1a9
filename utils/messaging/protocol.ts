import { browser } from 'wxt/browser';
import type { AdapterHealth } from '../core/adapter-health';
import type { PageRecord, PageStanding } from '../core/comparison-model';
import type { MerchantContract } from '../core/contract-model';
import type { OrderMixRecord, ProvinceCounts } from '../core/destination-mix';
import type { PageEstimate } from '../core/estimate';
import type { RankingStrategy } from '../core/estimate-model';
import type { Platform, ProvinceCode } from '../core/ids';
import type { PageFacts, PageType } from '../core/page-facts';
import type { Reply } from '../core/result';
import type { MerchantSettings } from '../core/settings-model';
import type { StorageProblemCode } from '../core/storage-problem';
import type { ExportPage, ImportBatch } from './batches';

/**
 * Every message of the extension, with its request and reply. The name's prefix is the sender policy,
 * enforced in one place (sender-policy.ts): `cs.` only from our content scripts on supported marketplace
 * hosts, `ui.` only from our own extension pages (popup, options).
 */
export interface ProtocolMap {
	/** Estimate every carrier and payment option for what the panel read off the page. */
	'cs.estimate': {
		request: {
			facts: PageFacts;
			/** The panel's own choices; null = the merchant's defaults from settings. */
			destination: ProvinceCode | null;
			weightGrams: number | null;
			strategy: RankingStrategy | null;
		};
		reply: Reply<PanelEstimate>;
	};
	/** Content scripts cannot open the options page themselves. */
	'cs.openOptions': { request: null; reply: Reply<null> };
	/** "要不要换快递？": opens the switch calculator (compare.html#carriers) with this page's origin. */
	'cs.openSwitchCalculator': { request: { origin: ProvinceCode | null }; reply: Reply<null> };
	/** Opens compare.html on the Shops tab, with this page's row highlighted when `key` is given. */
	'cs.openCompare': { request: { key: string | null }; reply: Reply<null> };
	'ui.getState': { request: null; reply: Reply<UiState> };
	/**
	 * Merges `patch` into the settings. `baseVersion` is the `settingsVersion` the page read (ui.getState) or got back
	 * from its last save; a newer stored version refuses the save with `version_conflict` (see VersionedSave).
	 */
	'ui.saveSettings': {
		request: { patch: Partial<MerchantSettings> } & VersionedSave<number>;
		reply: Reply<{ settings: MerchantSettings; version: number }>;
	};
	/**
	 * Popup quick edit: nationwide first kg + per started kg for one carrier. `baseVersion` is the `updatedAt` of the
	 * quick contract the popup showed (null when there was none).
	 */
	'ui.saveQuickContract': {
		request: { carrier: MerchantContract['carrier']; firstFen: number; extraFen: number } & VersionedSave<
			string | null
		>;
		reply: Reply<MerchantContract>;
	};
	/**
	 * The options editor's save. `baseVersion` is the `updatedAt` of the contract as the editor loaded it (null for a
	 * new contract). The reply is the contract as stored: its `updatedAt` is the version for the next save.
	 */
	'ui.saveContract': {
		request: { contract: MerchantContract } & VersionedSave<string | null>;
		reply: Reply<MerchantContract>;
	};
	'ui.deleteContract': { request: { id: string }; reply: Reply<null> };
	/**
	 * One batch of an all-or-nothing import. The options page reads and validates the file, then sends it in
	 * batches; the background checks each again, stages them, and writes all contracts in one transaction when the
	 * last arrives. A batch whose earlier batches were lost (the background restarted) is refused with
	 * `import_interrupted`, and nothing is written.
	 */
	'ui.importContractsBatch': { request: ImportBatch<MerchantContract>; reply: Reply<ImportProgress> };
	/** One page of the stored contracts, by id, after the cursor `after` (null: from the start). */
	'ui.exportContractsPage': {
		request: { after: string | null; limit: number };
		reply: Reply<ExportPage<MerchantContract>>;
	};
	/** The merchant's order mix for the switch calculator (counts per province only), null before any import. */
	'ui.getOrderMix': { request: null; reply: Reply<OrderMixRecord | null> };
	/** Keeps the counts of an order export read in compare.html; the file itself never leaves the page. */
	'ui.saveOrderMix': {
		request: { counts: ProvinceCounts; rowsRead: number; rowsPlaced: number };
		reply: Reply<OrderMixRecord>;
	};
	/** The same as cs.openCompare, from the popup, the options page or a framed panel (extension pages). */
	'ui.openCompare': { request: { key: string | null }; reply: Reply<null> };
	/**
	 * Recorded pages: the most recently seen (`recent`), or page by page in key order after `after` (`key`);
	 * compare.html shows the first at once and then loads the whole history.
	 */
	'ui.listPages': {
		request: { order: 'recent' | 'key'; after: string | null; limit: number };
		reply: Reply<PageList>;
	};
	/** One validated batch of an imported comparison file; the last one merges them all in one transaction. */
	'ui.importPages': {
		/** Batch `index` of `count` (0-based) of the import `importId` (see utils/background/staged-import.ts). */
		request: { importId: string; index: number; count: number; items: PageRecord[] };
		reply: Reply<PageImportProgress>;
	};
	/** "Clear history": deletes every recorded page. */
	'ui.clearPages': { request: null; reply: Reply<null> };
	/** The adapter-health view: per adapter, how many of its last 50 readings were complete, partial or failed. */
	'ui.getAdapterHealth': { request: null; reply: Reply<AdapterHealth[]> };
}

/**
 * Every save names the version it edited, so two tabs cannot silently undo each other. A save whose `baseVersion`
 * is not the stored version is refused with the error code `version_conflict` and nothing is written; the page
 * then offers a choice: reload (ui.getState, dropping the edit) or keep mine (the same save with `overwrite: true`,
 * which replaces the newer version deliberately).
 */
export interface VersionedSave<V> {
	baseVersion: V;
	overwrite: boolean;
}

/**
 * Why the last visit could not be recorded (kept by the background until a write succeeds): `quota` when the
 * browser's storage is full, `storage` for any other database failure. The panel was not affected.
 */
export interface RecordingProblem {
	at: string;
	code: 'quota' | 'storage';
	detail: string;
}

export interface PageList {
	rows: PageRecord[];
	total: number;
	/** The kept recording problem, if any (with the first page only: `recent`, or `key` from the start). */
	problem: RecordingProblem | null;
}

export type PageImportProgress =
	| { state: 'staged'; received: number }
	/** `imported`: rows in the file; `total`: rows stored after merging; `evicted`: oldest rows dropped beyond the cap. */
	| { state: 'done'; imported: number; total: number; evicted: number };

/** Page and hash of the comparison's Shops tab; `key` highlights that page's row (compare.html?highlight=<key>#shops). */
export function compareShopsPath(key: string | null): string {
	return `/compare.html${key ? `?highlight=${encodeURIComponent(key)}` : ''}#shops`;
}

/** Page and hash of the switch calculator; `origin` pre-fills its origin (compare.html#carriers?origin=33). */
export function switchCalculatorPath(origin: ProvinceCode | null): string {
	return origin === null ? '/compare.html#carriers' : `/compare.html#carriers?origin=${origin}`;
}

export type ImportProgress = { state: 'staged'; received: number } | { state: 'complete'; imported: number };

export interface PanelEstimate {
	estimate: PageEstimate;
	settings: MerchantSettings;
	/** Set when this marketplace is switched off in the popup: the panel stays hidden. */
	siteEnabled: boolean;
	/** How this page stands among the recorded ones, and its latest change; null when unknown (no id, no database). */
	comparison: PageStanding | null;
	/**
	 * Set while the database cannot be read: the estimate then uses the default settings and cards, and the panel
	 * says in one line that the merchant's contracts are unavailable and why (`storage_problem_<code>`).
	 */
	storageProblem: StorageProblemCode | null;
}

export interface UiState {
	settings: MerchantSettings;
	/** The settings' version, for the next ui.saveSettings (each contract's version is its `updatedAt`). */
	settingsVersion: number;
	contracts: MerchantContract[];
}

export type MessageName = keyof ProtocolMap;
export type RequestOf<N extends MessageName> = ProtocolMap[N]['request'];
export type ReplyOf<N extends MessageName> = ProtocolMap[N]['reply'];

export interface Envelope<N extends MessageName = MessageName> {
	name: N;
	data: RequestOf<N>;
}

/**
 * Sends a message to the background. A missing or broken reply (background restarting, extension
 * reloaded) becomes an `internal` failure instead of an exception, so callers only handle results.
 */
export async function sendMessage<N extends MessageName>(name: N, data: RequestOf<N>): Promise<ReplyOf<N>> {
	try {
		const reply = await browser.runtime.sendMessage({ name, data } satisfies Envelope<N>);
		if (reply && typeof reply === 'object' && 'ok' in reply) return reply as ReplyOf<N>;
		return { ok: false, error: { code: 'internal', detail: 'no reply from the background' } } as ReplyOf<N>;
	} catch (error) {
		return { ok: false, error: { code: 'internal', detail: String(error) } } as ReplyOf<N>;
	}
}

/** What the content script of a tab read, for the popup's "this tab" block. */
export interface TabReading {
	platform: Platform;
	pageType: PageType;
	facts: PageFacts | null;
}

/** The one message extension pages send to a tab's content script. */
export const TAB_READING_REQUEST = { name: 'tab.getReading' } as const;

/** Asks the content script of a tab what it read; null when the tab has none (not a seller page). */
export async function requestTabReading(tabId: number): Promise<TabReading | null> {
	try {
		return ((await browser.tabs.sendMessage(tabId, TAB_READING_REQUEST)) as TabReading | undefined) ?? null;
	} catch {
		return null;
	}
}
