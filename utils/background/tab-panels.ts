import Dexie from 'dexie';
import type { PageReading } from '../adapters/site-adapter';
import { estimatePage } from '../core/estimate';
import type { ErrorCode } from '../core/result';
import type {
	HostCommand,
	PanelChoices,
	PanelTabState,
	PanelView,
	TabPush,
	TabReading,
	TabState,
} from '../messaging/protocol';
import { recordReading } from './adapter-health';
import type { VisitRecorder } from './handlers/comparison-handlers';
import type { HandlerContext, Snapshot } from './handlers/context';

/** Per tab, page-driven estimates: a burst of this many, then one per refill interval (the latest reading wins). */
export const READING_BURST = 5;
export const READING_REFILL_MS = 2_000;
/** Visits recorded per page load (one per address): an SPA that flips through items cannot fill the database. */
export const VISITS_PER_DOCUMENT = 20;
/** Estimates kept per tab, by reading and choices: going back to a reading seen before costs nothing. */
const CACHED_ESTIMATES = 8;

const NO_CHOICES: PanelChoices = { destination: null, weightGrams: null, strategy: null };

/** Where a tab's state is kept between service-worker lifetimes (storage.session: never visible to pages). */
export interface SessionArea {
	get(key: string): Promise<unknown>;
	set(key: string, value: unknown): Promise<void>;
	remove(key: string): Promise<void>;
}

export interface TabTransport {
	/** Sends to one frame of a tab: its content script (frame 0) or its panel frame. */
	send(tabId: number, frameId: number, message: TabPush): Promise<void>;
	session: SessionArea;
	/** Calls back when a tab closes: its state is dropped. */
	onRemoved(listener: (tabId: number) => void): void;
}

interface Stored {
	state: PanelTabState;
	/** The panel frame that said hello; pushes go there. */
	frameId: number | null;
	/** Identity of `state.reading` (what the page says, not how long it took to read). */
	readingKey: string | null;
}

interface Tab extends Stored {
	/** The address of the tab's page, as the browser gave it with the last reading. */
	pageUrl: string;
	/** Addresses of this page load whose visit is recorded: a page rewriting itself in place adds no rows. */
	visited: Set<string>;
	/** Estimates by reading and choices, for the settings snapshot they were made with. */
	cache: Map<string, { snapshot: Snapshot; state: Pick<PanelTabState, 'settings' | 'estimate' | 'errorCode'> }>;
	tokens: number;
	refilledAt: number;
	/** A reading that arrived over the rate limit: estimated when a token comes back (only the latest). */
	pending: PageReading | null;
	timer: ReturnType<typeof setTimeout> | undefined;
	/** Work on one tab runs in order. */
	queue: Promise<unknown>;
}

const sessionKey = (tabId: number) => `panel:${tabId}`;

/** What the page says, without timings: two reads of the same page are one reading. */
function readingKeyOf(reading: PageReading | null): string {
	if (!reading) return 'none';
	return JSON.stringify(reading.ok ? reading.facts : { platform: reading.platform, reason: reading.reason });
}

function tabReadingOf(reading: PageReading | null): TabReading | null {
	if (!reading) return null;
	return reading.ok
		? {
				platform: reading.facts.platform,
				pageType: reading.facts.pageType,
				facts: reading.facts,
				diagnostics: reading.diagnostics,
			}
		: { platform: reading.platform, pageType: 'item', facts: null, diagnostics: null };
}

const errorCodeOf = (error: unknown): ErrorCode =>
	error instanceof Dexie.DexieError || (error instanceof DOMException && error.name === 'QuotaExceededError')
		? 'storage_unavailable'
		: 'internal';

/**
 * The background's side of every panel: per tab, what the page read, the estimate, the merchant's in-panel
 * choices and how the page shows the panel. Page-driven work is bounded here, in one place: a reading equal to
 * the current one does nothing, a reading seen before reuses its estimate, new readings are rate-limited per
 * tab (the latest waits for the next token), and a visit is recorded only for a reading that passed all that:
 * once per address and page load, at most VISITS_PER_DOCUMENT per page load.
 * After each change the state goes to the tab's panel frame, and to storage.session so that a restarted
 * service worker, the frame and the popup find it again.
 */
