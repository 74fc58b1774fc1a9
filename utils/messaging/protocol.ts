import { browser } from 'wxt/browser';
import type { PageReading, ReadingDiagnostics } from '../adapters/site-adapter';
import type { AdapterHealth } from '../core/adapter-health';
import type { PageRecord, PageStanding } from '../core/comparison-model';
import type { MerchantContract } from '../core/contract-model';
import type { OrderMixRecord, ProvinceCounts } from '../core/destination-mix';
import type { PageEstimate } from '../core/estimate';
import type { RankingStrategy } from '../core/estimate-model';
import type { Platform, ProvinceCode } from '../core/ids';
import type { PageFacts, PageType } from '../core/page-facts';
import type { QuickContractEdit } from '../core/quick-contract';
import type { ErrorCode, Reply } from '../core/result';
import type { MerchantSettings } from '../core/settings-model';
import type { SourceId } from '../core/source-ids';
import type { StorageProblemCode } from '../core/storage-problem';
import type { ExportPage, ImportBatch } from './batches';
import { sendThrough } from './send';

/**
 * Every message to the background, with its request and reply. The name's prefix is the sender policy,
 * enforced in one place (sender-policy.ts): `cs.` only from our content script in the top frame of a supported
 * marketplace page, `panel.` only from our panel page framed in a tab, `ui.` only from our other extension
 * pages (popup, options).
 */