export function createTabPanels({ deps, current }: HandlerContext, visits: VisitRecorder) {
	const tabs = new Map<number, Tab>();
	deps.tabs.onRemoved((tabId) => {
		clearTimeout(tabs.get(tabId)?.timer);
		tabs.delete(tabId);
		void deps.tabs.session.remove(sessionKey(tabId)).catch(() => {});
	});

	async function tab(tabId: number): Promise<Tab> {
		const known = tabs.get(tabId);
		if (known) return known;
		const stored = (await deps.tabs.session.get(sessionKey(tabId)).catch(() => null)) as Stored | null;
		const created: Tab = {
			state: stored?.state ?? {
				tabId,
				revision: 0,
				reading: null,
				settings: null,
				estimate: null,
				errorCode: null,
				choices: NO_CHOICES,
				view: { layout: 'full', dock: 'right', theme: 'light', covered: false },
				estimates: 0,
				comparison: null,
				storageProblem: null,
			},
			frameId: stored?.frameId ?? null,
			readingKey: stored?.readingKey ?? null,
			pageUrl: '',
			visited: new Set(),
			cache: new Map(),
			tokens: READING_BURST,
			refilledAt: deps.clock().getTime(),
			pending: null,
			timer: undefined,
			queue: Promise.resolve(),
		};
		tabs.set(tabId, tabs.get(tabId) ?? created);
		return tabs.get(tabId) as Tab;
	}

	/** Runs `work` after the tab's earlier work, so states reach the frame in order. */
	function serially<T>(tabId: number, work: (t: Tab) => Promise<T>): Promise<T> {
		const run = tab(tabId).then(async (t) => {
			const result = t.queue.then(() => work(t));
			t.queue = result.catch(() => {});
			return result;
		});
		return run;
	}

	/** Sends the state to the tab's panel frame and keeps it for a restarted worker. */
	async function publish(t: Tab): Promise<void> {
		t.state.revision++;
		const { state, frameId, readingKey } = t;
		const stored: Stored = { state, frameId, readingKey };
		await Promise.all([
			deps.tabs.session.set(sessionKey(state.tabId), stored).catch(() => {}),
			frameId === null
				? undefined
				: deps.tabs.send(state.tabId, frameId, { name: 'panel.state', state }).catch(() => {}),
		]);
	}

	/** Estimates the tab's reading with its choices, from the cache when the same was estimated before. */
	async function estimate(t: Tab): Promise<void> {
		const { reading, choices } = t.state;
		const cacheKey = `${t.readingKey}|${JSON.stringify(choices)}`;
		let snapshot: Snapshot;
		try {
			snapshot = await current();
		} catch (error) {
			Object.assign(t.state, { settings: null, estimate: null, errorCode: errorCodeOf(error), storageProblem: null });
			return;
		}
		const cached = t.cache.get(cacheKey);
		if (cached?.snapshot === snapshot) {
			Object.assign(t.state, cached.state);
			return;
		}
		const facts = reading?.facts;
		const result: Pick<PanelTabState, 'settings' | 'estimate' | 'errorCode' | 'storageProblem'> = {
			settings: snapshot.settings,
			// While storage is down the snapshot holds the defaults: the estimate goes on, and the panel says why.
			storageProblem: snapshot.storageProblem,
			estimate:
				facts && facts.pageType !== 'blocked'
					? estimatePage({
							facts,
							settings: choices.strategy ? { ...snapshot.settings, ranking: choices.strategy } : snapshot.settings,
							contracts: snapshot.contracts,
							now: deps.clock(),
							...(choices.destination ? { destination: choices.destination } : {}),
							...(choices.weightGrams ? { weightGrams: choices.weightGrams } : {}),
						})
					: null,
			errorCode: reading && !facts ? 'internal' : null,
		};
		if (result.estimate) t.state.estimates++;
		t.cache.delete(cacheKey);
		t.cache.set(cacheKey, { snapshot, state: result });
		if (t.cache.size > CACHED_ESTIMATES) t.cache.delete(t.cache.keys().next().value as string);
		Object.assign(t.state, result);
	}

	/** A token of the tab's rate limit, if one is left (tokens come back one per refill interval). */
	function takeToken(t: Tab): boolean {
		const now = deps.clock().getTime();
		const earned = Math.floor((now - t.refilledAt) / READING_REFILL_MS);
		if (earned > 0) {
			t.tokens = Math.min(READING_BURST, t.tokens + earned);
			t.refilledAt = t.tokens === READING_BURST ? now : t.refilledAt + earned * READING_REFILL_MS;
		}
		if (t.tokens === 0) return false;
		t.tokens--;
		return true;
	}

	/** The page-driven path: dedup, rate limit, estimate, the visit (the only place one is recorded), push. */
	async function accept(t: Tab, reading: PageReading | null): Promise<void> {
		const key = readingKeyOf(reading);
		if (key === t.readingKey) return;
		const cached = [...t.cache.keys()].some((k) => k.startsWith(`${key}|`));
		if (reading && !cached && !takeToken(t)) {
			t.pending = reading;
			t.timer ??= setTimeout(() => {
				t.timer = undefined;
				const next = t.pending;
				t.pending = null;
				if (next) void serially(t.state.tabId, (same) => accept(same, next));
			}, READING_REFILL_MS);
			return;
		}
		t.pending = null;
		t.readingKey = key;
		t.state.reading = tabReadingOf(reading);
		const facts = reading?.ok && reading.facts.pageType !== 'blocked' ? reading.facts : null;
		const seenAt = deps.clock().toISOString();
		// Read while the estimate is worked out; a database failure leaves it null and the estimate stands.
		const standing = facts ? visits.standing(facts, seenAt) : null;
		await estimate(t);
		t.state.comparison = await standing;
		const { settings } = t.state;
		if (facts && settings && !t.visited.has(facts.url) && t.visited.size < VISITS_PER_DOCUMENT) {
			t.visited.add(facts.url);
			// The one place a reading is recorded for the comparison; the visit gate rate-limits it per tab, and the
			// write waits for the reply (it would delay the panel, and its failure must not cost the merchant the panel).
			visits.recordLater(t.state.tabId, facts, settings, seenAt);
		}
		await publish(t);
		// The adapter-health log (options page): once per distinct reading, after the push; a failure costs nothing.
		if (reading) {
			const url = reading.ok ? reading.facts.url : t.pageUrl;
			void recordReading(deps.db, { reading, url, at: seenAt }).catch(() => {});
		}
	}

	return {
		/**
		 * A new page load in the tab (any marketplace page, seller page or not): what the last page read and chose
		 * is forgotten, and its readings are new visits again. The rate limit and the estimate count carry on.
		 */
		pageStarted(tabId: number): Promise<void> {
			return serially(tabId, async (t) => {
				t.visited.clear();
				t.readingKey = null;
				Object.assign(t.state, {
					reading: null,
					settings: null,
					estimate: null,
					errorCode: null,
					choices: NO_CHOICES,
					comparison: null,
					storageProblem: null,
				});
				await deps.tabs.session.set(sessionKey(tabId), { state: t.state, frameId: t.frameId, readingKey: null });
			});
		},

		/** `pageUrl`: the address the browser gives for the content script's page (for a reading that failed). */
		reading(tabId: number, reading: PageReading | null, view: PanelView, pageUrl: string): Promise<void> {
			return serially(tabId, async (t) => {
				t.pageUrl = pageUrl;
				const viewChanged = JSON.stringify(view) !== JSON.stringify(t.state.view);
				t.state.view = view;
				const before = t.readingKey;
				await accept(t, reading);
				if (viewChanged && t.readingKey === before) await publish(t);
			});
		},

		view(tabId: number, view: PanelView): Promise<void> {
			return serially(tabId, async (t) => {
				t.state.view = view;
				await publish(t);
			});
		},

		/** The panel frame started (or restarted): pushes go to it from now on. */
		frameStarted(tabId: number, frameId: number): Promise<PanelTabState | null> {
			return serially(tabId, async (t) => {
				t.frameId = frameId;
				// Kept for a restarted worker; the frame's first state does not wait for the write.
				void deps.tabs.session
					.set(sessionKey(tabId), { state: t.state, frameId, readingKey: t.readingKey })
					.catch(() => {});
				return t.readingKey === null ? null : t.state;
			});
		},

		/** The merchant chose in the panel (or settings changed: choices back to the defaults). Not page-driven. */
		choose(tabId: number, choices: PanelChoices): Promise<void> {
			return serially(tabId, async (t) => {
				t.state.choices = choices;
				await estimate(t);
				await publish(t);
			});
		},

		/** Relays a panel command to the content script in the tab's top frame. */
		toHost(tabId: number, command: HostCommand): Promise<void> {
			return deps.tabs.send(tabId, 0, { name: 'host.command', command });
		},

		async tabState(tabId: number): Promise<TabState | null> {
			const { state } = await tab(tabId);
			return state.reading && { ...state.reading, estimates: state.estimates };
		},
	};
}

export type TabPanels = ReturnType<typeof createTabPanels>;