export interface ProtocolMap {
	/**
	 * Sent at document_start on every marketplace page: a new page in this tab (the last one is forgotten), and it
	 * wakes a sleeping background before DOMContentLoaded.
	 */
	'cs.hello': { request: null; reply: Reply<null> };
	/**
	 * What the content script read (null: no seller page, e.g. after an SPA navigation) and how the page shows the
	 * panel. The background estimates at most once per distinct reading, rate-limited per tab, and pushes the tab's
	 * state to its panel frame.
	 */
	'cs.reading': { request: { reading: PageReading | null; view: PanelView }; reply: Reply<null> };
	/** The page's view of the panel changed (window width, dock, theme, buy-area check). */
	'cs.view': { request: PanelView; reply: Reply<null> };
	/** The panel frame started: the background notes its frame and answers with the tab's state, if any. */
	'panel.hello': { request: null; reply: Reply<PanelTabState | null> };
	/** The merchant's in-panel choices (null: the defaults from settings); the tab is re-estimated. */
	'panel.choose': { request: PanelChoices; reply: Reply<null> };
	/** Relayed to the tab's content script, which owns the host element (size, place, visibility). */
	'panel.host': { request: HostCommand; reply: Reply<null> };
	/**
	 * A framed extension page has no `tabs` API in Firefox: the background opens the options page, at a tab and a
	 * source when `target` says so (null: wherever the options page opens by default).
	 */
	'panel.openOptions': { request: OptionsTarget | null; reply: Reply<null> };
	/**
	 * The ranking chosen in the panel becomes the merchant's default (settings.ranking: one setting, not two); the
	 * panel gets no `ui.` access, so it has its own narrow message for it.
	 */
	'panel.saveRanking': { request: { ranking: RankingStrategy }; reply: Reply<null> };
	/** "要不要换快递？": opens the switch calculator (compare.html#carriers) with this page's origin. */
	'panel.openSwitchCalculator': { request: { origin: ProvinceCode | null }; reply: Reply<null> };
	/** Opens compare.html on the Shops tab, with this page's row highlighted when `key` is given. */
	'panel.openCompare': { request: { key: string | null }; reply: Reply<null> };
	/** The popup: settings and the quick contracts only. */
	'ui.getState': { request: null; reply: Reply<UiState> };
	/** The options page: settings and every contract. */
	'ui.getEditorState': { request: null; reply: Reply<UiState> };
	/** What the panel of a tab read, for the popup's "this tab" block; null when the tab shows no panel. */
	'ui.getTabState': { request: { tabId: number }; reply: Reply<TabState | null> };
	/**
	 * Merges `patch` into the settings. `baseVersion` is the `settingsVersion` the page read (ui.getState) or got back
	 * from its last save; a newer stored version refuses the save with `version_conflict` (see VersionedSave).
	 */
	'ui.saveSettings': {
		request: { patch: Partial<MerchantSettings> } & VersionedSave<number>;
		reply: Reply<{ settings: MerchantSettings; version: number }>;
	};
	/**
	 * Popup quick edit of one carrier's quick contract: nationwide first kg, per started kg and the origin (absent:
	 * keep it; null: any). Only these fields change; refused (`quick_edit_unsupported`) when the contract holds
	 * prices the quick form cannot show. `baseVersion` is the `updatedAt` of the quick contract the popup showed
	 * (null when there was none).
	 */
	'ui.saveQuickContract': { request: QuickContractEdit & VersionedSave<string | null>; reply: Reply<MerchantContract> };
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
	/** The same as panel.openCompare, from the popup and the options page. */
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

/**
 * Page and hash of the comparison's Shops tab; `key` highlights that page's row (compare.html#shops?highlight=<key>,
 * the same shape as the Carriers tab's `#carriers?origin=33`: the address stays compare.html#shops…).
 */
export function compareShopsPath(key: string | null): string {
	return `/compare.html#shops${key ? `?highlight=${encodeURIComponent(key)}` : ''}`;
}

/** The options tabs the panel opens: the data sources (at one source), or the contracts. */
export const OPTIONS_TARGET_TABS = ['sources', 'contracts'] as const;
export interface OptionsTarget {
	tab: (typeof OPTIONS_TARGET_TABS)[number];
	/** With `sources`: the source to show (options.html#sources/S37). */
	source: SourceId | null;
}

/** Page and hash of an options target: `/options.html#sources/S37`, `/options.html#contracts`. */
export function optionsPath({ tab, source }: OptionsTarget): string {
	return `/options.html#${tab}${tab === 'sources' && source ? `/${source}` : ''}`;
}

/** Page and hash of the switch calculator; `origin` pre-fills its origin (compare.html#carriers?origin=33). */
export function switchCalculatorPath(origin: ProvinceCode | null): string {
	return origin === null ? '/compare.html#carriers' : `/compare.html#carriers?origin=${origin}`;
}

export type ImportProgress = { state: 'staged'; received: number } | { state: 'complete'; imported: number };

export interface UiState {
	settings: MerchantSettings;
	/** The settings' version, for the next ui.saveSettings (each contract's version is its `updatedAt`). */
	settingsVersion: number;
	contracts: MerchantContract[];
}

/** The panel's own choices; null = the merchant's defaults from settings. */
export interface PanelChoices {
	destination: ProvinceCode | null;
	weightGrams: number | null;
	strategy: RankingStrategy | null;
}

export const PANEL_DOCKS = ['right', 'left', 'free'] as const;
export type PanelDock = (typeof PANEL_DOCKS)[number];
/** Window width ≥ 1,100 px: full; narrower: compact; under 600 px: a bottom sheet. */
export const PANEL_LAYOUTS = ['full', 'compact', 'sheet'] as const;
export type PanelLayout = (typeof PANEL_LAYOUTS)[number];

/** How the content script shows the panel on this page; the frame renders to match. */
export interface PanelView {
	layout: PanelLayout;
	dock: PanelDock;
	theme: 'light' | 'dark';
	/** The expanded panel would cover the page's buy button, price or title: it starts collapsed. */
	covered: boolean;
}

/** What a tab's panel read, as the popup and the panel frame get it. */
export interface TabReading {
	platform: Platform;
	pageType: PageType;
	/** null when the adapter failed to read the page. */
	facts: PageFacts | null;
	diagnostics: ReadingDiagnostics | null;
}

/** The popup's look at a tab: what its panel read, and how many estimates the page has cost so far. */
export interface TabState extends TabReading {
	estimates: number;
}

/** Everything the panel frame of one tab renders, pushed by the background after every change. */
export interface PanelTabState {
	tabId: number;
	/** Grows with every change: a frame keeps the newest state whatever order messages arrive in. */
	revision: number;
	/** null: this tab shows no seller page (the panel renders nothing). */
	reading: TabReading | null;
	/** The merchant's settings the estimate used; null until read (or when the database failed). */
	settings: MerchantSettings | null;
	/** null while loading, on blocked pages and on errors. */
	estimate: PageEstimate | null;
	/** Why there is no estimate: an error code (`storage_unavailable`, `internal` …), or null. */
	errorCode: ErrorCode | null;
	choices: PanelChoices;
	view: PanelView;
	/** Estimates made for this tab since it opened: page-driven work is bounded, and this shows it. */
	estimates: number;
	/** How this page stands among the recorded ones, and its latest change; null when unknown (no id, no database). */
	comparison: PageStanding | null;
	/**
	 * Set while the database cannot be read: the estimate then uses the default settings and cards, and the panel
	 * says in one line that the merchant's contracts are unavailable and why (`storage_problem_<code>`).
	 */
	storageProblem: StorageProblemCode | null;
}

export const PANEL_STATES = ['loading', 'ready', 'partial', 'error'] as const;
/** `hidden`: the panel renders nothing (no seller page, or the marketplace is switched off). */
export type FramePanelState = (typeof PANEL_STATES)[number] | 'hidden';

/** From the panel frame to the content script (relayed by the background): the host follows the panel. */
export type HostCommand =
	/**
	 * After each render: the state the host mirrors, the size the panel needs (CSS px), and the frame's accessible
	 * name in the merchant's language (the content script reads no messages of its own: see PanelHost).
	 */
	| { kind: 'rendered'; state: FramePanelState; collapsed: boolean; width: number; height: number; title: string }
	/**
	 * A pointer drag by the header's grip, in screen coordinates (the same in the frame and the page, however the
	 * frame moves): the host keeps the grip under the pointer; `end` saves the place.
	 */
	| { kind: 'drag'; phase: 'start' | 'move' | 'end'; screenX: number; screenY: number }
	/** Arrow keys: move by dx, dy (CSS px); the place is saved. */
	| { kind: 'nudge'; dx: number; dy: number }
	/** Home / End: dock right / left. */
	| { kind: 'dock'; side: 'right' | 'left' };

/** Messages the background sends to a tab: to its panel frame, and to its content script (frame 0). */
export type TabPush = { name: 'panel.state'; state: PanelTabState } | { name: 'host.command'; command: HostCommand };

export type MessageName = keyof ProtocolMap;
export type RequestOf<N extends MessageName> = ProtocolMap[N]['request'];
export type ReplyOf<N extends MessageName> = ProtocolMap[N]['reply'];

export interface Envelope<N extends MessageName = MessageName> {
	name: N;
	data: RequestOf<N>;
}

/**
 * Sends a message to the background from an extension page. A missing or broken reply (background restarting,
 * extension reloaded) becomes an `internal` failure instead of an exception, so callers only handle results.
 */
export function sendMessage<N extends MessageName>(name: N, data: RequestOf<N>): Promise<ReplyOf<N>> {
	return sendThrough(browser.runtime, name, data);
}
